/**
 * The static search index file: the records, and the word list with its prebuilt Fuse index
 * (`Fuse.createIndex` → `toJSON`), so the browser parses it instead of building it.
 */
import Fuse from 'fuse.js';
import { hasDigit } from './fold.ts';
import { weightedFields } from './fields.ts';
import { FUZZY_MIN_LENGTH } from './fuse-options.ts';
import type { SearchRecord } from './records.ts';
import { isNumberToken, tokensOf } from './tokens.ts';

export const SEARCH_INDEX_VERSION = 1;

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  records: SearchRecord[];
  /** Words Fuse may correct a query word to: letters only, long enough to be worth correcting. */
  vocabulary: string[];
  vocabularyIndex: ReturnType<ReturnType<typeof Fuse.createIndex<string>>['toJSON']>;
}

export function correctableWords(records: readonly SearchRecord[]): string[] {
  const words = new Set<string>();
  for (const record of records) {
    for (const field of weightedFields(record)) {
      for (const token of tokensOf(field.text)) {
        if (!isNumberToken(token) && !hasDigit(token) && token.length >= FUZZY_MIN_LENGTH) words.add(token);
      }
    }
  }
  return [...words].sort();
}

export function buildSearchIndexFile(records: SearchRecord[]): SearchIndexFile {
  const vocabulary = correctableWords(records);
  return {
    version: SEARCH_INDEX_VERSION,
    records,
    vocabulary,
    vocabularyIndex: Fuse.createIndex<string>([], vocabulary).toJSON(),
  };
}
