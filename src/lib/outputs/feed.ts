/**
 * The items of /feed.xml: each claim when it was added, each correction (verdict changes are
 * recorded as corrections), and each reproduction attempt, newest first.
 */
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { route } from '../routes.ts';
import { VERDICT_SCALE } from '../views/verdicts.ts';

export interface FeedItem {
  /** A stable, unique id for the item (not necessarily a link). */
  id: string;
  kind: 'new-claim' | 'correction' | 'reproduction';
  title: string;
  /** Site path, before the base is added. */
  path: string;
  date: string;
  description: string;
}

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
    claim.corrections.forEach((correction, index) =>
      items.push({ id: `claim/${id}/correction/${index + 1}`, kind: 'correction', title: `Correction: ${claim.title}`, path, date: correction.date, description: correction.note }),
    );
  }
  for (const [id, finding] of kb.findings) {
    finding.corrections.forEach((correction, index) =>
      items.push({
        id: `finding/${id}/correction/${index + 1}`,
        kind: 'correction',
        title: `Correction to the finding: ${finding.title}`,
        path: route.finding(id),
        date: correction.date,
        description: correction.note,
      }),
    );
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
