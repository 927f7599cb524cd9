/**
 * Every field of a zod record schema, flattened: "statedFigures[].fidelity" with whether it is
 * required, its type in words, its allowed values and its `.describe()` text. Reads zod's own
 * definitions, so a field added to a schema appears here without anyone listing it.
 */
import type { z } from 'astro/zod';

export interface SchemaField {
  /** "title", "appearances[].source", "ci.low". */
  path: string;
  required: boolean;
  /** The default when the field is left out, as YAML ("[]", "95"). */
  defaultValue?: string;
  type: string;
  /** Allowed values of an enum or literal. */
  values?: string[];
  description: string;
}

interface Def {
  type: string;
  innerType?: ZodNode;
  out?: ZodNode;
  element?: ZodNode;
  shape?: Record<string, ZodNode>;
  entries?: Record<string, string>;
  values?: unknown[];
  defaultValue?: unknown;
  checks?: { _zod: { def: { check: string; format?: string; params?: { rule?: string } } } }[];
}
type ZodNode = { _zod: { def: Def }; description?: string };

const defOf = (node: ZodNode) => node._zod.def;

/** Peels optional/default/nullable/pipe wrappers, collecting what they say on the way. */
function unwrap(node: ZodNode): { inner: ZodNode; optional: boolean; nullable: boolean; defaultValue?: unknown; description?: string } {
  let optional = false;
  let nullable = false;
  let defaultValue: unknown;
  let description = node.description;
  for (let def = defOf(node); ; def = defOf(node)) {
    if (def.type === 'optional') optional = true;
    else if (def.type === 'default') [optional, defaultValue] = [true, def.defaultValue];
    else if (def.type === 'nullable') nullable = true;
    else if (def.type !== 'pipe') break;
    node = (def.type === 'pipe' ? def.out : def.innerType)!;
    description ??= node.description;
  }
  return { inner: node, optional, nullable, ...(defaultValue !== undefined && { defaultValue }), ...(description !== undefined && { description }) };
}

/** The type in a contributor's words: "id", "https URL", "date", "text", "list of ids". */
function typeName(node: ZodNode): string {
  const def = defOf(node);
  const rules = (def.checks ?? []).map((check) => check._zod.def);
  switch (def.type) {
    case 'string':
      if (rules.some((rule) => rule.params?.rule === 'invalid-date')) return 'date';
      if (rules.some((rule) => rule.params?.rule === 'invalid-url')) return 'https URL';
      if (rules.some((rule) => rule.format === 'regex')) return 'id';
      return 'text';
    case 'number':
      return rules.some((rule) => rule.format === 'safeint') ? 'whole number' : 'number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return 'one of the values';
    case 'literal':
      return `only ${(def.values ?? []).map(String).join(' or ')}`;
    case 'object':
      return 'group of fields';
    case 'array': {
      const element = unwrap(def.element!).inner;
      const inner = typeName(element);
      return defOf(element).type === 'object' ? 'list of items' : `list of ${inner === 'text' ? 'texts' : inner === 'id' ? 'ids' : inner}`;
    }
    default:
      return def.type;
  }
}

export function schemaFields(schema: z.ZodType, prefix = ''): SchemaField[] {
  const shape = defOf(unwrap(schema as unknown as ZodNode).inner).shape ?? {};
  return Object.entries(shape).flatMap(([key, node]) => {
    const { inner, optional, nullable, defaultValue, description } = unwrap(node);
    const def = defOf(inner);
    const path = `${prefix}${key}`;
    const values = def.type === 'enum' ? Object.values(def.entries ?? {}) : undefined;
    const field: SchemaField = {
      path,
      required: !optional,
      type: `${typeName(inner)}${nullable ? ', or null' : ''}`,
      ...(values && { values }),
      ...(defaultValue !== undefined && { defaultValue: JSON.stringify(defaultValue) }),
      description: description ?? '',
    };
    const element = def.type === 'array' ? unwrap(def.element!).inner : undefined;
    const children =
      def.type === 'object' ? schemaFields(inner as unknown as z.ZodType, `${path}.`)
      : element && defOf(element).type === 'object' ? schemaFields(element as unknown as z.ZodType, `${path}[].`)
      : [];
    // A list of items or a group takes its description from the element when the field has none.
    if (!field.description && element) field.description = element.description ?? '';
    return [field, ...children];
  });
}
