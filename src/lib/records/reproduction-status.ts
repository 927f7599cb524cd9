/**
 * A finding's reproduction status, derived from its reproduction records and never typed by hand.
 * The methodology page states these rules in words.
 */
import type { Reproduction } from '../../schema/index.ts';

export const REPRODUCTION_STATUSES = {
  'independently-reproduced': 'Independently reproduced',
  'reproduced-by-authors': 'Reproduced by its authors only',
  contested: 'Contested',
  'not-reproduced': 'Not reproduced',
  'not-yet-attempted': 'No reproduction attempt yet',
} as const;

export type ReproductionStatus = keyof typeof REPRODUCTION_STATUSES;

type Attempt = Pick<Reproduction, 'independent' | 'outcome'>;

const succeeded = (attempt: Attempt) => attempt.outcome === 'reproduced' || attempt.outcome === 'partially-reproduced';
const failed = (attempt: Attempt) => attempt.outcome === 'not-reproduced';

export function reproductionStatus(attempts: readonly Attempt[]): ReproductionStatus {
  if (attempts.length === 0) return 'not-yet-attempted';
  const independent = attempts.filter((attempt) => attempt.independent);
  if (attempts.some((attempt) => attempt.outcome === 'disputed')) return 'contested';
  if (independent.some(succeeded) && independent.some(failed)) return 'contested';
  if (independent.some(succeeded)) return 'independently-reproduced';
  if (independent.some(failed)) return attempts.some(succeeded) ? 'contested' : 'not-reproduced';
  return attempts.some(succeeded) ? 'reproduced-by-authors' : 'not-reproduced';
}
