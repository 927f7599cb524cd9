/** A record's or a query's text as index tokens: number tokens first, then the remaining words. */
import { fold, wordsOf } from './fold.ts';
import { numberTerms } from './number-tokens.ts';

export function tokensOf(text: string, withNumbers = true): string[] {
  const { tokens, rest } = numberTerms(fold(text));
  return [...(withNumbers ? tokens : []), ...wordsOf(rest)];
}

export const isNumberToken = (token: string): boolean => token.startsWith('=');
