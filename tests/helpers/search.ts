/** Search engines for tests: over records built here, or over a built site's index files. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openSearchEngine, type SearchEngine } from '../../src/lib/search/engine.ts';
import { buildSearchIndex } from '../../src/lib/search/index-build.ts';
import { memoryLoader } from '../../src/lib/search/memory-loader.ts';
import type { ModelNames } from '../../src/lib/search/model-names.ts';
import type { SearchRecord } from '../../src/lib/search/records.ts';

/** An engine over these records, reading its files through JSON as the browser does. */
export const engineFor = (records: SearchRecord[], models: Iterable<ModelNames> = []): Promise<SearchEngine> =>
  openSearchEngine(memoryLoader(buildSearchIndex(records, models)));

/** An engine over the index files a build wrote to `dist/search-index/`. */
export const engineForBuild = (dist = 'dist'): Promise<SearchEngine> =>
  openSearchEngine(async (path) => JSON.parse(await readFile(join(dist, 'search-index', path), 'utf8')));
