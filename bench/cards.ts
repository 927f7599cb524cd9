/**
 * npm run bench:cards [-- --size 1000]
 * What share cards cost: every card of a synthetic corpus (bench/corpus.ts) drawn in this process
 * (time per card, PNG sizes), then the same corpus built three times under GNU time: without cards
 * (CLAIMTRAIL_SHARE_CARDS=off), with cards and an empty cache (a first build), and again with the
 * cache that build filled (a rebuild). Budgets: 80 kB per card; the card step within 15% of the build.
 * Not part of `npm test`: timings belong here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderShareCard } from '../src/lib/outputs/share-card-png.ts';
import { shareCardJobs } from '../src/lib/outputs/share-card-batch.ts';
import { buildKnowledgeBase } from '../src/lib/records/knowledge-base.ts';
import { DEFAULT_LOCATION } from '../src/lib/site/site-config.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { buildsWithAndWithoutCards, markdownTable, type Timing } from './timed.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' } } });
const size = Number(values.size);
const corpus = generateCorpus(size);
const jobs = shareCardJobs(buildKnowledgeBase(corpus.records), DEFAULT_LOCATION);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

// The first card pays for reading and registering the fonts, once per worker.
let start = cpuMs();
renderShareCard(jobs[0]!.card);
const firstMs = cpuMs() - start;
start = cpuMs();
const wallStart = performance.now();
const sizes: number[] = [];
for (const { card } of jobs) sizes.push(renderShareCard(card).length);
const perCard = { cpu: (cpuMs() - start) / jobs.length, wall: (performance.now() - wallStart) / jobs.length };
sizes.sort((a, b) => a - b);
process.stderr.write(`${jobs.length} cards drawn in this process: ${perCard.cpu.toFixed(1)} ms CPU each (first ${firstMs.toFixed(0)} ms)\n`);

const work = mkdtempSync(join(tmpdir(), 'claimtrail-bench-cards-'));
const builds: [string, Timing][] = [];
try {
  const content = join(work, 'content');
  writeCorpus(corpus, content);
  buildsWithAndWithoutCards(content, work, (what, timing) => {
    process.stderr.write(`${what}: ${timing.wall.toFixed(1)} s\n`);
    builds.push([what, timing]);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

const without = builds.find(([what]) => what.includes('without'))![1];
/** The integration's own line: how long the cards took beside the pages, and how long the build waited for them at the end. */
const drawingReport = (t: Timing) => t.output.match(/share cards \(.*?\) in ([\d.]+) s beside the pages; the build waited ([\d.]+) s/);
const share = (t: Timing, key: 'wall' | 'cpu') => `${(((t[key] - without[key]) / t[key]) * 100).toFixed(0)}%`;
const rows = builds.map(([what, t]) => {
  const report = drawingReport(t);
  return [what, `${t.wall.toFixed(1)} s`, `${t.cpu.toFixed(1)} s`, t === without ? '' : share(t, 'wall'), t === without ? '' : share(t, 'cpu'), report ? `${report[1]} s / ${report[2]} s` : ''];
});
process.stdout.write(`${size} claims, ${jobs.length} cards (one per claim and the site's)\n\n`);
process.stdout.write(markdownTable(['run', 'wall', 'CPU', 'cards, share of wall', 'cards, share of CPU', 'cards drawn in / build waited'], rows));
process.stdout.write(`\nPer card, drawn in one process: ${perCard.cpu.toFixed(1)} ms CPU, ${perCard.wall.toFixed(1)} ms wall (the first ${firstMs.toFixed(0)} ms, with the fonts).\n`);
process.stdout.write(`PNG sizes: min ${kB(sizes[0]!)}, median ${kB(sizes[sizes.length >> 1]!)}, max ${kB(sizes.at(-1)!)} (budget 80 kB).\n`);
