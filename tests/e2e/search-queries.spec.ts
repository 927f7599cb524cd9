/**
 * The query set: what journalists type or paste, each with the record that must come first.
 * Runs the search library over the built site's own index files (dist/search-index/), so it
 * tests what readers get; the search page's use of it is covered by search.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { noFacets } from '../../src/lib/search/facets.ts';
import { engineForBuild } from '../helpers/search.ts';
import type { QueryCase } from './query-set/case.ts';

const engine = await engineForBuild();

/** Every file in query-set/ but case.ts exports its cases; one file per group of records. */
const QUERIES: QueryCase[] = [];
const folder = new URL('./query-set/', import.meta.url);
for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts') && name !== 'case.ts').sort()) {
  const module: Record<string, QueryCase[]> = await import(new URL(file, folder).href);
  for (const cases of Object.values(module)) QUERIES.push(...cases);
}

test('the query set has at least 30 queries', () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(30);
});

for (const { query, first, facets } of QUERIES) {
  test(`"${query.length > 70 ? `${query.slice(0, 70)}…` : query}" puts ${first} first`, async () => {
    const results = await engine.search(query, { ...noFacets(), ...facets });
    const top = results.hits[0];
    expect(top ? `${top.record.type}/${top.record.id}` : 'no result').toBe(first);
  });
}
