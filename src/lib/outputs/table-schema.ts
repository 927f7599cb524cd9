/**
 * Frictionless Table Schema (v2) fields generated from zod schemas, so a CSV column is described by
 * the same `.describe()` text, type and allowed values as the record field it comes from.
 * Spec: https://datapackage.org/standard/table-schema/
 */
import type { z } from 'astro/zod';
import { LIST_SEPARATOR } from './csv.ts';
import { toJsonSchema } from './json-schema.ts';

export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

type Json = Record<string, unknown>;

export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'list';
  description: string;
  format?: 'uri';
  itemType?: 'string' | 'number' | 'integer' | 'boolean' | 'date';
  delimiter?: string;
  constraints?: { required?: boolean; enum?: (string | number)[]; minimum?: number; maximum?: number; pattern?: string };
}

export interface TableSchema {
  $schema: typeof TABLE_SCHEMA_PROFILE;
  fields: TableField[];
  missingValues: [''];
}

/** A nullable field is `anyOf: [T, null]` in JSON Schema; the CSV writes null as an empty cell either way. */
function withoutNull(schema: Json): Json {
  const options = (schema['anyOf'] as Json[] | undefined)?.filter((option) => option['type'] !== 'null');
  return options?.length === 1 ? { ...options[0], description: schema['description'] ?? options[0]!['description'] } : schema;
}

/** JSON Schema patterns match anywhere in a string; Table Schema patterns must match the whole value. */
function wholeValuePattern(pattern: string): string {
  const start = pattern.startsWith('^') ? pattern.slice(1) : `.*${pattern}`;
  return start.endsWith('$') ? start.slice(0, -1) : `${start}.*`;
}

/** The Table Schema type of one value (a cell, or an item of a list). */
function scalar(schema: Json): Pick<TableField, 'type' | 'format' | 'constraints'> {
  const constraints: NonNullable<TableField['constraints']> = {};
  if (Array.isArray(schema['enum'])) constraints.enum = schema['enum'] as (string | number)[];
  // zod writes the safe-integer range on every int; only a bound the schema chose is a constraint.
  if (typeof schema['minimum'] === 'number' && schema['minimum'] !== Number.MIN_SAFE_INTEGER) constraints.minimum = schema['minimum'];
  if (typeof schema['maximum'] === 'number' && schema['maximum'] !== Number.MAX_SAFE_INTEGER) constraints.maximum = schema['maximum'];
  const type = schema['type'];
  if (type === 'boolean' || type === 'integer' || type === 'number') return { type, ...(Object.keys(constraints).length && { constraints }) };
  if (schema['format'] === 'date') return { type: 'date' };
  if (typeof schema['pattern'] === 'string' && !constraints.enum) constraints.pattern = wholeValuePattern(schema['pattern']);
  return { type: 'string', ...(schema['format'] === 'uri' && { format: 'uri' }), ...(Object.keys(constraints).length && { constraints }) };
}

/** One CSV column described by a zod schema: its `.describe()` text, type, allowed values, and whether a cell may be empty. */
export function tableField(name: string, column: z.ZodType): TableField {
  const schema = withoutNull(toJsonSchema(column));
  const description = schema['description'];
  if (typeof description !== 'string' || !description) throw new Error(`The CSV column ${name} has no .describe() text.`);
  const required = !column.safeParse(undefined).success;
  if (schema['type'] === 'array') {
    const item = scalar(withoutNull((schema['items'] ?? {}) as Json));
    return {
      name,
      type: 'list',
      description,
      itemType: item.type as NonNullable<TableField['itemType']>,
      delimiter: LIST_SEPARATOR,
      ...((required || item.constraints) && { constraints: { ...item.constraints, ...(required && { required }) } }),
    };
  }
  const { constraints: valueConstraints, ...value } = scalar(schema);
  const constraints = { ...valueConstraints, ...(required && { required }) };
  return { name, description, ...value, ...(Object.keys(constraints).length && { constraints }) };
}

/** A CSV file's Table Schema: its columns in header order, each described by its zod schema. */
export function tableSchema<C extends string>(columns: readonly C[], dictionary: Record<C, z.ZodType>): TableSchema {
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields: columns.map((name) => tableField(name, dictionary[name])),
    missingValues: [''],
  };
}
