/** Lists the pages show: claims by how widely they circulated, and what is recorded about a model or a topic. */
import type { Claim, Finding, Source } from '../../schema/index.ts';
import type { KnowledgeBase, WithId } from '../records/knowledge-base.ts';

/** Most appearances first; ties by newest added, then title, so the order is stable. */
export function mostCirculated(kb: KnowledgeBase): WithId<Claim>[] {
  return [...kb.claims]
    .map(([id, data]) => ({ id, data }))
    .sort(
      (a, b) =>
        b.data.appearances.length - a.data.appearances.length ||
        b.data.added.localeCompare(a.data.added) ||
        a.data.title.localeCompare(b.data.title),
    );
}

export function claimsAboutModel(kb: KnowledgeBase, modelId: string): WithId<Claim>[] {
  return mostCirculated(kb).filter((claim) => kb.modelsOfClaim(claim.id).includes(modelId));
}

export function findingsAboutModel(kb: KnowledgeBase, modelId: string): WithId<Finding>[] {
  return byTitle(kb.findings).filter((finding) => kb.modelsOfFinding(finding.id).includes(modelId));
}

export function claimsOnTopic(kb: KnowledgeBase, topicId: string): WithId<Claim>[] {
  return mostCirculated(kb).filter((claim) => claim.data.topics.includes(topicId));
}

export function findingsOnTopic(kb: KnowledgeBase, topicId: string): WithId<Finding>[] {
  return byTitle(kb.findings).filter((finding) => finding.data.topics.includes(topicId));
}

export function allFindings(kb: KnowledgeBase): WithId<Finding>[] {
  return byTitle(kb.findings);
}

/** Newest first; undated sources last; then by title. */
export function sourcesByDate(kb: KnowledgeBase): WithId<Source>[] {
  const date = (source: Source): string | undefined => source.published;
  return byTitle(kb.sources).sort((a, b) => {
    const [x, y] = [date(a.data), date(b.data)];
    return x && y ? y.localeCompare(x) : x ? -1 : y ? 1 : 0;
  });
}

function byTitle<T extends { title: string }>(map: ReadonlyMap<string, T>): WithId<T>[] {
  return [...map].map(([id, data]) => ({ id, data })).sort((a, b) => a.data.title.localeCompare(b.data.title));
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
