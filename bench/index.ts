/**
 * npm run bench [-- --all]
 * Lists the benchmarks, what each measures and about how long it takes on 2 cores; with --all, runs
 * every one of them with its defaults, one after another. Each is also a script of its own
 * (npm run bench:<name> [-- options]); bench/README.md has their latest results. Not part of npm test.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface Benchmark {
  name: string;
  measures: string;
  takes: string;
}

const BENCHMARKS: Benchmark[] = [
  { name: 'check', measures: 'npm run check at 1k and 10k synthetic claims and the build at 1k and 4k: wall and CPU time, peak memory', takes: '10 minutes' },
  { name: 'search', measures: 'search index size, first result and time per query in Chromium at 1k, 10k and 50k claims, beside Pagefind', takes: '15 minutes' },
  { name: 'charts', measures: 'the time to draw every chart of a 1k-claim corpus, and the largest SVG (--build: their share of the build)', takes: '1 minute' },
  { name: 'cards', measures: 'the share cards of a 1k-claim corpus drawn alone, then builds without cards, with an empty card cache and with a filled one', takes: '3 minutes' },
];

const { values } = parseArgs({ options: { all: { type: 'boolean', default: false } } });

if (!values.all) {
  const width = Math.max(...BENCHMARKS.map(({ name }) => name.length)) + 'npm run bench:'.length;
  process.stdout.write('Benchmarks (run one with npm run bench:<name>, all with npm run bench -- --all):\n\n');
  for (const { name, measures, takes } of BENCHMARKS) process.stdout.write(`  ${`npm run bench:${name}`.padEnd(width)}  ${measures} (about ${takes})\n`);
} else {
  for (const { name } of BENCHMARKS) {
    process.stderr.write(`\n== npm run bench:${name}\n`);
    // The same Node that runs this one, as `npm run bench:<name>` would use.
    const run = spawnSync(process.execPath, [join(import.meta.dirname, `${name}.ts`)], { stdio: 'inherit' });
    if (run.status !== 0) {
      process.stderr.write(`bench:${name} exited ${run.status ?? run.signal}\n`);
      process.exitCode = 1;
    }
  }
}
