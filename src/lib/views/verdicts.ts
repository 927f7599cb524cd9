/** The one verdict scale of the site, with its ClaimReview ratings (5 = accurate … 1 = false). */
import type { Claim } from '../../schema/index.ts';

export type Verdict = Claim['verdict'];

export interface VerdictInfo {
  label: string;
  definition: string;
  /** schema.org ClaimReview reviewRating.ratingValue, on a scale where bestRating is 5 and worstRating 1. */
  rating: number;
}

export const VERDICT_SCALE: Readonly<Record<Verdict, VerdictInfo>> = {
  accurate: {
    label: 'Accurate',
    definition: 'The claim states what the primary source reports, under the condition the source gives.',
    rating: 5,
  },
  'missing-context': {
    label: 'Missing context',
    definition: 'The figure or fact is right, but the claim drops a condition a reader needs to understand it.',
    rating: 4,
  },
  misleading: {
    label: 'Misleading',
    definition: 'Parts are true, but the claim as a whole leaves a false impression.',
    rating: 3,
  },
  unsupported: {
    label: 'Unsupported',
    definition: 'No primary source we found supports the claim; it may still be true.',
    rating: 2,
  },
  false: {
    label: 'False',
    definition: 'The primary sources contradict the claim.',
    rating: 1,
  },
};

export const VERDICT_ORDER = Object.keys(VERDICT_SCALE) as Verdict[];
