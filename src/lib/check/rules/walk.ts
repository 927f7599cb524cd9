/** Visits every string field of a record with its path, for rules that apply wherever a kind of field appears. */
import type { FieldPath } from '../problem.ts';

export function* stringFields(value: unknown, path: FieldPath = []): Generator<{ path: FieldPath; key: string | number | undefined; value: string }> {
  if (typeof value === 'string') yield { path, key: path.at(-1), value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringFields(item, [...path, i]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringFields(item, [...path, key]);
}
