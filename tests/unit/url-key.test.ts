/** Web addresses as copied from a browser, an app or a newsletter give the key of the page they show. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressesIn, urlKey } from '../../src/lib/search/url-key.ts';

function assertAllGive(key: string | undefined, variants: readonly string[]) {
  for (const variant of variants) assert.equal(urlKey(variant), key, variant);
}

test('scheme, www., a trailing slash, the fragment and tracking parameters do not change the key', () => {
  const key = urlKey('https://example.com/news/story');
  assert.equal(key, 'example.com/news/story');
  assertAllGive(key, [
    'http://example.com/news/story',
    'https://www.example.com/news/story/',
    'example.com/news/story',
    'https://EXAMPLE.com/news/story#comments',
    'https://example.com/news/story?utm_source=newsletter&utm_medium=email&fbclid=IwAR0',
    'https://m.example.com/news/story?gclid=1&mc_cid=2',
  ]);
});

test('parameters that choose the page are kept, in one order, and the path keeps its case', () => {
  assert.equal(urlKey('https://example.com/article?id=7&page=2&utm_campaign=x'), 'example.com/article?id=7&page=2');
  assert.equal(urlKey('https://example.com/article?page=2&id=7'), 'example.com/article?id=7&page=2');
  assert.notEqual(urlKey('https://example.com/article?id=7'), urlKey('https://example.com/article?id=8'));
  assert.notEqual(urlKey('https://example.com/Post'), urlKey('https://example.com/post'));
});

test('AMP pages and the AMP cache give the key of the article', () => {
  assertAllGive(urlKey('https://www.example.com/tech/ai-story'), [
    'https://www.example.com/tech/ai-story/amp/',
    'https://www.example.com/amp/tech/ai-story',
    'https://amp.example.com/tech/ai-story',
    'https://www.example.com/tech/ai-story?amp=1',
    'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/tech/ai-story/amp',
  ]);
  assert.equal(urlKey('https://example.com/tech/ai-story.amp.html'), 'example.com/tech/ai-story.html');
});

test('a post on X is one key however it is linked: x.com or twitter.com, any handle, photos, share parameters', () => {
  const key = urlKey('https://x.com/PalisadeAI/status/1926084635903025621');
  assert.equal(key, 'x.com/i/status/1926084635903025621');
  assertAllGive(key, [
    'https://twitter.com/PalisadeAI/status/1926084635903025621?s=20&t=abc',
    'https://mobile.twitter.com/palisadeai/status/1926084635903025621',
    'https://x.com/i/web/status/1926084635903025621',
    'https://x.com/PalisadeAI/status/1926084635903025621/photo/1',
  ]);
});

test('a Wayback Machine copy stands for the page it archived', () => {
  assert.equal(urlKey('https://web.archive.org/web/20250601120000/https://www.example.com/news/story/'), 'example.com/news/story');
});

test('text that is not a web address has no key', () => {
  for (const text of ['79/100', 'o3 shutdown', 'mailto:someone@example.com', 'ftp://example.com/file', '']) assert.equal(urlKey(text), undefined, text);
});

test('the addresses in a pasted text are found without the punctuation around them', () => {
  assert.deepEqual(addressesIn('Read (https://www.example.com/story/?utm_source=x), then www.example.org/b. And 84% of tests.'), [
    'https://www.example.com/story/?utm_source=x',
    'www.example.org/b',
  ]);
  assert.deepEqual(addressesIn('Claude 3.7 Sonnet 3/100 in 2.5 runs'), []);
});
