import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/outputs/data-package.ts';
import { siteLocation } from '../../site/location.ts';
import { siteRecords } from '../../site/records.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(dataPackage(await siteRecords(), siteLocation), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
