/**
 * npm run bench:check [-- --check-sizes 1000,10000 --build-sizes 1000,4000]
 * The content check and the full build on synthetic corpora (bench/corpus.ts), timed end to end as
 * a maintainer runs them, printed as a table. Not part of `npm test`: timings belong here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from './corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'check-sizes': { type: 'string', default: '1000,10000' }, 'build-sizes': { type: 'string', default: '1000,4000' } } });
const sizes = (list: string) => list.split(',').filter(Boolean).map(Number);

/** Wall time in seconds of a command run from the project root; it must exit with one of `codes`. */
function timed(args: string[], env: Record<string, string>, codes: number[] = [0]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (!codes.includes(run.status ?? -1)) throw new Error(`${args.join(' ')} exited ${run.status}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  return (performance.now() - started) / 1000;
}

const work = mkdtempSync(join(tmpdir(), 'claimtrail-bench-check-'));
const rows: string[][] = [];
try {
  for (const size of sizes(values['check-sizes'])) {
    const content = join(work, `content-${size}`);
    writeCorpus(generateCorpus(size), content);
    process.stderr.write(`Checking ${size} claims…\n`);
    const seconds = timed(['src/cli/check.ts', '--content', content], {});
    rows.push([`npm run check, ${size} claims`, `${seconds.toFixed(1)} s`, `${((seconds * 1000) / size).toFixed(2)} ms`]);
    rmSync(content, { recursive: true, force: true });
  }
  for (const size of sizes(values['build-sizes'])) {
    const content = join(work, `content-${size}`);
    writeCorpus(generateCorpus(size), content);
    process.stderr.write(`Building ${size} claims…\n`);
    // --force: a content layer cached by an earlier corpus must not leak in.
    const seconds = timed(['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', join(work, `dist-${size}`)], { CLAIMTRAIL_CONTENT: content });
    rows.push([`npm run build, ${size} claims`, `${seconds.toFixed(1)} s`, `${((seconds * 1000) / size).toFixed(1)} ms`]);
    rmSync(join(work, `dist-${size}`), { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const table = [['run', 'wall time', 'per claim'], ...rows];
const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
process.stdout.write([line(table[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n') + '\n');
