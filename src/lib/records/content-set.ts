/** Validated records by kind and id: the input of the integrity rules and of everything derived for the site. */
import type { Claim, CollectionKind, Finding, Model, Reproduction, Source, Topic } from '../../schema/index.ts';
import type { RawRecord } from './load.ts';
import type { FieldPath, Position, Problem } from '../check/problem.ts';
import { formatField } from '../check/problem.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  locate(path: FieldPath): Position;
  /** Claims only: the whole MDX file. */
  mdx?: string;
}

export interface ContentSet {
  sources: Map<string, Entry<Source>>;
  findings: Map<string, Entry<Finding>>;
  claims: Map<string, Entry<Claim>>;
  reproductions: Map<string, Entry<Reproduction>>;
  models: Map<string, Entry<Model>>;
  topics: Map<string, Entry<Topic>>;
}

/**
 * A record as a rule that judges one field at a time sees it. A record that failed its schema comes
 * as read, and `passed` says which of its fields the schema found sound; a valid one passes everywhere.
 */
export interface FieldEntry extends Entry<unknown> {
  kind: CollectionKind;
  passed(path: FieldPath): boolean;
}

export interface RuleContext {
  content: ContentSet;
  /** The records that failed their schema, for the rules that can still judge the fields that passed (see check.ts). */
  failed: readonly FieldEntry[];
  /** Every id that has a file, valid or not, so a broken record does not also break every reference to it. */
  knownIds: Record<CollectionKind, Set<string>>;
  /** Every record as read, before validation (e.g. an MDX body is checked even when its frontmatter is invalid). */
  raw: readonly RawRecord[];
  /** Today as YYYY-MM-DD (injected so tests do not depend on the clock). */
  today: string;
}

export type Rule = (context: RuleContext) => Problem[];

/** A problem at a field of a record; the check's rules name a rule of the catalogue, `npm run links` its own. */
export function problemAt(entry: Entry<unknown>, path: FieldPath, rule: string, message: string): Problem {
  return { file: entry.file, ...entry.locate(path), field: formatField(path), rule, message };
}

/** The records of these kinds field by field: every valid one, then every one that failed its schema. */
export function fieldEntries({ content, failed }: RuleContext, kinds: readonly CollectionKind[]): FieldEntry[] {
  const wanted = new Set(kinds);
  const valid = kinds.flatMap((kind) => [...(content[kind] as Map<string, Entry<unknown>>).values()].map((entry) => ({ ...entry, kind, passed: () => true })));
  return [...valid, ...failed.filter((entry) => wanted.has(entry.kind))];
}

export function emptyContentSet(): ContentSet {
  return { sources: new Map(), findings: new Map(), claims: new Map(), reproductions: new Map(), models: new Map(), topics: new Map() };
}

/** The validated records as plain maps by id, the input of buildKnowledgeBase(). */
export function recordMaps(content: ContentSet): {
  [K in keyof ContentSet]: Map<string, ContentSet[K] extends Map<string, Entry<infer T>> ? T : never>;
} {
  const data = <T>(map: Map<string, Entry<T>>) => new Map([...map].map(([id, entry]) => [id, entry.data] as const));
  return {
    sources: data(content.sources),
    findings: data(content.findings),
    claims: data(content.claims),
    reproductions: data(content.reproductions),
    models: data(content.models),
    topics: data(content.topics),
  };
}
