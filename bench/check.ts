/**
 * npm run bench:check [-- --check-sizes 1000,10000 --build-sizes 1000,4000 --runs 1]
 * The content check and the full build on synthetic corpora (bench/corpus.ts), run as a maintainer
 * runs them under GNU time (/usr/bin/time): wall time, CPU time and peak memory, printed as a table
 * with the machine's load average when each run started (other jobs on a shared machine stretch
 * wall time far more than CPU time); --runs repeats each run, a row each. Not part of `npm test`:
 * timings belong here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from './corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { 'check-sizes': { type: 'string', default: '1000,10000' }, 'build-sizes': { type: 'string', default: '1000,4000' }, runs: { type: 'string', default: '1' } },
});
const runs = Math.max(1, Number(values.runs));
const sizes = (list: string) => list.split(',').filter(Boolean).map(Number);

interface Timing {
  wall: number;
  /** The 1-minute load average when the run started. */
  load: number;
  /** User + system CPU seconds: steadier than wall time on a machine other jobs share. */
  cpu: number;
  /** Peak resident memory in MB. */
  rss: number;
}

/** Runs a command from the project root under GNU time (which reports CPU and peak memory); it must exit 0. */
function timed(args: string[], env: Record<string, string>): Timing {
  const report = join(work, 'time.txt');
  const load = loadavg()[0]!;
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, process.execPath, ...args], {
    cwd: ROOT, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  const [wall, user, system, kilobytes] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wall: wall!, load, cpu: user! + system!, rss: kilobytes! / 1024 };
}

const row = (what: string, size: number, t: Timing) => {
  const perClaim = (seconds: number) => `${((seconds * 1000) / size).toFixed(2)} ms`;
  rows.push([`${what}, ${size} claims`, `${t.wall.toFixed(1)} s`, perClaim(t.wall), `${t.cpu.toFixed(1)} s`, perClaim(t.cpu), `${Math.round(t.rss)} MB`, t.load.toFixed(1)]);
  process.stderr.write(`${rows.at(-1)!.join(' · ')}\n`);
};

const work = mkdtempSync(join(tmpdir(), 'claimtrail-bench-check-'));
const rows: string[][] = [];
try {
  for (const size of sizes(values['check-sizes'])) {
    const content = join(work, `content-${size}`);
    writeCorpus(generateCorpus(size), content);
    process.stderr.write(`Checking ${size} claims…\n`);
    for (let run = 0; run < runs; run++) row('npm run check', size, timed(['src/cli/check.ts', '--content', content], {}));
    rmSync(content, { recursive: true, force: true });
  }
  for (const size of sizes(values['build-sizes'])) {
    const content = join(work, `content-${size}`);
    writeCorpus(generateCorpus(size), content);
    process.stderr.write(`Building ${size} claims…\n`);
    // --force: a content layer cached by an earlier corpus must not leak in.
    for (let run = 0; run < runs; run++) {
      row('npm run build', size, timed(['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', join(work, `dist-${size}`)], { CLAIMTRAIL_CONTENT: content }));
    }
    rmSync(join(work, `dist-${size}`), { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const table = [['run', 'wall', 'wall per claim', 'CPU (user + system)', 'CPU per claim', 'peak memory', 'load'], ...rows];
const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
process.stdout.write([line(table[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n') + '\n');
