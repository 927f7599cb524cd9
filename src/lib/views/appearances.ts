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
const byDate = (a: ResolvedAppearance, b: ResolvedAppearance) => {
  const [x, y] = [a.source.published, b.source.published];
  if (x === y) return 0;
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  return x < y ? -1 : 1;
};

/**
 * Where a claim appeared, earliest first by publication date, undated ones last; on the same date in
 * the order the record lists them. The claim page, its JSON-LD and the CSV all take "first seen" from here.
 */
export function appearancesByDate(kb: KnowledgeBase, claim: Claim): ResolvedAppearance[] {
  return resolvedAppearances(kb, claim).sort(byDate);
}

export function firstAppearance(kb: KnowledgeBase, claim: Claim): ResolvedAppearance {
  return appearancesByDate(kb, claim)[0]!;
}
