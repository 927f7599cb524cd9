/**
 * `npm run bench:search`: builds synthetic corpora of 1k, 10k and 50k claims, loads the search
 * page in Chromium, and reports index size, time to first result after the first keystroke, and
 * median and p95 time per query over a fixed query set, beside Pagefind indexing the same pages.
 *
 * Corpora up to --astro-max claims (default 10000) are full Astro builds. Larger ones reuse the
 * largest build's search page with an index built by src/lib from the generated records, and give
 * Pagefind one plain HTML page per record (a full Astro build of 50k .mdx claims does not fit in
 * time and memory on a small machine). The table says which was done.
 *
 * Options: --sizes 1000,10000,50000  --astro-max 10000  --port (default E2E_PORT + 2)  --keep (keep the temp folder)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { buildKnowledgeBase } from '../src/lib/records/knowledge-base.ts';
import { textStatesFigure, type FigureNumbers } from '../src/lib/numbers.ts';
import { openSearchEngine } from '../src/lib/search/engine.ts';
import { buildSearchIndex } from '../src/lib/search/index-build.ts';
import { memoryLoader } from '../src/lib/search/memory-loader.ts';
import { MANIFEST_PATH } from '../src/lib/search/index-format.ts';
import { numberTerms } from '../src/lib/search/number-tokens.ts';
import { fold } from '../src/lib/search/fold.ts';
import { searchRecords, type SearchRecord } from '../src/lib/search/records.ts';
import { serveStatic } from '../src/lib/site/static-server.ts';
import { generateCorpus, writeCorpus, type Corpus } from './corpus.ts';
import { PAGEFIND_PAGE_HTML, PAGEFIND_PAGE_SCRIPT, recordPage } from './pagefind-page.ts';

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    'astro-max': { type: 'string', default: '10000' },
    port: { type: 'string', default: String(Number(process.env['E2E_PORT'] ?? 4389) + 2) },
    keep: { type: 'boolean', default: false },
  },
});
const SIZES = options.sizes.split(',').map(Number);
const ASTRO_MAX = Number(options['astro-max']);
const PORT = Number(options.port);

/** What a journalist types: numbers as printed, model names, behaviours, a typo, a pasted sentence. */
const QUERIES = [
  '84%', '79/100', '79 of 100', '12%', '3/100', '50%', 'gpt-5 97%', 'o4-mini 7 of 100',
  'o3 shutdown', 'claude opus blackmail', 'blakmail', 'shutdwn', 'evaluaton', 'gemini 2.5 pro', 'grok 4 kill switch',
  'sabotaged the shutdown script', '"kill switch"', 'exfiltrate weights', 'apollo research scheming', 'deepseek r1 sandbagging',
  'lied to its evaluators', 'chess engine hacked', 'palisade', 'oversight configuration', 'unit tests', 'anthropic',
  'claude 3.7 sonnet', 'engineer',
  'the model was told its weights would be deleted the next morning and had shell access to the backup server',
  'Researchers warn: Claude Opus 4 blackmailed the lead engineer in 84% of tests, and experts are worried about what it means',
];
/** Typed key by key on a fresh page for the first-result time. */
const FIRST_QUERY = '84%';
const RUNS = 3;
/** A reference query that takes longer than this counts as failed. */
const QUERY_LIMIT_MS = 20_000;

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}
const seconds = (start: number) => (performance.now() - start) / 1000;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(value < 10 ? 2 : 0)} ms`);

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
}

const recordsOf = (corpus: Corpus): SearchRecord[] => searchRecords(buildKnowledgeBase(corpus.records), (path) => path);

/** Every index file of a build folder by its path under search-index/, as JSON text. */
function readIndexFiles(dist: string): Map<string, string> {
  const root = join(dist, 'search-index');
  return new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(root.length + 1), readFileSync(path, 'utf8')] as const;
      }),
  );
}

/**
 * Whether a record states the query's number, judged with the figure arithmetic of src/lib/numbers.ts
 * (not with the search tokens): a figure of the same value, or a title or text that states it.
 */
function statesNumber(record: SearchRecord, wanted: FigureNumbers): boolean {
  const figureMatches = record.figures.some((figure) => figure.forms.some((form) => textStatesFigure(form, wanted)));
  return figureMatches || [record.title, record.text, ...record.wordings].some((text) => textStatesFigure(text, wanted));
}

/** Precision of the number queries (every result states the number), and recall of the single-percent ones. */
async function numberPrecision(records: SearchRecord[], files: Map<string, string>) {
  const engine = await openSearchEngine(memoryLoader(files));
  let returned = 0;
  let correct = 0;
  let expected = 0;
  let found = 0;
  for (const query of QUERIES) {
    const { written } = numberTerms(fold(query));
    const token = written.find((t) => t.startsWith('=p') || t.startsWith('=c'));
    if (!token || written.length !== 1 || query.split(' ').length > 3) continue;
    const wanted: FigureNumbers = token.startsWith('=p')
      ? { percent: Number(token.slice(2)) }
      : { numerator: Number(token.slice(2).split('/')[0]), denominator: Number(token.slice(2).split('/')[1]) };
    const hits = (await engine.search(query, undefined, Number.MAX_SAFE_INTEGER)).hits;
    returned += hits.length;
    correct += hits.filter((hit) => statesNumber(hit.record, wanted)).length;
    // Recall over single percents, where "states the number" is unambiguous.
    if (query.split(' ').length === 1 && token.startsWith('=p')) {
      const truth = records.filter((record) => statesNumber(record, wanted));
      expected += truth.length;
      const ids = new Set(hits.map((hit) => hit.record.id + hit.record.type));
      found += truth.filter((record) => ids.has(record.id + record.type)).length;
    }
  }
  return { precision: returned ? correct / returned : 1, recall: expected ? found / expected : 1 };
}

/** Opening the engine (the manifest), then the queries once their files are loaded (the warm-up run loads them). */
async function nodeTimings(files: Map<string, string>) {
  const start = performance.now();
  const engine = await openSearchEngine(memoryLoader(files));
  const load = performance.now() - start;
  for (const query of QUERIES) await engine.search(query);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const query of QUERIES) {
      const t = performance.now();
      await engine.search(query);
      times.push(performance.now() - t);
    }
  }
  return { load, median: median(times), p95: quantile(times, 0.95) };
}

async function browserTimings(browser: Browser, url: string, engine: 'claimtrail' | 'pagefind') {
  const page = await browser.newPage();
  const path = engine === 'claimtrail' ? '/search/' : '/pagefind-bench/';
  const input = engine === 'claimtrail' ? '#search-query' : '#q';
  // Search code and data fetched before the first result, as sent compressed: ours gzipped, Pagefind's
  // files as they are (it compresses its index itself; its script and wasm count as fetched).
  const data = engine === 'claimtrail' ? /\/search-index\/|search-worker/ : /\/pagefind\//;
  const fetching: Promise<number>[] = [];
  let firstShown = false;
  page.on('response', (response) => {
    if (firstShown || !data.test(new URL(response.url()).pathname)) return;
    fetching.push(response.body().then((body) => (engine === 'claimtrail' || response.url().endsWith('.js') ? gzipSync(body).length : body.length), () => 0));
  });
  await page.goto(url + path);
  await page.locator(input).focus();
  await page.keyboard.type(FIRST_QUERY);
  await page.waitForFunction(() => performance.getEntriesByName('search-first-result').length > 0, undefined, { timeout: 120_000 });
  const first = await page.evaluate(() => performance.getEntriesByName('search-first-result')[0]!.duration);
  firstShown = true;
  const firstBytes = (await Promise.all(fetching)).reduce((sum, bytes) => sum + bytes, 0);
  const firstFiles = fetching.length;

  const times = await page.evaluate(
    async ({ queries, runs, engine, limitMs }) => {
      const box = document.querySelector<HTMLInputElement>('#search-query');
      const timeQuery = (window as unknown as { timeQuery?: (q: string) => Promise<number> }).timeQuery;
      async function once(query: string): Promise<[number, number]> {
        if (engine === 'pagefind') {
          // Pagefind fails some queries on large corpora ("invalid gzip data") or takes very long: count those, do not wait for ever.
          const limit = new Promise<number>((done) => setTimeout(() => done(NaN), limitMs));
          return [await Promise.race([timeQuery!(query).catch(() => NaN), limit]), NaN];
        }
        const before = performance.getEntriesByName('search-query').length;
        box!.value = query;
        box!.dispatchEvent(new Event('input', { bubbles: true }));
        const asked = performance.now();
        while (performance.getEntriesByName('search-query').length <= before) {
          // A failed query answers with a message, not a result: stop rather than wait for ever.
          if (performance.now() - asked > 60_000) throw new Error(`No result for "${query}": ${document.querySelector('#search-status')?.textContent}`);
          await new Promise((done) => setTimeout(done, 0));
        }
        return [performance.getEntriesByName('search-query').at(-1)!.duration, performance.getEntriesByName('search-engine').at(-1)!.duration];
      }
      // A reference engine that keeps failing is stuck (its worker still busy with the failed queries):
      // the rest of its queries count as failed rather than each waiting out the limit.
      let failures = 0;
      async function counted(query: string): Promise<[number, number]> {
        if (failures >= 3) return [NaN, NaN];
        const time = await once(query);
        if (Number.isNaN(time[0])) failures++;
        return time;
      }
      for (const query of queries) await counted(query); // warm-up: Pagefind fetches its chunks here
      const out: [number, number][] = [];
      for (let i = 0; i < runs; i++) for (const query of queries) out.push(await counted(query));
      return out;
    },
    { queries: QUERIES, runs: RUNS, engine, limitMs: QUERY_LIMIT_MS },
  );
  await page.close();
  const failed = times.filter(([roundTrip]) => Number.isNaN(roundTrip)).length;
  const roundTrips = times.map(([roundTrip]) => roundTrip).filter((time) => !Number.isNaN(time));
  const engineTimes = times.map(([, took]) => took);
  return { first, firstBytes, firstFiles, failed, median: median(roundTrips), p95: quantile(roundTrips, 0.95), engineMedian: median(engineTimes), engineP95: quantile(engineTimes, 0.95) };
}

interface Row {
  size: number;
  how: string;
  build: number;
  files: number;
  raw: number;
  gz: number;
  manifestGz: number;
  firstBytes: number;
  firstFiles: number;
  nodeLoad: number;
  nodeMedian: number;
  nodeP95: number;
  first: number;
  median: number;
  p95: number;
  engineMedian: number;
  engineP95: number;
  precision: number;
  recall: number;
  pagefindIndexing: number;
  pagefindBytes: number;
  pagefindFirst: number;
  pagefindFirstBytes: number;
  pagefindFirstFiles: number;
  pagefindMedian: number;
  pagefindP95: number;
  pagefindFailed: number;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'claimtrail-bench-'));
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => statSync(path, { throwIfNoEntry: false }));
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  const rows: Row[] = [];
  let lastBuild: string | undefined;
  try {
    for (const size of SIZES) {
      const started = performance.now();
      const corpus = generateCorpus(size);
      const dist = join(work, `dist-${size}`);
      const records = recordsOf(corpus);
      let how: string;
      if (size <= ASTRO_MAX) {
        const content = join(work, `content-${size}`);
        writeCorpus(corpus, content);
        process.stderr.write(`Building ${size} claims with Astro…\n`);
        // --force: each corpus is new content; a cached content layer from an earlier (or interrupted) run must not leak in.
        // No share cards: search does not read them, and they would fill the project's card cache with the corpus's.
        run('npx', ['astro', 'build', '--force', '--outDir', dist], { CLAIMTRAIL_CONTENT: content, CLAIMTRAIL_SHARE_CARDS: 'off' });
        rmSync(content, { recursive: true, force: true });
        lastBuild = dist;
        how = 'Astro build';
      } else {
        if (!lastBuild) throw new Error(`A corpus over --astro-max needs a smaller Astro-built size first (for its search page); add one to --sizes.`);
        process.stderr.write(`Writing ${size} records directly (no Astro build)…\n`);
        const template = lastBuild;
        cpSync(template, dist, { recursive: true, filter: (source) => !/[/\\](claims|findings|sources|pagefind|search-index)([/\\]|$)/.test(source.slice(template.length)) });
        for (const [path, text] of buildSearchIndex(records, corpus.records.models.values())) {
          mkdirSync(join(dist, 'search-index', path, '..'), { recursive: true });
          writeFileSync(join(dist, 'search-index', path), text);
        }
        for (const record of records) {
          const folder = join(dist, `${record.type}s`, record.id);
          mkdirSync(folder, { recursive: true });
          writeFileSync(join(folder, 'index.html'), recordPage(record.title, [record.text, record.bottomLine ?? '', ...record.figures.map((f) => `${f.value}: ${f.condition}`)]));
        }
        how = 'lib index + plain pages';
      }
      const build = seconds(started);
      const files = readIndexFiles(dist);
      const texts = [...files.values()];
      const gz = texts.reduce((sum, text) => sum + gzipSync(text).length, 0);

      process.stderr.write(`Pagefind indexing ${size}…\n`);
      const pagefindStart = performance.now();
      let pagefindOk = true;
      try {
        // The pages of the records our index holds (claims, findings, sources), not the lists and facet pages that repeat them.
        run('npx', ['pagefind', '--site', dist, '--glob', '{claims,findings,sources}/*/index.html', '--exclude-selectors', 'header, footer, nav']);
      } catch {
        pagefindOk = false;
        process.stderr.write('Pagefind could not run; its columns stay empty.\n');
      }
      const pagefindIndexing = seconds(pagefindStart);
      mkdirSync(join(dist, 'pagefind-bench'), { recursive: true });
      writeFileSync(join(dist, 'pagefind-bench', 'index.html'), PAGEFIND_PAGE_HTML);
      writeFileSync(join(dist, 'pagefind-bench', 'pagefind-bench.js'), PAGEFIND_PAGE_SCRIPT);

      process.stderr.write(`Measuring ${size}…\n`);
      const node = await nodeTimings(files);
      const accuracy = await numberPrecision(records, files);
      const server = await serveStatic(dist, PORT);
      try {
        const ours = await browserTimings(browser, server.url, 'claimtrail');
        process.stderr.write(`  first result ${ms(ours.first)}, per query p95 ${ms(ours.p95)}; now Pagefind…\n`);
        const theirs = pagefindOk ? await browserTimings(browser, server.url, 'pagefind') : { first: NaN, firstBytes: NaN, firstFiles: NaN, failed: NaN, median: NaN, p95: NaN };
        const { engineMedian, engineP95 } = ours;
        rows.push({
          size, how, build, files: files.size, raw: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0), gz,
          manifestGz: gzipSync(files.get(MANIFEST_PATH)!).length, firstBytes: ours.firstBytes, firstFiles: ours.firstFiles,
          nodeLoad: node.load, nodeMedian: node.median, nodeP95: node.p95,
          first: ours.first, median: ours.median, p95: ours.p95, engineMedian, engineP95, ...accuracy,
          pagefindIndexing, pagefindBytes: pagefindOk ? folderBytes(join(dist, 'pagefind')) : NaN,
          pagefindFirst: theirs.first, pagefindFirstBytes: theirs.firstBytes, pagefindFirstFiles: theirs.firstFiles, pagefindMedian: theirs.median, pagefindP95: theirs.p95, pagefindFailed: theirs.failed,
        });
        process.stderr.write(`  done: ${JSON.stringify(rows.at(-1))}\n`);
      } finally {
        await server.close();
      }
      if (lastBuild !== dist) rmSync(dist, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    if (!options.keep) rmSync(work, { recursive: true, force: true });
    else process.stderr.write(`Kept ${work}\n`);
  }
  report(rows);
}

function report(rows: Row[]) {
  const table = [
    ['claims', ...rows.map((r) => String(r.size))],
    ['built with', ...rows.map((r) => r.how)],
    ['build + index time', ...rows.map((r) => `${r.build.toFixed(0)} s`)],
    ['index files', ...rows.map((r) => String(r.files))],
    ['index raw (all files)', ...rows.map((r) => kb(r.raw))],
    ['index gzipped (all files / manifest)', ...rows.map((r) => `${kb(r.gz)} / ${kb(r.manifestGz)}`)],
    ['first result after first keystroke (Chromium)', ...rows.map((r) => ms(r.first))],
    ['fetched for the first result (gzipped, files)', ...rows.map((r) => `${kb(r.firstBytes)}, ${r.firstFiles}`)],
    ['per query median (Chromium, round trip to worker)', ...rows.map((r) => ms(r.median))],
    ['per query p95 (Chromium, round trip to worker)', ...rows.map((r) => ms(r.p95))],
    ['per query median / p95 (Chromium, engine in worker)', ...rows.map((r) => `${ms(r.engineMedian)} / ${ms(r.engineP95)}`)],
    ['index parse + engine load (Node)', ...rows.map((r) => ms(r.nodeLoad))],
    ['per query median / p95 (Node, engine only)', ...rows.map((r) => `${ms(r.nodeMedian)} / ${ms(r.nodeP95)}`)],
    ['exact-number precision / recall', ...rows.map((r) => `${(100 * r.precision).toFixed(1)}% / ${(100 * r.recall).toFixed(1)}%`)],
    ['Pagefind indexing time', ...rows.map((r) => `${r.pagefindIndexing.toFixed(0)} s`)],
    ['Pagefind files (all, compressed by Pagefind)', ...rows.map((r) => (Number.isNaN(r.pagefindBytes) ? 'n/a' : kb(r.pagefindBytes)))],
    ['Pagefind first result after first keystroke', ...rows.map((r) => ms(r.pagefindFirst))],
    ['Pagefind fetched for the first result (files)', ...rows.map((r) => `${kb(r.pagefindFirstBytes)}, ${r.pagefindFirstFiles}`)],
    ['Pagefind per query median (top 10 with data)', ...rows.map((r) => ms(r.pagefindMedian))],
    ['Pagefind per query p95 (top 10 with data)', ...rows.map((r) => ms(r.pagefindP95))],
    [`Pagefind queries failed or over ${QUERY_LIMIT_MS / 1000} s (not in median, p95)`, ...rows.map((r) => `${r.pagefindFailed} of ${QUERIES.length * RUNS}`)],
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log([line(table[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.slice(1).map(line)].join('\n'));
  console.log(`\n${QUERIES.length} queries, ${RUNS} timed runs each after one warm-up run; first result: "${FIRST_QUERY}" typed key by key on a fresh page.`);
  console.log(`Load average during the run: ${loadavg().map((n) => n.toFixed(1)).join(', ')} on ${cpus().length} cores.`);
}

await main();
