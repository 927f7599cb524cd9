/** Where a claim appeared, resolved to its sources. */
import type { Claim, Source } from '../../schema/index.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';

export interface ResolvedAppearance {
  appearance: Claim['appearances'][number];
  source: Source;
}

export function resolvedAppearances(kb: KnowledgeBase, claim: Claim): ResolvedAppearance[] {
  return claim.appearances.map((appearance) => ({ appearance, source: kb.sources.get(appearance.source)! }));
}

/** Earlier first; a source with no known date counts as later than any dated one. */
const earlier = (a: string | undefined, b: string | undefined) => a !== undefined && (b === undefined || a < b);

/** The earliest appearance by publication date; on the same day, the one listed first. */
export function firstAppearance(kb: KnowledgeBase, claim: Claim): ResolvedAppearance {
  return resolvedAppearances(kb, claim).reduce((first, next) => (earlier(next.source.published, first.source.published) ? next : first));
}
