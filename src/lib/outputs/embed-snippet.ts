/**
 * The "Embed this check" snippet: plain HTML a publisher pastes into an article. No script, no style
 * attribute, no request to anywhere: a blockquote that reads well under any page's own styles, and a
 * link back. Every record string is escaped, so a hostile one stays text.
 */
import type { CardFigure, ClaimCard } from '../views/claim-card.ts';
import { lowerFirst } from '../words.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);

/** " (read only in a quotation of the source)" after a figure not read in the primary source. */
const provenanceOf = (figure: CardFigure) => (figure.provenance ? ` (${escapeHtml(lowerFirst(figure.provenance))})` : '');

export function embedSnippet(card: ClaimCard, siteName = 'Claimtrail'): string {
  const url = escapeHtml(card.url);
  const figures = card.figures.map(
    (figure) =>
      `  <p>As circulated: ${escapeHtml(figure.stated)}. As measured: ${escapeHtml(figure.measured)}${provenanceOf(figure)}. Condition: ${escapeHtml(figure.condition)}</p>`,
  );
  return [
    `<blockquote class="claimtrail-embed" cite="${url}">`,
    `  <p>Claim: “${escapeHtml(card.claim)}”</p>`,
    `  <p><strong>Verdict: ${escapeHtml(card.verdictLabel)}.</strong> ${escapeHtml(card.bottomLine)}</p>`,
    ...figures,
    `  <p>— <a href="${url}">Checked by ${escapeHtml(siteName)}: ${escapeHtml(card.title)}</a></p>`,
    '</blockquote>',
  ].join('\n');
}

