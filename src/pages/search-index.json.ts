/** The search index as one static JSON file, fetched by the search scripts on first use. */
import type { APIRoute } from 'astro';
import { buildSearchIndexFile } from '../lib/search/index-file.ts';
import { searchRecords } from '../lib/search/records.ts';
import { href } from '../site/paths.ts';
import { siteRecords } from '../site/records.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildSearchIndexFile(searchRecords(await siteRecords(), href))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
