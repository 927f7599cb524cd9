/** Facets that narrow results, and how they read and write the page URL so a search can be shared. */
import type { SearchRecord } from './records.ts';

export const FACET_NAMES = ['type', 'verdict', 'model', 'status'] as const;
export type FacetName = (typeof FACET_NAMES)[number];
export type Facets = Record<FacetName, string[]>;

export const noFacets = (): Facets => ({ type: [], verdict: [], model: [], status: [] });

export const valuesOf: Record<FacetName, (record: SearchRecord) => readonly string[]> = {
  type: (record) => [record.type],
  verdict: (record) => (record.verdict ? [record.verdict] : []),
  model: (record) => record.modelIds,
  status: (record) => record.status,
};

export const hasFacets = (facets: Facets): boolean => FACET_NAMES.some((name) => facets[name].length > 0);

export interface SearchState {
  query: string;
  facets: Facets;
}

/** `?q=84%25&verdict=accurate&verdict=misleading` → the query and facets. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const facets = noFacets();
  for (const name of FACET_NAMES) facets[name] = [...new Set(params.getAll(name).filter(Boolean))];
  return { query: params.get('q') ?? '', facets };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query);
  for (const name of FACET_NAMES) for (const value of state.facets[name]) params.append(name, value);
  return params;
}
