/**
 * Placeholders left by `npm run new`: every value still reading "[fill in: …]", in the YAML or in a
 * claim's analysis, is an error naming its line and field, so a half-done record can never pass.
 * A scaffolded record holds placeholders where a number, date or verdict belongs; the check reports
 * those as placeholders and holds back the schema and integrity complaints they would cause.
 */
import type { Rule } from '../../records/content-set.ts';
import type { RawRecord } from '../../records/load.ts';
import { formatField, type Problem } from '../problem.ts';
import { splitFrontmatter } from '../../records/frontmatter.ts';
import { forEachString } from './walk.ts';

/** The one marker the scaffolds use; "[fill in: what goes here]". */
export const PLACEHOLDER_PREFIX = '[fill in:';

export function placeholder(hint: string): string {
  return `${PLACEHOLDER_PREFIX} ${hint}]`;
}

export function isPlaceholder(value: string): boolean {
  // Lower-casing never makes a "[", so text without one is settled without copying it.
  return value.includes('[') && value.toLowerCase().includes(PLACEHOLDER_PREFIX);
}

/**
 * The hint inside the first placeholder of `text`, e.g. "the claim verbatim". Brackets inside the
 * hint are balanced ("or leave the list empty: []"), so the hint ends at the bracket that closes it.
 */
export function hintOf(text: string): string {
  const start = text.toLowerCase().indexOf(PLACEHOLDER_PREFIX) + PLACEHOLDER_PREFIX.length;
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return text.slice(start, i).trim();
  }
  return text.slice(start).trim();
}

export interface PlaceholderSite {
  /** Field path as in problems, e.g. "statedFigures[0].fidelity", or "body". */
  field: string;
  problem: Problem;
}

/** The check asks twice per record (to hold back what placeholders cause, then to report them); the answer is kept. */
const sitesOf = new WeakMap<RawRecord, PlaceholderSite[]>();

/** Every placeholder of one record, YAML values first, then the lines of a claim's analysis. */
export function placeholdersOf(record: RawRecord): PlaceholderSite[] {
  let sites = sitesOf.get(record);
  if (!sites) {
    sites = findPlaceholders(record);
    sitesOf.set(record, sites);
  }
  return sites;
}

function findPlaceholders(record: RawRecord): PlaceholderSite[] {
  const sites: PlaceholderSite[] = [];
  forEachString(record.data, (value, _key, fieldPath) => {
    if (!isPlaceholder(value)) return;
    const path = fieldPath();
    const field = formatField(path);
    sites.push({ field, problem: { file: record.file, ...record.locate(path), field, rule: 'placeholder', message: fillIn(hintOf(value)) } });
  });
  if (record.mdx !== undefined && record.mdx.includes('[')) {
    const split = splitFrontmatter(record.mdx);
    split?.body.split(/\r?\n/).forEach((line, index) => {
      const column = line.toLowerCase().indexOf(PLACEHOLDER_PREFIX);
      if (column < 0) return;
      const problem = { file: record.file, line: split.bodyStartLine + index, column: column + 1, field: 'body', rule: 'placeholder', message: fillIn(hintOf(line.slice(column))) };
      sites.push({ field: 'body', problem });
    });
  }
  return sites;
}

function fillIn(hint: string): string {
  return `Not filled in yet: replace the placeholder with ${hint || 'the value'}.`;
}

export const placeholdersRule: Rule = ({ raw }) => raw.flatMap((record) => placeholdersOf(record).map((site) => site.problem));

/** Fields still holding a placeholder, by file: the check holds back the complaints they would cause. */
export function pendingFields(raw: readonly RawRecord[]): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const record of raw) {
    const fields = placeholdersOf(record).map((site) => site.field);
    if (fields.length) byFile.set(record.file, [...(byFile.get(record.file) ?? []), ...fields]);
  }
  return byFile;
}

/** True for a problem at a placeholder field or inside one (a schema complaint the placeholder causes). */
export function isAtPlaceholder(problem: Problem, pending: ReadonlyMap<string, readonly string[]>): boolean {
  return (pending.get(problem.file) ?? []).some(
    (field) => problem.field === field || problem.field.startsWith(`${field}.`) || problem.field.startsWith(`${field}[`),
  );
}
