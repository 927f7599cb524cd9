import assert from 'node:assert/strict';
import { test } from 'node:test';
import { absoluteUrl, basePath } from '../../src/lib/site/site-url.ts';

test('paths are put under the base, with or without its slashes', () => {
  for (const base of ['/claimtrail/', '/claimtrail', 'claimtrail/']) assert.equal(basePath(base, '/claims/x/'), '/claimtrail/claims/x/');
  assert.equal(basePath('/', '/claims/x/'), '/claims/x/');
  assert.equal(basePath('/', '/'), '/');
  assert.equal(basePath('/claimtrail/', '/'), '/claimtrail/');
});

test('absolute URLs join the site and the base', () => {
  assert.equal(absoluteUrl({ site: 'https://example.org', base: '/claimtrail/' }, 'data/claims.json'), 'https://example.org/claimtrail/data/claims.json');
  assert.equal(absoluteUrl({ site: 'https://example.org/', base: '/' }, '/'), 'https://example.org/');
});
