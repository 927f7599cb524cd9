/**
 * The static search index as files, and how to read them. A small manifest is fetched first; the
 * postings of a token, the records shown as results, the filter lists and the word list for
 * misspellings are separate files fetched when a query first needs them, so the first result of a
 * large corpus does not wait for the whole index. Browser-safe: the engine imports it.
 */
import type Fuse from 'fuse.js';
import { hasDigit } from './fold.ts';
import { FUZZY_MIN_LENGTH } from './fuse-options.ts';
import { isModelToken, type ModelPhrases } from './model-names.ts';
import type { AddressRelation, SearchRecord } from './records.ts';
import { isNumberToken } from './tokens.ts';

export const SEARCH_INDEX_VERSION = 3;

/** Reads one index file by its path relative to the manifest, already parsed. */
export type LoadSearchFile = (path: string) => Promise<unknown>;

export interface SearchManifest {
  version: typeof SEARCH_INDEX_VERSION;
  /** Folder of this build's other files: a content hash, so a cached manifest never mixes with a newer build's files. */
  build: string;
  size: number;
  /** Query-independent ranking data, one character per record; see `rankCode`. */
  ranks: string;
  /** Every word and number a query can match, sorted, and how many records hold each. */
  tokens: string[];
  counts: number[];
  /** First token of each postings shard, in token order: a token lives in the last shard whose first token sorts at or before it. */
  shards: string[];
  /** First record number of each record chunk. */
  chunks: number[];
  /** Every name of every model, for reading model names in queries (model-names.ts). */
  models: ModelPhrases;
}

/** Consecutive tokens (words, numbers, word pairs, numbers as first written) and their postings. */
export interface PostingShard {
  tokens: string[];
  /** Per token: (gap from the previous record << 3) | weight of the heaviest field holding it. */
  postings: number[][];
}

export type RecordChunk = SearchRecord[];

/** Per filter, per value: the records with it, as gaps from the previous record. */
export type FacetFile = Record<string, Record<string, number[]>>;

/** Words a misspelling may be corrected to, and query words worth correcting: letters only, long enough. */
export const isCorrectable = (token: string): boolean => !isNumberToken(token) && !isModelToken(token) && !hasDigit(token) && token.length >= FUZZY_MIN_LENGTH;

/** Words Fuse may correct a query word to, with their prebuilt Fuse index (`Fuse.createIndex` → `toJSON`). */
export interface VocabularyFile {
  vocabulary: string[];
  index: ReturnType<ReturnType<typeof Fuse.createIndex<string>>['toJSON']>;
}

export const MANIFEST_PATH = 'index.json';
export const searchFilePath = {
  shard: (build: string, shard: number) => `${build}/postings-${shard}.json`,
  chunk: (build: string, chunk: number) => `${build}/records-${chunk}.json`,
  facets: (build: string) => `${build}/facets.json`,
  vocabulary: (build: string) => `${build}/vocabulary.json`,
};

/** How strongly a web address points at a record, as the weight of its posting: the claim that appeared there first. */
export const ADDRESS_WEIGHTS: Readonly<Record<AddressRelation, number>> = { appeared: 3, is: 2, cites: 1 };
export const addressRelation = (weight: number): AddressRelation => (weight >= 3 ? 'appeared' : weight === 2 ? 'is' : 'cites');

/** Weights fit in the low three bits of a posting; the rest is the gap to the previous record. */
export const WEIGHT_BITS = 3;

const TYPE_CODES: Record<SearchRecord['type'], number> = { claim: 0, finding: 1, source: 2 };
const TYPES = ['claim', 'finding', 'source'] as const;
const MAX_MODELS = 31;

/** A record's type, whether it misstates a figure, and how many models it is about, as one character. */
export function rankCode(record: SearchRecord): string {
  const code = (TYPE_CODES[record.type] * 2 + Number(record.misstates ?? false)) * (MAX_MODELS + 1) + Math.min(record.modelIds.length, MAX_MODELS);
  return String.fromCharCode(48 + code);
}

export function readRankCode(ranks: string, doc: number): { type: SearchRecord['type']; misstates: boolean; models: number } {
  const code = ranks.charCodeAt(doc) - 48;
  const models = code % (MAX_MODELS + 1);
  const rest = (code - models) / (MAX_MODELS + 1);
  return { type: TYPES[rest >> 1]!, misstates: (rest & 1) === 1, models };
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

/** Sorted record numbers as gaps, and back. */
export const encodeGaps = (docs: readonly number[]): number[] => docs.map((doc, i) => doc - (i === 0 ? 0 : docs[i - 1]!));
export function decodeGaps(gaps: readonly number[]): Int32Array {
  const docs = new Int32Array(gaps.length);
  let doc = 0;
  gaps.forEach((gap, i) => (docs[i] = doc += gap));
  return docs;
}
