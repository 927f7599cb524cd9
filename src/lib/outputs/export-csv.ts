/** /data/claims.csv (one row per claim) and /data/figures.csv (one row per finding figure). */
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { toCsv, type Cell } from './csv.ts';
import { figureDeepLink } from '../deep-links/record-links.ts';
import { formatValue } from '../numbers.ts';
import { firstAppearance } from '../views/appearances.ts';
import { route } from '../routes.ts';
import { correctionText } from '../views/corrections.ts';
import { absoluteUrl, type SiteLocation } from '../site/site-url.ts';
import { VERDICT_SCALE } from '../views/verdicts.ts';
import { modelStatusOf } from '../views/figure-model.ts';

export const CLAIM_COLUMNS = [
  'id', 'url', 'title', 'claim', 'verdict', 'verdict_label', 'rating', 'bottom_line', 'setting', 'topics', 'models',
  'findings', 'reproduction_statuses', 'rests_on_primary_source', 'first_appeared', 'first_appearance_publisher',
  'first_appearance_url', 'appearance_sources', 'other_sources', 'stated_figures', 'note', 'added', 'reviewed', 'corrections',
] as const;

export const FIGURE_COLUMNS = [
  'finding', 'finding_title', 'figure', 'model', 'model_name', 'model_status', 'developer', 'measure', 'condition', 'value', 'numerator',
  'denominator', 'percent', 'bound', 'n', 'amount', 'unit', 'ci_low', 'ci_high', 'ci_level', 'locator', 'printed_in', 'page', 'quote', 'no_quote_reason', 'confidence',
  'deep_link', 'source', 'source_title', 'source_publisher', 'source_published', 'source_url', 'reproduction_status', 'stated_by_claims', 'note',
] as const;

type Row<C extends readonly string[]> = Record<C[number], Cell>;

export function claimRows(kb: KnowledgeBase, location: SiteLocation): Row<typeof CLAIM_COLUMNS>[] {
  return [...kb.claims.keys()].sort().map((id) => {
    const claim = kb.claims.get(id)!;
    const first = firstAppearance(kb, claim);
    return {
      id,
      url: absoluteUrl(location, route.claim(id)),
      title: claim.title,
      claim: claim.claim,
      verdict: claim.verdict,
      verdict_label: VERDICT_SCALE[claim.verdict].label,
      rating: VERDICT_SCALE[claim.verdict].rating,
      bottom_line: claim.bottomLine,
      setting: claim.setting,
      topics: claim.topics,
      models: kb.modelsOfClaim(id),
      findings: claim.findings,
      reproduction_statuses: claim.findings.map((finding) => `${finding}: ${kb.statusOf(finding)}`),
      rests_on_primary_source: kb.restsOnPrimary(id),
      first_appeared: first.source.published,
      first_appearance_publisher: first.source.publisher,
      first_appearance_url: first.source.url,
      appearance_sources: claim.appearances.map((a) => a.source),
      other_sources: claim.sources,
      stated_figures: claim.statedFigures.map((s) => `${s.text} (${s.finding}#${s.figure}, ${s.fidelity})`),
      note: claim.note,
      added: claim.added,
      reviewed: claim.reviewed,
      corrections: claim.corrections.map((c) => `${c.date}: ${correctionText(c)}`),
    };
  });
}

export function figureRows(kb: KnowledgeBase): Row<typeof FIGURE_COLUMNS>[] {
  return [...kb.findings.keys()].sort().flatMap((findingId) => {
    const finding = kb.findings.get(findingId)!;
    const source = kb.sources.get(finding.source)!;
    const status = kb.statusOf(findingId);
    return finding.figures.map((figure) => {
      // No model id: either the source does not name the model, or the figure is about no single model.
      const model = figure.model === undefined ? undefined : kb.models.get(figure.model);
      return {
        finding: findingId,
        finding_title: finding.title,
        figure: figure.id,
        model: figure.model,
        model_name: model?.name,
        model_status: modelStatusOf(figure),
        developer: model?.developer,
        measure: figure.measure,
        condition: figure.condition,
        value: formatValue(figure),
        numerator: figure.numerator,
        denominator: figure.denominator,
        percent: figure.percent,
        bound: figure.bound,
        n: figure.n,
        amount: figure.amount,
        unit: figure.unit,
        ci_low: figure.ci?.low,
        ci_high: figure.ci?.high,
        ci_level: figure.ci?.level,
        locator: figure.locator,
        printed_in: figure.printedIn,
        page: figure.page,
        quote: figure.quote,
        no_quote_reason: figure.noQuoteReason,
        confidence: figure.confidence,
        deep_link: figureDeepLink(kb, findingId, figure)?.url,
        source: finding.source,
        source_title: source.title,
        source_publisher: source.publisher,
        source_published: source.published,
        source_url: source.url,
        reproduction_status: status,
        stated_by_claims: kb.claimsStating(findingId, figure.id).map(({ id }) => id).sort(),
        note: figure.note,
      };
    });
  });
}

export const claimsCsv = (kb: KnowledgeBase, location: SiteLocation) => toCsv(CLAIM_COLUMNS, claimRows(kb, location));
export const figuresCsv = (kb: KnowledgeBase) => toCsv(FIGURE_COLUMNS, figureRows(kb));
