/**
 * docs/fields.md: every field of every record type, generated from the zod schemas (name, required
 * or optional, type, allowed values with their meaning, the `.describe()` text) with an example
 * value taken from the example records in docs/examples/. `npm run docs` writes it; a test fails
 * while it is stale or misses a field.
 */
import type { z } from 'astro/zod';
import { RECORD_COLLECTIONS, VOCABULARY_FILES } from '../../schema/index.ts';
import { CONFIDENCE_LABELS, FIDELITY_LABELS, OUTCOME_LABELS, SETTING_LABELS, SOURCE_KIND_DEFINITIONS } from '../views/labels.ts';
import { VERDICT_SCALE } from '../views/verdicts.ts';
import { schemaFields, type SchemaField } from './schema-fields.ts';

export interface ExampleRecord {
  /** "docs/examples/source-paper.yaml". */
  file: string;
  kind: keyof typeof RECORD_COLLECTIONS;
  data: unknown;
}

/** What each value of a vocabulary means, found by the set of values an enum field allows. */
const MEANINGS: readonly Readonly<Record<string, string>>[] = [
  Object.fromEntries(Object.entries(VERDICT_SCALE).map(([key, { definition }]) => [key, definition])),
  Object.fromEntries(Object.entries(FIDELITY_LABELS).map(([key, { definition }]) => [key, definition])),
  Object.fromEntries(Object.entries(SETTING_LABELS).map(([key, { definition }]) => [key, definition])),
  CONFIDENCE_LABELS,
  OUTCOME_LABELS,
  SOURCE_KIND_DEFINITIONS,
  { snapshot: 'A verified archived copy of the document.', lookup: 'A Wayback Machine search that may or may not hold a copy.' },
];

function meaningsOf(values: readonly string[]): Readonly<Record<string, string>> | undefined {
  return MEANINGS.find((meanings) => Object.keys(meanings).length === values.length && values.every((value) => value in meanings));
}

const SECTIONS = [
  { kind: 'claims', title: 'Claim', file: 'content/claims/<id>.mdx', schema: RECORD_COLLECTIONS.claims.schema },
  { kind: 'findings', title: 'Finding', file: 'content/findings/<id>.yaml', schema: RECORD_COLLECTIONS.findings.schema },
  { kind: 'sources', title: 'Source', file: 'content/sources/<id>.yaml', schema: RECORD_COLLECTIONS.sources.schema },
  { kind: 'reproductions', title: 'Reproduction', file: 'content/reproductions/<id>.yaml', schema: RECORD_COLLECTIONS.reproductions.schema },
  { kind: 'models', title: 'Model', file: 'content/models.yaml (one list item per model)', schema: VOCABULARY_FILES.models.schema },
  { kind: 'topics', title: 'Topic', file: 'content/topics.yaml (one list item per topic)', schema: VOCABULARY_FILES.topics.schema },
] as const;

/** Every field path of every record type, as the reference lists them ("claim: statedFigures[].text"). */
export function allFieldPaths(): string[] {
  return SECTIONS.flatMap((section) => schemaFields(section.schema as z.ZodType).map((field) => `${section.title.toLowerCase()}: ${field.path}`));
}

/** The first value any example record of the kind gives at `path` ("figures[].model" looks in every figure). */
function exampleValue(examples: readonly ExampleRecord[], kind: string, path: string): { value: unknown; file: string } | undefined {
  for (const example of examples.filter((e) => e.kind === kind)) {
    const values = valuesAt(example.data, path.split('.'));
    const found = values.find((value) => value !== undefined);
    if (found !== undefined) return { value: found, file: example.file };
  }
  return undefined;
}

function valuesAt(data: unknown, keys: readonly string[]): unknown[] {
  if (!keys.length) return [data];
  const [key, ...rest] = keys as [string, ...string[]];
  const list = key.endsWith('[]');
  const value = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[list ? key.slice(0, -2) : key] : undefined;
  if (!list) return valuesAt(value, rest);
  return Array.isArray(value) ? value.flatMap((item) => valuesAt(item, rest)) : [];
}

/** An example as short text for a table cell; lists of items and groups are shown by their own rows. */
function exampleText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value !== null && typeof value === 'object' && (!Array.isArray(value) || value.some((item) => item !== null && typeof item === 'object'))) return undefined;
  const text = Array.isArray(value) ? `[${value.map(String).join(', ')}]` : String(value).replace(/\s+/g, ' ').trim();
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

export interface ReferenceField extends SchemaField {
  example?: string;
  /** For an enum: each allowed value with what it means (empty text when the value speaks for itself). */
  meanings?: { value: string; meaning: string }[];
}

export interface ReferenceSection {
  /** "Claim"; its anchor is the lower-case title. */
  title: string;
  file: string;
  description: string;
  fields: ReferenceField[];
}

/** The reference as data, for docs/fields.md and the site's contribute page alike. */
export function referenceSections(examples: readonly ExampleRecord[]): ReferenceSection[] {
  return SECTIONS.map((section) => {
    const schema = section.schema as z.ZodType;
    const fields = schemaFields(schema).map((field): ReferenceField => {
      const example = exampleText(exampleValue(examples, section.kind, field.path)?.value);
      const meanings = field.values && meaningsOf(field.values);
      return {
        ...field,
        ...(example !== undefined && { example }),
        ...(field.values && { meanings: field.values.map((value) => ({ value, meaning: meanings?.[value] ?? '' })) }),
      };
    });
    return { title: section.title, file: section.file, description: schema.description ?? '', fields };
  });
}

/** "required", "optional", or "optional (default [])". */
export function requiredText(field: SchemaField): string {
  return field.required ? 'required' : field.defaultValue !== undefined ? `optional (default ${field.defaultValue})` : 'optional';
}

/** Inline code that survives any text: backticks inside are fenced by a longer run, pipes escaped for tables. */
function code(text: string): string {
  const fence = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`.replace(/\|/g, '\\|');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function fieldRow(field: ReferenceField): string {
  const depth = field.path.split('.').length - 1;
  const required = field.defaultValue !== undefined ? `optional (default ${code(field.defaultValue)})` : requiredText(field);
  const name = `${'&nbsp;&nbsp;'.repeat(depth)}${code(field.path)}`;
  const example = field.example !== undefined ? code(field.example) : field.type.startsWith('list of items') || field.type === 'group of fields' ? '(rows below)' : '';
  return `| ${name} | ${required} | ${cell(field.type)} | ${cell(field.description)} | ${example} |`;
}

function valuesList(field: ReferenceField): string[] {
  if (!field.meanings) return [];
  return [
    `Values of ${code(field.path)}:`,
    '',
    ...field.meanings.map(({ value, meaning }) => `- ${code(value === 'false' ? '"false"' : value)}${meaning ? `: ${meaning}` : ''}`),
    '',
  ];
}

export function fieldReference(examples: readonly ExampleRecord[]): string {
  const sections = referenceSections(examples);
  const local = (file: string) => file.replace(/^docs\//, '');
  const lines = [
    '<!-- Generated from src/schema/ by `npm run docs`; edit the schemas, not this file. -->',
    '# Every field of every record',
    '',
    'What each field of a record holds, whether it is required, the values it allows and what they mean, with an',
    'example taken from the records in [examples/](examples/). [CONTRIBUTING.md](../CONTRIBUTING.md) walks through',
    'adding a record; this page is the reference to keep open while filling one in. A field path such as',
    '`statedFigures[].fidelity` means "the `fidelity` of each item under `statedFigures`".',
    '',
    ...sections.map((section) => `- [${section.title}](#${section.title.toLowerCase()}): \`${section.file}\``),
    '',
    '## Example records',
    '',
    'Whole records to copy from, each checked against its schema by the tests:',
    '',
    ...examples.map((example) => `- [${local(example.file)}](${local(example.file)})`),
    '',
  ];
  for (const section of sections) {
    lines.push(`## ${section.title}`, '', `File: \`${section.file}\`. ${section.description}`.trim(), '');
    lines.push('| field | required | type | what it holds | example |', '| --- | --- | --- | --- | --- |');
    lines.push(...section.fields.map(fieldRow), '');
    for (const field of section.fields) lines.push(...valuesList(field));
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
