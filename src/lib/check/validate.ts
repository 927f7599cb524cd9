/** Runs a record through its zod schema and turns every issue into a located, readable problem. */
import type { z } from 'astro/zod';
import type { FieldPath, Problem } from './problem.ts';
import { formatField } from './problem.ts';
import type { RawRecord } from '../records/load.ts';

type Issue = z.core.$ZodIssue;

/** A better sentence for a field's bad value when the caller knows one (e.g. a model's name written for its id). */
export type Explain = (path: FieldPath, input: unknown) => string | undefined;

export interface Validation {
  /** The parsed record; absent when the schema failed. */
  data?: unknown;
  problems: Problem[];
  /** Whether the schema found nothing wrong at a field, inside it or around it (true everywhere when it passed). */
  passed(path: FieldPath): boolean;
}

const EVERYWHERE = (_path: FieldPath): boolean => true;

export function validateRecord(record: RawRecord, schema: z.ZodType, noun: string, explain?: Explain): Validation {
  const parsed = schema.safeParse(record.data, { reportInput: true });
  if (parsed.success) return { data: parsed.data, problems: [], passed: EVERYWHERE };
  const described = parsed.error.issues.flatMap((issue) => {
    const found = describeIssue(issue, schema, noun);
    const better = explain?.(issue.path.filter((key): key is string | number => typeof key !== 'symbol'), (issue as { input?: unknown }).input);
    return better ? found.map((d) => ({ ...d, message: better })) : found;
  });
  // A misspelt key also leaves its field missing; the "did you mean" line already says both.
  const guessed = new Set(described.flatMap((d) => (d.guess ? [formatField([...d.path.slice(0, -1), d.guess])] : [])));
  const problems = described
    .filter((d) => !(d.rule === 'missing-field' && guessed.has(formatField(d.path))))
    .map(({ path, rule, message }) => ({ file: record.file, ...record.locate(path), field: formatField(path), rule, message }));
  // An unknown key faults itself, not the object it sits in, so its siblings still count as passed.
  return { problems, passed: clearOf(described.map((d) => d.path)) };
}

/** A field is clear when no fault is at it, inside it (one bad list item) or around it (a list that is not a list). */
function clearOf(faults: readonly FieldPath[]): (path: FieldPath) => boolean {
  const within = (inner: FieldPath, outer: FieldPath) => outer.length <= inner.length && outer.every((key, i) => key === inner[i]);
  return (path) => !faults.some((fault) => within(path, fault) || within(fault, path));
}

interface Described {
  path: FieldPath;
  rule: string;
  message: string;
  /** For an unknown key: the known field it is probably a typo of. */
  guess?: string;
}

function describeIssue(issue: Issue, root: z.ZodType, noun: string): Described[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = fieldNames(root, path);
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const owner = path.length ? `"${formatField(path)}"` : `a ${noun}`;
        return {
          path: [...path, key],
          ...(guess && { guess }),
          rule: 'unknown-field',
          message: `"${key}" is not a field of ${owner}${guess ? `; did you mean "${guess}"?` : `. Known fields: ${known.join(', ')}.`}`,
        };
      });
    }
    case 'invalid_type':
      return [{
        path,
        rule: input === undefined ? 'missing-field' : 'schema',
        message: input === undefined ? `Required field "${String(path.at(-1) ?? noun)}" is missing.` : `Expected ${article(issue.expected)}, got ${describeValue(input)}.`,
      }];
    case 'invalid_value':
      return [{
        path,
        rule: 'schema',
        message: issue.message.startsWith('YAML read') ? issue.message : `Must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(input)}.`,
      }];
    case 'too_small':
      return [{ path, rule: 'schema', message: sizeMessage(issue.origin, issue.inclusive === false ? 'greater than' : 'at least', issue.minimum, input) }];
    case 'too_big':
      return [{ path, rule: 'schema', message: sizeMessage(issue.origin, issue.inclusive === false ? 'less than' : 'at most', issue.maximum, input) }];
    case 'custom': {
      const rule = (issue.params as { rule?: string } | undefined)?.rule ?? 'schema';
      return [{ path, rule, message: `${capitalise(issue.message)}; got ${describeValue(input)}.` }];
    }
    case 'invalid_format':
      return [{ path, rule: 'schema', message: `${capitalise(issue.message)}; got ${describeValue(input)}.` }];
    default:
      return [{ path, rule: 'schema', message: capitalise(issue.message) }];
  }
}

function sizeMessage(origin: string, bound: string, limit: number | bigint, input: unknown): string {
  if (origin === 'array' || origin === 'set') return `Must list ${bound} ${limit} item${limit === 1 ? '' : 's'}.`;
  if (origin === 'string') {
    return Number(limit) <= 1 && bound === 'at least' ? 'Must not be empty.' : `Must be ${bound} ${limit} characters long; it has ${String(input).length}.`;
  }
  return `Must be ${bound} ${limit}; got ${describeValue(input)}.`;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value === 'boolean' ? 'the boolean' : 'the number'} ${String(value)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Field names the schema allows at `path`, for "did you mean" hints. */
function fieldNames(schema: z.ZodType, path: FieldPath): string[] {
  let node: unknown = schema;
  for (const key of path) {
    node = unwrap(node);
    const def = defOf(node);
    if (def?.type === 'object' && typeof key === 'string') node = (def['shape'] as Record<string, unknown>)[key];
    else if (def?.type === 'array') node = def['element'];
    else return [];
  }
  const def = defOf(unwrap(node));
  return def?.type === 'object' ? Object.keys(def['shape'] as object) : [];
}

function defOf(node: unknown): ({ type: string } & Record<string, unknown>) | undefined {
  return (node as { _zod?: { def?: { type: string } & Record<string, unknown> } } | undefined)?._zod?.def;
}

function unwrap(node: unknown): unknown {
  for (let def = defOf(node); def && ['optional', 'nullable', 'default', 'pipe'].includes(def.type); def = defOf(node)) {
    node = def.type === 'pipe' ? def['out'] : def['innerType'];
  }
  return node;
}

/** The known name nearest to `word` by edit distance, if it is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
