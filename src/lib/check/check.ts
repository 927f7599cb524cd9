/**
 * The content check: load every record with positions, validate each against its schema, then run
 * the integrity rules over the valid ones. The CLI and the build both call this; there is no other
 * validator. Every problem is collected; nothing stops at the first file.
 */
import { resolve } from 'node:path';
import { RECORD_COLLECTIONS, VOCABULARY_FILES, type CollectionKind } from '../../schema/index.ts';
import { emptyContentSet, type ContentSet, type Entry, type Rule } from '../records/content-set.ts';
import { loadContent, type RawRecord } from '../records/load.ts';
import { compareProblems, type Problem } from './problem.ts';
import { datesRule } from './rules/dates.ts';
import { figuresRule } from './rules/figures.ts';
import { duplicateIds } from './rules/ids.ts';
import { mdxRule } from './rules/mdx.ts';
import { isAtPlaceholder, pendingFields, placeholdersRule } from './rules/placeholders.ts';
import { referencesRule } from './rules/references.ts';
import { urlsRule } from './rules/urls.ts';
import { verdictsRule } from './rules/verdicts.ts';
import { validateRecord, type Explain } from './validate.ts';
import { nameHint, vocabularyEntries } from '../records/vocabulary-names.ts';

/** Integrity rules, in the order the methodology page lists them. */
export const RULES: readonly { id: string; summary: string; rule: Rule }[] = [
  { id: 'placeholder', summary: 'Nothing is left as a "[fill in: …]" placeholder from npm run new', rule: placeholdersRule },
  { id: 'references', summary: 'Every finding, source, figure, model and topic it names exists', rule: referencesRule },
  { id: 'figures', summary: 'Figure arithmetic holds, quotes contain their numbers, stated figures match the findings', rule: figuresRule },
  { id: 'dates', summary: 'Dates are real, not in the future, and in order', rule: datesRule },
  { id: 'urls', summary: 'Links are https only and sources have an archived copy or say why not', rule: urlsRule },
  { id: 'verdicts', summary: 'An accurate or missing-context verdict rests on a primary source', rule: verdictsRule },
  { id: 'mdx', summary: 'The analysis contains no code, scripts, embeds or unknown components', rule: mdxRule },
];

export interface CheckOptions {
  /** The content folder; defaults to ./content. */
  contentDir?: string;
  /** Folder that file paths in problems are relative to; defaults to the working directory. */
  projectRoot?: string;
  /** YYYY-MM-DD; defaults to today (UTC). */
  today?: string;
}

export interface CheckResult {
  problems: Problem[];
  /** Every file read, relative to the project root. */
  files: string[];
  /** The records that passed their schema. */
  content: ContentSet;
  counts: Record<CollectionKind, number>;
}

const NOUNS: Record<CollectionKind, string> = {
  sources: 'source', findings: 'finding', claims: 'claim', reproductions: 'reproduction', models: 'model', topics: 'topic',
};

export function checkContent(options: CheckOptions = {}): CheckResult {
  const projectRoot = resolve(options.projectRoot ?? process.cwd());
  const contentDir = resolve(projectRoot, options.contentDir ?? 'content');
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const loaded = loadContent(contentDir, projectRoot);
  const problems = [...loaded.problems, ...duplicateIds(loaded.records)];
  // A scaffolded record is judged on its placeholders first; the rest waits until they are filled in.
  const pending = pendingFields(loaded.records);

  const explainName = vocabularyNameExplainer(loaded.records);
  const content = emptyContentSet();
  const knownIds = Object.fromEntries(Object.keys(NOUNS).map((kind) => [kind, new Set<string>()])) as Record<CollectionKind, Set<string>>;
  const schemas = { ...RECORD_COLLECTIONS, ...VOCABULARY_FILES };
  for (const { kind, id } of loaded.unreadable) knownIds[kind].add(id);
  for (const record of loaded.records) {
    knownIds[record.kind].add(record.id);
    const { data, problems: schemaProblems } = validateRecord(record, schemas[record.kind].schema, NOUNS[record.kind], explainName);
    problems.push(...schemaProblems.filter((problem) => !isAtPlaceholder(problem, pending)));
    if (data === undefined || (content[record.kind] as Map<string, unknown>).has(record.id)) continue;
    const entry: Entry<unknown> = { id: record.id, file: record.file, data, locate: record.locate, ...(record.mdx !== undefined && { mdx: record.mdx }) };
    (content[record.kind] as Map<string, Entry<unknown>>).set(record.id, entry);
  }

  for (const { id, rule } of RULES) {
    const found = rule({ content, knownIds, raw: loaded.records, today });
    problems.push(...(id === 'placeholder' ? found : found.filter((problem) => !pending.has(problem.file))));
  }
  const counts = Object.fromEntries(Object.keys(NOUNS).map((kind) => [kind, knownIds[kind as CollectionKind].size])) as Record<CollectionKind, number>;
  return { problems: problems.sort(compareProblems), files: loaded.files, content, counts };
}

/** Model and topic fields hold ids; a display name or alias written there gets the id to write instead. */
function vocabularyNameExplainer(raw: readonly RawRecord[]): Explain {
  const entries = { models: vocabularyEntries(raw, 'models'), topics: vocabularyEntries(raw, 'topics') };
  return (path, input) => {
    if (typeof input !== 'string') return undefined;
    const [parent, last] = [path.at(-2), path.at(-1)];
    const kind = last === 'model' || parent === 'models' ? 'models' : parent === 'topics' ? 'topics' : undefined;
    return kind && nameHint(input, entries[kind]);
  };
}

/** Problems that concern the given files (paths as in CheckResult.files), still judged against all others. */
export function problemsIn(result: CheckResult, files: readonly string[]): Problem[] {
  const wanted = new Set(files);
  return result.problems.filter((problem) => wanted.has(problem.file));
}
