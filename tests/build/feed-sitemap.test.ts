/** The feeds (site-wide and per model and topic, RSS and JSON Feed) and the sitemap of the built site parse, and point at pages that were built. */
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
  // Embed pages are for frames, noindex, and left out on purpose.
  const pages = [...files].filter((file) => file.endsWith('/index.html') && !file.startsWith('/404') && !file.startsWith('/embed/'));
  assert.deepEqual(locations.map((loc) => fileOf(loc)).sort(), pages.sort());
  for (const claim of doc.claims) assert.ok(locations.includes(claim.url), claim.id);
});

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: { id: string; url: string; title: string; date_published: string }[];
}
const readJsonFeed = (path: string): JsonFeed => JSON.parse(readSiteFile(DIST, path));

/** A JSON Feed 1.1 with the fields readers need, and the RSS feed at `rssPath` holding the same items. */
function assertTwins(rssPath: string, jsonPath: string) {
  const rss = feedEntries(DIST, rssPath);
  assert.ok(rss.title && rss.description, `${rssPath} has a title and a description`);
  assert.ok(rss.selfLink.endsWith(rssPath), `${rssPath} names its own address`);
  const json = readJsonFeed(jsonPath);
  assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
  assert.ok(json.feed_url.endsWith(jsonPath));
  for (const item of json.items) {
    assert.ok(item.id && item.url && item.title, `${jsonPath}: every item has an id, url and title`);
    assert.ok(!Number.isNaN(Date.parse(item.date_published)), `${jsonPath}: ${item.id} has an RFC 3339 date`);
  }
  assert.deepEqual(json.items.map((item) => item.id), rss.items.map((item) => item.guid), `${jsonPath} and ${rssPath} list the same items in the same order`);
  return json;
}

test('the site-wide feed has a JSON Feed twin with the same items', () => {
  const json = assertTwins('/feed.xml', '/feed.json');
  assert.equal(json.home_page_url, doc.home);
  assert.ok(json.items.length >= doc.claims.length);
});

test('every model and topic has an RSS and a JSON feed of the items about it, linked from its page', () => {
  const siteItems = readJsonFeed('/feed.json').items;
  for (const [kind, ids] of [['models', doc.models.map((m) => m.id)], ['topics', doc.topics.map((t) => t.id)]] as const) {
    for (const id of ids) {
      const json = assertTwins(`/${kind}/${id}/feed.xml`, `/${kind}/${id}/feed.json`);
      assert.ok(json.items.every((item) => siteItems.some((siteItem) => siteItem.id === item.id)), `${kind}/${id}: only items of the site feed`);
      const page = readSiteFile(DIST, servedFile(files, `/${kind}/${id}/`)!);
      assert.match(page, new RegExp(`<link rel="alternate" type="application/rss\\+xml"[^>]*href="/${kind}/${id}/feed.xml"`));
      assert.match(page, new RegExp(`<link rel="alternate" type="application/feed\\+json"[^>]*href="/${kind}/${id}/feed.json"`));
    }
  }
});

test('a model\'s feed holds each claim about that model', () => {
  for (const claim of doc.claims) {
    for (const model of claim.models) {
      const items = readJsonFeed(`/models/${model.id}/feed.json`).items;
      assert.ok(items.some((item) => item.url === claim.url && item.title.startsWith('New claim')), `${claim.id} is in the feed of ${model.id}`);
    }
    for (const topic of claim.topics) {
      assert.ok(readJsonFeed(`/topics/${topic.id}/feed.json`).items.some((item) => item.url === claim.url), `${claim.id} is in the feed of ${topic.id}`);
    }
  }
});
