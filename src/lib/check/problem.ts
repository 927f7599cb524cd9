/** A problem found in the content: where it is, which rule found it, and what to do about it. */

export interface Position {
  line: number;
  column: number;
}

export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based; null when the position is unknown (e.g. a file that could not be read). */
  line: number | null;
  column: number | null;
  /** Field path inside the record, e.g. "figures[2].percent"; "" for the whole file. */
  field: string;
  /** Short rule id, e.g. "unresolved-reference". */
  rule: string;
  /** A sentence a maintainer understands without reading the code. */
  message: string;
  /** Absent for errors; a warning is reported but does not fail the command (e.g. a moved link). */
  severity?: 'warning';
}

export type FieldPath = ReadonlyArray<string | number>;

/** "figures[2].percent" from ["figures", 2, "percent"]. */
export function formatField(path: FieldPath): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** Stable order for reports: by file, then line, column and rule. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule) ||
    a.field.localeCompare(b.field)
  );
}
