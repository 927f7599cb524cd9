/** The knowledge base of a fixture content tree, read with the same loader and check as the CLI. */
import { join } from 'node:path';
import { checkContent } from '../../src/lib/check/check.ts';
import { buildKnowledgeBase, type KnowledgeBase, type RecordMaps } from '../../src/lib/records/knowledge-base.ts';
import { recordMaps } from '../../src/lib/records/content-set.ts';
import { FIXTURES } from './fixtures.ts';

export function fixtureRecords(projectRoot: string = join(FIXTURES, 'valid')): RecordMaps {
  const result = checkContent({ projectRoot, today: '2026-11-23' });
  if (result.problems.length) throw new Error(`The fixture tree has problems: ${JSON.stringify(result.problems)}`);
  return recordMaps(result.content);
}

/** The valid fixture's knowledge base, with records replaced or added by `change` (maps are copies). */
export function fixtureKnowledgeBase(change?: (records: { [K in keyof RecordMaps]: Map<string, RecordMaps[K] extends ReadonlyMap<string, infer V> ? V : never> }) => void): KnowledgeBase {
  const records = fixtureRecords();
  const copies = Object.fromEntries(Object.entries(records).map(([kind, map]) => [kind, new Map(map)])) as Parameters<NonNullable<typeof change>>[0];
  change?.(copies);
  return buildKnowledgeBase(copies);
}
