/** A search engine over a content tree, built the way the site builds its index file. */
import { checkContent } from '../../src/lib/check.ts';
import { recordMaps } from '../../src/lib/content-set.ts';
import { buildKnowledgeBase } from '../../src/lib/knowledge-base.ts';
import { createSearchEngine, type SearchEngine } from '../../src/lib/search/engine.ts';
import { buildSearchIndexFile } from '../../src/lib/search/index-file.ts';
import { searchRecords } from '../../src/lib/search/records.ts';

export function engineForContent(contentDir: string, projectRoot = process.cwd()): SearchEngine {
  const kb = buildKnowledgeBase(recordMaps(checkContent({ contentDir, projectRoot }).content));
  // Through JSON, as the browser receives it.
  return createSearchEngine(JSON.parse(JSON.stringify(buildSearchIndexFile(searchRecords(kb, (path) => path)))));
}
