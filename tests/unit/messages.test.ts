/** Check messages that must say what to do: a placeholder's whole hint, an <img> to remove rather than close. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMdxBody } from '../../src/lib/check/rules/mdx.ts';
import { hintOf, placeholder } from '../../src/lib/check/rules/placeholders.ts';

test('a placeholder hint that contains brackets is read to its closing bracket', () => {
  const value = JSON.stringify([placeholder('the named authors, each in quotes; or leave the list empty: []')]);
  assert.equal(hintOf(value), 'the named authors, each in quotes; or leave the list empty: []');
});

test('an unclosed <img> is reported as not allowed, to remove, not as a tag to close', () => {
  const [problem, ...rest] = checkMdxBody('claim.mdx', '---\ntitle: x\n---\n\nText <img src="/a.png"> more.\n');
  assert.deepEqual(rest, []);
  assert.equal(problem?.rule, 'mdx-component');
  assert.equal(problem?.line, 5);
  assert.match(problem?.message ?? '', /^<img> is not allowed in a claim.*Remove it rather than closing it\.$/);
  // An allowed component left open is still a syntax problem: closing it is the fix.
  assert.equal(checkMdxBody('claim.mdx', '---\ntitle: x\n---\n\nAn <Aside title="x">open.\n')[0]?.rule, 'mdx-syntax');
});
