/**
 * npm run check [-- [--format human|json|github] [--content DIR] [--debug] [file ...]]
 * Checks every record; with files, reports only their problems (checked against all the others).
 * Exits 1 when there is any problem, 2 on a usage error. An exception inside the check is a
 * problem for its file (rule `internal`); --debug also prints its stack trace.
 */
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, problemsIn } from '../lib/check/check.ts';
import { FORMATS, formatReport, type Format } from '../lib/check/report.ts';

const USAGE = 'Usage: npm run check -- [--format human|json|github] [--content DIR] [--debug] [file ...]';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'human' }, content: { type: 'string' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!FORMATS.includes(values.format as Format)) {
    process.stderr.write(`Unknown format "${values.format}". ${USAGE}\n`);
    return 2;
  }
  const contentDir = values.content ?? process.env['CLAIMTRAIL_CONTENT'] ?? 'content';
  const result = checkContent({ contentDir });
  const files = positionals.map((file) => relative(process.cwd(), resolve(file)).split(sep).join('/'));
  const unknown = files.filter((file) => !result.files.includes(file));
  if (unknown.length) {
    process.stderr.write(`Not a record file under ${contentDir}/: ${unknown.join(', ')}\n`);
    return 2;
  }
  const problems = files.length ? problemsIn(result, files) : result.problems;
  if (values.debug) {
    for (const { file, error } of result.crashes) process.stderr.write(`${file}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.stdout.write(formatReport(values.format as Format, result, problems));
  return problems.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
