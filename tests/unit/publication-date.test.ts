/**
 * A source's publication date may be only a month or a year when that is all the document reveals;
 * anything else that is not a real calendar date is still refused.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceSchema } from '../../src/schema/index.ts';

const source = (published: unknown) =>
  sourceSchema.safeParse({ title: 'A post', kind: 'blog-post', publisher: 'A blog', published, primary: false, noUrlReason: 'none', noArchiveReason: 'none' });

test('a full calendar date, a year and month, or a year alone is accepted', () => {
  for (const published of ['2026-05-08', '2026-05', '2026']) assert.equal(source(published).success, true, published);
});

test('a bare year, which YAML reads as a number, is kept as the year string', () => {
  const parsed = source(2026);
  assert.equal(parsed.success && parsed.data.published, '2026');
});

test('an impossible month or day, or another format, is refused', () => {
  for (const published of ['2026-13', '2026-00', '2025-02-30', '05/2026', '2026-5', '26']) {
    assert.equal(source(published).success, false, published);
  }
});
