/**
 * The search records: claims, findings and sources reduced to the short fields search needs and
 * the result list shows. Built from the knowledge base at build time; no Astro import.
 */
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { formatValue } from '../numbers.ts';
import type { FigureNumbers } from '../numbers.ts';
import { figureForms } from './number-tokens.ts';

export const RECORD_TYPES = ['claim', 'finding', 'source'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface SearchFigure {
  /** As the page shows it, e.g. "79/100 (79%)". */
  value: string;
  /** The same number written the other ways people write it, e.g. "79 of 100", "79%". */
  forms: string[];
  /** The experimental condition the figure holds under. */
  condition: string;
  model?: string;
}

export interface SearchRecord {
  type: RecordType;
  id: string;
  url: string;
  title: string;
  /** The claim verbatim, a finding's summary, or a source's publisher and authors. */
  text: string;
  bottomLine?: string;
  verdict?: string;
  /** Reproduction status: a finding's own, or those of the findings a claim rests on. */
  status: string[];
  /** Model display names; `modelIds` are the facet values. */
  models: string[];
  modelIds: string[];
  /** Developers, model aliases and ids: matched but not shown. */
  aliases: string[];
  topics: string[];
  figures: SearchFigure[];
  /** Titles of the sources the record cites or appeared in. */
  sources: string[];
  /** Other wordings of a claim in its appearances. */
  wordings: string[];
  /** A claim that gets a figure's number, condition or model wrong: ranked after faithful ones on a tie. */
  misstates?: boolean;
}

/** Fidelity values that mean the claim's figure is not what the source measured. */
const MISSTATED = new Set(['wrong-condition', 'wrong-model', 'wrong-number', 'unsupported']);

const unique = (values: string[]) => [...new Set(values)];

function searchFigure(numbers: FigureNumbers & { unit?: string | undefined }, condition: string, model?: string): SearchFigure {
  return { value: formatValue(numbers), forms: figureForms(numbers), condition, ...(model && { model }) };
}

/** Every claim, finding and source as a search record; `link` turns a site path into a URL under BASE. */
export function searchRecords(kb: KnowledgeBase, link: (path: string) => string): SearchRecord[] {
  const modelFields = (ids: string[]) => {
    const models = ids.map((id) => kb.models.get(id));
    return {
      models: ids.map((id, i) => models[i]?.name ?? id),
      modelIds: ids,
      aliases: unique([...ids, ...models.flatMap((m) => (m ? [m.developer, ...m.aliases] : []))]),
    };
  };
  const topicNames = (ids: string[]) => ids.map((id) => kb.topics.get(id)?.name ?? id);
  const sourceTitle = (id: string) => kb.sources.get(id)?.title ?? id;

  const claims = [...kb.claims].map(([id, claim]): SearchRecord => ({
    type: 'claim',
    id,
    url: link(`/claims/${id}/`),
    title: claim.title,
    text: claim.claim,
    bottomLine: claim.bottomLine,
    verdict: claim.verdict,
    status: unique(claim.findings.map((finding) => kb.statusOf(finding))),
    ...modelFields(kb.modelsOfClaim(id)),
    topics: topicNames(claim.topics),
    figures: claim.statedFigures.map((stated) => {
      const origin = kb.figure(stated.finding, stated.figure);
      return searchFigure(stated, origin?.condition ?? '', origin?.model);
    }),
    sources: unique([...claim.appearances.map((a) => a.source), ...claim.sources].map(sourceTitle)),
    wordings: unique(claim.appearances.flatMap((a) => (a.wording ? [a.wording] : []))),
    ...(claim.statedFigures.some((stated) => MISSTATED.has(stated.fidelity)) && { misstates: true }),
  }));

  const findings = [...kb.findings].map(([id, finding]): SearchRecord => ({
    type: 'finding',
    id,
    url: link(`/findings/${id}/`),
    title: finding.title,
    text: finding.summary,
    status: [kb.statusOf(id)],
    ...modelFields(kb.modelsOfFinding(id)),
    topics: topicNames(finding.topics),
    figures: finding.figures.map((figure) => searchFigure(figure, figure.condition, figure.model)),
    sources: [finding.source, ...finding.otherSources].map(sourceTitle),
    wordings: [],
  }));

  const sources = [...kb.sources].map(([id, source]): SearchRecord => ({
    type: 'source',
    id,
    url: link(`/sources/${id}/`),
    title: source.title,
    text: [source.publisher, ...source.authors].join(', '),
    status: [],
    models: [],
    modelIds: [],
    aliases: [],
    topics: [],
    figures: [],
    sources: [],
    wordings: [],
  }));

  return [...claims, ...findings, ...sources];
}
