/**
 * The index tokens a query word stands for: itself, the longer words it begins, or its corrections
 * when no indexed word has it. Cached per word, since a query typed key by key asks again and again.
 */
import { isCorrectable } from './index-format.ts';
import type { IndexReader } from './index-reader.ts';
import type { ParsedQuery } from './query.ts';
import { partitionPoint } from './sorted.ts';

export interface Expansion {
  token: string;
  quality: number;
}

/** How much a word counts when it matched only as a prefix ("blackmail" → "blackmailed") or after correction. */
const PREFIX_QUALITY = 0.75;
const FUZZY_QUALITY = 0.6;
const MAX_PREFIX_EXPANSIONS = 24;
const PREFIX_WHILE_TYPING = 3;
const PREFIX_MIN_LENGTH = 5;
const MAX_CORRECTIONS = 4;
const MAX_CACHED = 5000;

export interface QueryExpansion {
  /** How a query's words are expanded: corrected unless pasted, prefixes for the word being typed. */
  expand(parsed: ParsedQuery, word: string): Expansion[];
  /** Whether some word of the query needs the word list's Fuse index (`IndexReader.loadCorrector`) first. */
  needsCorrection(parsed: ParsedQuery): boolean;
}

export function queryExpansion(index: IndexReader): QueryExpansion {
  const { words } = index;
  const cache = new Map<string, Expansion[]>();

  function prefixed(prefix: string): string[] {
    const found: string[] = [];
    for (let i = partitionPoint(words.length, (at) => words[at]! >= prefix); i < words.length && found.length < MAX_PREFIX_EXPANSIONS && words[i]!.startsWith(prefix); i++) {
      if (words[i] !== prefix) found.push(words[i]!);
    }
    return found;
  }

  /** The word itself and the longer words it begins; see `expandWord`. */
  function exactOrPrefixed(word: string, typing: boolean): Expansion[] {
    const found: Expansion[] = index.has(word) ? [{ token: word, quality: 1 }] : [];
    // Bare digits ("3" of "claude-3-7") match only themselves; "o3" must never become "o4".
    if (!/^\d+$/.test(word) && word.length >= (typing ? PREFIX_WHILE_TYPING : PREFIX_MIN_LENGTH)) {
      found.push(...prefixed(word).map((token) => ({ token, quality: PREFIX_QUALITY })));
    }
    return found;
  }

  /**
   * The word being typed (the last) expands from three letters, so results come while typing;
   * finished words from five ("blackmail" → "blackmailed"), so "pro" does not fan out to "prompt".
   * Corrections need the word list's Fuse index, which the engine loads first.
   */
  function expandWord(word: string, allowFuzzy: boolean, typing: boolean): Expansion[] {
    const key = `${allowFuzzy ? '~' : ''}${typing ? '…' : ''}${word}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const found = exactOrPrefixed(word, typing);
    if (found.length === 0 && allowFuzzy && isCorrectable(word)) {
      for (const result of index.corrector!.search(word, { limit: MAX_CORRECTIONS })) {
        found.push({ token: result.item, quality: FUZZY_QUALITY * (1 - (result.score ?? 0)) });
      }
    }
    if (cache.size > MAX_CACHED) cache.clear();
    cache.set(key, found);
    return found;
  }

  return {
    expand: (parsed, word) => expandWord(word, !parsed.pasted, !parsed.pasted && word === parsed.last),
    needsCorrection: (parsed) =>
      !parsed.pasted && parsed.words.some((word) => isCorrectable(word) && exactOrPrefixed(word, word === parsed.last).length === 0),
  };
}
