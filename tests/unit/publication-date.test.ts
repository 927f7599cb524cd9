/**
 * A source's publication date may be only a month or a year when that is all the document reveals;
 * anything else that is not a real calendar date is still refused. Reproductions may be dated the same way.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkContent } from '../../src/lib/check/check.ts';
import { sourceSchema } from '../../src/schema/index.ts';
import { fixtureProject } from '../helpers/fixtures.ts';

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

test('a reproduction known only to the month is checked against its finding\'s source at that precision', () => {
  const { root, cleanup } = fixtureProject();
  try {
    const file = join(root, 'content', 'reproductions', 'shutdown-rerun.yaml');
    const original = readFileSync(file, 'utf8');
    const problemsWith = (date: string) => {
      writeFileSync(file, original.replace('date: 2025-08-01', `date: ${date}`));
      return checkContent({ projectRoot: root, today: '2026-11-23' }).problems.map((p) => p.rule);
    };
    assert.deepEqual(problemsWith('2025-05'), [], 'the month the source was published in is not before it');
    assert.deepEqual(problemsWith('2025'), []);
    assert.deepEqual(problemsWith('2025-04'), ['date-order']);
    assert.deepEqual(problemsWith('2025-13'), ['invalid-date']);
  } finally {
    cleanup();
  }
});
