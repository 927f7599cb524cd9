/**
 * The items of /feed.xml: each claim when it was added, each correction to a claim, finding or source
 * (verdict changes are recorded as corrections), each response on the record from those whose work is
 * retold, and each reproduction attempt, newest first. Each item names the models and topics it
 * concerns, so a model's or topic's feed is the same list filtered.
 */
import type { Response } from '../../schema/response.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { newestFirst } from '../records/date-order.ts';
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
  /** The models and topics the item concerns, so a model's or topic's feed is this list filtered. */
  models: string[];
  topics: string[];
}

/** Whose feed an item belongs in besides the site-wide one. */
export type FeedSubject = { kind: 'model' | 'topic'; id: string };

export const itemsAbout = (items: FeedItem[], subject: FeedSubject): FeedItem[] =>
  items.filter((item) => (subject.kind === 'model' ? item.models : item.topics).includes(subject.id));

type About = Pick<FeedItem, 'models' | 'topics'>;

/** One item per response, quoted as said: "Palisade Research (the authors) respond: …". */
const responseItems = (record: string, title: string, path: string, responses: readonly Response[], about: About): FeedItem[] =>
  responses.map((response, index) => ({
    ...about,
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

const unique = (values: string[]) => [...new Set(values)];
const merge = (abouts: About[]): About => ({ models: unique(abouts.flatMap((a) => a.models)), topics: unique(abouts.flatMap((a) => a.topics)) });

export function feedItems(kb: KnowledgeBase): FeedItem[] {
  const claimAbout = (id: string): About => ({ models: kb.modelsOfClaim(id), topics: kb.claims.get(id)!.topics });
  const findingAbout = (id: string): About => ({ models: kb.modelsOfFinding(id), topics: kb.findings.get(id)!.topics });
  // A source concerns what the findings and claims citing it are about.
  const sourceAbout = (id: string): About => {
    const citing = kb.citing(id);
    return merge([...citing.findings.map((f) => findingAbout(f.id)), ...citing.claims.map((c) => claimAbout(c.id))]);
  };
  const ABOUT: Record<CorrectedKind, (id: string) => About> = { claim: claimAbout, finding: findingAbout, source: sourceAbout };

  const items: FeedItem[] = [];
  for (const [id, claim] of kb.claims) {
    const path = route.claim(id);
    items.push({
      ...claimAbout(id),
      id: `claim/${id}`,
      kind: 'new-claim',
      title: `New claim: ${claim.title}`,
      path,
      date: claim.added,
      description: `${VERDICT_SCALE[claim.verdict].label}. ${claim.bottomLine}`,
    });
    items.push(...responseItems(`claim/${id}`, claim.title, path, claim.responses, claimAbout(id)));
  }
  for (const [id, finding] of kb.findings) {
    items.push(...responseItems(`finding/${id}`, finding.title, route.finding(id), finding.responses, findingAbout(id)));
  }
  for (const correction of allCorrections(kb)) {
    items.push({
      ...ABOUT[correction.kind](correction.recordId),
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
    const about = findingAbout(reproduction.finding);
    items.push({
      // An attempt may measure models the finding did not.
      ...merge([about, { models: reproduction.figures.flatMap((figure) => figure.model ?? []), topics: [] }]),
      id: `reproduction/${id}`,
      kind: 'reproduction',
      title: `Reproduction attempt: ${reproduction.title}`,
      path: route.finding(reproduction.finding),
      date: reproduction.date,
      description: `${reproduction.by.join(', ')} (${reproduction.outcome}) on "${finding.title}": ${reproduction.summary}`,
    });
  }
  // Newest first; on the same day by id, so the order never depends on file order.
  return items.sort((a, b) => newestFirst(a.date, b.date) || a.id.localeCompare(b.id));
}
