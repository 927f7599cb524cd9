/**
 * What a share card (the Open Graph / Twitter image of a page) says. A claim's card is read off its
 * claimCard(), so every word on it comes from the record: the claim as circulated, the verdict, each
 * figure as circulated beside the figure as measured with its condition in short, and the site name.
 * Pages without a card of their own share the site's card, which says what the site is.
 */
import { SITE_NAME } from '../site/site-config.ts';
import type { CardFigure, ClaimCard } from './claim-card.ts';
import { shorten } from './claim-card.ts';
import { lowerFirst } from '../words.ts';
import { VERDICT_ORDER, VERDICT_SCALE, type Verdict } from './verdicts.ts';

export interface ClaimShareCard {
  kind: 'claim';
  siteName: string;
  claim: string;
  verdict: Verdict;
  verdictLabel: string;
  /** The figures the card has room for, in the record's order. */
  figures: CardFigure[];
  /** Figures of the claim the card has no room for: the page shows them. */
  moreFigures: number;
  /** For a claim that states no figure, the record's one-sentence bottom line takes the figures' place. */
  bottomLine: string | undefined;
}

export interface SiteShareCard {
  kind: 'site';
  siteName: string;
  tagline: string;
  /** The verdict scale, worst last, as the site's badges show it. */
  verdicts: { verdict: Verdict; label: string }[];
}

export type ShareCard = ClaimShareCard | SiteShareCard;

/**
 * Two figure rows fit under a claim of two lines (up to about 90 characters at the card's largest
 * type); a longer claim keeps its three lines and one figure. The rest are one click away.
 */
export const CARD_FIGURES = 2;
export const SHORT_CLAIM = 90;

/** Social sites cut alt text at a few hundred characters (X: 420). */
const ALT_MAX = 420;

export const SITE_TAGLINE = 'Public claims about AI self-preservation behaviour, traced to their primary sources.';

export function claimShareCard(card: ClaimCard): ClaimShareCard {
  const shown = card.claim.length <= SHORT_CLAIM ? CARD_FIGURES : 1;
  return {
    kind: 'claim',
    siteName: SITE_NAME,
    claim: card.claim,
    verdict: card.verdict,
    verdictLabel: card.verdictLabel,
    figures: card.figures.slice(0, shown),
    moreFigures: Math.max(0, card.figures.length - shown),
    bottomLine: card.figures.length === 0 ? card.bottomLine : undefined,
  };
}

export const siteShareCard = (): SiteShareCard => ({
  kind: 'site',
  siteName: SITE_NAME,
  tagline: SITE_TAGLINE,
  verdicts: VERDICT_ORDER.map((verdict) => ({ verdict, label: VERDICT_SCALE[verdict].label })),
});

/** The card's words as one sentence, for og:image:alt: what a reader who cannot see the image is told. */
export function shareCardAlt(card: ShareCard): string {
  if (card.kind === 'site') return `${card.siteName}: ${card.tagline}`;
  const figures = card.figures.map(
    (figure) => `As circulated: ${figure.stated}; as measured: ${figure.measured}${figure.provenance ? `, ${lowerFirst(figure.provenance)}` : ''} (${figure.condition})`,
  );
  const rest = card.bottomLine ? [card.bottomLine] : figures;
  return shorten([`${card.siteName} verdict: ${card.verdictLabel}.`, `Claim: “${card.claim}”`, ...rest].join(' '), ALT_MAX);
}
