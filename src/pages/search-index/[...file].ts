/**
 * The search index files (src/lib/search/index-format.ts): a small manifest at
 * /search-index/index.json, and the files a query fetches as it needs them under a folder named
 * by their content hash.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchIndex } from '../../lib/search/index-build.ts';
import { searchRecords } from '../../lib/search/records.ts';
import { href } from '../../site/paths.ts';
import { siteRecords } from '../../site/records.ts';

let files: Promise<Map<string, string>> | undefined;
const indexFiles = () => (files ??= siteRecords().then((records) => buildSearchIndex(searchRecords(records, href), records.models.values())));

export const getStaticPaths = (async () => [...(await indexFiles()).keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await indexFiles()).get(params.file ?? ''), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
