/**
 * npm run links against a local server that answers 200, 301, 403, 404, 500, a 503 that recovers,
 * a refused HEAD, a slow response and a dropped connection. No request leaves the machine.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { checkContent } from '../../src/lib/check/check.ts';
import { checkLinks, isWaybackLookup } from '../../src/lib/links/check.ts';
import { htmlText, normaliseText, quoteOccurrences } from '../../src/lib/links/page-text.ts';
import { checkSentences } from '../../src/lib/links/sentences.ts';
import { mapPool } from '../../src/lib/links/pool.ts';
import { probeUrl, type ProbeOptions } from '../../src/lib/links/probe.ts';
import { fixtureProject } from '../helpers/fixtures.ts';
import { startLinkServer, type LinkServer } from '../helpers/link-server.ts';

const FAST: ProbeOptions = { timeoutMs: 2_000, retries: 2, backoffMs: 10, maxRedirects: 5, userAgent: 'claimtrail-test' };
const ROOT = join(import.meta.dirname, '..', '..');

let server: LinkServer;
before(async () => {
  server = await startLinkServer();
});
after(() => server.close());

const requestsTo = (path: string) => server.requests.filter((request) => request.line.endsWith(` ${path}`)).map((request) => request.line);

test('a page that answers 200 is alive after a single HEAD request', async () => {
  const result = await probeUrl(`${server.base}/ok`, FAST);
  assert.deepEqual(result, { ok: true, status: 200, finalUrl: `${server.base}/ok`, hops: [] });
  assert.deepEqual(requestsTo('/ok'), ['HEAD /ok']);
});

test('a 301 is followed and reported as a hop to the new address', async () => {
  const result = await probeUrl(`${server.base}/moved`, FAST);
  assert.ok(result.ok);
  assert.equal(result.finalUrl, `${server.base}/ok`);
  assert.deepEqual(result.hops, [{ from: `${server.base}/moved`, to: `${server.base}/ok`, status: 301 }]);
});

test('a 302 is followed as a temporary redirect, keeping its status', async () => {
  const result = await probeUrl(`${server.base}/temporary`, FAST);
  assert.ok(result.ok);
  assert.deepEqual(result.hops.map((hop) => hop.status), [302]);
});

test('a 403 is not alive, and is kept apart from dead links as a refusal', async () => {
  const result = await probeUrl(`${server.base}/forbidden`, FAST);
  assert.deepEqual(result, { ok: false, status: 403, reason: 'the server answers HTTP 403', hops: [] });
});

test('a 404 is dead without retries, after HEAD falls back to GET', async () => {
  const result = await probeUrl(`${server.base}/gone`, FAST);
  assert.deepEqual(result, { ok: false, status: 404, reason: 'the server answers HTTP 404', hops: [] });
  assert.deepEqual(requestsTo('/gone'), ['HEAD /gone', 'GET /gone']);
});

test('a 500 is retried with doubling back-off before the link is called dead', async () => {
  const result = await probeUrl(`${server.base}/broken`, FAST);
  assert.equal(result.ok, false);
  assert.equal(result.ok === false && result.status, 500);
  assert.deepEqual(requestsTo('/broken'), ['HEAD /broken', 'HEAD /broken', 'HEAD /broken', 'GET /broken', 'GET /broken', 'GET /broken']);
  const times = server.requests.filter((request) => request.line === 'HEAD /broken').map((request) => request.at);
  const gaps = times.slice(1).map((time, index) => time - (times[index] ?? 0));
  assert.ok((gaps[0] ?? 0) >= FAST.backoffMs - 1 && (gaps[1] ?? 0) >= 2 * FAST.backoffMs - 1, `gaps ${gaps.join(', ')} ms`);
});

test('a server error that recovers on retry counts as alive', async () => {
  const result = await probeUrl(`${server.base}/flaky`, FAST);
  assert.equal(result.ok, true);
  assert.deepEqual(requestsTo('/flaky'), ['HEAD /flaky', 'HEAD /flaky']);
});

test('a server that refuses HEAD is asked again with GET', async () => {
  const result = await probeUrl(`${server.base}/no-head`, FAST);
  assert.equal(result.ok, true);
  assert.deepEqual(requestsTo('/no-head'), ['HEAD /no-head', 'GET /no-head']);
});

test('a response slower than the timeout is dead, saying how long it waited', async () => {
  const result = await probeUrl(`${server.base}/slow`, { ...FAST, timeoutMs: 200, retries: 0 });
  assert.deepEqual(result, { ok: false, reason: 'no answer within 200 ms', hops: [] });
});

test('a dropped connection is retried, then reported as a failed connection', async () => {
  const result = await probeUrl(`${server.base}/drop`, FAST);
  assert.equal(result.ok, false);
  assert.equal(result.ok ? '' : result.reason, 'the connection failed (the server closed it without answering)');
  assert.equal(requestsTo('/drop').length, 6);
});

test('a redirect loop stops after the redirect limit', async () => {
  const result = await probeUrl(`${server.base}/loop`, FAST);
  assert.equal(result.ok, false);
  assert.equal(result.ok ? '' : result.reason, 'more than 5 redirects');
});

test('the pool never runs more than its limit at once and keeps the input order', async () => {
  let running = 0;
  let most = 0;
  const results = await mapPool([5, 1, 4, 2, 3], 2, async (n) => {
    most = Math.max(most, ++running);
    await new Promise((done) => setTimeout(done, n * 2));
    running--;
    return n * 10;
  });
  assert.equal(most, 2);
  assert.deepEqual(results, [50, 10, 40, 20, 30]);
});

test('Wayback search forms are recognised as lookups, single snapshots are not', () => {
  assert.ok(isWaybackLookup('https://web.archive.org/web/2025*/https://example.org/paper'));
  assert.ok(isWaybackLookup('https://web.archive.org/web/*/https://example.org/paper'));
  assert.ok(!isWaybackLookup('https://web.archive.org/web/20250601000000/https://example.org/paper'));
});

/** The valid fixture with its source URLs pointing at the local server. */
function projectWithServerLinks() {
  const project = fixtureProject();
  const rewrite = (name: string, from: string, to: string) => {
    const file = join(project.root, 'content', name.startsWith('shutdown') ? 'findings' : 'sources', name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  };
  rewrite('lab-paper.yaml', 'url: https://example.org/paper', `url: ${server.base}/moved`);
  rewrite('news-story.yaml', 'https://news.example.org/story', `${server.base}/gone`);
  rewrite('shutdown-study.yaml', 'reviewed:', `materials:\n  code: ${server.base}/forbidden\nreviewed:`);
  rewrite('replication-post.yaml', 'url: https://blog.example.org/rerun', `url: ${server.base}/ok`);
  rewrite('replication-post.yaml', 'https://web.archive.org/web/2025/https://blog.example.org/rerun', `${server.base}/drop`);
  return project;
}

test('the link report names each record file and line: dead, moved, refused, lookup and missing archive', async () => {
  const project = projectWithServerLinks();
  try {
    const { content } = checkContent({ projectRoot: project.root, today: '2026-11-23' });
    const result = await checkLinks(content, { probe: FAST, concurrency: 4 });
    assert.deepEqual(
      result.problems.map(({ file, line, field, rule, severity }) => ({ file, line, field, rule, severity })),
      [
        { file: 'content/findings/shutdown-study.yaml', line: 26, field: 'materials.code', rule: 'link-refused', severity: 'warning' },
        { file: 'content/sources/lab-paper.yaml', line: 7, field: 'url', rule: 'moved-link', severity: 'warning' },
        { file: 'content/sources/lab-paper.yaml', line: 8, field: 'archiveUrl', rule: 'archive-lookup', severity: 'warning' },
        { file: 'content/sources/lab-paper.yaml', line: 9, field: 'archiveKind', rule: 'no-archive', severity: 'warning' },
        { file: 'content/sources/news-story.yaml', line: 6, field: 'url', rule: 'dead-link', severity: undefined },
        { file: 'content/sources/replication-post.yaml', line: 8, field: 'archiveUrl', rule: 'dead-link', severity: undefined },
      ],
    );
    assert.equal(result.checked, 5);
    assert.equal(result.summary, '✖ 2 dead, 1 moved, 1 refused the checker, 1 lookup not verified, 1 primary source without a verified archive; 0 quotes no longer in 0 HTML pages read, 0 ambiguous (checked 5 distinct URLs).');
  } finally {
    project.cleanup();
  }
});

test('npm run links prints GitHub annotations, errors for dead links and warnings for the rest, and exits 1', async () => {
  const project = projectWithServerLinks();
  try {
    const args = ['src/cli/links.ts', '--format', 'github', '--content', join(project.root, 'content'), '--timeout', '2000', '--retries', '1', '--backoff', '10'];
    const failed = await promisify(execFile)(process.execPath, args, { cwd: ROOT }).then(() => undefined, (error: { code: number; stdout: string }) => error);
    assert.equal(failed?.code, 1);
    const annotations = (failed?.stdout ?? '').split('\n').filter((line) => line.startsWith('::'));
    assert.equal(annotations.filter((line) => line.startsWith('::error ')).length, 2);
    assert.equal(annotations.filter((line) => line.startsWith('::warning ')).length, 4);
    assert.match(failed?.stdout ?? '', /::error file=.*news-story\.yaml,line=6,col=1,title=dead-link \(url\)::http:\/\/127\.0\.0\.1:\d+\/gone does not answer: the server answers HTTP 404/);
  } finally {
    project.cleanup();
  }
});

test('page text drops markup and scripts, and normalises whitespace, quotes and dashes', () => {
  assert.equal(htmlText('<p>It\u2019s <b>79</b>&nbsp;of\n100 \u2014 <script>no</script>done</p>'), "it's 79 of 100 - done");
  assert.equal(normaliseText('\u201cShut\u00addown\u201d \u2013  now'), '"shutdown" - now');
  assert.equal(quoteOccurrences(htmlText('<p>A said x. Later, A said x again.</p>'), 'A said x.'), 2);
  assert.equal(quoteOccurrences(htmlText('<p>first words, then many more, and the last words</p>'), 'first words … the last words'), 1);
  assert.equal(quoteOccurrences(htmlText('<p>the last words, then first words</p>'), 'first words … the last words'), 0);
});

/** The sentence check with the fixture's paper served from `path` of the local server. */
async function sentencesAt(path: string) {
  const project = fixtureProject();
  try {
    const file = join(project.root, 'content', 'sources', 'lab-paper.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('url: https://example.org/paper', `url: ${server.base}${path}`));
    const { content } = checkContent({ projectRoot: project.root, today: '2026-11-23' });
    const result = await checkSentences(content, FAST, 2);
    return { ...result, problems: result.problems.map(({ file, line, field, rule, severity }) => ({ file, line, field, rule, severity })) };
  } finally {
    project.cleanup();
  }
}

const FINDING = 'content/findings/shutdown-study.yaml';

test('quotes present in their page pass, through markup, entities, no-break spaces and line breaks', async () => {
  assert.deepEqual(await sentencesAt('/article'), { problems: [], fetched: 1, html: 1 });
});

test('a quote that no longer occurs in its page is reported at the quote, as a warning', async () => {
  const { problems } = await sentencesAt('/article-changed');
  assert.deepEqual(problems, [{ file: FINDING, line: 14, field: 'figures[0].quote', rule: 'quote-not-found', severity: 'warning' }]);
});

test('a quote that occurs twice is reported as ambiguous, since its link highlights the first', async () => {
  const { problems } = await sentencesAt('/article-twice');
  assert.deepEqual(problems.map((p) => [p.field, p.rule]), [['figures[1].quote', 'quote-ambiguous']]);
});

test('the page is read behind a redirect', async () => {
  assert.deepEqual(await sentencesAt('/article-moved'), { problems: [], fetched: 1, html: 1 });
});

test('a missing page and a page that is not HTML are left to the link check, not reported as changed', async () => {
  assert.deepEqual(await sentencesAt('/gone'), { problems: [], fetched: 1, html: 0 });
  assert.deepEqual(await sentencesAt('/article.bin'), { problems: [], fetched: 1, html: 0 });
  assert.deepEqual(requestsTo('/article.bin'), ['GET /article.bin']);
});
