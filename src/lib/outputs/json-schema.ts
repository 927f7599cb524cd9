/**
 * JSON Schemas generated from the zod schemas, for editors (the YAML language server reads
 * schemas/<kind>.schema.json) and for anyone consuming the records. The zod schemas stay the one
 * definition; these files are derived and committed, and a unit test fails when they are stale.
 */
import { z } from 'astro/zod';
import { isoDate, publicationDate, url } from '../../schema/common.ts';
import { claimSchema, findingSchema, modelSchema, reproductionSchema, sourceSchema, topicSchema } from '../../schema/index.ts';

/** Each schema file and what it describes: one record per file, or a vocabulary list. */
export const JSON_SCHEMAS = {
  source: { schema: sourceSchema, files: 'content/sources/*.yaml' },
  finding: { schema: findingSchema, files: 'content/findings/*.yaml' },
  claim: { schema: claimSchema, files: 'content/claims/*.mdx (frontmatter)' },
  reproduction: { schema: reproductionSchema, files: 'content/reproductions/*.yaml' },
  models: { schema: z.array(modelSchema).describe('The AI models records name. File: content/models.yaml.'), files: 'content/models.yaml' },
  topics: { schema: z.array(topicSchema).describe('The topics records name. File: content/topics.yaml.'), files: 'content/topics.yaml' },
} as const;

export type JsonSchemaKind = keyof typeof JSON_SCHEMAS;
export const JSON_SCHEMA_KINDS = Object.keys(JSON_SCHEMAS) as JsonSchemaKind[];

/** `.describe()` clones a schema but keeps its definition, so the definition identifies the shared field types. */
const defOf = (schema: { _zod: { def: unknown } }) => schema._zod.def;

/**
 * A zod schema as JSON Schema, with the project's string types (dates, https URLs) written the way
 * editors and data tools read them.
 */
export function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = defOf(zodSchema);
      // The calendar check is a refinement JSON Schema cannot express; the pattern and format say the same to an editor.
      if (def === defOf(isoDate)) Object.assign(jsonSchema, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
      // A publication date may stop at the month or the year when the document reveals no more.
      if (def === defOf(publicationDate)) Object.assign(jsonSchema, { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });
      if (def === defOf(url)) Object.assign(jsonSchema, { type: 'string', format: 'uri', pattern: '^https://' });
    },
  }) as Record<string, unknown>;
}

export function jsonSchemaFor(kind: JsonSchemaKind): Record<string, unknown> {
  return { ...toJsonSchema(JSON_SCHEMAS[kind].schema), title: `Claimtrail ${kind}` };
}

/** The committed file's text: stable key order, two-space indent, final newline. */
export function jsonSchemaText(kind: JsonSchemaKind): string {
  return `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`;
}
