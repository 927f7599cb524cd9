/**
 * CSV as RFC 4180 writes it (CRLF line ends, fields quoted when they hold a comma, quote or line
 * break), made safe to open in a spreadsheet: a cell starting with = + - @ (or a tab or carriage
 * return) would run as a formula, so it gets a leading single quote (OWASP "CSV injection").
 */
export type Cell = string | number | boolean | null | undefined | readonly string[];

export const LIST_SEPARATOR = '; ';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  // Numbers are written as numbers: a negative figure stays -3, not '-3.
  const guarded = typeof value !== 'number' && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export function toCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, Cell>[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
