/**
 * npm run release:dry [-- --out DIR]
 * Builds the release archive (claimtrail-data-<version>.zip) from the records, as the release
 * workflow does on a version tag, and writes it to DIR (default release/). Refuses while the
 * check reports a problem. Exits 1 on a problem, 2 on a usage error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { checkContent } from '../lib/check/check.ts';
import { formatReport } from '../lib/check/report.ts';
import { releaseArchive } from '../lib/outputs/release.ts';
import { recordMaps } from '../lib/records/content-set.ts';
import { buildKnowledgeBase } from '../lib/records/knowledge-base.ts';
import { locationFromEnv } from '../lib/site/site-config.ts';

const USAGE = 'Usage: npm run release:dry -- [--out DIR]';

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { out: { type: 'string', default: 'release' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) return process.stdout.write(`${USAGE}\n`), 0;
  const result = checkContent({ contentDir: process.env['CLAIMTRAIL_CONTENT'] ?? 'content' });
  if (result.problems.length) {
    process.stderr.write(formatReport('human', result, result.problems));
    process.stderr.write('No archive was written: fix the problems above first.\n');
    return 1;
  }
  const { name, bytes } = releaseArchive(buildKnowledgeBase(recordMaps(result.content)), locationFromEnv(), process.cwd());
  mkdirSync(values.out, { recursive: true });
  const path = join(values.out, name);
  writeFileSync(path, bytes);
  const entries = unzipSync(bytes);
  const counts = JSON.parse(strFromU8(entries['claims.json']!)).counts as Record<string, number>;
  process.stdout.write(
    `Wrote ${path} (${(bytes.length / 1024).toFixed(1)} kB, ${Object.keys(entries).length} files):\n` +
      Object.keys(entries).map((file) => `  ${file}\n`).join('') +
      `Records: ${Object.entries(counts).map(([kind, n]) => `${n} ${kind}`).join(', ')}.\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
