import type { APIRoute } from 'astro';
import { figuresCsv } from '../../lib/outputs/export-csv.ts';
import { siteRecords } from '../../site/records.ts';

export const GET: APIRoute = async () =>
  new Response(figuresCsv(await siteRecords()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
