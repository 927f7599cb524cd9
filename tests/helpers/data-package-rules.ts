/**
 * The Data Package v2 and Table Schema v2 rules Claimtrail relies on, checked on a package and the
 * files it describes: the descriptor's required properties, each CSV's header against its schema,
 * and every cell against its field's type and constraints. No maintained npm validator covers v2
 * (the `datapackage` package implements v1), so the rules the site depends on are written here.
 * https://datapackage.org/standard/data-package/ · https://datapackage.org/standard/table-schema/
 */
import type { TableField } from '../../src/lib/outputs/table-schema.ts';
import { parseCsv } from './csv.ts';

const NAME = /^[a-z0-9._-]+$/;
const FIELD_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'list', 'datetime', 'date', 'time', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any']);
const LIST_ITEM_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time']);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

type Json = Record<string, any>;

/** Whether a non-empty cell is a valid lexical value of the type (Table Schema "Field Types"). */
function parses(type: string, value: string): boolean {
  switch (type) {
    case 'integer': return /^[+-]?\d+$/.test(value);
    case 'number': return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value);
    case 'boolean': return value === 'true' || value === 'false';
    case 'date': return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
    default: return true;
  }
}

const typed = (type: string, value: string): string | number => (type === 'integer' || type === 'number' ? Number(value) : value);

function cellProblems(field: TableField, cell: string, where: string): string[] {
  const problems: string[] = [];
  if (cell === '') return field.constraints?.required ? [`${where}: ${field.name} is required but empty`] : [];
  const values = field.type === 'list' ? cell.split(field.delimiter ?? ',') : [cell];
  const itemType = field.type === 'list' ? field.itemType ?? 'string' : field.type;
  for (const value of values) {
    if (!parses(itemType, value)) problems.push(`${where}: ${field.name} "${value}" is not a ${itemType}`);
    const { enum: allowed, minimum, maximum, pattern } = field.constraints ?? {};
    if (allowed && !allowed.includes(typed(itemType, value))) problems.push(`${where}: ${field.name} "${value}" is not one of ${allowed.join(', ')}`);
    if (minimum !== undefined && Number(value) < minimum) problems.push(`${where}: ${field.name} ${value} < ${minimum}`);
    if (maximum !== undefined && Number(value) > maximum) problems.push(`${where}: ${field.name} ${value} > ${maximum}`);
    if (pattern && !new RegExp(`^(?:${pattern})$`, 'u').test(value)) problems.push(`${where}: ${field.name} "${value}" does not match ${pattern}`);
  }
  return problems;
}

function schemaProblems(schema: Json, resource: string): string[] {
  const problems: string[] = [];
  if (!Array.isArray(schema['fields']) || schema['fields'].length === 0) return [`${resource}: schema.fields must be a non-empty array`];
  const names = schema['fields'].map((field: Json) => field['name']);
  if (new Set(names).size !== names.length) problems.push(`${resource}: field names are not unique`);
  for (const field of schema['fields'] as Json[]) {
    if (typeof field['name'] !== 'string' || !field['name']) problems.push(`${resource}: a field has no name`);
    if (!FIELD_TYPES.has(field['type'])) problems.push(`${resource}: ${field['name']} has unknown type ${field['type']}`);
    if (typeof field['description'] !== 'string' || !field['description']) problems.push(`${resource}: ${field['name']} has no description`);
    if (field['type'] === 'list' && !LIST_ITEM_TYPES.has(field['itemType'] ?? 'string')) problems.push(`${resource}: ${field['name']} has a list item type lists cannot hold`);
    const allowed = field['constraints']?.['enum'];
    if (allowed !== undefined && (!Array.isArray(allowed) || allowed.length === 0)) problems.push(`${resource}: ${field['name']} has an empty enum`);
  }
  return problems;
}

/** Every rule broken by the package and its CSV files (empty when it is valid). */
export function dataPackageProblems(pkg: Json, readResource: (path: string) => string): string[] {
  const problems: string[] = [];
  if (pkg['$schema'] !== 'https://datapackage.org/profiles/2.0/datapackage.json') problems.push('$schema is not the Data Package 2.0 profile');
  if (typeof pkg['name'] !== 'string' || !NAME.test(pkg['name'])) problems.push('name must be lower-case letters, digits, ".", "_" or "-"');
  if (typeof pkg['version'] !== 'string' || !SEMVER.test(pkg['version'])) problems.push('version must be a semantic version');
  if (typeof pkg['created'] !== 'string' || !RFC3339.test(pkg['created'])) problems.push('created must be an RFC 3339 date-time');
  for (const licence of pkg['licenses'] ?? []) if (!licence['name'] && !licence['path']) problems.push('a licence needs a name or a path');
  if (!Array.isArray(pkg['resources']) || pkg['resources'].length === 0) return [...problems, 'resources must be a non-empty array'];
  const names = pkg['resources'].map((resource: Json) => resource['name']);
  if (new Set(names).size !== names.length) problems.push('resource names are not unique');
  for (const resource of pkg['resources'] as Json[]) {
    const name = String(resource['name']);
    if (!NAME.test(name)) problems.push(`resource ${name}: the name breaks the naming rule`);
    const path = resource['path'];
    if (typeof path !== 'string' || path.startsWith('/') || path.split('/').includes('..') || /^[a-z]+:/i.test(path)) {
      problems.push(`resource ${name}: path must be relative, inside the package`);
      continue;
    }
    const text = readResource(path);
    if (resource['format'] === 'json') {
      try { JSON.parse(text); } catch { problems.push(`resource ${name}: ${path} is not JSON`); }
    }
    if (resource['type'] !== 'table') continue;
    const schema = resource['schema'] as Json | undefined;
    if (!schema) { problems.push(`resource ${name}: a table needs a schema`); continue; }
    const fromSchema = schemaProblems(schema, `resource ${name}`);
    problems.push(...fromSchema);
    if (fromSchema.length) continue;
    const [header = [], ...rows] = parseCsv(text);
    const fields = schema['fields'] as TableField[];
    const expected = fields.map((field) => field.name);
    if (header.join(',') !== expected.join(',')) problems.push(`resource ${name}: the CSV header [${header.join(', ')}] differs from the schema's fields [${expected.join(', ')}]`);
    rows.forEach((row, index) => fields.forEach((field, column) => problems.push(...cellProblems(field, unguard(row[column] ?? ''), `${path} row ${index + 2}`))));
  }
  return problems;
}

/** The CSV writer puts a ' before a text cell that a spreadsheet would run as a formula; the value is what follows. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
