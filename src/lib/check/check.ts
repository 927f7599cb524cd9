/**
 * The content check: load every record with positions, validate each against its schema, then run
 * the integrity rules over the valid ones, and over the sound fields of the others where a rule can.
 * The CLI and the build both call this; there is no other validator. Every problem is collected;
 * nothing stops at the first file.
 */
import { relative, resolve, sep } from 'node:path';
import { RECORD_COLLECTIONS, VOCABULARY_FILES, type CollectionKind } from '../../schema/index.ts';
import { emptyContentSet, type ContentSet, type Entry, type FieldEntry, type Rule } from '../records/content-set.ts';
import { loadContent, type RawRecord } from '../records/load.ts';
import { NOUNS } from '../routes.ts';
import type { CheckId } from './catalogue.ts';
import { EVERY_FILE, guarded, guardedAcross, type Crash, type CrashLog } from './internal.ts';
import { compareProblems, type Problem } from './problem.ts';
import { datesRule } from './rules/dates.ts';
import { figuresRule } from './rules/figures.ts';
import { duplicateIds } from './rules/ids.ts';
import { mdxRule } from './rules/mdx.ts';
import { modelAliasesRule } from './rules/model-aliases.ts';
import { pagesRule } from './rules/pages.ts';
import { isAtPlaceholder, pendingFields, placeholdersRule } from './rules/placeholders.ts';
import { referencesRule } from './rules/references.ts';
import { urlsRule } from './rules/urls.ts';
import { verdictsRule } from './rules/verdicts.ts';
import { validateRecord, type Explain } from './validate.ts';
import { nameHint, vocabularyEntries } from '../records/vocabulary-names.ts';

/** The integrity checks after the schema, one per check of the catalogue (which says what each means). */
export const RULES: Record<Exclude<CheckId, 'schema'>, Rule> = {
  placeholder: placeholdersRule,
  // A model alias is a reference too: search resolves it to one model.
  references: (context) => [...referencesRule(context), ...modelAliasesRule(context)],
  // A page number is part of a figure's locator.
  figures: (context) => [...figuresRule(context), ...pagesRule(context)],
  dates: datesRule,
  urls: urlsRule,
  verdicts: verdictsRule,
  mdx: mdxRule,
};

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
  /** Exceptions behind `internal` problems, for `--debug`. */
  crashes: Crash[];
  /** Every file read, relative to the project root. */
  files: string[];
  /** The records that passed their schema. */
  content: ContentSet;
  counts: Record<CollectionKind, number>;
}


export function checkContent(options: CheckOptions = {}): CheckResult {
  const projectRoot = resolve(options.projectRoot ?? process.cwd());
  const contentDir = resolve(projectRoot, options.contentDir ?? 'content');
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const loaded = loadContent(contentDir, projectRoot);
  const log: CrashLog = { problems: loaded.problems, crashes: loaded.crashes };
  const problems = log.problems;
  const files = loaded.records.map((record) => record.file);
  const folder = relative(projectRoot, contentDir).split(sep).join('/') || '.';
  const across = <T>(during: string, run: (keep: (file: string) => boolean) => T[]) => guardedAcross(log, files, folder, during, run);
  const rawOf = (keep: (file: string) => boolean) => kept(loaded.records, keep);
  problems.push(...across('comparing ids', (keep) => duplicateIds(rawOf(keep))));
  // A scaffolded record is judged on its placeholders first; the rest waits until they are filled in.
  const pending = new Map(across('looking for placeholders', (keep) => [...pendingFields(rawOf(keep))]));

  const explainName = vocabularyNameExplainer(loaded.records);
  const content = emptyContentSet();
  const knownIds = Object.fromEntries(Object.keys(NOUNS).map((kind) => [kind, new Set<string>()])) as Record<CollectionKind, Set<string>>;
  const schemas = { ...RECORD_COLLECTIONS, ...VOCABULARY_FILES };
  for (const { kind, id } of loaded.unreadable) knownIds[kind].add(id);
  // A record that fails its schema is still judged by the rules that look at one field at a time
  // (references, dates in the future, link schemes), over the fields the schema found sound: zod
  // checks every field of an object and every item of a list apart, so such a field holds a value its
  // schema accepts, and a rule reading it says nothing the schema has not. Rules that weigh fields
  // together or lean on the parsed record (figure arithmetic, date order, verdicts) wait for it to pass.
  const failed: FieldEntry[] = [];
  for (const record of loaded.records) {
    knownIds[record.kind].add(record.id);
    guarded(log, record.file, 'checking this record against its schema', () => {
      const { data, problems: schemaProblems, passed } = validateRecord(record, schemas[record.kind].schema, NOUNS[record.kind], explainName);
      problems.push(...schemaProblems.filter((problem) => !isAtPlaceholder(problem, pending)));
      if (data === undefined) {
        failed.push({ id: record.id, kind: record.kind, file: record.file, data: record.data, locate: record.locate, passed });
        return;
      }
      if ((content[record.kind] as Map<string, unknown>).has(record.id)) return;
      const entry: Entry<unknown> = { id: record.id, file: record.file, data, locate: record.locate, ...(record.mdx !== undefined && { mdx: record.mdx }) };
      (content[record.kind] as Map<string, Entry<unknown>>).set(record.id, entry);
    });
  }

  for (const [id, rule] of Object.entries(RULES)) {
    const found = across(`running the ${id} checks`, (keep) => rule({ content: contentOf(content, keep), failed: kept(failed, keep), knownIds, raw: rawOf(keep), today }));
    problems.push(...(id === 'placeholder' ? found : found.filter((problem) => !pending.has(problem.file))));
  }
  const counts = Object.fromEntries(Object.keys(NOUNS).map((kind) => [kind, knownIds[kind as CollectionKind].size])) as Record<CollectionKind, number>;
  return { problems: problems.sort(compareProblems), crashes: log.crashes, files: loaded.files, content, counts };
}

/** The records whose file `keep` accepts (the list itself when it accepts every file). */
function kept<T extends { file: string }>(records: readonly T[], keep: (file: string) => boolean): readonly T[] {
  return keep === EVERY_FILE ? records : records.filter((record) => keep(record.file));
}

/** The content set limited to the records whose file `keep` accepts (all of it when it accepts every file). */
function contentOf(content: ContentSet, keep: (file: string) => boolean): ContentSet {
  if (keep === EVERY_FILE) return content;
  const only = <T>(map: Map<string, Entry<T>>) => new Map([...map].filter(([, entry]) => keep(entry.file)));
  return {
    sources: only(content.sources), findings: only(content.findings), claims: only(content.claims),
    reproductions: only(content.reproductions), models: only(content.models), topics: only(content.topics),
  };
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
