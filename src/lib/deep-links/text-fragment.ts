/**
 * URL text fragments (`#:~:text=`, WICG Scroll-to-Text, https://wicg.github.io/scroll-to-text-fragment/)
 * built from a record's verbatim quote, so a link lands on the sentence rather than the document.
 */

/** Quotes longer than this many words are linked by their first and last words only. */
const MAX_WORDS = 10;
/** How many words each end keeps when a long quote is shortened. */
const END_WORDS = 5;

/**
 * Marks that split a quote into pieces the page prints apart: an elision (…, ..., […]) or an editor's
 * insertion in square brackets. The page holds the pieces in order but not the marks.
 */
const GAPS = /\s*(?:\[[^\]]*\]|…|\.\.\.)\s*/u;

/** Characters a text directive value must escape beyond encodeURIComponent: `-` marks prefix and suffix. */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

/** The runs of words a page prints contiguously, in order: the quote split at its elisions and insertions. */
export function quotePieces(quote: string): string[] {
  return quote
    .split(GAPS)
    .map((piece) => piece.replace(/^[\s"“”'‘’(]+|[\s"“”'‘’)]+$/gu, '').replace(/[.,;:!?]+$/u, ''))
    .filter((piece) => words(piece).length > 0);
}

/**
 * textStart and, where the quote is long or elided, textEnd: the first words of the first piece and
 * the last words of the last. A browser then highlights the whole range between them.
 * Outer quotation marks and trailing punctuation are dropped, since pages often set them differently.
 */
export function textRange(quote: string): { start: string; end: string | undefined } | undefined {
  const pieces = quotePieces(quote);
  if (pieces.length === 0) return undefined;
  const first = words(pieces[0]!);
  const last = words(pieces.at(-1)!);
  if (pieces.length === 1 && first.length <= MAX_WORDS) return { start: first.join(' '), end: undefined };
  if (pieces.length === 1) return { start: first.slice(0, END_WORDS).join(' '), end: first.slice(-END_WORDS).join(' ') };
  const start = first.length <= MAX_WORDS ? first : first.slice(0, END_WORDS);
  const end = last.length <= MAX_WORDS ? last : last.slice(-END_WORDS);
  return { start: start.join(' '), end: end.join(' ') };
}

/**
 * The fragment that highlights the quote, e.g. `#:~:text=o3%2C%20OpenAI's,initial%20experiments`.
 * No prefix or suffix: whether a quote is ambiguous depends on the page, which the build never fetches;
 * `npm run links` reports quotes that occur more than once.
 */
export function textFragment(quote: string): string | undefined {
  const range = textRange(quote);
  if (!range) return undefined;
  const parts = [range.start, range.end].filter((part): part is string => part !== undefined).map(encodeTextDirective);
  return `#:~:text=${parts.join(',')}`;
}
