/**
 * Everything a finding page shows, from the knowledge base: its figures in reading order with their
 * model names and "go to the sentence" links, the measure they share, its results matrices, its
 * sources, materials, reproduction attempts and the claims that cite it.
 * The page (src/pages/findings/[id].astro) only renders this, and draws the charts.
 */
import type { Claim, Finding, FindingFigure, Reproduction, Source } from '../../schema/index.ts';
import type { DeepLink } from '../deep-links/deep-link.ts';
import { figureDeepLink } from '../deep-links/record-links.ts';
import type { KnowledgeBase, WithId } from '../records/knowledge-base.ts';
import type { ReproductionStatus } from '../records/reproduction-status.ts';
import { recordFile } from '../routes.ts';
import { figureModelText, modelNameOf } from './figure-model.ts';
import { responsesView, type ResponseView } from './responses.ts';
import { resultsMatrices, type ResultsMatrix } from './results-matrix.ts';

export interface FindingPageFigure extends FindingFigure {
  /** The model's name, or undefined for a figure about no single model or an unnamed one. */
  modelName: string | undefined;
  deepLink: DeepLink | undefined;
  /** The source the figure is printed in, when it is not the finding's own. */
  printedInSource: Source | undefined;
}

export interface FindingPage {
  id: string;
  finding: Finding;
  source: Source;
  otherSources: { id: string; source: Source }[];
  status: ReproductionStatus;
  /** By model name; then figures whose model the source does not name; figures about no single model last. */
  figures: FindingPageFigure[];
  /** Said once above the figures when every figure counts the same thing. */
  sharedMeasure: string | undefined;
  matrices: ResultsMatrix[];
  materials: { label: string; url: string }[];
  /** Oldest first, undated last, each with the source that reports it. */
  attempts: (WithId<Reproduction> & { source: Source })[];
  claims: WithId<Claim>[];
  responses: ResponseView[];
  /** The record's file, for the edit link. */
  file: string;
}

const MATERIALS = [['code', 'Code'], ['prompts', 'Prompts'], ['transcripts', 'Transcripts'], ['data', 'Data']] as const;

export function findingPage(kb: KnowledgeBase, id: string): FindingPage {
  const finding = kb.findings.get(id);
  if (!finding) throw new Error(`No finding has the id "${id}".`);
  const source = (sourceId: string) => kb.sources.get(sourceId)!;
  const sortKey = (figure: FindingFigure) => (figure.model ? (modelNameOf(kb, figure.model) ?? '') : figure.modelNotNamed ? '\ufffe' : '\uffff');
  const figures = finding.figures
    .map((figure) => ({
      figure: {
        ...figure,
        modelName: figureModelText(kb, figure),
        deepLink: figureDeepLink(kb, id, figure),
        printedInSource: figure.printedIn === undefined ? undefined : source(figure.printedIn),
      },
      key: sortKey(figure),
    }))
    .toSorted((a, b) => a.key.localeCompare(b.key))
    .map(({ figure }) => figure);
  const measures = new Set(figures.map((figure) => figure.measure));
  return {
    id,
    finding,
    source: source(finding.source),
    otherSources: finding.otherSources.map((other) => ({ id: other, source: source(other) })),
    status: kb.statusOf(id),
    figures,
    sharedMeasure: measures.size === 1 ? figures[0]!.measure : undefined,
    matrices: resultsMatrices(kb, id),
    materials: MATERIALS.flatMap(([key, label]) => (finding.materials?.[key] ? [{ label, url: finding.materials[key] }] : [])),
    attempts: kb.reproductionsOf(id).map((attempt) => ({ ...attempt, source: source(attempt.data.source) })),
    claims: kb.claimsCiting(id),
    responses: responsesView(kb, finding.responses),
    file: recordFile.finding(id),
  };
}
