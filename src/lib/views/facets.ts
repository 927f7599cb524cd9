/**
 * Facets of the claims list: verdict, reproduction status, model, developer, topic, setting.
 * Each claim gets its values per facet; the list pages pre-render one page per facet value (so
 * filtering works as plain links) and mark each list item with its values (so a small script can
 * combine filters in the URL).
 */
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { SETTING_LABELS } from './labels.ts';
import { REPRODUCTION_STATUSES } from '../records/reproduction-status.ts';
import { VERDICT_ORDER, VERDICT_SCALE } from './verdicts.ts';
import { slug } from '../words.ts';

export const FACETS = ['verdict', 'status', 'model', 'developer', 'topic', 'setting'] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_NAMES: Readonly<Record<Facet, string>> = {
  verdict: 'Verdict',
  status: 'Reproduction status',
  model: 'Model',
  developer: 'Developer',
  topic: 'Topic',
  setting: 'Setting',
};

export type FacetValues = Record<Facet, string[]>;

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** "Google DeepMind" → "google-deepmind": a URL segment for a free-text name. */

const unique = (values: string[]) => [...new Set(values)];

export function facetValuesOf(kb: KnowledgeBase, claimId: string): FacetValues {
  const claim = kb.claims.get(claimId);
  if (!claim) return { verdict: [], status: [], model: [], developer: [], topic: [], setting: [] };
  const models = kb.modelsOfClaim(claimId);
  return {
    verdict: [claim.verdict],
    status: unique(claim.findings.filter((id) => kb.findings.has(id)).map((id) => kb.statusOf(id))),
    model: models,
    developer: unique(models.flatMap((id) => { const model = kb.models.get(id); return model ? [slug(model.developer)] : []; })),
    topic: [...claim.topics],
    setting: [claim.setting],
  };
}

function labelOf(kb: KnowledgeBase, facet: Facet, value: string): string {
  switch (facet) {
    case 'verdict':
      return VERDICT_SCALE[value as keyof typeof VERDICT_SCALE]?.label ?? value;
    case 'status':
      return REPRODUCTION_STATUSES[value as keyof typeof REPRODUCTION_STATUSES] ?? value;
    case 'model':
      return kb.models.get(value)?.name ?? value;
    case 'developer':
      return [...kb.models.values()].find((model) => slug(model.developer) === value)?.developer ?? value;
    case 'topic':
      return kb.topics.get(value)?.name ?? value;
    case 'setting':
      return SETTING_LABELS[value as keyof typeof SETTING_LABELS]?.label ?? value;
  }
}

/** The fixed vocabularies keep their own order; models, developers and topics go by count, then name. */
const FIXED_ORDER: Partial<Record<Facet, readonly string[]>> = {
  verdict: VERDICT_ORDER,
  status: Object.keys(REPRODUCTION_STATUSES),
  setting: Object.keys(SETTING_LABELS),
};

/** Every value each facet takes among the claims, with how many claims have it. Values no claim has are left out. */
export function facetOptions(kb: KnowledgeBase): Record<Facet, FacetOption[]> {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  for (const id of kb.claims.keys()) {
    const values = facetValuesOf(kb, id);
    for (const facet of FACETS) for (const value of values[facet]) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  }
  return Object.fromEntries(
    FACETS.map((facet) => {
      const options = [...counts[facet]].map(([value, count]) => ({ value, label: labelOf(kb, facet, value), count }));
      const order = FIXED_ORDER[facet];
      options.sort(order ? (a, b) => order.indexOf(a.value) - order.indexOf(b.value) : (a, b) => b.count - a.count || a.label.localeCompare(b.label));
      return [facet, options];
    }),
  ) as Record<Facet, FacetOption[]>;
}

export type Filters = Partial<Record<Facet, string>>;

/** Claims that have every filtered value (one value per facet, all facets must match). */
export function filterClaims(kb: KnowledgeBase, claimIds: readonly string[], filters: Filters): string[] {
  const active = FACETS.filter((facet) => filters[facet]);
  return claimIds.filter((id) => {
    const values = facetValuesOf(kb, id);
    return active.every((facet) => values[facet].includes(filters[facet]!));
  });
}

/** Reads filters from a URL query, ignoring unknown facets and empty values. */
export function filtersFromQuery(query: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const facet of FACETS) {
    const value = query.get(facet);
    if (value) filters[facet] = value;
  }
  return filters;
}
