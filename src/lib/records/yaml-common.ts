/**
 * A fast reader for the YAML that records are made of: block maps and lists, flow lists, plain,
 * quoted and block text, numbers, booleans and null. js-yaml reads it about ten times faster than
 * the `yaml` package's Document (which keeps every node's position, and which the check needs only
 * to place a problem), so records are read here first and the Document is built only on demand.
 *
 * What this reads must be exactly what `yaml` would read, so it declines (returns undefined)
 * whenever the two could differ or `yaml` could refuse the text: anything js-yaml refuses, tags,
 * anchors of lists or maps, many aliases, directives, collections used as keys, null keys, control
 * characters, tabs, very long lines, deep nesting, and quoted text or flow lists running over
 * lines that are not indented past their key (js-yaml allows them, YAML and so `yaml` do not).
 * The caller then reads the text with `yaml`, which decides and explains. Plain scalars are
 * resolved by `yaml`'s own core-schema tags, so `0o17`, `.nan` or `2025-05-24` mean here what they
 * mean there. tests/unit/yaml-common.test.ts compares the two readers on records and mutants of them.
 */
import jsYaml from 'js-yaml';
import { Document, isScalar } from 'yaml';

interface ScalarTag {
  test: RegExp;
  resolve(value: string, onError: (message: string) => void, options: { intAsBigInt: boolean }): unknown;
}

/** yaml's YAML 1.2 core-schema scalar tags (null, bool, int, float), in the order it tries them. */
const CORE_SCALARS = new Document().schema.tags.filter((tag) => tag.default === true && 'test' in tag && tag.test instanceof RegExp) as unknown as ScalarTag[];
/** Any of them, in one test: it is asked of every plain scalar, and most are text. */
const ANY_CORE_SCALAR = new RegExp(CORE_SCALARS.map((tag) => `(?:${tag.test.source})`).join('|'));
const CORE_TAG = 'tag:claimtrail,2025:core-scalar';

/** One js-yaml type for all of them: js-yaml keeps a single implicit type per tag name. */
const coreScalar = new jsYaml.Type(CORE_TAG, {
  kind: 'scalar',
  resolve: (text: string) => ANY_CORE_SCALAR.test(text),
  construct: (text: string) => {
    const resolved = CORE_SCALARS.find((tag) => tag.test.test(text))!.resolve(text, () => {}, { intAsBigInt: false });
    return isScalar(resolved) ? resolved.value : resolved;
  },
});
const SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [coreScalar] });

/** Tags of nodes the text wrote no tag for: plain (`?`, or resolved by coreScalar), quoted (`!`), a collection (null). */
const UNTAGGED = new Set<string | null>([null, '?', '!', CORE_TAG]);

/** Far above the five levels a record needs, far below yaml's own depth limit (YAML_LIMITS). */
const MAX_DEPTH = 12;
/** yaml refuses an implicit key that ends more than 1024 characters into its line. */
const MAX_LINE = 1000;

/**
 * Text that js-yaml might read differently from yaml, or that yaml might refuse: control characters
 * (the two treat some as line breaks, or refuse them at different places), tabs and byte order marks.
 */
const CONTROL_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/**
 * The same for constructs, each behind a character it needs, so a text is searched only for those it
 * can hold: a directive (`%YAML 1.1` switches yaml to YAML 1.1 values), an explicit key (`? `), a
 * flow collection used as a key (`[a]: b`, which the two turn into different strings), an anchor
 * before a key on the same line (`a: &x b: c`, a map js-yaml reads and yaml refuses), a comment
 * right after a closing bracket or quote (`[a]#b`, which yaml refuses), and a block scalar's
 * indentation indicator (`|2`; the two disagree on where such text ends).
 */
const CONSTRUCTS: readonly (readonly [string, RegExp])[] = [
  ['%', /^%/m],
  ['?', /(?:^[ -]*|[[{,] *)\?(?:[\s,\]}]|$)/m],
  [']', /\] *:(?:[\s,\]}]|$)/],
  ['}', /\} *:(?:[\s,\]}]|$)/],
  ['&', /&\S+ +.*:(?: |$)/m],
  ['#', /[\]}"',]#/],
  ['|', /(?:^|\s)\|[-+]?\d/],
  ['>', /(?:^|\s)>[-+]?\d/],
  ['__proto__', /__proto__/],
];

function outsideCommonYaml(text: string): boolean {
  return CONTROL_CHARACTER.test(text) || CONSTRUCTS.some(([needs, construct]) => text.includes(needs) && construct.test(text));
}

/** The start of a line that holds a key and its value, or list items: indentation, dashes, then a plain key. */
const LINE_PREFIX = /^( *)((?:- +)*)([A-Za-z0-9_][\w.-]*: +)?$/;

/** yaml refuses a document where one anchor is aliased 100 times (its maxAliasCount); half that in all is safe. */
const MAX_ALIASES = 50;

/** What js-yaml's loader state holds about the node it opens or closes. */
interface LoaderState {
  position: number;
  anchor: string | null;
  tag: string | null;
  kind: string | null;
}

/** The records' data as `yaml` would read it, or undefined when only `yaml` can say (see above). */
export function readCommonYaml(text: string): { data: unknown } | undefined {
  if (outsideCommonYaml(text) || hasLongLine(text) || count(text, '*') > MAX_ALIASES) return undefined;
  const opened: number[] = [];
  let outside = false;
  let data: unknown;
  try {
    // maxDepth is js-yaml 4.3's, newer than its @types.
    const options: jsYaml.LoadOptions & { maxDepth: number } = {
      schema: SCHEMA,
      maxDepth: MAX_DEPTH,
      listener(event, loaderState) {
        // The loader's state as js-yaml sets it for the node (its @types name only the document-wide fields).
        const state = loaderState as unknown as LoaderState;
        if (event === 'open') {
          opened.push(state.position);
          return;
        }
        const start = opened.pop() ?? 0;
        // Records name a long condition once and repeat it by alias; an anchored list or map is yaml's to judge (YAML_LIMITS).
        const anchoredCollection = state.anchor !== null && state.kind !== 'scalar';
        if (anchoredCollection || !UNTAGGED.has(state.tag) || !flowNodeIndented(text, start, state.position)) outside = true;
      },
    };
    data = jsYaml.load(text, options);
  } catch {
    return undefined;
  }
  // A record is a map (a vocabulary a list); anything else is yaml's to explain.
  if (outside || data === null || typeof data !== 'object' || hasNullKey(data)) return undefined;
  return { data };
}

/**
 * False for quoted text or a flow list or map that runs over several lines where `yaml` would
 * refuse it: a continuation line not indented past the key (or list dash) that holds the value,
 * or a multi-line key. True for every other node.
 */
function flowNodeIndented(text: string, from: number, to: number): boolean {
  const start = contentStart(text, from, to);
  if (start < 0 || !`"'[{`.includes(text[start]!)) return true;
  const end = text.lastIndexOf('\n', to - 1);
  if (end < start) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prefix = LINE_PREFIX.exec(text.slice(lineStart, start));
  if (!prefix) return false;
  const [, indent = '', dashes = '', key] = prefix;
  // The value's owner: its key, or else the last dash before it; a value on a line of its own is left to yaml.
  if (!key && !dashes) return false;
  const owner = key ? indent.length + dashes.length : indent.length + dashes.trimEnd().lastIndexOf('-');
  if (/^ *:/.test(text.slice(to, text.indexOf('\n', to) >>> 0))) return false;
  for (let line = text.indexOf('\n', start) + 1; line > 0 && line < to; line = text.indexOf('\n', line) + 1) {
    let column = 0;
    while (text[line + column] === ' ') column++;
    if (line + column < to && text[line + column] !== '\n' && column <= owner) return false;
  }
  return true;
}

/** Where the node opened at `from` starts, past spaces, line breaks, comments and its anchor; -1 if nothing does before `to`. */
function contentStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (ch === ' ' || ch === '\n') i++;
    else if (ch === '#') i = text.indexOf('\n', i) >>> 0;
    else if (ch === '&') while (i < to && text[i] !== ' ' && text[i] !== '\n') i++;
    else return i;
  }
  return -1;
}

function count(text: string, char: string): number {
  let found = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) found++;
  return found;
}

function hasLongLine(text: string): boolean {
  if (text.length <= MAX_LINE) return false;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > MAX_LINE) return true;
    start = stop + 1;
  }
  return false;
}

/** yaml names a null key "" and js-yaml "null"; either reader's answer would be a misspelt field, but not the same one. */
function hasNullKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasNullKey);
  if (value === null || typeof value !== 'object') return false;
  for (const key in value) {
    if (key === 'null' || hasNullKey((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}
