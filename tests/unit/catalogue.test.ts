/** The rule catalogue names every rule the check emits, and CONTRIBUTING's table is generated from it. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkContent } from '../../src/lib/check/check.ts';
import { CHECKS, isRuleId, RULE_CATALOGUE, withRuleTable } from '../../src/lib/check/catalogue.ts';
import { FIXTURES, fixtureProject } from '../helpers/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');

test('every rule the check emits on the broken fixtures is in the catalogue', () => {
  const emitted = new Set<string>();
  for (const brokenCase of readdirSync(join(FIXTURES, 'broken'))) {
    const project = fixtureProject(brokenCase);
    try {
      for (const problem of checkContent({ projectRoot: project.root, today: '2026-11-23' }).problems) emitted.add(problem.rule);
    } finally {
      project.cleanup();
    }
  }
  assert.ok(emitted.size > 15, `only ${emitted.size} rules emitted`);
  assert.deepEqual([...emitted].filter((rule) => !isRuleId(rule)), []);
});

test('every check has rules, and every rule belongs to a check with a reader sentence', () => {
  for (const check of Object.keys(CHECKS)) assert.ok(Object.values(RULE_CATALOGUE).some((rule) => rule.check === check), check);
  for (const [id, rule] of Object.entries(RULE_CATALOGUE)) {
    assert.ok(Object.hasOwn(CHECKS, rule.check), id);
    assert.match(rule.reader, /^[A-Z].*\.$/, id);
  }
});

test("CONTRIBUTING's rule table is the catalogue's (npm run rules rewrites it)", () => {
  const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  assert.equal(withRuleTable(text), text);
  for (const rule of Object.keys(RULE_CATALOGUE)) assert.ok(text.includes(`| \`${rule}\` |`), rule);
});
