/**
 * A claim in brief, for the places it travels without the site around it: the embeddable card and the
 * share image. The claim as circulated, the verdict, and each figure as circulated beside the figure as
 * measured with its condition in short.
 */
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { route } from '../routes.ts';
import { absoluteUrl, type SiteLocation } from '../site/site-url.ts';
import { figureBox } from './figure-box.ts';
import { VERDICT_SCALE, type Verdict } from './verdicts.ts';

export interface CardFigure {
  stated: string;
  /** The figure as measured, with its model: "79/100 (79%), OpenAI o3". */
  measured: string;
  condition: string;
  /**
   * How the figure was read, when not in the primary source itself ("Read only in a quotation of the
   * source"): a card travels without the page, so it must not pass off a press report's number as measured.
   */
  provenance: string | undefined;
}

export interface ClaimCard {
  id: string;
  url: string;
  title: string;
  claim: string;
  verdict: Verdict;
  verdictLabel: string;
  bottomLine: string;
  figures: CardFigure[];
}

/** At most `max` characters, cut at a word and marked with an ellipsis; a card has room for a clause, not a paragraph. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  // Keep the last word when the cut falls just after it.
  const atWord = flat[max - 1] === ' ' ? cut : cut.slice(0, Math.max(cut.lastIndexOf(' '), Math.floor(max / 2)));
  return `${atWord.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

export const CONDITION_MAX = 110;

export function claimCard(kb: KnowledgeBase, id: string, location: SiteLocation): ClaimCard {
  const claim = kb.claims.get(id)!;
  return {
    id,
    url: absoluteUrl(location, route.claim(id)),
    title: claim.title,
    claim: claim.claim,
    verdict: claim.verdict,
    verdictLabel: VERDICT_SCALE[claim.verdict].label,
    bottomLine: claim.bottomLine,
    figures: figureBox(kb, id).map((row) => ({
      stated: row.stated,
      measured: row.modelName ? `${row.measured}, ${row.modelName}` : row.measured,
      condition: shorten(row.condition, CONDITION_MAX),
      provenance: row.confirmed ? undefined : row.confidence,
    })),
  };
}
