/** Every id a record names must resolve: findings, sources, figures, models, topics. */
import type { CollectionKind } from '../../../schema/index.ts';
import type { Entry, Rule, RuleContext } from '../../records/content-set.ts';
import { problemAt } from '../../records/content-set.ts';
import type { FieldPath, Problem } from '../problem.ts';
import { closest } from '../validate.ts';
import { nameHint, vocabularyEntries } from '../../records/vocabulary-names.ts';

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

export const referencesRule: Rule = (context) => {
  const problems: Problem[] = [];
  const { content } = context;
  const ref = (entry: Entry<unknown>, path: FieldPath, kind: CollectionKind, id: string) => {
    const problem = unresolved(context, entry, path, kind, id);
    if (problem) problems.push(problem);
  };

  for (const finding of content.findings.values()) {
    const data = finding.data;
    ref(finding, ['source'], 'sources', data.source);
    data.otherSources.forEach((id, i) => ref(finding, ['otherSources', i], 'sources', id));
    data.topics.forEach((id, i) => ref(finding, ['topics', i], 'topics', id));
    data.models.forEach((id, i) => ref(finding, ['models', i], 'models', id));
    data.figures.forEach((figure, i) => figure.model && ref(finding, ['figures', i, 'model'], 'models', figure.model));
    data.figures.forEach((figure, i) => figure.printedIn && ref(finding, ['figures', i, 'printedIn'], 'sources', figure.printedIn));
    data.responses.forEach((response, i) => ref(finding, ['responses', i, 'source'], 'sources', response.source));
  }

  for (const reproduction of content.reproductions.values()) {
    const data = reproduction.data;
    ref(reproduction, ['finding'], 'findings', data.finding);
    ref(reproduction, ['source'], 'sources', data.source);
    data.figures.forEach((figure, i) => figure.model && ref(reproduction, ['figures', i, 'model'], 'models', figure.model));
    data.figures.forEach((figure, i) => figure.printedIn && ref(reproduction, ['figures', i, 'printedIn'], 'sources', figure.printedIn));
  }

  for (const claim of content.claims.values()) {
    const data = claim.data;
    data.appearances.forEach((appearance, i) => ref(claim, ['appearances', i, 'source'], 'sources', appearance.source));
    data.findings.forEach((id, i) => ref(claim, ['findings', i], 'findings', id));
    data.sources.forEach((id, i) => ref(claim, ['sources', i], 'sources', id));
    data.topics.forEach((id, i) => ref(claim, ['topics', i], 'topics', id));
    data.models.forEach((id, i) => ref(claim, ['models', i], 'models', id));
    data.responses.forEach((response, i) => ref(claim, ['responses', i, 'source'], 'sources', response.source));
    data.statedFigures.forEach((stated, i) => {
      const path = ['statedFigures', i];
      const missing = unresolved(context, claim, [...path, 'finding'], 'findings', stated.finding);
      if (missing) {
        problems.push(missing);
        return;
      }
      if (!data.findings.includes(stated.finding)) {
        problems.push(problemAt(claim, [...path, 'finding'], 'unresolved-reference',
          `The stated figure points at finding "${stated.finding}", which is not in this claim's "findings" list; add it there.`));
      }
      const finding = content.findings.get(stated.finding);
      if (finding && !finding.data.figures.some((figure) => figure.id === stated.figure)) {
        const ids = finding.data.figures.map((figure) => figure.id);
        const guess = closest(stated.figure, ids);
        problems.push(problemAt(claim, [...path, 'figure'], 'unresolved-reference',
          `Finding "${stated.finding}" has no figure "${stated.figure}"${guess ? `; did you mean "${guess}"?` : `. Its figures: ${ids.join(', ') || 'none'}.`}`));
      }
    });
  }
  return problems;
};

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
