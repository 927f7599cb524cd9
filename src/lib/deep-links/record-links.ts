/** Deep links for the records that hold quotes: a finding's figures and a claim's appearances. */
import type { Claim, FindingFigure } from '../../schema/index.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { deepLink, type DeepLink } from './deep-link.ts';

/** The sentence printing a figure, in the primary source of its finding. */
export function figureDeepLink(kb: KnowledgeBase, findingId: string, figure: FindingFigure): DeepLink | undefined {
  const finding = kb.findings.get(findingId);
  return finding && deepLink(kb.sources.get(finding.source), figure);
}

/** Where the claim appeared, aimed at its wording there (the claim text when the appearance records none: the schema holds it verbatim). */
export function appearanceDeepLink(kb: KnowledgeBase, claim: Claim, appearance: Claim['appearances'][number]): DeepLink | undefined {
  return deepLink(kb.sources.get(appearance.source), { quote: appearance.wording ?? claim.claim, page: appearance.page });
}
