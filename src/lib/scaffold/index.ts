/** `npm run new`'s library side: which record kinds can be scaffolded, where they go, what they say. */
import { RECORD_COLLECTIONS, type RecordKind } from '../../schema/index.ts';
import { idProblem } from './ids.ts';
import type { KnownRecords } from './known.ts';
import { claimTemplate, findingTemplate, reproductionTemplate, sourceTemplate, type ScaffoldInput } from './templates.ts';

export { proposeId, idProblem } from './ids.ts';
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

/** Everything wrong with the input before writing anything: a taken or malformed id, unknown references. */
export function inputProblems(kind: ScaffoldKind, input: ScaffoldInput, known: KnownRecords): string[] {
  const problems = [idProblem(input.id, known.ids[COLLECTION_OF[kind]], kind)];
  const unknown = (noun: string, id: string | undefined, ids: readonly string[]) =>
    id !== undefined && !ids.includes(id) ? `No ${noun} has the id "${id}"${ids.length ? `; known: ${ids.join(', ')}` : ''}.` : undefined;
  problems.push(unknown('finding', input.finding, known.ids.findings), unknown('source', input.source, known.ids.sources));
  if (input.figure !== undefined) {
    const figures = input.finding ? known.findings.get(input.finding)?.figures.map((figure) => figure.id) : undefined;
    if (!input.finding) problems.push('--figure needs --finding: a figure id is looked up inside that finding.');
    else if (figures) problems.push(unknown(`figure of ${input.finding}`, input.figure, figures));
  }
  if (input.url !== undefined && !/^https:\/\/[^\s]+$/.test(input.url)) problems.push(`"${input.url}" is not an https: address.`);
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
