/** Reporters for the check: human (grouped by file), JSON, and GitHub Actions annotations. */
import type { CheckResult } from './check.ts';
import type { Problem } from './problem.ts';
import { count } from '../words.ts';

export const FORMATS = ['human', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export function formatReport(format: Format, result: CheckResult, problems: readonly Problem[] = result.problems): string {
  return formatProblems(format, problems, summarise(result, problems), { counts: result.counts });
}

/**
 * Any list of problems in one of the formats, ending with its summary line; `extra` joins the JSON
 * report (the check adds its record counts). Warnings do not make `ok` false.
 */
export function formatProblems(format: Format, problems: readonly Problem[], summary: string, extra: Record<string, unknown> = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ ok: !problems.some((problem) => problem.severity !== 'warning'), summary, ...extra, problems }, null, 2)}\n`;
    case 'github':
      return `${problems.map(githubAnnotation).join('\n')}${problems.length ? '\n' : ''}${summary}\n`;
    default:
      return humanReport(problems, summary);
  }
}

function location(problem: Problem): string {
  return problem.line === null ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
}

function humanReport(problems: readonly Problem[], summary: string): string {
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  const blocks = [...byFile].map(([file, list]) => {
    const rows = list.map((p) => [location(p), p.severity ? `${p.rule} (${p.severity})` : p.rule, p.field || '-', p.message]);
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
    const lines = rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column] ?? 0) : cell)).join('  '));
    return `${file}\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
  });
  return `${blocks.join('\n')}${blocks.length ? '\n' : ''}${summary}\n`;
}

/** "✖ 5 problems in 5 files (checked 42 records in 44 files)" or "✔ No problems …". */
export function summarise(result: CheckResult, problems: readonly Problem[]): string {
  const records = Object.values(result.counts).reduce((sum, count) => sum + count, 0);
  const c = result.counts;
  const kinds = [count(c.claims, 'claim'), count(c.findings, 'finding'), count(c.sources, 'source'), count(c.reproductions, 'reproduction'), count(c.models, 'model'), count(c.topics, 'topic')];
  const checked = `checked ${count(records, 'record')} in ${count(result.files.length, 'file')}: ${kinds.join(', ')}`;
  if (!problems.length) return `✔ No problems (${checked}).`;
  const files = new Set(problems.map((problem) => problem.file)).size;
  return `✖ ${count(problems.length, 'problem')} in ${count(files, 'file')} (${checked}).`;
}

/** https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message */
function githubAnnotation(problem: Problem): string {
  const props = [`file=${escapeProperty(problem.file)}`];
  if (problem.line !== null) props.push(`line=${problem.line}`, `col=${problem.column ?? 1}`);
  props.push(`title=${escapeProperty(`${problem.rule}${problem.field ? ` (${problem.field})` : ''}`)}`);
  return `::${problem.severity ?? 'error'} ${props.join(',')}::${escapeData(problem.message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
