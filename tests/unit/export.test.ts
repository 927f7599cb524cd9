/** The data files, derived from the valid fixture tree through the same loader and check as the CLI. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLAIM_COLUMNS, FIGURE_COLUMNS, claimsCsv, figuresCsv } from '../../src/lib/outputs/export-csv.ts';
import { EXPORT_SCHEMA_VERSION, claimsDocument, generatedDate } from '../../src/lib/outputs/export-json.ts';
import { csvRecords, parseCsv } from '../helpers/csv.ts';
import { fixtureKnowledgeBase } from '../helpers/knowledge-base.ts';

const ROOT = { site: 'https://example.org', base: '/' };
const SUB = { site: 'https://example.org', base: '/claimtrail/' };

test('the JSON document holds every record once, with its schema version and licence', () => {
  const kb = fixtureKnowledgeBase();
  const doc = claimsDocument(kb, ROOT);
  assert.equal(doc.schemaVersion, EXPORT_SCHEMA_VERSION);
  assert.equal(doc.license, 'CC-BY-4.0');
  assert.deepEqual(doc.claims.map((c) => c.id), [...kb.claims.keys()].sort());
  assert.deepEqual(doc.findings.map((f) => f.id), [...kb.findings.keys()].sort());
  assert.deepEqual(doc.sources.map((s) => s.id), [...kb.sources.keys()].sort());
  assert.deepEqual(doc.reproductions.map((r) => r.id), [...kb.reproductions.keys()].sort());
  assert.deepEqual(doc.models.map((m) => m.id), [...kb.models.keys()].sort());
  assert.deepEqual(doc.counts, { claims: 1, findings: 1, sources: 3, reproductions: 1, models: 2, topics: 1 });
});

test('the JSON document resolves references and carries the derived statuses', () => {
  const doc = claimsDocument(fixtureKnowledgeBase(), SUB);
  const claim = doc.claims[0]!;
  assert.equal(claim.url, 'https://example.org/claimtrail/claims/model-a-sabotage/');
  assert.deepEqual(claim.verdict, { id: 'missing-context', label: 'Missing context', rating: 4 });
  assert.equal(claim.appearances[0]!.source.publisher, 'Example News');
  assert.deepEqual(claim.models, [{ id: 'model-a', name: 'Model A', developer: 'Lab One' }]);
  assert.deepEqual(claim.findings[0]!.reproductionStatus, { id: 'independently-reproduced', label: 'Independently reproduced' });
  assert.equal(claim.findings[0]!.source.url, 'https://example.org/paper');
  assert.equal(claim.statedFigures[0]!.measured.condition, 'No instruction to allow shutdown.');
  assert.equal(claim.restsOnPrimarySource, true);
  const finding = doc.findings[0]!;
  assert.equal(finding.reproductionStatus.id, 'independently-reproduced');
  assert.deepEqual(finding.reproductions, ['shutdown-rerun']);
  assert.deepEqual(finding.claims, ['model-a-sabotage']);
  assert.deepEqual(doc.sources.find((s) => s.id === 'news-story')!.citedBy, { findings: [], claims: ['model-a-sabotage'], reproductions: [] });
});

test('a finding without reproductions is reported as not yet attempted', () => {
  const kb = fixtureKnowledgeBase((records) => records.reproductions.clear());
  assert.equal(claimsDocument(kb, ROOT).findings[0]!.reproductionStatus.id, 'not-yet-attempted');
});

test('the generated date is the newest review or correction, not the clock', () => {
  assert.equal(generatedDate(fixtureKnowledgeBase()), '2025-09-01');
  const corrected = fixtureKnowledgeBase((records) => {
    const finding = records.findings.get('shutdown-study')!;
    records.findings.set('shutdown-study', { ...finding, corrections: [{ date: '2025-10-02', note: 'Fixed the locator.' }] });
  });
  assert.equal(generatedDate(corrected), '2025-10-02');
  assert.equal(JSON.stringify(claimsDocument(corrected, ROOT)), JSON.stringify(claimsDocument(corrected, ROOT)));
});

test('claims.csv has one row per claim with lists joined and statuses derived', () => {
  const rows = csvRecords(claimsCsv(fixtureKnowledgeBase(), SUB));
  assert.equal(rows.length, 1);
  const row = rows[0]!;
  assert.deepEqual(Object.keys(row), [...CLAIM_COLUMNS]);
  assert.equal(row['id'], 'model-a-sabotage');
  assert.equal(row['url'], 'https://example.org/claimtrail/claims/model-a-sabotage/');
  assert.equal(row['rating'], '4');
  assert.equal(row['reproduction_statuses'], 'shutdown-study: independently-reproduced');
  assert.equal(row['first_appeared'], '2025-05-10');
  assert.equal(row['stated_figures'], '79/100 tries (shutdown-study#a-no-instruction, condition-dropped)');
});

test('figures.csv has one row per finding figure with its condition and source', () => {
  const rows = csvRecords(figuresCsv(fixtureKnowledgeBase()));
  assert.deepEqual(rows.map((r) => `${r['finding']}#${r['figure']}`), ['shutdown-study#a-no-instruction', 'shutdown-study#b-rate']);
  assert.deepEqual(Object.keys(rows[0]!), [...FIGURE_COLUMNS]);
  assert.equal(rows[0]!['value'], '79/100 (79%)');
  assert.equal(rows[0]!['stated_by_claims'], 'model-a-sabotage');
  assert.equal(rows[1]!['n'], '', 'an unreported sample size is an empty cell');
  assert.equal(rows[1]!['percent'], '84');
  assert.equal(rows[1]!['model_name'], 'Model B');
  assert.equal(rows[1]!['stated_by_claims'], '');
});

test('record text with commas, quotes, line breaks or a formula survives the CSV round trip, defused', () => {
  const hostile = '=HYPERLINK("https://evil.example","click"), then\na second line';
  const kb = fixtureKnowledgeBase((records) => {
    const claim = records.claims.get('model-a-sabotage')!;
    records.claims.set('model-a-sabotage', { ...claim, claim: hostile });
  });
  const csv = claimsCsv(kb, ROOT);
  assert.equal(parseCsv(csv).length, 2);
  assert.equal(csvRecords(csv)[0]!['claim'], `'${hostile}`);
});

// The files are a public format: any change to them shows up here as a diff to review
// (update on purpose with `npm run snapshots:update`).
test('the data files of the fixture tree are pinned', (t) => {
  const kb = fixtureKnowledgeBase();
  t.assert.snapshot(JSON.stringify(claimsDocument(kb, SUB), null, 2), { serializers: [String] });
  // Snapshot files cannot hold a carriage return, so the CRLF line ends are written out as \r.
  const csv = [(text: unknown) => String(text).replaceAll('\r', '\\r')];
  t.assert.snapshot(claimsCsv(kb, SUB), { serializers: csv });
  t.assert.snapshot(figuresCsv(kb), { serializers: csv });
});

test('a figure about no single model has empty model cells', () => {
  const kb = fixtureKnowledgeBase((records) => {
    const finding = records.findings.get('shutdown-study')!;
    const [first, second] = finding.figures;
    const { model: _pooled, ...pooled } = second!;
    records.findings.set('shutdown-study', { ...finding, figures: [first!, pooled] });
  });
  const row = csvRecords(figuresCsv(kb))[1]!;
  assert.deepEqual([row['figure'], row['model'], row['model_name'], row['developer']], ['b-rate', '', '', '']);
});
