/**
 * Chart cost at build time: generates a synthetic corpus (bench/corpus.ts), renders every chart the
 * finding and model pages would draw, and reports the time this takes, the largest SVG and, with
 * --build, the time of a full Astro build of the same corpus, so the chart step can be read as a
 * share of the build (budget: 15% at 1k claims).
 *
 * Usage: npm run bench:charts [-- --size 1000 --build --keep]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderChartSvg } from '../src/lib/outputs/chart-svg.ts';
import { buildKnowledgeBase } from '../src/lib/records/knowledge-base.ts';
import { rateChartSpec } from '../src/lib/views/chart-spec.ts';
import { pageRateCharts, type ChartPage } from '../src/lib/views/rate-charts.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';

const { values: options } = parseArgs({
  options: { size: { type: 'string', default: '1000' }, build: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } },
});
const size = Number(options.size);
const corpus = generateCorpus(size);
const kb = buildKnowledgeBase(corpus.records);

// One warm-up chart: the first pays for loading Vega, which a build pays once too.
const pages: [ChartPage, string[]][] = [['findings', [...kb.findings.keys()]], ['models', [...kb.models.keys()]]];
const charts = pages.flatMap(([page, ids]) => ids.flatMap((id) => pageRateCharts(kb, page, id)));
const loadStart = performance.now();
await renderChartSvg(rateChartSpec(charts[0]!));
const loadMs = performance.now() - loadStart;
const start = performance.now();
let largest = 0;
let bytes = 0;
for (const chart of charts) {
  const svg = await renderChartSvg(rateChartSpec(chart));
  largest = Math.max(largest, Buffer.byteLength(svg));
  bytes += Buffer.byteLength(svg);
}
const chartMs = performance.now() - start + loadMs;
console.log(`${size} claims, ${kb.findings.size} findings: ${charts.length} charts in ${(chartMs / 1000).toFixed(2)} s ` +
  `(${(chartMs / charts.length).toFixed(1)} ms each, first ${loadMs.toFixed(0)} ms with Vega loading); largest SVG ${(largest / 1024).toFixed(1)} kB, mean ${(bytes / charts.length / 1024).toFixed(1)} kB`);

if (options.build) {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-charts-'));
  try {
    writeCorpus(corpus, join(dir, 'content'));
    const buildStart = performance.now();
    execFileSync('npx', ['astro', 'build', '--force', '--outDir', join(dir, 'dist')], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CLAIMTRAIL_CONTENT: join(dir, 'content') } });
    const buildMs = performance.now() - buildStart;
    console.log(`Astro build: ${(buildMs / 1000).toFixed(1)} s; charts ${((100 * chartMs) / buildMs).toFixed(1)}% of it`);
  } finally {
    if (options.keep) console.log(`Kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
