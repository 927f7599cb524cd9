/** The feed and the sitemap of the built site parse, and point at pages that were built. */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { ClaimsDocument } from '../../src/lib/outputs/export-json.ts';
import { DIST, feedEntries, readSiteFile, requireBuild, servedFile, siteFiles, sitemapLocations } from '../helpers/dist.ts';

let doc: ClaimsDocument;
let files: Set<string>;
before(() => {
  requireBuild();
  doc = JSON.parse(readSiteFile(DIST, '/data/claims.json'));
  files = new Set(siteFiles(DIST));
});

/** The built file an absolute URL of this site is served from. */
const fileOf = (url: string) => {
  assert.ok(url.startsWith(doc.home), `${url} is under ${doc.home}`);
  return servedFile(files, `/${new URL(url).pathname.slice(new URL(doc.home).pathname.length)}`);
};

test('the feed has an item for every claim, correction, response and reproduction, newest first, with unique ids', () => {
  const { channelLink, selfLink, items } = feedEntries(DIST);
  assert.equal(channelLink, doc.home);
  assert.ok(fileOf(selfLink), 'the feed names its own address');
  const corrections = [...doc.claims, ...doc.findings, ...doc.sources].reduce((sum, record) => sum + record.corrections.length, 0);
  const responses = [...doc.claims, ...doc.findings].reduce((sum, record) => sum + record.responses.length, 0);
  assert.equal(items.length, doc.claims.length + corrections + responses + doc.reproductions.length);
  for (const claim of doc.claims) assert.ok(items.some((item) => item.link === claim.url), `${claim.id} is in the feed`);
  const dates = items.map((item) => Date.parse(item.pubDate));
  assert.ok(dates.every((date) => !Number.isNaN(date)));
  assert.deepEqual(dates, dates.toSorted((a, b) => b - a));
  assert.equal(new Set(items.map((item) => item.guid)).size, items.length);
  for (const item of items) assert.ok(fileOf(item.link), `${item.link} was built`);
});

test('the sitemap lists every built page once, each under the site and base', () => {
  const locations = sitemapLocations(DIST);
  assert.equal(new Set(locations).size, locations.length);
  const pages = [...files].filter((file) => file.endsWith('/index.html') && !file.startsWith('/404'));
  assert.deepEqual(locations.map((loc) => fileOf(loc)).sort(), pages.sort());
  for (const claim of doc.claims) assert.ok(locations.includes(claim.url), claim.id);
});
