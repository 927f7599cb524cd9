/**
 * The checks a published record passes. The build refuses to publish when any check fails
 * (src/integrations/content-gate.ts), so a record on the site passes every rule that applies to its kind.
 */
import { RULES } from './check.ts';

export type CheckedKind = 'claim' | 'finding';

/** Rules that only look at claims; every other rule (and any added later) covers both kinds. */
const CLAIM_ONLY: ReadonlySet<string> = new Set(['verdicts', 'mdx']);

export function checksPassed(kind: CheckedKind): { id: string; summary: string }[] {
  return [
    { id: 'schema', summary: 'Every field is present, well-formed and spelt as the schema says' },
    ...RULES.filter((rule) => kind === 'claim' || !CLAIM_ONLY.has(rule.id)).map(({ id, summary }) => ({ id, summary })),
  ];
}
