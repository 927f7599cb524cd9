/** Where a claim appeared, resolved to its sources. */
import type { Claim, Source } from '../../schema/index.ts';
import { oldestFirst } from '../records/date-order.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';

export interface ResolvedAppearance {
  appearance: Claim['appearances'][number];
  source: Source;
}

export function resolvedAppearances(kb: KnowledgeBase, claim: Claim): ResolvedAppearance[] {
  return claim.appearances.map((appearance) => ({ appearance, source: kb.sources.get(appearance.source)! }));
}

/**
 * Where a claim appeared, earliest first by publication date, undated ones last; on the same date in
 * the order the record lists them. The claim page, its JSON-LD and the CSV all take "first seen" from here.
 */
export function appearancesByDate(kb: KnowledgeBase, claim: Claim): ResolvedAppearance[] {
  return resolvedAppearances(kb, claim).sort((a, b) => oldestFirst(a.source.published, b.source.published));
}

export function firstAppearance(kb: KnowledgeBase, claim: Claim): ResolvedAppearance {
  return appearancesByDate(kb, claim)[0]!;
}
