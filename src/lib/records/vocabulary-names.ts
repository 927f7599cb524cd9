/**
 * Models and topics are named by id in records, but people write what they read: "Sonnet 3.5",
 * "GPT-4o", "Claude 3.5 Sonnet". This finds the entry such a name belongs to, so the check can say
 * which id to write and `npm run new` can accept the name.
 */
import { isObject, type RawRecord } from './load.ts';

export interface NamedEntry {
  id: string;
  name?: string | undefined;
  aliases?: readonly string[] | undefined;
}

export interface NameMatch {
  id: string;
  /** What the text matched: the id written differently, the display name, or an alias. */
  as: 'id' | 'name' | 'alias';
}

/** Case, accents, spaces and punctuation do not tell names apart: "GPT 4o" is "gpt-4o". */
const fold = (text: string) =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

export function entryNamed(text: string, entries: readonly NamedEntry[]): NameMatch | undefined {
  const wanted = fold(text);
  if (!wanted) return undefined;
  for (const as of ['name', 'alias', 'id'] as const) {
    for (const entry of entries) {
      const names = as === 'id' ? [entry.id] : as === 'name' ? [entry.name ?? ''] : (entry.aliases ?? []);
      if (names.some((name) => fold(name) === wanted)) return { id: entry.id, as };
    }
  }
  return undefined;
}

/** `"Sonnet 3.5" is an alias of claude-3-5-sonnet; write the id.`, or undefined when `text` names no entry. */
export function nameHint(text: string, entries: readonly NamedEntry[]): string | undefined {
  const match = entryNamed(text, entries);
  if (!match || match.id === text) return undefined;
  if (match.as === 'id') return `"${text}" is the id ${match.id} written differently; write "${match.id}".`;
  return `"${text}" is ${match.as === 'name' ? 'the name' : 'an alias'} of ${match.id}; write the id.`;
}

/** The entries of a vocabulary as read, before validation: whatever has a string id. */
export function vocabularyEntries(raw: readonly RawRecord[], kind: 'models' | 'topics'): NamedEntry[] {
  return raw.filter((record) => record.kind === kind).map((record) => record.data).filter(isObject).flatMap((entry) => {
    if (typeof entry['id'] !== 'string') return [];
    const aliases = Array.isArray(entry['aliases']) ? entry['aliases'].filter((a): a is string => typeof a === 'string') : [];
    return [{ id: entry['id'], ...(typeof entry['name'] === 'string' && { name: entry['name'] }), aliases }];
  });
}
