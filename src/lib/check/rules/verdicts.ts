/** An accurate or missing-context verdict must rest on at least one finding from a primary source. */
import type { Rule, RuleContext } from '../../records/content-set.ts';
import { problemAt } from '../../records/content-set.ts';

const NEEDS_PRIMARY = new Set(['accurate', 'missing-context']);

type Basis = 'primary' | 'secondary' | 'unknown';

export const verdictsRule: Rule = (context) =>
  [...context.content.claims.values()]
    .filter((claim) => NEEDS_PRIMARY.has(claim.data.verdict))
    .filter((claim) => {
      const bases = claim.data.findings.map((id) => basisOf(context, id));
      // A finding or source that exists but failed its own check is reported there; judge the verdict once it is fixed.
      return !bases.includes('primary') && !bases.includes('unknown');
    })
    .map((claim) =>
      problemAt(claim, ['verdict'], 'verdict-needs-primary',
        `A "${claim.data.verdict}" verdict needs at least one finding whose source is primary (primary: true); list it in findings, or choose another verdict.`));

function basisOf({ content, knownIds }: RuleContext, findingId: string): Basis {
  const finding = content.findings.get(findingId);
  if (!finding) return knownIds.findings.has(findingId) ? 'unknown' : 'secondary';
  const source = content.sources.get(finding.data.source);
  if (!source) return knownIds.sources.has(finding.data.source) ? 'unknown' : 'secondary';
  return source.data.primary ? 'primary' : 'secondary';
}
