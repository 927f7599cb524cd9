/**
 * The claims list with its filters, for /claims/ and every pre-rendered facet page: the claims in
 * circulation order, each with its facet values, and the filter options. Worked out once per
 * knowledge base, since every facet page lists from the same order and options.
 */
import type { Claim } from '../../schema/index.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { facetOptions, facetValuesOf, type Facet, type FacetOption, type FacetValues } from './facets.ts';
import { mostCirculated } from './listings.ts';

export interface ClaimsListing {
  claims: { id: string; data: Claim; facets: FacetValues }[];
  options: Record<Facet, FacetOption[]>;
}

const made = new WeakMap<KnowledgeBase, ClaimsListing>();

/** Every claim, or only those with the given ids (already filtered), in circulation order. */
export function claimsListing(kb: KnowledgeBase, ids?: readonly string[]): ClaimsListing {
  let all = made.get(kb);
  if (!all) {
    all = { claims: mostCirculated(kb).map((claim) => ({ ...claim, facets: facetValuesOf(kb, claim.id) })), options: facetOptions(kb) };
    made.set(kb, all);
  }
  if (!ids) return all;
  const wanted = new Set(ids);
  return { ...all, claims: all.claims.filter((claim) => wanted.has(claim.id)) };
}
