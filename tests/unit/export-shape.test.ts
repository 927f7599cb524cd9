/**
 * The shape of the exported data, pinned per schemaVersion: a change to a column, a field, a type or
 * an allowed value fails here until EXPORT_SCHEMA_VERSION is raised and DATA-CHANGELOG.md says what
 * changed; then `npm run snapshots:update` records the new shape under the new version.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CSV_TABLE_SCHEMAS } from '../../src/lib/outputs/data-package.ts';
import { EXPORT_SCHEMA_VERSION, claimsDocument } from '../../src/lib/outputs/export-json.ts';
import { JSON_SCHEMA_KINDS, jsonSchemaFor } from '../../src/lib/outputs/json-schema.ts';
import { fixtureKnowledgeBase } from '../helpers/knowledge-base.ts';

/** Structure only: descriptions and titles are words about the data, not its shape. */
const withoutProse = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutProse)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'description' && key !== 'title').map(([key, inner]) => [key, withoutProse(inner)]))
      : value;

/** The keys the export adds around the records (derived fields), as paths. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap((item) => keyPaths(item, `${prefix}[]`)))];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [`${prefix}.${key}`, ...keyPaths(inner, `${prefix}.${key}`)]);
}

const shape = {
  csv: withoutProse(CSV_TABLE_SCHEMAS),
  records: Object.fromEntries(JSON_SCHEMA_KINDS.map((kind) => [kind, withoutProse(jsonSchemaFor(kind))])),
  derivedKeys: keyPaths(claimsDocument(fixtureKnowledgeBase(), { site: 'https://example.org', base: '/' })).sort(),
};

test(`the exported shape is the one recorded for schemaVersion ${EXPORT_SCHEMA_VERSION}`, (t) => {
  t.assert.snapshot(shape);
});

test('DATA-CHANGELOG.md has an entry for the current schemaVersion', () => {
  const changelog = readFileSync(join(import.meta.dirname, '..', '..', 'DATA-CHANGELOG.md'), 'utf8');
  assert.match(changelog, new RegExp(`^## schemaVersion ${EXPORT_SCHEMA_VERSION} — \\d{4}-\\d{2}-\\d{2}$`, 'm'));
});
