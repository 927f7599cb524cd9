/**
 * Builds the search index files (see index-format.ts) from the search records, at build time.
 * Postings are prebuilt so the browser does no text processing; the word list's Fuse index is
 * prebuilt with `Fuse.createIndex` → `toJSON`.
 */
import { createHash } from 'node:crypto';
import Fuse from 'fuse.js';
import { FACET_NAMES, valuesOf } from './facets.ts';
import { FIELD_WEIGHTS, weightedFields } from './fields.ts';
import { fold, wordsOf } from './fold.ts';
import {
  ADDRESS_WEIGHTS, MANIFEST_PATH, SEARCH_INDEX_VERSION, WEIGHT_BITS, encodeGaps, isCorrectable, rankCode, searchFilePath,
  type FacetFile, type PostingShard, type SearchManifest, type VocabularyFile,
} from './index-format.ts';
import { numberTerms } from './number-tokens.ts';
import { modelFinder, modelPhrases, modelToken, type ModelFinder, type ModelNames } from './model-names.ts';
import type { SearchRecord } from './records.ts';
import { addressToken, figureToken, pairToken, tokensOf, writtenToken } from './tokens.ts';
import { urlKey } from './url-key.ts';

/** About this many bytes of postings per shard, and of records per chunk: a query fetches a few small files. */
const SHARD_BYTES = 48_000;
const CHUNK_BYTES = 8_000;

/** Each record's query tokens (words, numbers, models) with the weight of the heaviest field holding them. */
function recordTokens(record: SearchRecord, models: ModelFinder): Map<string, number> {
  const best = new Map<string, number>();
  const add = (token: string, weight: number) => best.set(token, Math.max(best.get(token) ?? 0, weight));
  for (const field of weightedFields(record)) {
    for (const token of tokensOf(field.text, field.numbers, models)) add(token, field.weight);
  }
  for (const id of record.modelIds) add(modelToken(id), FIELD_WEIGHTS.models);
  return best;
}

/**
 * Tokens that only narrow, order or look up results, never in the manifest: adjacent word pairs
 * (for phrases), numbers as first written, each model's figure numbers, and web addresses.
 */
function recordLookupTokens(record: SearchRecord): Map<string, number> {
  const tokens = new Map<string, number>();
  for (const field of weightedFields(record)) {
    const words = wordsOf(fold(field.text));
    for (let i = 1; i < words.length; i++) tokens.set(pairToken(words[i - 1]!, words[i]!), 0);
  }
  for (const figure of record.figures) {
    for (const token of numberTerms(fold(figure.forms[0] ?? '')).written) tokens.set(writtenToken(token), 0);
    if (!figure.modelId) continue;
    for (const token of numberTerms(fold(figure.forms.join(' ; '))).tokens) tokens.set(figureToken(modelToken(figure.modelId), token), 0);
  }
  for (const { url, relation } of record.addresses) {
    const key = urlKey(url);
    if (key) tokens.set(addressToken(key), Math.max(tokens.get(addressToken(key)) ?? 0, ADDRESS_WEIGHTS[relation]));
  }
  return tokens;
}

function encodePosting(list: number[]): number[] {
  const encoded: number[] = [];
  for (let i = 0, previous = 0; i < list.length; i += 2) {
    encoded.push(((list[i]! - previous) << WEIGHT_BITS) | list[i + 1]!);
    previous = list[i]!;
  }
  return encoded;
}

/** Token → [record, weight, record, weight…] over every record, in record order. */
function collectPostings(records: readonly SearchRecord[], models: ModelFinder): { queryTokens: Set<string>; byToken: Map<string, number[]> } {
  const byToken = new Map<string, number[]>();
  const queryTokens = new Set<string>();
  const add = (token: string, doc: number, weight: number) => {
    let list = byToken.get(token);
    if (!list) byToken.set(token, (list = []));
    list.push(doc, weight);
  };
  records.forEach((record, doc) => {
    for (const [token, weight] of recordTokens(record, models)) {
      queryTokens.add(token);
      add(token, doc, weight);
    }
    for (const [token, weight] of recordLookupTokens(record)) add(token, doc, weight);
  });
  return { queryTokens, byToken };
}

/** Splits a sorted list into runs of about `target` bytes; returns each run's first index. */
function runs<T>(items: readonly T[], size: (item: T) => number, target: number): number[] {
  const starts: number[] = [];
  let bytes = Infinity;
  items.forEach((item, i) => {
    if (bytes >= target) {
      starts.push(i);
      bytes = 0;
    }
    bytes += size(item);
  });
  return starts;
}

const slices = <T>(items: readonly T[], starts: readonly number[]): T[][] => starts.map((start, i) => items.slice(start, starts[i + 1] ?? items.length));

function facetFile(records: readonly SearchRecord[]): FacetFile {
  const file: FacetFile = {};
  for (const name of FACET_NAMES) {
    const byValue = new Map<string, number[]>();
    records.forEach((record, doc) => {
      for (const value of valuesOf[name](record)) {
        let docs = byValue.get(value);
        if (!docs) byValue.set(value, (docs = []));
        docs.push(doc);
      }
    });
    file[name] = Object.fromEntries([...byValue].map(([value, docs]) => [value, encodeGaps(docs)]));
  }
  return file;
}

/** Every index file as JSON text, by its path relative to the manifest. */
export function buildSearchIndex(records: readonly SearchRecord[], models: Iterable<ModelNames> = []): Map<string, string> {
  const phrases = modelPhrases(models);
  const { queryTokens, byToken } = collectPostings(records, modelFinder(phrases));
  const allTokens = [...byToken.keys()].sort();
  const postings = new Map(allTokens.map((token) => [token, encodePosting(byToken.get(token)!)]));
  const shardStarts = runs(allTokens, (token) => token.length + 4 * postings.get(token)!.length, SHARD_BYTES);
  const shards = slices(allTokens, shardStarts).map((tokens): PostingShard => ({ tokens, postings: tokens.map((token) => postings.get(token)!) }));
  const chunkStarts = runs(records, (record) => JSON.stringify(record).length, CHUNK_BYTES);
  const tokens = allTokens.filter((token) => queryTokens.has(token));
  const vocabulary = tokens.filter(isCorrectable);
  const vocabularyFile: VocabularyFile = { vocabulary, index: Fuse.createIndex<string>([], vocabulary).toJSON() };

  // Each file's path needs the build hash, and the hash needs every file's text: paths come last.
  const files: [(build: string) => string, string][] = [
    ...shards.map((shard, i): [(build: string) => string, string] => [(build) => searchFilePath.shard(build, i), JSON.stringify(shard)]),
    ...slices(records, chunkStarts).map((chunk, i): [(build: string) => string, string] => [(build) => searchFilePath.chunk(build, i), JSON.stringify(chunk)]),
    [searchFilePath.facets, JSON.stringify(facetFile(records))],
    [searchFilePath.vocabulary, JSON.stringify(vocabularyFile)],
  ];
  const hash = createHash('sha256');
  for (const [path, text] of files) hash.update(path('')).update(text);
  const build = hash.digest('hex').slice(0, 12);

  const manifest: SearchManifest = {
    version: SEARCH_INDEX_VERSION,
    build,
    size: records.length,
    ranks: records.map(rankCode).join(''),
    tokens,
    counts: tokens.map((token) => postings.get(token)!.length),
    shards: shards.map((shard) => shard.tokens[0]!),
    chunks: chunkStarts,
    models: phrases,
  };
  return new Map([[MANIFEST_PATH, JSON.stringify(manifest)], ...files.map(([path, text]) => [path(build), text] as [string, string])]);
}

