/**
 * The search records: claims, findings and sources reduced to the short fields search needs and
 * the result list shows. Built from the knowledge base at build time; no Astro import.
 */
import type { FindingFigure } from '../../schema/index.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { formatValue } from '../numbers.ts';
import type { FigureNumbers } from '../numbers.ts';
import { figureForms } from './number-tokens.ts';
import { whereMeasured } from './where-measured.ts';

export const RECORD_TYPES = ['claim', 'finding', 'source'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface SearchFigure {
  /** As the page shows it, e.g. "79/100 (79%)". */
  value: string;
  /** The same number written the other ways people write it, e.g. "79 of 100", "79%". */
  forms: string[];
  /** The experimental condition the figure holds under. */
  condition: string;
  /** The model measured: its id and display name. */
  modelId?: string;
  model?: string;
  /** One model, which the source does not name; `about` says what was measured. */
  modelNotNamed?: true;
  /** For a figure with no model id (not about one model, or about one the source does not name): what was measured. */
  about?: string;
  /** A finding's figure: where the source prints it, in short ("Anthropic · System card §4.1.1.2, p. 27"). */
  where?: string;
}

/** How a record relates to a web address: a claim appeared there, a source is that page, a record cites it. */
export type AddressRelation = 'appeared' | 'is' | 'cites';

export interface SearchAddress {
  url: string;
  relation: AddressRelation;
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
  /** Web addresses the record appeared at, is, or cites: a pasted address finds them. */
  addresses: SearchAddress[];
  /** A claim that gets a figure's number, condition or model wrong: ranked after faithful ones on a tie. */
  misstates?: boolean;
}

/** Fidelity values that mean the claim's figure is not what the source measured. */
const MISSTATED = new Set(['wrong-condition', 'wrong-model', 'wrong-number', 'unsupported']);

const unique = (values: string[]) => [...new Set(values)];

/** `numbers` as stated (a claim's) or measured (a finding's); model, condition and what was measured from the finding's figure. */
function searchFigure(kb: KnowledgeBase, numbers: FigureNumbers & { unit?: string | undefined }, origin: FindingFigure | undefined, where?: string): SearchFigure {
  const model = origin?.model;
  return {
    value: formatValue(numbers),
    forms: figureForms(numbers),
    condition: origin?.condition ?? '',
    ...(model ? { modelId: model, model: kb.models.get(model)?.name ?? model } : origin && { about: origin.measure, ...(origin.modelNotNamed && { modelNotNamed: true }) }),
    ...(where && { where }),
  };
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
  const addresses = (ids: string[], relation: SearchAddress['relation']): SearchAddress[] =>
    ids.flatMap((id) => kb.sources.get(id)?.url ?? []).map((url) => ({ url, relation }));

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
    figures: claim.statedFigures.map((stated) => searchFigure(kb, stated, kb.figure(stated.finding, stated.figure))),
    sources: unique([...claim.appearances.map((a) => a.source), ...claim.sources].map(sourceTitle)),
    wordings: unique(claim.appearances.flatMap((a) => (a.wording ? [a.wording] : []))),
    addresses: [...addresses(claim.appearances.map((a) => a.source), 'appeared'), ...addresses(claim.sources, 'cites')],
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
    figures: finding.figures.map((figure) => searchFigure(kb, figure, figure, whereMeasured(kb.sources.get(finding.source), figure.locator))),
    sources: [finding.source, ...finding.otherSources].map(sourceTitle),
    wordings: [],
    addresses: addresses([finding.source, ...finding.otherSources], 'cites'),
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
    addresses: addresses([id], 'is'),
  }));

  return [...claims, ...findings, ...sources];
}
