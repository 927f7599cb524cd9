/** Every id a record names must resolve: findings, sources, figures, models, topics. */
import type { CollectionKind } from '../../../schema/index.ts';
import type { Entry, FieldEntry, Rule, RuleContext } from '../../records/content-set.ts';
import { fieldEntries, problemAt } from '../../records/content-set.ts';
import type { FieldPath, Problem } from '../problem.ts';
import { closest } from '../validate.ts';
import { nameHint, vocabularyEntries } from '../../records/vocabulary-names.ts';
import { stringsAt } from './walk.ts';

const WHERE: Record<CollectionKind, string> = {
  sources: 'content/sources/<id>.yaml',
  findings: 'content/findings/<id>.yaml',
  claims: 'content/claims/<id>.mdx',
  reproductions: 'content/reproductions/<id>.yaml',
  models: 'content/models.yaml',
  topics: 'content/topics.yaml',
};

const NOUN: Record<CollectionKind, string> = {
  sources: 'source', findings: 'finding', claims: 'claim', reproductions: 'reproduction', models: 'model', topics: 'topic',
};

/** Where each kind of record names another: a field ("*" for every item of a list) and the kind of record it names. */
const REFERENCES: Partial<Record<CollectionKind, [FieldPath, CollectionKind][]>> = {
  findings: [
    [['source'], 'sources'], [['otherSources', '*'], 'sources'], [['topics', '*'], 'topics'], [['models', '*'], 'models'],
    [['figures', '*', 'model'], 'models'], [['figures', '*', 'printedIn'], 'sources'], [['responses', '*', 'source'], 'sources'],
  ],
  reproductions: [
    [['finding'], 'findings'], [['source'], 'sources'], [['figures', '*', 'model'], 'models'], [['figures', '*', 'printedIn'], 'sources'],
  ],
  claims: [
    [['appearances', '*', 'source'], 'sources'], [['findings', '*'], 'findings'], [['sources', '*'], 'sources'],
    [['topics', '*'], 'topics'], [['models', '*'], 'models'], [['responses', '*', 'source'], 'sources'],
  ],
};

// Field by field, so a record that failed its schema still has its sound references checked.
export const referencesRule: Rule = (context) =>
  fieldEntries(context, ['findings', 'reproductions', 'claims']).flatMap((entry) => [
    ...(REFERENCES[entry.kind] ?? []).flatMap(([pattern, kind]) =>
      soundStrings(entry, pattern).flatMap(({ path, value }) => unresolved(context, entry, path, kind, value) ?? [])),
    ...(entry.kind === 'claims' ? statedFigureReferences(context, entry) : []),
  ]);

/** A stated figure names a finding the claim lists, and a figure that finding has. */
function statedFigureReferences(context: RuleContext, claim: FieldEntry): Problem[] {
  const listed = claim.passed(['findings']) ? soundStrings(claim, ['findings', '*']).map(({ value }) => value) : undefined;
  return soundStrings(claim, ['statedFigures', '*', 'finding']).flatMap(({ path, value: findingId }): Problem[] => {
    const missing = unresolved(context, claim, path, 'findings', findingId);
    if (missing) return [missing];
    const problems: Problem[] = [];
    if (listed && !listed.includes(findingId)) {
      problems.push(problemAt(claim, path, 'unresolved-reference',
        `The stated figure points at finding "${findingId}", which is not in this claim's "findings" list; add it there.`));
    }
    const figurePath = [...path.slice(0, -1), 'figure'];
    const [stated] = soundStrings(claim, figurePath);
    const finding = context.content.findings.get(findingId);
    if (stated && finding && !finding.data.figures.some((figure) => figure.id === stated.value)) {
      const ids = finding.data.figures.map((figure) => figure.id);
      const guess = closest(stated.value, ids);
      problems.push(problemAt(claim, figurePath, 'unresolved-reference',
        `Finding "${findingId}" has no figure "${stated.value}"${guess ? `; did you mean "${guess}"?` : `. Its figures: ${ids.join(', ') || 'none'}.`}`));
    }
    return problems;
  });
}

/** The strings at a field pattern that passed the record's schema. */
function soundStrings(entry: FieldEntry, pattern: FieldPath) {
  return stringsAt(entry.data, pattern).filter(({ path }) => entry.passed(path));
}

function unresolved(context: RuleContext, entry: Entry<unknown>, path: FieldPath, kind: CollectionKind, id: string): Problem | undefined {
  if (context.knownIds[kind].has(id)) return undefined;
  if (kind === 'models' || kind === 'topics') {
    const named = nameHint(id, vocabularyEntries(context.raw, kind));
    if (named) return problemAt(entry, path, 'unresolved-reference', named);
  }
  const guess = closest(id, [...context.knownIds[kind]]);
  const where = WHERE[kind].replace('<id>', id);
  const hint = guess ? `; did you mean "${guess}"?` : kind === 'models' || kind === 'topics' ? `; add it to ${where} first.` : ` (${where} does not exist).`;
  return problemAt(entry, path, 'unresolved-reference', `No ${NOUN[kind]} has the id "${id}"${hint}`);
}
