/**
 * Short condition labels head the columns of a finding's results matrix and label its charts (a
 * figure without one is shown under its full condition), so within a finding they must be short and
 * name one condition each: the same condition never gets two labels, and no two labels differ only
 * in case, spacing or punctuation (they would read as one column split in two).
 */
import type { Finding } from '../../../schema/index.ts';
import { CONDITION_LABEL_MAX } from '../../../schema/figure.ts';
import type { Entry } from '../../records/content-set.ts';
import { problemAt } from '../../records/content-set.ts';
import type { Problem } from '../problem.ts';

const loose = (label: string) => label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function checkConditionLabels(entry: Entry<Finding>): Problem[] {
  const problems: Problem[] = [];
  const figures = entry.data.figures;
  const labelOfCondition = new Map<string, string>();
  const labelOfLooseForm = new Map<string, string>();
  figures.forEach((figure, i) => {
    const label = figure.conditionLabel;
    const at = (message: string) => problems.push(problemAt(entry, ['figures', i, 'conditionLabel'], 'condition-label', message));
    if (label === undefined) return;
    if (label.length > CONDITION_LABEL_MAX) at(`The label has ${label.length} characters; keep it to ${CONDITION_LABEL_MAX} so it fits a column heading.`);
    const earlier = labelOfCondition.get(figure.condition);
    if (earlier !== undefined && earlier !== label) at(`Another figure with the same condition is labelled "${earlier}"; one condition gets one label.`);
    labelOfCondition.set(figure.condition, earlier ?? label);
    const twin = labelOfLooseForm.get(loose(label));
    if (twin !== undefined && twin !== label) at(`"${label}" differs from the label "${twin}" only in case, spacing or punctuation; use one spelling.`);
    labelOfLooseForm.set(loose(label), twin ?? label);
  });
  return problems;
}
