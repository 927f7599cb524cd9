/** Messages between the search page and the search worker. */
import type { Facets } from '../lib/search/facets.ts';
import type { SearchResults } from '../lib/search/engine.ts';

export type ToWorker = { kind: 'load'; url: string } | { kind: 'search'; id: number; query: string; facets: Facets };

export type FromWorker =
  | { kind: 'ready'; records: number }
  | { kind: 'failed'; message: string }
  | { kind: 'results'; id: number; results: SearchResults; /** Time the engine took, in ms. */ took: number };
