/** A record's or a query's text as index tokens: number tokens first, then the remaining words. */
import { fold, wordsOf } from './fold.ts';
import { numberTerms } from './number-tokens.ts';

export function tokensOf(text: string, withNumbers = true): string[] {
  const { tokens, rest } = numberTerms(fold(text));
  return [...(withNumbers ? tokens : []), ...wordsOf(rest)];
}

export const isNumberToken = (token: string): boolean => token.startsWith('=');

/** Two adjacent words of one field: what a quoted phrase requires. Never a query word (words hold no space). */
export const pairToken = (first: string, second: string): string => `${first} ${second}`;

/** A number token as one of a record's figures is first written ("7%", not "7 out of 100"): breaks ties. */
export const writtenToken = (token: string): string => `^${token}`;
