/** Lists the pages show: claims by how widely they circulated, and what is recorded about a model or a topic. */
import type { Claim, Finding, Source } from '../../schema/index.ts';
import { newestFirst } from '../records/date-order.ts';
import type { KnowledgeBase, WithId } from '../records/knowledge-base.ts';
import type { ReproductionStatus } from '../records/reproduction-status.ts';

/** Most appearances first; ties by newest added, then title, so the order is stable. */
function circulation(a: WithId<Claim>, b: WithId<Claim>): number {
  return b.data.appearances.length - a.data.appearances.length || newestFirst(a.data.added, b.data.added) || a.data.title.localeCompare(b.data.title);
}
const title = (a: WithId<{ title: string }>, b: WithId<{ title: string }>) => a.data.title.localeCompare(b.data.title);

export function mostCirculated(kb: KnowledgeBase): WithId<Claim>[] {
  return [...kb.claims].map(([id, data]) => ({ id, data })).sort(circulation);
}

export function claimsAboutModel(kb: KnowledgeBase, modelId: string): WithId<Claim>[] {
  return kb.claimsAbout(modelId).sort(circulation);
}

/** A finding in a list, with its derived reproduction status. */
export interface FindingItem extends WithId<Finding> {
  status: ReproductionStatus;
}

const withStatus = (kb: KnowledgeBase, findings: WithId<Finding>[]): FindingItem[] => findings.map((f) => ({ ...f, status: kb.statusOf(f.id) }));

export function findingsAboutModel(kb: KnowledgeBase, modelId: string): FindingItem[] {
  return withStatus(kb, kb.findingsAbout(modelId).sort(title));
}

export function claimsOnTopic(kb: KnowledgeBase, topicId: string): WithId<Claim>[] {
  return mostCirculated(kb).filter((claim) => claim.data.topics.includes(topicId));
}

export function findingsOnTopic(kb: KnowledgeBase, topicId: string): FindingItem[] {
  return withStatus(kb, byTitle(kb.findings).filter((finding) => finding.data.topics.includes(topicId)));
}

export function allFindings(kb: KnowledgeBase): FindingItem[] {
  return withStatus(kb, byTitle(kb.findings));
}

/** Newest first; undated sources last; then by title. */
export function sourcesByDate(kb: KnowledgeBase): WithId<Source>[] {
  return byTitle(kb.sources).sort((a, b) => newestFirst(a.data.published, b.data.published));
}

function byTitle<T extends { title: string }>(map: ReadonlyMap<string, T>): WithId<T>[] {
  return [...map].map(([id, data]) => ({ id, data })).sort(title);
}

export interface Counts {
  claims: number;
  findings: number;
  sources: number;
  reproductions: number;
  models: number;
}

export function counts(kb: KnowledgeBase): Counts {
  return { claims: kb.claims.size, findings: kb.findings.size, sources: kb.sources.size, reproductions: kb.reproductions.size, models: kb.models.size };
}
