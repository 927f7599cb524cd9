/**
 * A typed or pasted query, read into what the engine matches: web addresses, model names, numbers
 * (exact tokens), quoted phrases, and words with stopwords dropped. Long pastes are marked so the
 * engine keeps only their distinctive terms.
 */
import { fold, STOPWORDS, wordsOf } from './fold.ts';
import { findModels, type ModelFinder } from './model-names.ts';
import { numberTerms } from './number-tokens.ts';
import { addressesIn, urlKey } from './url-key.ts';

export interface ParsedQuery {
  /** Keys of the web addresses in the query (url-key.ts). */
  addresses: string[];
  /** Ids of the models the query names, by name, id or alias. */
  models: string[];
  /** Number tokens as written, e.g. "=p84", "=c79/100"; each must match exactly. */
  numbers: string[];
  /** Quoted phrases, folded, each as its words (numbers as written, e.g. ["84", "of", "tests"]). */
  phrases: string[][];
  /** Other words, folded, without stopwords. */
  words: string[];
  /** True when the query reads as a pasted sentence rather than search terms. */
  pasted: boolean;
  /** The word being typed, when the query ends in one (no space or punctuation after it). */
  last?: string;
}

/** Queries longer than this many meaningful words are treated as a pasted sentence. */
export const PASTED_WORDS = 6;
/** A pasted query is cut here: several hundred characters are plenty to find a claim. */
export const MAX_QUERY_LENGTH = 600;

const NO_MODELS: ModelFinder = { byKey: new Map(), longest: 0 };

export function parseQuery(raw: string, models: ModelFinder = NO_MODELS): ParsedQuery {
  let text = raw.slice(0, MAX_QUERY_LENGTH);
  // An address is looked up whole; its words are not search terms.
  const found = addressesIn(text);
  for (const address of found) text = text.replace(address, ' ');
  const addresses = [...new Set(found.map((address) => urlKey(address)!))];
  text = fold(text);
  const phrases: string[][] = [];
  text = text.replace(/"([^"]*)"?/g, (_match, inside: string) => {
    const words = wordsOf(inside);
    if (words.length > 1) phrases.push(words);
    // The phrase's words and numbers are also ordinary terms; the phrase adds their order.
    return ` ${inside} `;
  });
  const named = findModels(text, models);
  const { written, rest } = numberTerms(named.rest);
  const words = [...new Set(wordsOf(rest).filter((word) => !STOPWORDS.has(word)))];
  const typing = /[\p{L}\p{N}]$/u.test(text) ? wordsOf(text).at(-1) : undefined;
  return {
    addresses,
    models: named.ids,
    numbers: written,
    phrases,
    words,
    pasted: words.length > PASTED_WORDS,
    ...(typing && words.includes(typing) && { last: typing }),
  };
}
