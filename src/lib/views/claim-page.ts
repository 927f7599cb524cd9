/**
 * Everything a claim page shows, from the knowledge base: its figures (the figure box: each stated
 * figure beside the finding's figure, with condition, sample, locator and fidelity), where it
 * appeared, what it rests on, how its figures travelled, and its ClaimReview JSON-LD.
 * The page (src/pages/claims/[id].astro) only renders this; its MDX analysis is rendered by Astro.
 */
import type { Claim, Finding, Source } from '../../schema/index.ts';
import { claimReview } from '../outputs/claim-review.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import type { ReproductionStatus } from '../records/reproduction-status.ts';
import { recordFile } from '../routes.ts';
import type { SiteLocation } from '../site/site-url.ts';
import { appearancesByDate, type ResolvedAppearance } from './appearances.ts';
import { figureBox, type FigureBoxRow } from './figure-box.ts';
import { responsesView, type ResponseView } from './responses.ts';
import { journeysOf, type Journey } from './travel.ts';

export interface ClaimPage {
  id: string;
  claim: Claim;
  figures: FigureBoxRow[];
  /** Earliest dated first, undated last: the first is "first seen", as in the JSON-LD and the CSV. */
  appearances: ResolvedAppearance[];
  responses: ResponseView[];
  findings: { id: string; finding: Finding; source: Source; status: ReproductionStatus; attempts: number }[];
  /** The claim's sources other than its findings' primary sources, which the findings list already. */
  further: { id: string; source: Source }[];
  models: { id: string; name: string }[];
  topics: { id: string; name: string }[];
  journeys: Journey[];
  review: ReturnType<typeof claimReview>;
  /** The record's file, for the edit link. */
  file: string;
  /** "On this page" links, only to sections this claim has: one that states no figure has neither figures nor their travels. */
  jumpLinks: { target: string; label: string }[];
}

export function claimPage(kb: KnowledgeBase, id: string, location: SiteLocation): ClaimPage {
  const claim = kb.claims.get(id);
  if (!claim) throw new Error(`No claim has the id "${id}".`);
  const source = (sourceId: string) => kb.sources.get(sourceId)!;
  const figures = figureBox(kb, id);
  const journeys = journeysOf(kb, id);
  return {
    id,
    claim,
    figures,
    appearances: appearancesByDate(kb, claim),
    findings: claim.findings.map((findingId) => {
      const finding = kb.findings.get(findingId)!;
      return { id: findingId, finding, source: source(finding.source), status: kb.statusOf(findingId), attempts: kb.reproductionsOf(findingId).length };
    }),
    // The findings above already name their primary sources; "Further sources" lists only the others.
    further: claim.sources
      .filter((sourceId) => !claim.findings.some((findingId) => kb.findings.get(findingId)?.source === sourceId))
      .map((sourceId) => ({ id: sourceId, source: source(sourceId) })),
    models: kb.modelsOfClaim(id).map((modelId) => ({ id: modelId, name: kb.models.get(modelId)?.name ?? modelId })),
    topics: claim.topics.map((topicId) => ({ id: topicId, name: kb.topics.get(topicId)?.name ?? topicId })),
    journeys,
    responses: responsesView(kb, claim.responses),
    review: claimReview(kb, id, location),
    file: recordFile.claim(id),
    jumpLinks: [
      ...(figures.length > 0 ? [{ target: 'figures', label: 'Figures' }] : []),
      { target: 'rests-on', label: 'Primary source' },
      ...(journeys.length > 0 ? [{ target: 'travelled', label: 'How it travelled' }] : []),
      { target: 'cite-this', label: 'Cite this' },
    ],
  };
}
