/** A record's or a query's text as index tokens: number tokens first, then model names, then the remaining words. */
import { fold, wordsOf } from './fold.ts';
import { findModels, modelToken, type ModelFinder } from './model-names.ts';
import { numberTerms } from './number-tokens.ts';

/** The words of a model's name stay words ("claude" finds Claude Opus 4); its digits are not numbers ("4" does not). */
export function tokensOf(text: string, withNumbers = true, models?: ModelFinder): string[] {
  const folded = fold(text);
  const { tokens, rest } = numberTerms(folded);
  const named = models ? findModels(folded, models) : undefined;
  const numbers = !withNumbers ? [] : named && named.ids.length > 0 ? numberTerms(named.rest).tokens : tokens;
  return [...numbers, ...(named?.ids.map(modelToken) ?? []), ...wordsOf(rest)];
}

export const isNumberToken = (token: string): boolean => token.startsWith('=');

/** Two adjacent words of one field: what a quoted phrase requires. Never a query word (words hold no space). */
export const pairToken = (first: string, second: string): string => `${first} ${second}`;

/** A number token as one of a record's figures is first written ("7%", not "7 out of 100"): breaks ties. */
export const writtenToken = (token: string): string => `^${token}`;

/** A model's figure with this number ("@o3=c79/100"): ranks first the records whose figure is the model's number the query asks about. */
export const figureToken = (modelToken: string, numberToken: string): string => `${modelToken}${numberToken}`;

/** A web address by its key (url-key.ts): ">example.com/story". */
export const addressToken = (key: string): string => `>${key}`;
