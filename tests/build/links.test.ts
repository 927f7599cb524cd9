/**
 * No internal link of any built page leads nowhere: in dist/, and in a second build of the same
 * content under a sub-path, where every link and absolute URL must also carry the base.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { ClaimsDocument } from '../../src/lib/outputs/export-json.ts';
import { DIST, brokenLinks, buildSite, feedEntries, jsonLdIn, metaIn, readSiteFile, requireBuild, siteFiles, sitemapLocations } from '../helpers/dist.ts';

const SITE = 'https://example.org';
const BASE = '/claimtrail/';
const HOME = `${SITE}${BASE}`;
let subPathDist: string;

before(() => {
  requireBuild();
  subPathDist = mkdtempSync(join(tmpdir(), 'claimtrail-subpath-'));
  buildSite(subPathDist, { SITE, BASE });
});
after(() => rmSync(subPathDist, { recursive: true, force: true }));

test('every internal link in dist/ leads to a built file, and every #fragment link (same page or not) to an id on it', () => {
  assert.deepEqual(brokenLinks(DIST, '/'), []);
});

test('built under a sub-path, every internal link starts with the base and leads to a built file', () => {
  assert.deepEqual(brokenLinks(subPathDist, BASE), []);
});

test('built under a sub-path, the data, feed, sitemap, JSON-LD and share meta use the SITE and BASE of the environment', () => {
  const doc: ClaimsDocument = JSON.parse(readSiteFile(subPathDist, '/data/claims.json'));
  assert.equal(doc.home, HOME);
  for (const claim of doc.claims) assert.equal(claim.url, `${HOME}claims/${claim.id}/`);
  const { channelLink, selfLink, items } = feedEntries(subPathDist);
  assert.equal(selfLink, `${HOME}feed.xml`);
  for (const url of [channelLink, ...items.map((item) => item.link), ...sitemapLocations(subPathDist)]) assert.ok(url.startsWith(HOME), url);
  const pages = siteFiles(subPathDist).filter((file) => file.endsWith('.html'));
  const urls = pages.flatMap((page) => jsonLdIn(readSiteFile(subPathDist, page))).map((block) => (block as { url: string }).url);
  assert.ok(urls.length > doc.claims.length, 'every claim page and the data page carry JSON-LD');
  for (const url of urls) assert.ok(url.startsWith(HOME), url);
  const files = new Set(siteFiles(subPathDist));
  for (const page of pages) {
    const meta = metaIn(readSiteFile(subPathDist, page));
    for (const url of [meta.get('og:url')!, meta.get('og:image')!]) assert.ok(url.startsWith(HOME), `${page}: ${url}`);
    assert.ok(files.has(`/${meta.get('og:image')!.slice(HOME.length)}`), `${page}: ${meta.get('og:image')} is built`);
  }
});
