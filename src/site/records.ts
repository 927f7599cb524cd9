/**
 * The records as the pages see them: every collection read once per build (memoised), as plain
 * maps by id. Derivations belong in src/lib; this module only bridges Astro's collections to them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Claim, Finding, Model, Reproduction, Source, Topic } from '../schema/index.ts';

export interface SiteRecords {
  sources: Map<string, Source>;
  findings: Map<string, Finding>;
  claims: Map<string, Claim>;
  reproductions: Map<string, Reproduction>;
  models: Map<string, Model>;
  topics: Map<string, Topic>;
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
  return {
    sources: byId(sources),
    findings: byId(findings),
    claims: byId(claims),
    reproductions: byId(reproductions),
    models: byId(models),
    topics: byId(topics),
    claimEntries: new Map(claims.map((entry) => [entry.id, entry])),
  };
}
