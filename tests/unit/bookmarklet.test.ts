import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bookmarkletHref } from '../../src/lib/views/bookmarklet.ts';

/** Runs the bookmarklet's code as a browser would on a page at `pageUrl`, and returns what it opened. */
function run(href: string, pageUrl: string): { url: string; target: string; features: string }[] {
  assert.ok(href.startsWith('javascript:'));
  const opened: { url: string; target: string; features: string }[] = [];
  const window = { open: (url: string, target: string, features: string) => void opened.push({ url, target, features }) };
  new Function('window', 'location', decodeURIComponent(href.slice('javascript:'.length)))(window, { href: pageUrl });
  return opened;
}

test('the bookmarklet opens the search page in a new tab with the visited page\'s address as the query, and nothing else', () => {
  const page = 'https://news.example.org/story?utm_source=x&id=1#top';
  const opened = run(bookmarkletHref('https://claimtrail.example.org/sub/search/'), page);
  assert.equal(opened.length, 1);
  assert.equal(opened[0]!.target, '_blank');
  assert.equal(opened[0]!.features, 'noopener');
  const url = new URL(opened[0]!.url);
  assert.equal(url.origin + url.pathname, 'https://claimtrail.example.org/sub/search/');
  assert.equal(url.searchParams.get('q'), page);
});

test('a % in the search address survives the percent-decoding a javascript: URL goes through', () => {
  const opened = run(bookmarkletHref('https://example.org/a%20b/search/'), 'https://x.org/');
  assert.ok(opened[0]!.url.startsWith('https://example.org/a%20b/search/?q='));
});
