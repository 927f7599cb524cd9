/**
 * The records as the pages see them: every collection read once per build (memoised) and turned
 * into the knowledge base from src/lib. This module only bridges Astro's collections to lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildKnowledgeBase, type KnowledgeBase } from '../lib/records/knowledge-base.ts';

export interface SiteRecords extends KnowledgeBase {
  /** Claim entries, for rendering their MDX bodies. */
  claimEntries: Map<string, CollectionEntry<'claims'>>;
}

let loading: Promise<SiteRecords> | undefined;

export function siteRecords(): Promise<SiteRecords> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteRecords> {
  const byId = <T>(entries: { id: string; data: T }[]) => new Map(entries.map((entry) => [entry.id, entry.data] as const));
  const [sources, findings, claims, reproductions, models, topics] = await Promise.all([
    getCollection('sources'),
    getCollection('findings'),
    getCollection('claims'),
    getCollection('reproductions'),
    getCollection('models'),
    getCollection('topics'),
  ]);
  const kb = buildKnowledgeBase({
    sources: byId(sources),
    findings: byId(findings),
    claims: byId(claims),
    reproductions: byId(reproductions),
    models: byId(models),
    topics: byId(topics),
  });
  return { ...kb, claimEntries: new Map(claims.map((entry) => [entry.id, entry])) };
}
