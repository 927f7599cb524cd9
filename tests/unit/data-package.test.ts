/** The Data Package: valid by the v2 rules the site relies on, and described by the zod schemas. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimSchema } from '../../src/schema/claim.ts';
import { CONFIDENCE } from '../../src/schema/figure.ts';
import { CSV_TABLE_SCHEMAS, dataPackage } from '../../src/lib/outputs/data-package.ts';
import { CLAIM_COLUMNS, FIGURE_COLUMNS, claimsCsv, figuresCsv } from '../../src/lib/outputs/export-csv.ts';
import { claimsDocument } from '../../src/lib/outputs/export-json.ts';
import { dataPackageProblems } from '../helpers/data-package-rules.ts';
import { fixtureKnowledgeBase } from '../helpers/knowledge-base.ts';

const ROOT = { site: 'https://example.org', base: '/' };
const kb = fixtureKnowledgeBase();
const files: Record<string, string> = {
  'claims.json': JSON.stringify(claimsDocument(kb, ROOT)),
  'claims.csv': claimsCsv(kb, ROOT),
  'figures.csv': figuresCsv(kb),
};
const read = (path: string) => files[path] ?? assert.fail(`the package names ${path}, which is not a data file`);

test('the data package and its files follow the Data Package v2 and Table Schema rules', () => {
  assert.deepEqual(dataPackageProblems(dataPackage(kb, ROOT), read), []);
});

test('each CSV table schema lists the CSV header, column by column', () => {
  assert.deepEqual(CSV_TABLE_SCHEMAS['claims.csv'].fields.map((field) => field.name), [...CLAIM_COLUMNS]);
  assert.deepEqual(CSV_TABLE_SCHEMAS['figures.csv'].fields.map((field) => field.name), [...FIGURE_COLUMNS]);
});

test('a column copied from a record field carries that field\'s description and allowed values', () => {
  const verdict = CSV_TABLE_SCHEMAS['claims.csv'].fields.find((field) => field.name === 'verdict')!;
  assert.equal(verdict.description, claimSchema.shape.verdict.description);
  assert.deepEqual(verdict.constraints?.enum, claimSchema.shape.verdict.options);
  const confidence = CSV_TABLE_SCHEMAS['figures.csv'].fields.find((field) => field.name === 'confidence')!;
  assert.deepEqual(confidence.constraints?.enum, [...CONFIDENCE]);
  const n = CSV_TABLE_SCHEMAS['figures.csv'].fields.find((field) => field.name === 'n')!;
  assert.equal(n.type, 'integer');
  assert.equal(n.constraints?.required, undefined, 'n may be empty: "not reported"');
  const topics = CSV_TABLE_SCHEMAS['claims.csv'].fields.find((field) => field.name === 'topics')!;
  assert.deepEqual([topics.type, topics.itemType, topics.delimiter], ['list', 'string', '; ']);
});

test('the rules catch a header that differs, a value outside its enum and a cell of the wrong type', () => {
  const broken: Record<string, string> = {
    ...files,
    'claims.csv': files['claims.csv']!.replace('bottom_line', 'bottomline').replace(',missing-context,', ',mostly-true,'),
    'figures.csv': files['figures.csv']!.replace(/,100,/, ',a hundred,'),
  };
  const problems = dataPackageProblems(dataPackage(kb, ROOT), (path) => broken[path]!);
  assert.ok(problems.some((p) => p.includes('differs from the schema')), problems.join('\n'));
  const figureProblems = dataPackageProblems(dataPackage(kb, ROOT), (path) => (path === 'figures.csv' ? broken[path]! : files[path]!));
  assert.ok(figureProblems.some((p) => /is not a (integer|number)/.test(p)), figureProblems.join('\n'));
  const enumProblems = dataPackageProblems(dataPackage(kb, ROOT), (path) =>
    path === 'claims.csv' ? files[path]!.replace(',missing-context,', ',mostly-true,') : files[path]!,
  );
  assert.ok(enumProblems.some((p) => p.includes('"mostly-true" is not one of')), enumProblems.join('\n'));
});

test('a descriptor without a version, with an absolute path or a duplicate resource name is refused', () => {
  const pkg = dataPackage(kb, ROOT);
  const bad = { ...pkg, version: 'latest', resources: [...pkg.resources, { ...pkg.resources[0]!, path: '/etc/passwd' }] };
  const problems = dataPackageProblems(bad, read);
  assert.ok(problems.includes('version must be a semantic version'));
  assert.ok(problems.includes('resource names are not unique'));
  assert.ok(problems.some((p) => p.includes('path must be relative')));
});
