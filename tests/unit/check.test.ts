/**
 * The content check on fixture trees: the valid tree passes, and each broken case reports the
 * right file, line, column, field and rule. Report text is pinned by snapshot, so a worse message
 * is a failing test (update on purpose with `npm run test:unit -- --test-update-snapshots`).
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkContent } from '../../src/lib/check/check.ts';
import type { Problem } from '../../src/lib/check/problem.ts';
import { formatReport } from '../../src/lib/check/report.ts';
import { FIXTURES, fixtureProject } from '../helpers/fixtures.ts';

const TODAY = '2026-11-23';

type Expected = Pick<Problem, 'file' | 'line' | 'column' | 'field' | 'rule'>;

const CLAIM = 'content/claims/model-a-sabotage.mdx';
const FINDING = 'content/findings/shutdown-study.yaml';
const PAPER = 'content/sources/lab-paper.yaml';
const NEWS = 'content/sources/news-story.yaml';

/** Every broken case, with every problem it must report (and no others). */
const CASES: Record<string, Expected[]> = {
  'yaml-syntax': [{ file: PAPER, line: 1, column: 1, field: '', rule: 'yaml-syntax' }],
  'unknown-field': [{ file: PAPER, line: 3, column: 1, field: 'publsher', rule: 'unknown-field' }],
  'schema-type': [
    { file: PAPER, line: 2, column: 1, field: 'kind', rule: 'schema' },
    { file: PAPER, line: 6, column: 1, field: 'primary', rule: 'schema' },
  ],
  'verdict-boolean': [{ file: CLAIM, line: 6, column: 1, field: 'verdict', rule: 'schema' }],
  'invalid-date': [{ file: NEWS, line: 4, column: 1, field: 'published', rule: 'invalid-date' }],
  'duplicate-id': [{ file: 'content/models.yaml', line: 7, column: 3, field: 'id', rule: 'duplicate-id' }],
  'id-format': [{ file: 'content/sources/News Story.yaml', line: null, column: null, field: '', rule: 'id-format' }],
  'file-layout': [{ file: 'content/sources/other-story.yml', line: null, column: null, field: '', rule: 'file-layout' }],
  'unresolved-reference': [
    { file: CLAIM, line: 5, column: 5, field: 'appearances[0].source', rule: 'unresolved-reference' },
    { file: CLAIM, line: 14, column: 5, field: 'statedFigures[0].figure', rule: 'unresolved-reference' },
  ],
  'response-unresolved': [{ file: FINDING, line: 31, column: 5, field: 'responses[0].source', rule: 'unresolved-reference' }],
  // The empty quote fails the schema; the response's source is still checked.
  'response-empty-quote': [
    { file: FINDING, line: 30, column: 5, field: 'responses[0].quote', rule: 'schema' },
    { file: FINDING, line: 31, column: 5, field: 'responses[0].source', rule: 'unresolved-reference' },
  ],
  'figure-count-over-total': [
    { file: CLAIM, line: 17, column: 5, field: 'statedFigures[0].fidelity', rule: 'stated-figure' },
    { file: FINDING, line: 11, column: 5, field: 'figures[0].numerator', rule: 'figure-arithmetic' },
  ],
  'figure-percent': [
    { file: FINDING, line: 13, column: 5, field: 'figures[0].percent', rule: 'figure-arithmetic' },
    { file: FINDING, line: 21, column: 5, field: 'figures[1].percent', rule: 'figure-arithmetic' },
  ],
  // A model's display name or alias where its id belongs: the message names the id (schema and reference rule alike).
  'model-name': [
    { file: CLAIM, line: 10, column: 10, field: 'models[0]', rule: 'unresolved-reference' },
    { file: FINDING, line: 8, column: 5, field: 'figures[0].model', rule: 'schema' },
  ],
  'stated-figure': [{ file: CLAIM, line: 16, column: 5, field: 'statedFigures[0].fidelity', rule: 'stated-figure' }],
  'condition-label': [
    { file: FINDING, line: 30, column: 5, field: 'figures[2].conditionLabel', rule: 'condition-label' },
    { file: FINDING, line: 40, column: 5, field: 'figures[3].conditionLabel', rule: 'condition-label' },
    { file: FINDING, line: 40, column: 5, field: 'figures[3].conditionLabel', rule: 'condition-label' },
  ],
  'quote-number': [{ file: FINDING, line: 23, column: 5, field: 'figures[1].quote', rule: 'quote-number' }],
  'locator-page': [{ file: FINDING, line: 23, column: 5, field: 'figures[1].page', rule: 'locator-page' }],
  'quote-missing': [{ file: FINDING, line: 16, column: 5, field: 'figures[1]', rule: 'quote-missing' }],
  'future-date': [{ file: FINDING, line: 25, column: 1, field: 'reviewed', rule: 'future-date' }],
  'source-date': [{ file: NEWS, line: 1, column: 1, field: '', rule: 'source-date' }],
  'date-order': [{ file: 'content/reproductions/shutdown-rerun.yaml', line: 5, column: 1, field: 'date', rule: 'date-order' }],
  'https-only': [
    { file: CLAIM, line: 24, column: 5, field: 'body', rule: 'https-only' },
    { file: NEWS, line: 6, column: 1, field: 'url', rule: 'https-only' },
  ],
  archive: [{ file: NEWS, line: 1, column: 1, field: '', rule: 'archive' }],
  'verdict-needs-primary': [{ file: CLAIM, line: 6, column: 1, field: 'verdict', rule: 'verdict-needs-primary' }],
  'mdx-unsafe': [
    { file: CLAIM, line: 26, column: 1, field: 'body', rule: 'mdx-unsafe' },
    { file: CLAIM, line: 28, column: 17, field: 'body', rule: 'mdx-unsafe' },
    { file: CLAIM, line: 30, column: 1, field: 'body', rule: 'mdx-unsafe' },
    { file: CLAIM, line: 32, column: 1, field: 'body', rule: 'mdx-unsafe' },
    { file: CLAIM, line: 34, column: 1, field: 'body', rule: 'mdx-unsafe' },
  ],
  'mdx-component': [
    { file: CLAIM, line: 25, column: 1, field: 'body', rule: 'mdx-component' },
    { file: CLAIM, line: 27, column: 1, field: 'body', rule: 'mdx-component' },
    { file: CLAIM, line: 29, column: 1, field: 'body', rule: 'offsite-image' },
  ],
  'mdx-syntax': [{ file: CLAIM, line: 25, column: 4, field: 'body', rule: 'mdx-syntax' }],
  frontmatter: [{ file: CLAIM, line: 1, column: 1, field: '', rule: 'frontmatter' }],
  // Placeholders are named with their lines; what they would break (verdict, number, date) waits.
  placeholder: [
    { file: CLAIM, line: 3, column: 1, field: 'claim', rule: 'placeholder' },
    { file: CLAIM, line: 6, column: 1, field: 'verdict', rule: 'placeholder' },
    { file: CLAIM, line: 15, column: 5, field: 'statedFigures[0].numerator', rule: 'placeholder' },
    { file: CLAIM, line: 24, column: 1, field: 'body', rule: 'placeholder' },
    { file: NEWS, line: 2, column: 1, field: 'kind', rule: 'schema' },
    { file: NEWS, line: 4, column: 1, field: 'published', rule: 'placeholder' },
  ],
  // A record that fails its schema still has its sound fields judged (references, dates, links), and
  // the faulted ones only once: "Model A" in models[0] is a schema problem, not also a reference one.
  'schema-and-rules': [
    { file: CLAIM, line: 5, column: 5, field: 'appearances[0].source', rule: 'unresolved-reference' },
    { file: CLAIM, line: 6, column: 1, field: 'verdict', rule: 'schema' },
    { file: CLAIM, line: 10, column: 10, field: 'models[0]', rule: 'schema' },
    { file: CLAIM, line: 15, column: 5, field: 'statedFigures[0].figure', rule: 'unresolved-reference' },
    { file: CLAIM, line: 20, column: 1, field: 'reviewed', rule: 'future-date' },
    { file: NEWS, line: 2, column: 1, field: 'kind', rule: 'schema' },
    { file: NEWS, line: 4, column: 1, field: 'published', rule: 'future-date' },
    { file: NEWS, line: 6, column: 1, field: 'url', rule: 'https-only' },
  ],
  'five-files': [
    { file: CLAIM, line: 11, column: 11, field: 'sources[0]', rule: 'unresolved-reference' },
    { file: FINDING, line: 21, column: 5, field: 'figures[1].n', rule: 'schema' },
    { file: 'content/reproductions/shutdown-rerun.yaml', line: 5, column: 1, field: 'date', rule: 'future-date' },
    { file: PAPER, line: 3, column: 1, field: 'publsher', rule: 'unknown-field' },
    { file: NEWS, line: 6, column: 1, field: 'url', rule: 'https-only' },
  ],
};

function check(brokenCase?: string) {
  const project = fixtureProject(brokenCase);
  try {
    return checkContent({ projectRoot: project.root, today: TODAY });
  } finally {
    project.cleanup();
  }
}

const located = ({ file, line, column, field, rule }: Problem): Expected => ({ file, line, column, field, rule });

test('the valid fixture tree passes with every record counted', (t) => {
  const result = check();
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.counts, { sources: 3, findings: 1, claims: 1, reproductions: 1, models: 2, topics: 1 });
  t.assert.snapshot(formatReport('human', result), { serializers: [String] });
});

test('every broken fixture has a case here, and every case has a fixture', () => {
  assert.deepEqual(readdirSync(join(FIXTURES, 'broken')).sort(), Object.keys(CASES).sort());
});

for (const [name, expected] of Object.entries(CASES)) {
  test(`the "${name}" fixture reports exactly its problems, located`, (t) => {
    const result = check(name);
    assert.deepEqual(result.problems.map(located), expected);
    assert.equal(new Set(result.problems.map((problem) => JSON.stringify(problem))).size, result.problems.length, 'a problem is reported twice');
    t.assert.snapshot(formatReport('human', result), { serializers: [String] });
  });
}

test('five broken files are all reported, not just the first', () => {
  const files = new Set(check('five-files').problems.map((problem) => problem.file));
  assert.equal(files.size, 5);
});
