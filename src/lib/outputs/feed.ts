/**
 * The items of /feed.xml: each claim when it was added, each correction to a claim, finding or source
 * (verdict changes are recorded as corrections), each response on the record from those whose work is
 * retold, and each reproduction attempt, newest first.
 */
import type { Response } from '../../schema/response.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { route } from '../routes.ts';
import { allCorrections, correctionText, type CorrectedKind } from '../views/corrections.ts';
import { VERDICT_SCALE } from '../views/verdicts.ts';

export interface FeedItem {
  /** A stable, unique id for the item (not necessarily a link). */
  id: string;
  kind: 'new-claim' | 'correction' | 'response' | 'reproduction';
  title: string;
  /** Site path, before the base is added. */
  path: string;
  date: string;
  description: string;
}

/** One item per response, quoted as said: "Palisade Research (the authors) respond: …". */
const responseItems = (record: string, title: string, path: string, responses: readonly Response[]): FeedItem[] =>
  responses.map((response, index) => ({
    id: `${record}/response/${index + 1}`,
    kind: 'response',
    title: `${response.who} on: ${title}`,
    path,
    date: response.date,
    description: `“${response.quote}” (${response.who}, ${response.date})`,
  }));

const CORRECTION_TITLE: Record<CorrectedKind, string> = {
  claim: 'Correction',
  finding: 'Correction to the finding',
  source: 'Correction to the source',
};

export function feedItems(kb: KnowledgeBase): FeedItem[] {
  const items: FeedItem[] = [];
  for (const [id, claim] of kb.claims) {
    const path = route.claim(id);
    items.push({
      id: `claim/${id}`,
      kind: 'new-claim',
      title: `New claim: ${claim.title}`,
      path,
      date: claim.added,
      description: `${VERDICT_SCALE[claim.verdict].label}. ${claim.bottomLine}`,
    });
    items.push(...responseItems(`claim/${id}`, claim.title, path, claim.responses));
  }
  for (const [id, finding] of kb.findings) {
    items.push(...responseItems(`finding/${id}`, finding.title, route.finding(id), finding.responses));
  }
  for (const correction of allCorrections(kb)) {
    items.push({
      id: correction.id,
      kind: 'correction',
      title: `${CORRECTION_TITLE[correction.kind]}: ${correction.recordTitle}`,
      path: correction.path,
      date: correction.date,
      description: correctionText(correction),
    });
  }
  for (const [id, reproduction] of kb.reproductions) {
    const finding = kb.findings.get(reproduction.finding)!;
    items.push({
      id: `reproduction/${id}`,
      kind: 'reproduction',
      title: `Reproduction attempt: ${reproduction.title}`,
      path: route.finding(reproduction.finding),
      date: reproduction.date,
      description: `${reproduction.by.join(', ')} (${reproduction.outcome}) on "${finding.title}": ${reproduction.summary}`,
    });
  }
  // Newest first; on the same day by id, so the order never depends on file order.
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
