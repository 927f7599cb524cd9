/**
 * Model names as exact phrases. "Claude 3.7 Sonnet", "Sonnet 3.7" and "claude-3-7-sonnet" are one
 * model, and "Claude 4 Opus" is Claude Opus 4: a text's model names (display names, ids, aliases)
 * become the model's token, so a query names a model the way the press writes it and the engine
 * knows which model's figure to show. Index and query read names with the same function.
 */
import { fold } from './fold.ts';

/** What search needs of a model: `content/models.yaml` entries. */
export interface ModelNames {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** Phrase key → model id; see `modelKey`. */
export type ModelPhrases = Readonly<Record<string, string>>;

/** The token of a model: "@o3". Never a query word or a number token, which hold no "@". */
export const modelToken = (id: string): string => `@${id}`;
export const isModelToken = (token: string): boolean => token.startsWith('@');

interface Word {
  text: string;
  start: number;
  end: number;
  /** How it joins the word before: "." between the digits of a version ("3.7", "3-7"), else " ". */
  join: string;
}

const isDigits = (text: string) => /^\d+$/.test(text);

function wordsWithJoins(folded: string): Word[] {
  const words: Word[] = [];
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const previous = words.at(-1);
    const between = previous ? folded.slice(previous.end, match.index) : '';
    const version = previous !== undefined && isDigits(previous.text) && isDigits(match[0]) && /^[.\-_]$/.test(between);
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length, join: version ? '.' : ' ' });
  }
  return words;
}

const keyOf = (words: readonly Word[]) => words.map((word, i) => (i === 0 ? word.text : `${word.join}${word.text}`)).join('');

/** "Claude 3.7 Sonnet", "claude-3-7-sonnet" → "claude 3.7 sonnet"; "o4-mini", "o4 mini" → "o4 mini". */
export function modelKey(text: string): string {
  return keyOf(wordsWithJoins(fold(text)));
}

/** Every name of every model, by key. A key two models share names neither (the check reports it). */
export function modelPhrases(models: Iterable<ModelNames>): ModelPhrases {
  const owners = new Map<string, Set<string>>();
  for (const model of models) {
    for (const name of [model.name, model.id, ...model.aliases]) {
      const key = modelKey(name);
      if (key) owners.set(key, (owners.get(key) ?? new Set()).add(model.id));
    }
  }
  return Object.fromEntries([...owners].filter(([, ids]) => ids.size === 1).map(([key, ids]) => [key, [...ids][0]!]));
}

/** A version number goes on ("Grok 3.5", "Opus 4 1/100" is not "Opus 4.1"): the name ends before it, so it is not this name. */
function continuesNumber(folded: string, words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  if (!isDigits(words[last]!.text)) return false;
  if (next?.join === '.') return true;
  return /^\s*(?:[%/]|[.,]\d)/.test(folded.slice(words[last]!.end));
}

export interface ModelFinder {
  byKey: ReadonlyMap<string, string>;
  /** The most words a name has. */
  longest: number;
}

export function modelFinder(phrases: ModelPhrases): ModelFinder {
  const byKey = new Map(Object.entries(phrases));
  return { byKey, longest: Math.max(0, ...[...byKey.keys()].map((key) => key.split(/[ .]/).length)) };
}

/**
 * The models a folded text names, longest name first ("Claude Opus 4.1" before "Claude Opus 4"),
 * and the text with those names blanked out, for reading numbers and words from the rest.
 */
export function findModels(folded: string, { byKey, longest }: ModelFinder): { ids: string[]; rest: string } {
  if (byKey.size === 0) return { ids: [], rest: folded };
  const words = wordsWithJoins(folded);
  const ids: string[] = [];
  let rest = '';
  let copied = 0;
  for (let i = 0; i < words.length; i++) {
    for (let length = Math.min(longest, words.length - i); length > 0; length--) {
      const id = byKey.get(keyOf(words.slice(i, i + length)));
      if (id === undefined || continuesNumber(folded, words, i + length - 1)) continue;
      if (!ids.includes(id)) ids.push(id);
      rest += `${folded.slice(copied, words[i]!.start)} `;
      copied = words[i + length - 1]!.end;
      i += length - 1;
      break;
    }
  }
  return { ids, rest: rest + folded.slice(copied) };
}
