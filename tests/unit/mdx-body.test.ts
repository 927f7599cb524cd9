/** What the MDX compiler receives for a claim: the body only, at its own line numbers. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMdxBody } from '../../src/lib/check/rules/mdx.ts';
import { bodyOnly } from '../../src/lib/records/frontmatter.ts';

const CLAIM = '---\ntitle: x\nverdict: false\n---\n\nThe analysis.\n';

test('the compiler gets the body at its own lines, with no frontmatter left to parse', () => {
  const body = bodyOnly(CLAIM)!;
  assert.equal(body.split('\n')[5], 'The analysis.');
  assert.equal(body.split('\n').indexOf('The analysis.'), CLAIM.split('\n').indexOf('The analysis.'));
  assert.doesNotMatch(body, /title|verdict|---/);
  assert.equal(bodyOnly('No frontmatter.'), null);
});

test('a body that opens with a line of --- is refused, since it would read as a second frontmatter', () => {
  const problems = checkMdxBody('c.mdx', '---\ntitle: x\n---\n\n---\nnot: yaml\n---\nText.\n');
  assert.deepEqual(problems.map((p) => [p.rule, p.line]), [['mdx-syntax', 5]]);
  assert.deepEqual(checkMdxBody('c.mdx', '---\ntitle: x\n---\n\nText.\n\n---\n\nMore.\n'), []);
});
