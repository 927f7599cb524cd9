/**
 * npm run links [-- [--format human|json|github] [--content DIR] [--concurrency N] [--timeout MS]
 *   [--retries N] [--backoff MS]]
 * Asks every URL the records cite over the network (never part of npm test). Dead links are errors
 * (exit 1); moved links, unverified Wayback lookups and primary sources without a verified archive
 * are warnings. Exits 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/check/check.ts';
import { contentRoot } from '../lib/records/content-root.ts';
import { checkLinks } from '../lib/links/check.ts';
import { DEFAULT_PROBE } from '../lib/links/probe.ts';
import { FORMATS, formatProblems, type Format } from '../lib/check/report.ts';

const USAGE = 'Usage: npm run links -- [--format human|json|github] [--content DIR] [--concurrency N] [--timeout MS] [--retries N] [--backoff MS]';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'human' },
        content: { type: 'string' },
        concurrency: { type: 'string', default: '8' },
        timeout: { type: 'string', default: String(DEFAULT_PROBE.timeoutMs) },
        retries: { type: 'string', default: String(DEFAULT_PROBE.retries) },
        backoff: { type: 'string', default: String(DEFAULT_PROBE.backoffMs) },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return void process.stdout.write(`${USAGE}\n`), 0;
  if (!FORMATS.includes(values.format as Format)) return usageError(`Unknown format "${values.format}".`);
  const numbers = { concurrency: Number(values.concurrency), timeoutMs: Number(values.timeout), retries: Number(values.retries), backoffMs: Number(values.backoff) };
  const bad = Object.entries(numbers).find(([, value]) => !Number.isInteger(value) || value < 0);
  if (bad || numbers.concurrency < 1) return usageError(`--${bad?.[0] ?? 'concurrency'} needs a whole number${bad ? '' : ' above 0'}.`);

  // Links of every record that passes its schema; `npm run check` reports the rest.
  const { content } = checkContent({ contentDir: values.content ?? contentRoot() });
  const result = await checkLinks(content, {
    concurrency: numbers.concurrency,
    probe: { ...DEFAULT_PROBE, timeoutMs: numbers.timeoutMs, retries: numbers.retries, backoffMs: numbers.backoffMs },
  });
  process.stdout.write(formatProblems(values.format as Format, result.problems, result.summary, { checked: result.checked, lookups: result.lookups }));
  return result.problems.some((problem) => problem.severity !== 'warning') ? 1 : 0;
}

function usageError(message: string): number {
  process.stderr.write(`${message}\n${USAGE}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
