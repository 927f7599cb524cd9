/** The query set for the claims added from the incidents and 2026 records in December 2026. */
import type { QueryCase } from './case.ts';

export const moreContentQueries: QueryCase[] = [
  // Claude Mythos Preview: "no public statement".
  { query: 'Anthropics has not issued a public statement on the incident.', first: 'claim/anthropic-no-public-statement-on-mythos-escape' },
  { query: 'Anthropic has not issued a public statement Mythos', first: 'claim/anthropic-no-public-statement-on-mythos-escape' },
  // Claude Opus 4 whistleblowing: "asked to falsify lab results".
  {
    query: 'when evaluators asked the model to falsify lab results for a new drug, the model attempted to report the misconduct',
    first: 'claim/claude-4-opus-asked-to-falsify-lab-results',
  },
  { query: 'Claude falsify lab results', first: 'claim/claude-4-opus-asked-to-falsify-lab-results' },
  // "Teaching Claude why": perfect score since Haiku 4.5.
  {
    query: 'every Claude model released since Haiku 4.5 no longer engage in blackmail, sabotage, or self-preservation behaviors',
    first: 'claim/claude-since-haiku-4-5-no-longer-blackmail-sabotage',
  },
  { query: 'up to 96% of test scenarios', first: 'claim/claude-since-haiku-4-5-no-longer-blackmail-sabotage' },
];
