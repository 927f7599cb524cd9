/**
 * docs/fields.md is generated from the zod schemas: it must be up to date, list every field of every
 * record type, and its example records must pass their schemas.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateRecord } from '../../src/lib/check/validate.ts';
import { readExamples } from '../../src/lib/docs/examples.ts';
import { allFieldPaths, fieldReference, referenceSections } from '../../src/lib/docs/field-reference.ts';
import { RECORD_COLLECTIONS } from '../../src/schema/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const examples = readExamples(join(ROOT, 'docs', 'examples'));
const committed = readFileSync(join(ROOT, 'docs', 'fields.md'), 'utf8');

test('docs/fields.md is what `npm run docs` writes from the current schemas', () => {
  // The generator names example files relative to the project root, whatever the working directory.
  assert.equal(committed, fieldReference(examples), 'docs/fields.md is stale: run `npm run docs` and commit it');
});

test('every field of every record type has a row in docs/fields.md, nested fields included', () => {
  const paths = allFieldPaths();
  for (const expected of ['claim: statedFigures[].fidelity', 'finding: figures[].modelNotNamed', 'finding: passages[].locator', 'finding: figures[].ci.level', 'source: noDateReason', 'model: aliases']) {
    assert.ok(paths.includes(expected), `${expected} is not among the schema's fields`);
  }
  for (const path of paths) {
    const field = path.slice(path.indexOf(': ') + 2);
    assert.ok(committed.includes(`\`${field}\` |`), `docs/fields.md has no row for ${path}`);
  }
});

test('every enum field lists its values, and the vocabularies with definitions give each value a meaning', () => {
  const fields = referenceSections(examples).flatMap((section) => section.fields);
  const fidelity = fields.find((field) => field.path === 'statedFigures[].fidelity')!;
  assert.deepEqual(fidelity.meanings?.map((m) => m.value), ['exact', 'rounded', 'condition-dropped', 'wrong-condition', 'wrong-model', 'wrong-number', 'unsupported']);
  for (const path of ['verdict', 'setting', 'kind', 'confidence', 'outcome', 'archiveKind', 'figures[].confidence']) {
    for (const field of fields.filter((f) => f.path === path)) {
      assert.ok(field.meanings?.every((m) => m.meaning.length > 3), `${path}: a value has no meaning`);
    }
  }
});

test('the example records cover each source kind the guide promises, a qualitative finding and a claim without figures, and pass their schemas', () => {
  const kinds = examples.filter((e) => e.kind === 'sources').map((e) => (e.data as { kind: string }).kind).sort();
  assert.deepEqual(kinds, ['news-article', 'paper', 'repository', 'social-thread', 'system-card']);
  assert.ok(examples.some((e) => e.kind === 'findings' && (e.data as { figures: unknown[] }).figures.length === 0), 'a finding with no figures');
  assert.ok(examples.some((e) => e.kind === 'claims' && !('statedFigures' in (e.data as object))), 'a claim without stated figures');
  for (const example of examples) {
    const record = { kind: example.kind, id: 'example', file: example.file, data: example.data, locate: () => ({ line: 1, column: 1 }) };
    const { problems } = validateRecord(record, RECORD_COLLECTIONS[example.kind].schema, example.kind);
    assert.deepEqual(problems, [], example.file);
  }
});
