/**
 * npm run docs: writes docs/fields.md, the reference of every record field, from the zod schemas and
 * the example records in docs/examples/. Run it after changing a schema and commit the result (a
 * unit test fails while the file is stale).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readExamples } from '../lib/docs/examples.ts';
import { fieldReference } from '../lib/docs/field-reference.ts';

writeFileSync(join('docs', 'fields.md'), fieldReference(readExamples()));
process.stdout.write('Wrote docs/fields.md.\n');
