/** The validated records of a content check, as the plain id → data maps the knowledge base is built from. */
import type { ContentSet, Entry } from './content-set.ts';
import type { RecordMaps } from './knowledge-base.ts';

const dataById = <T>(entries: ReadonlyMap<string, Entry<T>>) => new Map([...entries].map(([id, entry]) => [id, entry.data] as const));

export function recordMaps(content: ContentSet): RecordMaps {
  return {
    sources: dataById(content.sources),
    findings: dataById(content.findings),
    claims: dataById(content.claims),
    reproductions: dataById(content.reproductions),
    models: dataById(content.models),
    topics: dataById(content.topics),
  };
}
