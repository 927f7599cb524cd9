/** `npm run new`'s library side: which record kinds can be scaffolded, where they go, what they say. */
import { RECORD_COLLECTIONS, type RecordKind } from '../../schema/index.ts';
import { checkFigure, checkPublished, checkReference, checkSourceKind, checkUrl } from './answers.ts';
import { idProblem } from './ids.ts';
import type { KnownRecords } from './known.ts';
import { claimTemplate, findingTemplate, reproductionTemplate, sourceTemplate, type ScaffoldInput } from './templates.ts';

export { proposeId, idProblem } from './ids.ts';
export * from './answers.ts';
export { knownRecords, type KnownRecords } from './known.ts';
export type { ScaffoldInput } from './templates.ts';

export const SCAFFOLD_KINDS = ['claim', 'finding', 'source', 'reproduction'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export const COLLECTION_OF: Record<ScaffoldKind, RecordKind> = { claim: 'claims', finding: 'findings', source: 'sources', reproduction: 'reproductions' };

/** Path of the new record inside the content folder, e.g. "claims/some-id.mdx". */
export function recordPath(kind: ScaffoldKind, id: string): string {
  const { dir, ext } = RECORD_COLLECTIONS[COLLECTION_OF[kind]];
  return `${dir}/${id}${ext}`;
}

/** Everything wrong with the input before writing anything: a taken or malformed id, unknown references, bad values. */
export function inputProblems(kind: ScaffoldKind, input: ScaffoldInput, known: KnownRecords): string[] {
  const problems = [idProblem(input.id, known.ids[COLLECTION_OF[kind]], kind)];
  if (input.finding !== undefined) problems.push(checkReference(input.finding, known.ids.findings, 'finding', 'content/findings/').problem);
  if (input.source !== undefined) problems.push(checkReference(input.source, known.ids.sources, 'source', 'content/sources/').problem);
  if (input.figures?.length) {
    const finding = input.finding;
    if (!finding) problems.push('--figure needs --finding: a figure id is looked up inside that finding.');
    else if (known.findings.has(finding)) problems.push(...input.figures.map((figure) => checkFigure(figure, finding, known).problem));
  }
  if (input.url !== undefined) problems.push(checkUrl(input.url).problem);
  if (input.kind !== undefined) problems.push(checkSourceKind(input.kind).problem);
  if (input.published !== undefined) problems.push(checkPublished(input.published, input.today).problem);
  if (input.model !== undefined && input.modelNotNamed) problems.push('Give --model or --model-not-named, not both.');
  return problems.filter((problem): problem is string => problem !== undefined);
}

export function scaffold(kind: ScaffoldKind, input: ScaffoldInput, known: KnownRecords): string {
  switch (kind) {
    case 'claim':
      return claimTemplate(input, known);
    case 'finding':
      return findingTemplate(input, known);
    case 'source':
      return sourceTemplate(input);
    case 'reproduction':
      return reproductionTemplate(input);
  }
}
