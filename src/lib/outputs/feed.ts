/**
 * The items of /feed.xml: each claim when it was added, each correction (verdict changes are
 * recorded as corrections), each response on the record from those whose work is retold, and each
 * reproduction attempt, newest first.
 */
import type { Response } from '../../schema/response.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { claimPath, findingPath } from '../site/site-url.ts';
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

export function feedItems(kb: KnowledgeBase): FeedItem[] {
  const items: FeedItem[] = [];
  for (const [id, claim] of kb.claims) {
    const path = claimPath(id);
    items.push({
      id: `claim/${id}`,
      kind: 'new-claim',
      title: `New claim: ${claim.title}`,
      path,
      date: claim.added,
      description: `${VERDICT_SCALE[claim.verdict].label}. ${claim.bottomLine}`,
    });
    claim.corrections.forEach((correction, index) =>
      items.push({ id: `claim/${id}/correction/${index + 1}`, kind: 'correction', title: `Correction: ${claim.title}`, path, date: correction.date, description: correction.note }),
    );
    items.push(...responseItems(`claim/${id}`, claim.title, path, claim.responses));
  }
  for (const [id, finding] of kb.findings) {
    finding.corrections.forEach((correction, index) =>
      items.push({
        id: `finding/${id}/correction/${index + 1}`,
        kind: 'correction',
        title: `Correction to the finding: ${finding.title}`,
        path: findingPath(id),
        date: correction.date,
        description: correction.note,
      }),
    );
    items.push(...responseItems(`finding/${id}`, finding.title, findingPath(id), finding.responses));
  }
  for (const [id, reproduction] of kb.reproductions) {
    const finding = kb.findings.get(reproduction.finding)!;
    items.push({
      id: `reproduction/${id}`,
      kind: 'reproduction',
      title: `Reproduction attempt: ${reproduction.title}`,
      path: findingPath(reproduction.finding),
      date: reproduction.date,
      description: `${reproduction.by.join(', ')} (${reproduction.outcome}) on "${finding.title}": ${reproduction.summary}`,
    });
  }
  // Newest first; on the same day by id, so the order never depends on file order.
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
