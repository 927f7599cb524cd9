/**
 * YAML parsed with source positions, so any field path can be turned into a line and column.
 * Positions come from the `yaml` package's Document and LineCounter (js-yaml keeps none). Building
 * that Document is most of the cost of a check, and positions are only needed to place a problem,
 * so the common YAML of records is read by yaml-common.ts and the Document built when asked.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { FieldPath, Position } from '../check/problem.ts';
import { readCommonYaml } from './yaml-common.ts';

/**
 * Limits on what a record may ask of the reader. Records repeat text by alias (a condition shared
 * by many figures: harmless, one value each) but need no alias of a list or group of fields, and at
 * most five levels (figures[].ci.low); the limits are far above that and far below harm. The count
 * of aliases to collections gives a clear message for a nested-anchor bomb (yaml's own expansion
 * guard still applies in toJS); the depth bounds every recursive walk after this one.
 */
export const YAML_LIMITS = { aliases: 20, depth: 32 } as const;

export interface YamlError {
  /** yaml-syntax, or yaml-aliases / yaml-depth when a limit refused the document. */
  rule: 'yaml-syntax' | 'yaml-aliases' | 'yaml-depth';
  message: string;
  position: Position;
}

export interface YamlSource {
  data: unknown;
  /** Why the YAML cannot be used, with positions; data is unusable when there are any. */
  errors: YamlError[];
  /** Position of the field at `path`, or of its nearest existing ancestor. */
  locate(path: FieldPath): Position;
}

/**
 * @param lineOffset lines before this YAML in its file (an MDX frontmatter starts after `---`).
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const common = readCommonYaml(text);
  if (!common) return parseYamlDocument(text, lineOffset);
  let positioned: YamlSource | undefined;
  return {
    data: common.data,
    errors: [],
    locate(path) {
      positioned ??= parseYamlDocument(text, lineOffset);
      return positioned.locate(path);
    },
  };
}

/** The same, always through yaml's Document: what decides, and explains, whenever the fast reader declines. */
export function parseYamlDocument(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  // Plain YAML 1.2 core schema: dates stay strings, `false` is still a boolean (the schema says so).
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const errors: YamlError[] = doc.errors.map((error) => {
    const message = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? COLON_IN_VALUE : (error.message.split('\n')[0] ?? error.message);
    const opened = error.code === 'MISSING_CHAR' ? unclosedQuoteLine(text) : undefined;
    return opened === undefined
      ? { rule: 'yaml-syntax', message, position: at(error.pos[0]) }
      : { rule: 'yaml-syntax', message: 'a quoted value that starts on this line is never closed; add the closing quote', position: { line: opened + lineOffset, column: 1 } };
  });
  if (!errors.length) errors.push(...limitErrors(doc, at));
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS();
    } catch (error) {
      // yaml's own guard: a few aliases to large anchors can still expand too far (its ReferenceError).
      if (!(error instanceof ReferenceError)) throw error;
      errors.push({ rule: 'yaml-aliases', message: 'the aliases (*name) here expand to too many values; write the values out instead', position: at(0) });
    }
  }
  return {
    data,
    errors,
    locate(path) {
      return at(offsetOf(doc.contents, path));
    },
  };
}

/** The first limit the document exceeds, found with an explicit stack so a deep document cannot overflow it. */
function limitErrors(doc: Document, at: (offset: number) => Position): YamlError[] {
  let aliases = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > YAML_LIMITS.depth) {
      return [{ rule: 'yaml-depth', message: `values are nested more than ${YAML_LIMITS.depth} levels deep here; a record needs a handful`, position: at(rangeStart(node as Node)) }];
    }
    if (isAlias(node) && isCollection(node.resolve(doc)) && ++aliases > YAML_LIMITS.aliases) {
      return [{ rule: 'yaml-aliases', message: `more than ${YAML_LIMITS.aliases} aliases (*name) of lists or groups of fields; write them out instead of repeating them by reference`, position: at(rangeStart(node)) }];
    }
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
        else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return [];
}

/** The usual cause of "Nested mappings are not allowed in compact mappings", said in a contributor's words. */
const COLON_IN_VALUE = 'a value contains ": " (a colon and a space), which YAML reads as a new field; put the whole value in quotes, e.g. note: "Partly true: …"';

/** 1-based line of the first line with an odd number of double (or single) quotes, if any. */
function unclosedQuoteLine(text: string): number | undefined {
  const lines = text.split(/\r?\n/);
  for (const quote of ['"', "'"]) {
    const index = lines.findIndex((line) => (line.replace(/\\"/g, '').split(quote).length - 1) % 2 === 1);
    if (index >= 0) return index + 1;
  }
  return undefined;
}

/** Start offset of the key (for map entries) or item at `path`, falling back to the deepest ancestor found. */
function offsetOf(root: Node | null | undefined, path: FieldPath): number {
  let node: unknown = root;
  let offset = rangeStart(root);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair) return offset;
      offset = rangeStart(pair.key as Node) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!item) return offset;
      offset = rangeStart(item as Node) ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: Node | null | undefined): number {
  return node?.range?.[0] ?? 0;
}
