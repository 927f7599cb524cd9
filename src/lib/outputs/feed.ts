/**
 * The items of /feed.xml: each claim when it was added, each correction (verdict changes are
 * recorded as corrections), and each reproduction attempt, newest first.
 */
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { claimPath, findingPath } from '../site/site-url.ts';
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
  /** The models and topics the item concerns, so a model's or topic's feed is this list filtered. */
  models: string[];
  topics: string[];
}

/** Whose feed an item belongs in besides the site-wide one. */
export type FeedSubject = { kind: 'model' | 'topic'; id: string };

export const itemsAbout = (items: FeedItem[], subject: FeedSubject): FeedItem[] =>
  items.filter((item) => (subject.kind === 'model' ? item.models : item.topics).includes(subject.id));

export function feedItems(kb: KnowledgeBase): FeedItem[] {
  const items: FeedItem[] = [];
  for (const [id, claim] of kb.claims) {
    const path = claimPath(id);
    const about = { models: kb.modelsOfClaim(id), topics: claim.topics };
    items.push({
      ...about,
      id: `claim/${id}`,
      kind: 'new-claim',
      title: `New claim: ${claim.title}`,
      path,
      date: claim.added,
      description: `${VERDICT_SCALE[claim.verdict].label}. ${claim.bottomLine}`,
    });
    claim.corrections.forEach((correction, index) =>
      items.push({ ...about, id: `claim/${id}/correction/${index + 1}`, kind: 'correction', title: `Correction: ${claim.title}`, path, date: correction.date, description: correction.note }),
    );
  }
  const findingAbout = (id: string) => ({ models: kb.modelsOfFinding(id), topics: kb.findings.get(id)!.topics });
  for (const [id, finding] of kb.findings) {
    finding.corrections.forEach((correction, index) =>
      items.push({
        ...findingAbout(id),
        id: `finding/${id}/correction/${index + 1}`,
        kind: 'correction',
        title: `Correction to the finding: ${finding.title}`,
        path: findingPath(id),
        date: correction.date,
        description: correction.note,
      }),
    );
  }
  for (const [id, reproduction] of kb.reproductions) {
    const finding = kb.findings.get(reproduction.finding)!;
    const about = findingAbout(reproduction.finding);
    // An attempt may measure models the finding did not.
    const models = [...new Set([...about.models, ...reproduction.figures.flatMap((figure) => figure.model ?? [])])];
    items.push({
      ...about,
      models,
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
