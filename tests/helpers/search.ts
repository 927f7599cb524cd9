/** A search engine over a content tree, built the way the site builds its index file. */
import { checkContent } from '../../src/lib/check.ts';
import { buildKnowledgeBase } from '../../src/lib/knowledge-base.ts';
import { createSearchEngine, type SearchEngine } from '../../src/lib/search/engine.ts';
import { buildSearchIndexFile } from '../../src/lib/search/index-file.ts';
import { searchRecords } from '../../src/lib/search/records.ts';

export function engineForContent(contentDir: string, projectRoot = process.cwd()): SearchEngine {
  const { content } = checkContent({ contentDir, projectRoot });
  const data = <T>(entries: Map<string, { data: T }>) => new Map([...entries].map(([id, entry]) => [id, entry.data] as const));
  const kb = buildKnowledgeBase({
    sources: data(content.sources),
    findings: data(content.findings),
    claims: data(content.claims),
    reproductions: data(content.reproductions),
    models: data(content.models),
    topics: data(content.topics),
  });
  // Through JSON, as the browser receives it.
  return createSearchEngine(JSON.parse(JSON.stringify(buildSearchIndexFile(searchRecords(kb, (path) => path)))));
}
