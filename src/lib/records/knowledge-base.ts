/**
 * The records as one graph, with everything the pages and data outputs derive from them:
 * reproduction status, who cites what, and how a figure travelled from its source to its retellings.
 * Built once per build from plain record maps; no Astro import.
 */
import type { Claim, Finding, FindingFigure, Model, Reproduction, Source, StatedFigure, Topic } from '../../schema/index.ts';
import { textStatesExactly } from '../numbers.ts';
import { oldestFirst } from './date-order.ts';
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


export interface KnowledgeBase extends RecordMaps {
  reproductionsOf(findingId: string): WithId<Reproduction>[];
  statusOf(findingId: string): ReproductionStatus;
  /** Claims that list the finding among the findings they rest on. */
  claimsCiting(findingId: string): WithId<Claim>[];
  /** Claims that state the figure (statedFigures), each once, in file order. */
  claimsStating(findingId: string, figureId: string): WithId<Claim>[];
  /** Claims about the model (modelsOfClaim), in file order. */
  claimsAbout(modelId: string): WithId<Claim>[];
  /** Findings about the model (modelsOfFinding), in file order. */
  findingsAbout(modelId: string): WithId<Finding>[];
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
const unique = <T>(values: T[]) => [...new Set(values)];
const figureKey = (findingId: string, figureId: string) => `${findingId}\u0000${figureId}`;
/** The source whose words a figure's locator and quote are: the one it names (printedIn), else its finding's own. */
export const printingSourceId = (finding: Finding, figure: FindingFigure): string => figure.printedIn ?? finding.source;
/** Whether words restate a claim's figure: its value exactly (79/100 or 79%), or the figure's own text as the claim gives it. */
const statesFigure = (words: string, stated: StatedFigure) => words.includes(stated.text) || textStatesExactly(words, stated);

/** Every value of `keysOf(item)` mapped to the items that have it, each item once per key. */
function indexBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): ReadonlyMap<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
  }
  return index;
}

/**
 * Built once: every lookup below reads an index made here (by finding, model, source, figure), so
 * a page costs the same whether the knowledge base holds ten claims or ten thousand.
 */
export function buildKnowledgeBase(records: RecordMaps): KnowledgeBase {
  const claims = withIds(records.claims);
  const findings = withIds(records.findings);
  const reproductions = withIds(records.reproductions);
  const source = (id: string): WithId<Source> => ({ id, data: records.sources.get(id)! });
  const figure = (findingId: string, figureId: string) => records.findings.get(findingId)?.figures.find((f) => f.id === figureId);

  const modelsOfFinding = new Map(findings.map(({ id, data }) => [id, unique([...data.figures.flatMap((f) => f.model ?? []), ...data.models])]));
  const modelsOfClaim = new Map(
    claims.map(({ id, data }) => [id, unique([...data.statedFigures.flatMap((s) => figure(s.finding, s.figure)?.model ?? []), ...data.models])]),
  );
  const reproductionsByFinding = indexBy(reproductions, (r) => [r.data.finding]);
  const claimsByFinding = indexBy(claims, (c) => c.data.findings);
  const claimsByModel = indexBy(claims, (c) => modelsOfClaim.get(c.id) ?? []);
  const findingsByModel = indexBy(findings, (f) => modelsOfFinding.get(f.id) ?? []);
  const findingsBySource = indexBy(findings, (f) => [f.data.source, ...f.data.otherSources]);
  const claimsBySource = indexBy(claims, (c) => [...c.data.sources, ...c.data.appearances.map((a) => a.source)]);
  const reproductionsBySource = indexBy(reproductions, (r) => [r.data.source]);
  const retellings = indexBy(
    claims.flatMap((claim) => claim.data.statedFigures.map((stated) => ({ claim, stated }))),
    ({ stated }) => [figureKey(stated.finding, stated.figure)],
  );

  const kb: KnowledgeBase = {
    ...records,
    reproductionsOf: (findingId) => (reproductionsByFinding.get(findingId) ?? []).toSorted((a, b) => oldestFirst(a.data.date, b.data.date)),
    statusOf: (findingId) => reproductionStatus((reproductionsByFinding.get(findingId) ?? []).map((r) => r.data)),
    claimsCiting: (findingId) => [...(claimsByFinding.get(findingId) ?? [])],
    claimsStating: (findingId, figureId) => unique((retellings.get(figureKey(findingId, figureId)) ?? []).map(({ claim }) => claim)),
    claimsAbout: (modelId) => [...(claimsByModel.get(modelId) ?? [])],
    findingsAbout: (modelId) => [...(findingsByModel.get(modelId) ?? [])],
    citing: (sourceId) => ({
      findings: [...(findingsBySource.get(sourceId) ?? [])],
      claims: [...(claimsBySource.get(sourceId) ?? [])],
      reproductions: [...(reproductionsBySource.get(sourceId) ?? [])],
    }),
    figure,
    modelsOfFinding: (findingId) => [...(modelsOfFinding.get(findingId) ?? [])],
    modelsOfClaim: (claimId) => [...(modelsOfClaim.get(claimId) ?? [])],
    restsOnPrimary: (claimId) =>
      (records.claims.get(claimId)?.findings ?? []).some((id) => {
        const finding = records.findings.get(id);
        return finding !== undefined && records.sources.get(finding.source)?.primary === true;
      }),
    timeline: (findingId, figureId) => {
      const finding = records.findings.get(findingId);
      const figure = kb.figure(findingId, figureId);
      if (!finding || !figure) return [];
      const origin = source(printingSourceId(finding, figure));
      const events: TimelineEvent[] = [
        { kind: 'source', date: origin.data.published, source: origin, finding: { id: findingId, data: finding }, figure },
      ];
      for (const { claim, stated } of retellings.get(figureKey(findingId, figureId)) ?? []) {
        for (const appearance of claim.data.appearances) {
          const wording = appearance.wording ?? claim.data.claim;
          // An appearance whose recorded words (its wording, or what its locator quotes) do not state the
          // number, such as a headline, did not carry it.
          if (!statesFigure(`${wording} ${appearance.locator ?? ''}`, stated)) continue;
          const where = source(appearance.source);
          events.push({ kind: 'retelling', date: where.data.published, source: where, claim, stated, wording, page: appearance.page });
        }
      }
      // The source first on its own date; retellings by date (undated last), then by source title for a stable order.
      return events.toSorted((a, b) => oldestFirst(a.date, b.date) || (a.kind === 'source' ? -1 : b.kind === 'source' ? 1 : a.source.data.title.localeCompare(b.source.data.title)));
    },
  };
  return kb;
}
