/**
 * The data files of the built site (dist/, from `npm run build`) against the records in the
 * content folder, read with the same loader as the CLI: every record exactly once.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { checkContent } from '../../src/lib/check/check.ts';
import { contentRoot } from '../../src/lib/records/content-root.ts';
import { CLAIM_COLUMNS, FIGURE_COLUMNS } from '../../src/lib/outputs/export-csv.ts';
import { EXPORT_SCHEMA_VERSION, type ClaimsDocument } from '../../src/lib/outputs/export-json.ts';
import { CSV_TABLE_SCHEMAS } from '../../src/lib/outputs/data-package.ts';
import { csvRecords } from '../helpers/csv.ts';
import { dataPackageProblems } from '../helpers/data-package-rules.ts';
import { DIST, decodeHtml, readSiteFile, requireBuild } from '../helpers/dist.ts';

const content = checkContent({ contentDir: contentRoot() });
const fileIds = (kind: 'claims' | 'findings' | 'sources' | 'reproductions') =>
  content.files.filter((file) => file.includes(`/${kind}/`)).map((file) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '')).sort();

let doc: ClaimsDocument;
before(() => {
  requireBuild();
  doc = JSON.parse(readSiteFile(DIST, '/data/claims.json'));
});

const assertOnce = (ids: string[], expected: string[], what: string) => {
  assert.equal(new Set(ids).size, ids.length, `a ${what} appears twice`);
  assert.deepEqual(ids.toSorted(), expected, `the ${what} ids differ from the files in content/`);
};

test('the content the site was built from passes the check', () => {
  assert.deepEqual(content.problems, []);
  assert.ok(fileIds('claims').length > 0);
});

test('claims.json holds every record file of content/ exactly once', () => {
  assert.equal(doc.schemaVersion, EXPORT_SCHEMA_VERSION);
  assert.equal(doc.license, 'CC-BY-4.0');
  for (const kind of ['claims', 'findings', 'sources', 'reproductions'] as const) {
    assertOnce(doc[kind].map((record) => record.id), fileIds(kind), kind.slice(0, -1));
    assert.equal(doc.counts[kind], fileIds(kind).length);
  }
  assertOnce(doc.models.map((m) => m.id), [...content.content.models.keys()].sort(), 'model');
  assertOnce(doc.topics.map((t) => t.id), [...content.content.topics.keys()].sort(), 'topic');
});

test('claims.json gives every finding a derived reproduction status and every claim a verdict rating', () => {
  for (const finding of doc.findings) assert.ok(finding.reproductionStatus.label, finding.id);
  for (const claim of doc.claims) {
    assert.ok(claim.verdict.rating >= 1 && claim.verdict.rating <= 5, claim.id);
    assert.ok(claim.url.startsWith(doc.home), claim.id);
  }
});

test('claims.csv has exactly one row per claim file, under its header', () => {
  const text = readSiteFile(DIST, '/data/claims.csv');
  assert.equal(text.split('\r\n')[0], CLAIM_COLUMNS.join(','));
  assertOnce(csvRecords(text).map((row) => row['id']!), fileIds('claims'), 'claim row');
});

test('figures.csv has exactly one row per figure of every finding', () => {
  const rows = csvRecords(readSiteFile(DIST, '/data/figures.csv'));
  assert.equal(Object.keys(rows[0] ?? {}).join(','), FIGURE_COLUMNS.join(','));
  const expected = [...content.content.findings.values()].flatMap((f) => f.data.figures.map((figure) => `${f.id}#${figure.id}`)).sort();
  assertOnce(rows.map((row) => `${row['finding']}#${row['figure']}`), expected, 'figure row');
});

test('the published data package is valid against the published files, and the data page lists every column with its description', () => {
  const pkg = JSON.parse(readSiteFile(DIST, '/data/datapackage.json'));
  assert.deepEqual(dataPackageProblems(pkg, (path) => readSiteFile(DIST, `/data/${path}`)), []);
  const page = readSiteFile(DIST, '/data/index.html');
  for (const [file, schema] of Object.entries(CSV_TABLE_SCHEMAS)) {
    const table = page.match(new RegExp(`<dl id="${file.replace('.csv', '')}-columns"[\\s\\S]*?</dl>`))?.[0] ?? assert.fail(`the data page has no table for ${file}`);
    for (const field of schema.fields) {
      assert.ok(table.includes(`<code>${field.name}</code>`), `${file}: ${field.name} is missing from the data page`);
      assert.ok(decodeHtml(table).includes(field.description), `${file}: the description of ${field.name} is missing from the data page`);
    }
  }
});

test('every response on the record is shown on its record\'s page, verbatim, with a link to its source', () => {
  const records = [
    ...doc.claims.map((claim) => ({ path: `/claims/${claim.id}/index.html`, responses: claim.responses })),
    ...doc.findings.map((finding) => ({ path: `/findings/${finding.id}/index.html`, responses: finding.responses })),
  ];
  const total = records.reduce((sum, record) => sum + record.responses.length, 0);
  assert.ok(total >= 3, `only ${total} responses are on record`);
  for (const { path, responses } of records) {
    if (!responses.length) continue;
    const section = readSiteFile(DIST, path).match(/<section class="responses"[\s\S]*?<\/section>/)?.[0] ?? assert.fail(`${path} shows no responses`);
    const text = decodeHtml(section).replace(/\s+/g, ' ');
    for (const response of responses) {
      assert.ok(text.includes(response.quote.replace(/\s+/g, ' ')), `${path}: the quote of ${response.who} is missing`);
      assert.ok(section.includes(`/sources/${response.source.id}/`), `${path}: the source ${response.source.id} is not linked`);
    }
  }
});
