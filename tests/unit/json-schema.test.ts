/** The JSON Schemas editors use: generated from the zod schemas, committed, and wired up for VS Code. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { JSON_SCHEMA_KINDS, jsonSchemaFor, jsonSchemaText } from '../../src/lib/outputs/json-schema.ts';
import { RECORD_COLLECTIONS, VOCABULARY_FILES } from '../../src/schema/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');

test('the committed schemas/ files are what npm run schemas generates now', () => {
  for (const kind of JSON_SCHEMA_KINDS) {
    const file = join(ROOT, 'schemas', `${kind}.schema.json`);
    assert.ok(existsSync(file), `schemas/${kind}.schema.json is missing; run npm run schemas`);
    assert.equal(readFileSync(file, 'utf8'), jsonSchemaText(kind), `schemas/${kind}.schema.json is stale; run npm run schemas and commit it`);
  }
});

test('dates come out as YYYY-MM-DD strings (publication dates may stop at month or year) and URLs as https addresses, not as "anything"', () => {
  const source = jsonSchemaFor('source') as { properties: Record<string, Record<string, unknown>> };
  assert.deepEqual({ ...source.properties['published'], description: undefined }, { description: undefined, type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });
  assert.equal(source.properties['url']?.['pattern'], '^https://');
  const claim = jsonSchemaFor('claim') as { properties: Record<string, Record<string, unknown>> };
  assert.equal(claim.properties['reviewed']?.['format'], 'date');
});

test('a misspelt key is an error in the editor too: every record object refuses unknown keys', () => {
  const open: string[] = [];
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const schema = node as Record<string, unknown>;
    if (schema['type'] === 'object' && schema['additionalProperties'] !== false) open.push(path);
    for (const [key, value] of Object.entries(schema)) visit(value, `${path}/${key}`);
  };
  for (const kind of JSON_SCHEMA_KINDS) visit(jsonSchemaFor(kind), kind);
  assert.deepEqual(open, []);
});

test('the VS Code settings map every YAML content file to its schema, and every mapped schema exists', () => {
  const settings = JSON.parse(readFileSync(join(ROOT, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
  const mapped = Object.entries(settings['yaml.schemas']);
  for (const [schema] of mapped) assert.ok(existsSync(join(ROOT, schema)), `${schema} does not exist`);
  const globs = mapped.map(([, glob]) => glob).sort();
  const yamlFiles = [
    ...Object.values(RECORD_COLLECTIONS).filter(({ ext }) => ext === '.yaml').map(({ dir }) => `content/${dir}/*.yaml`),
    ...Object.values(VOCABULARY_FILES).map(({ file }) => `content/${file}`),
  ].sort();
  assert.deepEqual(globs, yamlFiles);
});
