import type { APIRoute } from 'astro';
import { claimsCsv } from '../../lib/outputs/export-csv.ts';
import { siteLocation } from '../../site/location.ts';
import { siteRecords } from '../../site/records.ts';

export const GET: APIRoute = async () =>
  new Response(claimsCsv(await siteRecords(), siteLocation), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
