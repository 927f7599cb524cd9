/** Deep links for the records that hold quotes: a finding's figures and a claim's appearances. */
import type { Claim, FindingFigure } from '../../schema/index.ts';
import { printingSourceId, type KnowledgeBase } from '../records/knowledge-base.ts';
import { deepLink, type DeepLink } from './deep-link.ts';

/** The source that prints a figure (printingSourceId), by its finding's id. */
export function figureSourceId(kb: KnowledgeBase, findingId: string, figure: FindingFigure): string | undefined {
  const finding = kb.findings.get(findingId);
  return finding && printingSourceId(finding, figure);
}

/**
 * The sentence printing a figure, in the source that prints it. Aimed at the quote only when the
 * quote was read there (confirmed): a quote read in someone's quotation of the source may not be
 * its wording, and a link that finds nothing would suggest the source does not say it.
 */
export function figureDeepLink(kb: KnowledgeBase, findingId: string, figure: FindingFigure): DeepLink | undefined {
  const sourceId = figureSourceId(kb, findingId, figure);
  const target = figure.confidence === 'confirmed' ? figure : { ...figure, quote: undefined };
  return sourceId === undefined ? undefined : deepLink(kb.sources.get(sourceId), target);
}

/** Where the claim appeared, aimed at its wording there (the claim text when the appearance records none: the schema holds it verbatim). */
export function appearanceDeepLink(kb: KnowledgeBase, claim: Claim, appearance: Claim['appearances'][number]): DeepLink | undefined {
  return deepLink(kb.sources.get(appearance.source), { quote: appearance.wording ?? claim.claim, page: appearance.page });
}
