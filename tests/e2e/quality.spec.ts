import { expect, test } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { axeViolations, COLOUR_RULES, foreignRequests, unfoldAll } from './axe.ts';
import { builtFile, sitePages } from './site-pages.ts';

const pages = sitePages();
const CLAIM = '/claims/o3-edited-shutdown-script-79-of-100/';
/** Length of the BASE prefix ('/' by default), so paths can be read under any sub-path. */
const BASE_LENGTH = (process.env['BASE'] || '/').replace(/\/?$/, '/').length;

test('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(10);
  expect(pages).toContain(CLAIM);
});

/**
 * Axe runs on every page that carries a record's analysis or the site's own text. Two large families repeat one
 * template over short record fields, and grow with every record: source pages, and the claim lists of facet
 * pages. Of those, axe runs on one source page of each kind, every source with a corrections log, and one facet
 * page of each facet. Every page is still loaded for requests to other origins and CSP refusals.
 */
const data = JSON.parse(readFileSync(join('dist', 'data', 'claims.json'), 'utf8')) as { sources: { id: string; kind: string; corrections: unknown[] }[] };
const sampledSources = new Set([
  ...firstOfEach(data.sources, (source) => source.kind).map((source) => source.id),
  ...data.sources.filter((source) => source.corrections.length > 0).map((source) => source.id),
]);
const FACET_PAGE = /^\/claims\/([^/]+)\/[^/]+\/$/;
const firstFacetPages = new Set(firstOfEach(pages.filter((path) => FACET_PAGE.test(sitePath(path))), (path) => FACET_PAGE.exec(sitePath(path))![1]!));
/** The first item of each group, in order. */
function firstOfEach<T>(items: readonly T[], groupOf: (item: T) => string): T[] {
  const first = new Map<string, T>();
  for (const item of items) if (!first.has(groupOf(item))) first.set(groupOf(item), item);
  return [...first.values()];
}
function sitePath(path: string): string {
  return path.slice(BASE_LENGTH - 1);
}
function axeChecks(path: string): boolean {
  const source = /^\/sources\/([^/]+)\/$/.exec(sitePath(path));
  if (source) return sampledSources.has(source[1]!);
  return !FACET_PAGE.test(sitePath(path)) || firstFacetPages.has(path);
}

test('axe checks every kind of source page and every facet', () => {
  expect(new Set(data.sources.map((source) => source.kind)).size).toBeGreaterThan(3);
  const checked = pages.filter(axeChecks);
  for (const kind of new Set(data.sources.map((source) => source.kind))) {
    expect(checked.some((path) => data.sources.some((source) => source.kind === kind && sitePath(path) === `/sources/${source.id}/`)), kind).toBe(true);
  }
  expect(firstFacetPages.size).toBeGreaterThan(2);
  expect(checked).toContain(CLAIM);
});

for (const path of pages) {
  const withAxe = axeChecks(path);
  const name = withAxe ? 'has no WCAG 2.2 AA violations, requests' : 'requests';
  test(`${path} ${name} nothing from other origins and breaks no CSP rule`, async ({ page, baseURL }) => {
    const foreign = foreignRequests(page, baseURL!);
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(path);
    if (withAxe) {
      // Folded notes and number tables are checked open, as a reader who unfolds them gets them.
      await unfoldAll(page);
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(foreign).toEqual([]);
    expect(refused).toEqual([]);
  });
}

test('every page carries a Content-Security-Policy that allows only its own scripts, and no inline script or style', () => {
  for (const path of pages) {
    const html = readFileSync(builtFile(path), 'utf8');
    expect(html, path).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self';/);
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/g)];
    expect(inlineScripts.map((m) => m[0]), path).toEqual([]);
    expect(html, path).not.toMatch(/<style[\s>]|\sstyle="/);
  }
});

test('every claim page stays within its budgets: 15 kB of HTML gzipped and 2 kB of JavaScript', () => {
  const claimPages = pages.filter((path) => /^\/claims\/[^/]+\/$/.test(path.slice(BASE_LENGTH - 1)));
  expect(claimPages).toContain(CLAIM);
  for (const path of claimPages) {
    const html = readFileSync(builtFile(path), 'utf8');
    expect(gzipSync(html).length, path).toBeLessThanOrEqual(15 * 1024);
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => join('dist', new URL(m[1]!, 'http://x').pathname.slice(BASE_LENGTH - 1)));
    const scriptBytes = scripts.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(scriptBytes, path).toBeLessThanOrEqual(2 * 1024);
  }
});

test('every finding page stays within 25 kB of HTML gzipped with its charts, and each chart within 30 kB of SVG', () => {
  const findingPages = pages.filter((path) => /^\/findings\/[^/]+\/$/.test(path.slice(BASE_LENGTH - 1)));
  const modelPages = pages.filter((path) => /^\/models\/[^/]+\/$/.test(path.slice(BASE_LENGTH - 1)));
  expect(findingPages.length).toBeGreaterThan(5);
  let charts = 0;
  for (const path of [...findingPages, ...modelPages]) {
    const html = readFileSync(builtFile(path), 'utf8');
    if (findingPages.includes(path)) expect(gzipSync(html).length, path).toBeLessThanOrEqual(25 * 1024);
    for (const [svg] of html.matchAll(/<svg[\s\S]*?<\/svg>/g)) {
      charts++;
      expect(Buffer.byteLength(svg), path).toBeLessThanOrEqual(30 * 1024);
    }
  }
  expect(charts).toBeGreaterThan(10);
});

/** One page of each kind: the fixed pages, then the first claim, finding, source, model, topic and facet page. */
function onePageOfEachKind(): string[] {
  const kinds = ['/', '/claims/', '/methodology/', '/contribute/', '/models/', '/topics/', '/findings/', '/sources/'];
  for (const prefix of ['/claims/', '/findings/', '/sources/', '/models/', '/topics/', '/claims/verdict/']) {
    const first = pages.find((path) => path.startsWith(prefix) && path.split('/').length === prefix.split('/').length + 1);
    if (first) kinds.push(first);
  }
  return kinds;
}

test('at 360 px wide no page kind scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const kinds = onePageOfEachKind();
  expect(kinds).toHaveLength(14);
  for (const path of kinds) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBe(0);
  }
});

// One test per page kind, so each gets its own time budget and the kinds run in parallel.
for (const path of onePageOfEachKind()) {
  test(`in the dark colour scheme ${path} keeps AA contrast, folded notes open`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    await unfoldAll(page);
    expect(await axeViolations(page, { rules: COLOUR_RULES })).toEqual([]);
  });
}
