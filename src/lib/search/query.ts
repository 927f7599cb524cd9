/**
 * A typed or pasted query, read into what the engine matches: numbers (exact tokens), quoted
 * phrases, and words with stopwords dropped. Long pastes are marked so the engine keeps only
 * their distinctive terms.
 */
import { fold, STOPWORDS, wordsOf } from './fold.ts';
import { numberTerms } from './number-tokens.ts';

export interface ParsedQuery {
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

export function parseQuery(raw: string): ParsedQuery {
  let text = fold(raw.slice(0, MAX_QUERY_LENGTH));
  const phrases: string[][] = [];
  text = text.replace(/"([^"]*)"?/g, (_match, inside: string) => {
    const words = wordsOf(inside);
    if (words.length > 1) phrases.push(words);
    // The phrase's words and numbers are also ordinary terms; the phrase adds their order.
    return ` ${inside} `;
  });
  const { written, rest } = numberTerms(text);
  const words = [...new Set(wordsOf(rest).filter((word) => !STOPWORDS.has(word)))];
  const typing = /[\p{L}\p{N}]$/u.test(text) ? wordsOf(text).at(-1) : undefined;
  return { numbers: written, phrases, words, pasted: words.length > PASTED_WORDS, ...(typing && words.includes(typing) && { last: typing }) };
}
