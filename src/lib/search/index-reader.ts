/**
 * The search index as far as it has been fetched: the manifest at once, everything else the first
 * time a query needs it (each file once; a failed fetch is tried again by the next query).
 */
import Fuse from 'fuse.js';
import { FACET_NAMES, type FacetName } from './facets.ts';
import { VOCABULARY_FUSE_OPTIONS } from './fuse-options.ts';
import {
  MANIFEST_PATH, SEARCH_INDEX_VERSION, decodeGaps, decodePosting, searchFilePath,
  type FacetFile, type LoadSearchFile, type PostingShard, type RecordChunk, type SearchManifest, type VocabularyFile,
} from './index-format.ts';
import type { SearchRecord } from './records.ts';
import { lastAtOrBefore } from './sorted.ts';
import { isModelToken } from './model-names.ts';
import { isNumberToken } from './tokens.ts';

export interface Posting {
  docs: Int32Array;
  weights: Uint8Array;
}

/** Per filter, per value: the sorted record numbers that have it. */
export type FacetLists = Record<FacetName, Map<string, Int32Array>>;

export interface IndexReader {
  readonly manifest: SearchManifest;
  /** Whether a query word or number is in the index, and how many records hold it. */
  has(token: string): boolean;
  frequency(token: string): number;
  /** The index's words (numbers left out), sorted, for prefix matching. */
  readonly words: readonly string[];
  loadTokens(tokens: Iterable<string>): Promise<void>;
  /** A token's postings; undefined when no record holds it or its shard is not loaded. */
  posting(token: string): Posting | undefined;
  loadRecords(docs: Iterable<number>): Promise<void>;
  /** A loaded record (see `loadRecords`). */
  record(doc: number): SearchRecord;
  facets(): Promise<FacetLists>;
  /** The Fuse index over the word list, for correcting misspelt words; `corrector` is set once it has loaded. */
  loadCorrector(): Promise<Fuse<string>>;
  readonly corrector: Fuse<string> | undefined;
}

/** Runs `fetch` once per key; a failure is forgotten so a later call tries again. */
function onceEach<K>(fetch: (key: K) => Promise<void>): (key: K) => Promise<void> {
  const pending = new Map<K, Promise<void>>();
  return (key) => {
    let found = pending.get(key);
    if (!found) pending.set(key, (found = fetch(key).catch((error: unknown) => (pending.delete(key), Promise.reject(error)))));
    return found;
  };
}

/** Makes the value on first call; a failure is forgotten so a later call tries again. */
function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make().catch((error: unknown) => ((value = undefined), Promise.reject(error))));
}

export async function openIndex(load: LoadSearchFile): Promise<IndexReader> {
  const manifest = (await load(MANIFEST_PATH)) as SearchManifest;
  if (manifest?.version !== SEARCH_INDEX_VERSION) throw new Error('The search index is from another version of the site; reload the page.');
  const { build } = manifest;
  const positions = new Map(manifest.tokens.map((token, i) => [token, i]));
  const encoded = new Map<string, number[]>();
  const decoded = new Map<string, Posting>();
  const records = new Map<number, SearchRecord>();
  let corrector: Fuse<string> | undefined;

  const loadShard = onceEach(async (shard: number) => {
    const file = (await load(searchFilePath.shard(build, shard))) as PostingShard;
    file.tokens.forEach((token, i) => encoded.set(token, file.postings[i]!));
  });
  const loadChunk = onceEach(async (chunk: number) => {
    const file = (await load(searchFilePath.chunk(build, chunk))) as RecordChunk;
    const first = manifest.chunks[chunk]!;
    file.forEach((record, i) => records.set(first + i, record));
  });

  return {
    manifest,
    has: (token) => positions.has(token),
    frequency: (token) => manifest.counts[positions.get(token) ?? -1] ?? 0,
    words: manifest.tokens.filter((token) => !isNumberToken(token) && !isModelToken(token)),
    async loadTokens(tokens) {
      if (manifest.shards.length === 0) return;
      const shards = new Set([...tokens].map((token) => lastAtOrBefore(manifest.shards, token)));
      await Promise.all([...shards].map(loadShard));
    },
    posting(token) {
      let found = decoded.get(token);
      if (!found) {
        const raw = encoded.get(token);
        if (!raw) return undefined;
        // Decoded when a query first needs it, so a loaded shard costs one JSON.parse.
        decoded.set(token, (found = decodePosting(raw)));
      }
      return found;
    },
    async loadRecords(docs) {
      const chunks = new Set([...docs].filter((doc) => !records.has(doc)).map((doc) => lastAtOrBefore(manifest.chunks, doc)));
      await Promise.all([...chunks].map(loadChunk));
    },
    record(doc) {
      const found = records.get(doc);
      if (!found) throw new Error(`Search record ${doc} was used before it was loaded.`);
      return found;
    },
    facets: lazy(async () => {
      const file = (await load(searchFilePath.facets(build))) as FacetFile;
      return Object.fromEntries(
        FACET_NAMES.map((name) => [name, new Map(Object.entries(file[name] ?? {}).map(([value, gaps]) => [value, decodeGaps(gaps)]))]),
      ) as FacetLists;
    }),
    loadCorrector: lazy(async () => {
      const file = (await load(searchFilePath.vocabulary(build))) as VocabularyFile;
      return (corrector = new Fuse(file.vocabulary, VOCABULARY_FUSE_OPTIONS, Fuse.parseIndex<string>(file.index)));
    }),
    get corrector() {
      return corrector;
    },
  };
}
