/**
 * npm run bench:check [-- --check-sizes 1000,10000 --build-sizes 1000,4000 --runs 1]
 * The content check and the full build on synthetic corpora (bench/corpus.ts): a first build that draws
 * every share card, a rebuild that finds them in the card cache, and a build without cards; run as a maintainer
 * runs them under GNU time (/usr/bin/time): wall time, CPU time and peak memory, printed as a table
 * with the machine's load average when each run started (other jobs on a shared machine stretch
 * wall time far more than CPU time); --runs repeats each run, a row each. Not part of `npm test`:
 * timings belong here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { buildsWithAndWithoutCards, markdownTable, timed, type Timing } from './timed.ts';

const { values } = parseArgs({
  options: { 'check-sizes': { type: 'string', default: '1000,10000' }, 'build-sizes': { type: 'string', default: '1000,4000' }, runs: { type: 'string', default: '1' } },
});
const runs = Math.max(1, Number(values.runs));
const sizes = (list: string) => list.split(',').filter(Boolean).map(Number);

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
    for (let run = 0; run < runs; run++) row('npm run check', size, timed(['src/cli/check.ts', '--content', content], {}, work));
    rmSync(content, { recursive: true, force: true });
  }
  for (const size of sizes(values['build-sizes'])) {
    const content = join(work, `content-${size}`);
    writeCorpus(generateCorpus(size), content);
    process.stderr.write(`Building ${size} claims…\n`);
    for (let run = 0; run < runs; run++) buildsWithAndWithoutCards(content, work, (what, timing) => row(`npm run ${what}`, size, timing));
    rmSync(content, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

process.stdout.write(markdownTable(['run', 'wall', 'wall per claim', 'CPU (user + system)', 'CPU per claim', 'peak memory', 'load'], rows));
