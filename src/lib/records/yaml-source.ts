/**
 * YAML parsed with source positions, so any field path can be turned into a line and column.
 * Uses the `yaml` package's Document and LineCounter (js-yaml, which Astro uses, keeps no positions).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { FieldPath, Position } from '../check/problem.ts';

export interface YamlSource {
  data: unknown;
  /** Syntax errors with their positions; data is unusable when there are any. */
  errors: { message: string; position: Position }[];
  /** Position of the field at `path`, or of its nearest existing ancestor. */
  locate(path: FieldPath): Position;
}

/**
 * @param lineOffset lines before this YAML in its file (an MDX frontmatter starts after `---`).
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  // Plain YAML 1.2 core schema: dates stay strings, `false` is still a boolean (the schema says so).
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    errors: doc.errors.map((error) => {
      const message = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? COLON_IN_VALUE : (error.message.split('\n')[0] ?? error.message);
      const opened = error.code === 'MISSING_CHAR' ? unclosedQuoteLine(text) : undefined;
      return opened === undefined
        ? { message, position: at(error.pos[0]) }
        : { message: 'a quoted value that starts on this line is never closed; add the closing quote', position: { line: opened + lineOffset, column: 1 } };
    }),
    locate(path) {
      return at(offsetOf(doc.contents, path));
    },
  };
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
