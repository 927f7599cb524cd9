/** Visits every string field of a record with its path, for rules that apply wherever a kind of field appears. */
import type { FieldPath } from '../problem.ts';

export interface StringField {
  path: FieldPath;
  key: string | number | undefined;
  value: string;
}

/**
 * Calls `visit` for every string in `value`, depth first in key order. The rules run this over every
 * record and almost never need the path, so it is built only when `path()` is called.
 */
export function forEachString(value: unknown, visit: (value: string, key: string | number | undefined, path: () => FieldPath) => void): void {
  const trail: (string | number)[] = [];
  const path = () => trail.slice();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') visit(node, trail.at(-1), path);
    else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        trail.push(i);
        walk(node[i]);
        trail.pop();
      }
    } else if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        trail.push(key);
        walk((node as Record<string, unknown>)[key]);
        trail.pop();
      }
    }
  };
  walk(value);
}

export function stringFields(value: unknown): StringField[] {
  const fields: StringField[] = [];
  forEachString(value, (text, key, path) => fields.push({ path: path(), key, value: text }));
  return fields;
}

/** The strings at a field path in which "*" stands for every item of a list; a path the value does not have gives none. */
export function stringsAt(value: unknown, pattern: FieldPath, trail: FieldPath = []): StringField[] {
  const [step, ...rest] = pattern;
  if (step === undefined) return typeof value === 'string' ? [{ path: trail, key: trail.at(-1), value }] : [];
  if (step === '*') return Array.isArray(value) ? value.flatMap((item, i) => stringsAt(item, rest, [...trail, i])) : [];
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, step)) return [];
  return stringsAt((value as Record<string | number, unknown>)[step], rest, [...trail, step]);
}
