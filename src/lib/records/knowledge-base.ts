/**
 * The records as one graph, with everything the pages and data outputs derive from them:
 * reproduction status, who cites what, and how a figure travelled from its source to its retellings.
 * Built once per build from plain record maps; no Astro import.
 */
import type { Claim, Finding, FindingFigure, Model, Reproduction, Source, StatedFigure, Topic } from '../../schema/index.ts';
import { reproductionStatus, type ReproductionStatus } from './reproduction-status.ts';

export interface RecordMaps {
  sources: ReadonlyMap<string, Source>;
  findings: ReadonlyMap<string, Finding>;
  claims: ReadonlyMap<string, Claim>;
  reproductions: ReadonlyMap<string, Reproduction>;
  models: ReadonlyMap<string, Model>;
  topics: ReadonlyMap<string, Topic>;
}

export interface WithId<T> {
  id: string;
  data: T;
}

/**
 * One point on "how this number travelled": the primary source, or a retelling and how faithful it was.
 * `date` is undefined when the source's date is unknown (it then says why in noDateReason).
 */
export type TimelineEvent =
  | { kind: 'source'; date: string | undefined; source: WithId<Source>; finding: WithId<Finding>; figure: FindingFigure }
  | {
      kind: 'retelling';
      date: string | undefined;
      source: WithId<Source>;
      claim: WithId<Claim>;
      stated: StatedFigure;
      /** The appearance's words: its own wording, or the claim text, which the schema defines as verbatim. */
      wording: string;
      page: number | undefined;
    };

/** Dated events in date order, undated ones after them. */
const byDate = (a: string | undefined, b: string | undefined) => (a && b ? a.localeCompare(b) : a ? -1 : b ? 1 : 0);

export interface KnowledgeBase extends RecordMaps {
  reproductionsOf(findingId: string): WithId<Reproduction>[];
  statusOf(findingId: string): ReproductionStatus;
  /** Claims that list the finding among the findings they rest on. */
  claimsCiting(findingId: string): WithId<Claim>[];
  /** Findings, claims and reproductions that name the source. */
  citing(sourceId: string): { findings: WithId<Finding>[]; claims: WithId<Claim>[]; reproductions: WithId<Reproduction>[] };
  figure(findingId: string, figureId: string): FindingFigure | undefined;
  /** Models a finding is about: those its figures name, then any it lists. */
  modelsOfFinding(findingId: string): string[];
  /** Models a claim is about: those of its stated figures, then any it lists. */
  modelsOfClaim(claimId: string): string[];
  /** Whether any finding the claim rests on comes from a primary source. */
  restsOnPrimary(claimId: string): boolean;
  /** The primary source, then every appearance of every claim restating the figure, by date. */
  timeline(findingId: string, figureId: string): TimelineEvent[];
}

const withIds = <T>(map: ReadonlyMap<string, T>): WithId<T>[] => [...map].map(([id, data]) => ({ id, data }));
const unique = (values: string[]) => [...new Set(values)];

export function buildKnowledgeBase(records: RecordMaps): KnowledgeBase {
  const claims = withIds(records.claims);
  const findings = withIds(records.findings);
  const reproductions = withIds(records.reproductions);
  const reproductionsByFinding = Map.groupBy(reproductions, (r) => r.data.finding);
  const source = (id: string): WithId<Source> => ({ id, data: records.sources.get(id)! });

  const kb: KnowledgeBase = {
    ...records,
    reproductionsOf: (findingId) =>
      (reproductionsByFinding.get(findingId) ?? []).toSorted((a, b) => a.data.date.localeCompare(b.data.date)),
    statusOf: (findingId) => reproductionStatus((reproductionsByFinding.get(findingId) ?? []).map((r) => r.data)),
    claimsCiting: (findingId) => claims.filter((c) => c.data.findings.includes(findingId)),
    citing: (sourceId) => ({
      findings: findings.filter((f) => f.data.source === sourceId || f.data.otherSources.includes(sourceId)),
      claims: claims.filter((c) => c.data.sources.includes(sourceId) || c.data.appearances.some((a) => a.source === sourceId)),
      reproductions: reproductions.filter((r) => r.data.source === sourceId),
    }),
    figure: (findingId, figureId) => records.findings.get(findingId)?.figures.find((f) => f.id === figureId),
    modelsOfFinding: (findingId) => {
      const finding = records.findings.get(findingId);
      return finding ? unique([...finding.figures.flatMap((f) => f.model ?? []), ...finding.models]) : [];
    },
    modelsOfClaim: (claimId) => {
      const claim = records.claims.get(claimId);
      if (!claim) return [];
      const stated = claim.statedFigures.flatMap((s) => kb.figure(s.finding, s.figure)?.model ?? []);
      return unique([...stated, ...claim.models]);
    },
    restsOnPrimary: (claimId) =>
      (records.claims.get(claimId)?.findings ?? []).some((id) => {
        const finding = records.findings.get(id);
        return finding !== undefined && records.sources.get(finding.source)?.primary === true;
      }),
    timeline: (findingId, figureId) => {
      const finding = records.findings.get(findingId);
      const figure = kb.figure(findingId, figureId);
      if (!finding || !figure) return [];
      const origin = source(finding.source);
      const events: TimelineEvent[] = [
        { kind: 'source', date: origin.data.published, source: origin, finding: { id: findingId, data: finding }, figure },
      ];
      for (const claim of claims) {
        for (const stated of claim.data.statedFigures.filter((s) => s.finding === findingId && s.figure === figureId)) {
          for (const appearance of claim.data.appearances) {
            const where = source(appearance.source);
            events.push({
              kind: 'retelling',
              date: where.data.published,
              source: where,
              claim,
              stated,
              wording: appearance.wording ?? claim.data.claim,
              page: appearance.page,
            });
          }
        }
      }
      // The source first on its own date; retellings by date (undated last), then by source title for a stable order.
      return events.toSorted((a, b) => byDate(a.date, b.date) || (a.kind === 'source' ? -1 : b.kind === 'source' ? 1 : a.source.data.title.localeCompare(b.source.data.title)));
    },
  };
  return kb;
}
