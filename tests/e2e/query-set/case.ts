import type { Facets } from '../../../src/lib/search/facets.ts';

/** One query a journalist types or pastes, with the record that must be the first result. */
export interface QueryCase {
  query: string;
  /** "type/id" of the record that must be the first result. */
  first: string;
  facets?: Partial<Facets>;
}
