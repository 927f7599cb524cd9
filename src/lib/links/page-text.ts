/**
 * Whether a quote still occurs in a page: the page's text without markup, compared after both sides
 * are normalised the way pages vary while meaning the same words (whitespace, curly quotes, dashes,
 * case), so a changed source is reported and a restyled one is not.
 */
import { decodeHTML } from 'entities';
import { quotePieces } from '../deep-links/text-fragment.ts';

export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/gu, "'")
    .replace(/[“”„‟″]/gu, '"')
    .replace(/[\u00ad\u200b]/gu, '') // soft hyphens and zero-width spaces break words invisibly
    .replace(/[‐‑‒–—―−]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** The text a reader sees: scripts, styles and comments dropped, tags turned into spaces, entities decoded. */
export function htmlText(html: string): string {
  const visible = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return normaliseText(decodeHTML(visible));
}

/**
 * How many times the quote's first piece occurs in the text, when every piece occurs in order after it;
 * 0 when any piece is missing. More than 1 means a text fragment would highlight the first occurrence.
 */
export function quoteOccurrences(text: string, quote: string): number {
  const pieces = quotePieces(quote).map(normaliseText);
  if (pieces.length === 0) return 0;
  const [first, ...rest] = pieces as [string, ...string[]];
  let count = 0;
  let foundInOrder = false;
  for (let at = text.indexOf(first); at !== -1; at = text.indexOf(first, at + 1)) {
    count++;
    let cursor = at + first.length;
    foundInOrder ||= rest.every((piece) => {
      const next = text.indexOf(piece, cursor);
      cursor = next + piece.length;
      return next !== -1;
    });
  }
  return foundInOrder ? count : 0;
}
