/**
 * Every correction on the site, from claims, findings and sources alike: the /corrections/ page and
 * the feed both list these entries, so a correction can never show in one and be missing from the other.
 */
import type { Correction } from '../../schema/index.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { newestFirst } from '../records/date-order.ts';
import { route } from '../routes.ts';

export type CorrectedKind = 'claim' | 'finding' | 'source';

export interface CorrectionEntry extends Correction {
  /** Stable and unique: "<kind>/<record id>/correction/<position in its log, from 1>". */
  id: string;
  kind: CorrectedKind;
  recordId: string;
  recordTitle: string;
  /** Site path of the corrected record's page, before the base is added. */
  path: string;
}

interface CorrectedRecord {
  title: string;
  corrections: Correction[];
}

function entriesOf(kind: CorrectedKind, records: ReadonlyMap<string, CorrectedRecord>, pathOf: (id: string) => string): CorrectionEntry[] {
  return [...records].flatMap(([recordId, record]) =>
    record.corrections.map((correction, index) => ({
      ...correction,
      id: `${kind}/${recordId}/correction/${index + 1}`,
      kind,
      recordId,
      recordTitle: record.title,
      path: pathOf(recordId),
    })),
  );
}

/** Newest first; on the same day by id, so the order never depends on file order. */
export function allCorrections(kb: KnowledgeBase): CorrectionEntry[] {
  return [
    ...entriesOf('claim', kb.claims, route.claim),
    ...entriesOf('finding', kb.findings, route.finding),
    ...entriesOf('source', kb.sources, route.source),
  ].sort((a, b) => newestFirst(a.date, b.date) || a.id.localeCompare(b.id));
}

/** One correction as plain text for the feed and the CSV: what was wrong, then what it said and says now. */
export function correctionText(correction: Correction): string {
  const parts = [correction.note];
  if (correction.was) parts.push(`It said: “${correction.was}”`);
  if (correction.now) parts.push(`It now says: “${correction.now}”`);
  return parts.join(' ');
}
