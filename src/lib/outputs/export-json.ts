/**
 * /data/claims.json: every record, with references resolved to what a reader of the file needs
 * (titles, names, dates, URLs) and the statuses the site derives. Pure, so it is tested on fixtures
 * and the build only serialises it.
 */
import type { FindingFigure, Source } from '../../schema/index.ts';
import type { Response } from '../../schema/response.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { REPRODUCTION_STATUSES, type ReproductionStatus } from '../records/reproduction-status.ts';
import { route } from '../routes.ts';
import { absoluteUrl, type SiteLocation } from '../site/site-url.ts';
import { VERDICT_SCALE } from '../views/verdicts.ts';
import { appearanceDeepLink, figureDeepLink } from '../deep-links/record-links.ts';

/**
 * Raise whenever the shape of the data files changes (a field or column added, removed, retyped or
 * given other allowed values), with an entry in DATA-CHANGELOG.md; tests/unit/export-shape.test.ts enforces it.
 */
export const EXPORT_SCHEMA_VERSION = 4;

export const CONTENT_LICENSE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/**
 * The date the data describes: the newest review or correction of any record. Taken from the
 * records rather than the clock so that two builds of the same content are byte-identical.
 */
export function generatedDate(kb: KnowledgeBase): string {
  const dates = [
    ...[...kb.claims.values()].flatMap((claim) => [claim.reviewed, ...claim.corrections.map((c) => c.date)]),
    ...[...kb.findings.values()].flatMap((finding) => [finding.reviewed, ...finding.corrections.map((c) => c.date)]),
    ...[...kb.sources.values()].flatMap((source) => source.corrections.map((c) => c.date)),
  ];
  return dates.reduce((newest, date) => (date > newest ? date : newest), '');
}

export const statusOf = (kb: KnowledgeBase, findingId: string): { id: ReproductionStatus; label: string } => {
  const id = kb.statusOf(findingId);
  return { id, label: REPRODUCTION_STATUSES[id] };
};

/** What a file needs to show a source without looking it up. */
export function sourceSummary(kb: KnowledgeBase, sourceId: string) {
  const source: Source = kb.sources.get(sourceId)!;
  return {
    id: sourceId,
    title: source.title,
    kind: source.kind,
    publisher: source.publisher,
    authors: source.authors,
    published: source.published ?? null,
    primary: source.primary,
    url: source.url ?? null,
    archiveUrl: source.archiveUrl ?? null,
  };
}

const responsesWithSources = (kb: KnowledgeBase, responses: readonly Response[]) =>
  responses.map((response) => ({ ...response, source: sourceSummary(kb, response.source) }));

const modelSummary = (kb: KnowledgeBase, id: string) => {
  const model = kb.models.get(id)!;
  return { id, name: model.name, developer: model.developer };
};
const topicSummary = (kb: KnowledgeBase, id: string) => ({ id, name: kb.topics.get(id)!.name });
const byId = <T>(map: ReadonlyMap<string, T>) => [...map.keys()].sort();

function exportClaim(kb: KnowledgeBase, id: string, location: SiteLocation) {
  const claim = kb.claims.get(id)!;
  const verdict = VERDICT_SCALE[claim.verdict];
  return {
    id,
    url: absoluteUrl(location, route.claim(id)),
    ...claim,
    verdict: { id: claim.verdict, label: verdict.label, rating: verdict.rating },
    appearances: claim.appearances.map((appearance) => ({
      ...appearance,
      source: sourceSummary(kb, appearance.source),
      deepLink: appearanceDeepLink(kb, claim, appearance)?.url ?? null,
    })),
    topics: claim.topics.map((topic) => topicSummary(kb, topic)),
    models: kb.modelsOfClaim(id).map((model) => modelSummary(kb, model)),
    findings: claim.findings.map((findingId) => ({
      id: findingId,
      title: kb.findings.get(findingId)!.title,
      source: sourceSummary(kb, kb.findings.get(findingId)!.source),
      reproductionStatus: statusOf(kb, findingId),
    })),
    sources: claim.sources.map((source) => sourceSummary(kb, source)),
    statedFigures: claim.statedFigures.map((stated) => ({ ...stated, measured: withDeepLink(kb, stated.finding, kb.figure(stated.finding, stated.figure)!) })),
    responses: responsesWithSources(kb, claim.responses),
    restsOnPrimarySource: kb.restsOnPrimary(id),
  };
}

/** A finding's figure with the link to the sentence that prints it (null when nothing points closer than the source). */
const withDeepLink = (kb: KnowledgeBase, findingId: string, figure: FindingFigure) => ({ ...figure, deepLink: figureDeepLink(kb, findingId, figure)?.url ?? null });

function exportFinding(kb: KnowledgeBase, id: string) {
  const finding = kb.findings.get(id)!;
  return {
    id,
    ...finding,
    figures: finding.figures.map((figure) => withDeepLink(kb, id, figure)),
    source: sourceSummary(kb, finding.source),
    otherSources: finding.otherSources.map((source) => sourceSummary(kb, source)),
    responses: responsesWithSources(kb, finding.responses),
    topics: finding.topics.map((topic) => topicSummary(kb, topic)),
    models: kb.modelsOfFinding(id).map((model) => modelSummary(kb, model)),
    reproductionStatus: statusOf(kb, id),
    reproductions: kb.reproductionsOf(id).map((r) => r.id),
    claims: kb.claimsCiting(id).map((c) => c.id),
  };
}

function exportReproduction(kb: KnowledgeBase, id: string) {
  const reproduction = kb.reproductions.get(id)!;
  return {
    id,
    ...reproduction,
    finding: { id: reproduction.finding, title: kb.findings.get(reproduction.finding)!.title },
    source: sourceSummary(kb, reproduction.source),
  };
}

export function claimsDocument(kb: KnowledgeBase, location: SiteLocation) {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generated: generatedDate(kb),
    license: CONTENT_LICENSE.id,
    licenseUrl: CONTENT_LICENSE.url,
    home: absoluteUrl(location, '/'),
    counts: {
      claims: kb.claims.size,
      findings: kb.findings.size,
      sources: kb.sources.size,
      reproductions: kb.reproductions.size,
      models: kb.models.size,
      topics: kb.topics.size,
    },
    claims: byId(kb.claims).map((id) => exportClaim(kb, id, location)),
    findings: byId(kb.findings).map((id) => exportFinding(kb, id)),
    sources: byId(kb.sources).map((id) => ({ id, ...kb.sources.get(id)!, citedBy: citedBy(kb, id) })),
    reproductions: byId(kb.reproductions).map((id) => exportReproduction(kb, id)),
    models: byId(kb.models).map((id) => ({ ...kb.models.get(id)! })),
    topics: byId(kb.topics).map((id) => ({ ...kb.topics.get(id)! })),
  };
}

function citedBy(kb: KnowledgeBase, sourceId: string) {
  const citing = kb.citing(sourceId);
  return {
    findings: citing.findings.map((f) => f.id),
    claims: citing.claims.map((c) => c.id),
    reproductions: citing.reproductions.map((r) => r.id),
  };
}

export type ClaimsDocument = ReturnType<typeof claimsDocument>;
