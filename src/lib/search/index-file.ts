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

/** Weights fit in the low three bits of a posting; the rest is the gap to the previous record. */
const WEIGHT_BITS = 3;

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  records: SearchRecord[];
  /** Every index token (words and number tokens), sorted. */
  tokens: string[];
  /**
   * For each token, the records holding it: each entry is (gap from the previous record << 3) | field weight.
   * Prebuilt so the browser does no text processing on load.
   */
  postings: number[][];
  /** Words Fuse may correct a query word to: letters only, long enough to be worth correcting. */
  vocabulary: string[];
  vocabularyIndex: ReturnType<ReturnType<typeof Fuse.createIndex<string>>['toJSON']>;
}

export const isCorrectable = (token: string): boolean => !isNumberToken(token) && !hasDigit(token) && token.length >= FUZZY_MIN_LENGTH;

/** Each record's index tokens with the weight of the heaviest field holding them. */
export function recordTokens(record: SearchRecord): Map<string, number> {
  const best = new Map<string, number>();
  for (const field of weightedFields(record)) {
    for (const token of tokensOf(field.text, field.numbers)) best.set(token, Math.max(best.get(token) ?? 0, field.weight));
  }
  return best;
}

function buildPostings(records: readonly SearchRecord[]): { tokens: string[]; postings: number[][] } {
  const byToken = new Map<string, number[]>();
  records.forEach((record, doc) => {
    for (const [token, weight] of recordTokens(record)) {
      let list = byToken.get(token);
      if (!list) byToken.set(token, (list = []));
      list.push(doc, weight);
    }
  });
  const tokens = [...byToken.keys()].sort();
  const postings = tokens.map((token) => {
    const list = byToken.get(token)!;
    const encoded: number[] = [];
    for (let i = 0, previous = 0; i < list.length; i += 2) {
      encoded.push(((list[i]! - previous) << WEIGHT_BITS) | list[i + 1]!);
      previous = list[i]!;
    }
    return encoded;
  });
  return { tokens, postings };
}

/** The postings of one token as record numbers and weights. */
export function decodePosting(encoded: readonly number[]): { docs: Int32Array; weights: Uint8Array } {
  const docs = new Int32Array(encoded.length);
  const weights = new Uint8Array(encoded.length);
  let doc = 0;
  encoded.forEach((value, i) => {
    doc += value >>> WEIGHT_BITS;
    docs[i] = doc;
    weights[i] = value & ((1 << WEIGHT_BITS) - 1);
  });
  return { docs, weights };
}

export function buildSearchIndexFile(records: SearchRecord[]): SearchIndexFile {
  const { tokens, postings } = buildPostings(records);
  const vocabulary = tokens.filter(isCorrectable);
  return {
    version: SEARCH_INDEX_VERSION,
    records,
    tokens,
    postings,
    vocabulary,
    vocabularyIndex: Fuse.createIndex<string>([], vocabulary).toJSON(),
  };
}
