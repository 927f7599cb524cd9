/**
 * npm run schemas: writes schemas/<kind>.schema.json from the zod schemas. Run it after changing a
 * schema in src/schema/ and commit the result (a unit test fails while the files are stale).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_KINDS, jsonSchemaText } from '../lib/outputs/json-schema.ts';

const folder = join(import.meta.dirname, '..', '..', 'schemas');
mkdirSync(folder, { recursive: true });
for (const kind of JSON_SCHEMA_KINDS) writeFileSync(join(folder, `${kind}.schema.json`), jsonSchemaText(kind));
process.stdout.write(`Wrote ${JSON_SCHEMA_KINDS.length} schemas to schemas/: ${JSON_SCHEMA_KINDS.join(', ')}.\n`);
