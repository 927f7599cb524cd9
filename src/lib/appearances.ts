/** Where a claim appeared, resolved to its sources. */
import type { Claim, Source } from '../schema/index.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

export interface ResolvedAppearance {
  appearance: Claim['appearances'][number];
  source: Source;
}

export function resolvedAppearances(kb: KnowledgeBase, claim: Claim): ResolvedAppearance[] {
  return claim.appearances.map((appearance) => ({ appearance, source: kb.sources.get(appearance.source)! }));
}

/** The earliest appearance by publication date; on the same day, the one listed first. */
export function firstAppearance(kb: KnowledgeBase, claim: Claim): ResolvedAppearance {
  return resolvedAppearances(kb, claim).reduce((first, next) => (next.source.published < first.source.published ? next : first));
}
