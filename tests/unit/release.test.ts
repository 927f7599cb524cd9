/** `npm run release:dry`: the archive a version tag publishes, opened and checked against its own claims.json. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { DATA_VERSION } from '../../src/lib/outputs/data-package.ts';
import { JSON_SCHEMA_KINDS } from '../../src/lib/outputs/json-schema.ts';
import { RELEASE_ARCHIVE_NAME, RELEASE_PROJECT_FILES } from '../../src/lib/outputs/release.ts';
import { csvRecords } from '../helpers/csv.ts';
import { dataPackageProblems } from '../helpers/data-package-rules.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs the dry run into a folder of its own, removed once the archive is read. */
function dryRun(): { output: string; bytes: Buffer } {
  const out = mkdtempSync(join(tmpdir(), 'claimtrail-release-'));
  try {
    const output = execFileSync(process.execPath, ['src/cli/release.ts', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    assert.deepEqual(readdirSync(out), [RELEASE_ARCHIVE_NAME(DATA_VERSION)]);
    return { output, bytes: readFileSync(join(out, RELEASE_ARCHIVE_NAME(DATA_VERSION))) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const first = dryRun();
const files = Object.fromEntries(Object.entries(unzipSync(first.bytes)).map(([path, data]) => [path, strFromU8(data)]));

test('the archive holds the data package, the data files, the JSON Schemas, the changelog, the citation file and the licence', () => {
  const expected = [
    'datapackage.json', 'claims.json', 'claims.csv', 'figures.csv',
    ...JSON_SCHEMA_KINDS.map((kind) => `schemas/${kind}.schema.json`),
    ...RELEASE_PROJECT_FILES,
  ];
  assert.deepEqual(Object.keys(files).sort(), expected.sort());
  assert.match(first.output, new RegExp(`Wrote .*${RELEASE_ARCHIVE_NAME(DATA_VERSION).replaceAll('.', '\\.')}`));
});

test('the CSV files hold one row per claim and per figure of the archive\'s claims.json', () => {
  const doc = JSON.parse(files['claims.json']!);
  assert.equal(doc.claims.length, doc.counts.claims);
  assert.equal(doc.findings.length, doc.counts.findings);
  assert.deepEqual(csvRecords(files['claims.csv']!).map((row) => row['id']), doc.claims.map((claim: { id: string }) => claim.id));
  const figures = doc.findings.flatMap((finding: { id: string; figures: { id: string }[] }) => finding.figures.map((figure) => `${finding.id}#${figure.id}`));
  assert.deepEqual(csvRecords(files['figures.csv']!).map((row) => `${row['finding']}#${row['figure']}`), figures);
});

test('the archive\'s data package is valid against the files beside it and names this version', () => {
  const pkg = JSON.parse(files['datapackage.json']!);
  assert.equal(pkg.version, DATA_VERSION);
  assert.deepEqual(dataPackageProblems(pkg, (path) => files[path] ?? assert.fail(`${path} is not in the archive`)), []);
});

test('the same content gives the same archive, byte for byte', () => {
  assert.ok(dryRun().bytes.equals(first.bytes));
});
