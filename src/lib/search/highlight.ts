/**
 * Which parts of a shown text matched, as plain segments the page turns into text nodes
 * (and <mark> elements around matched ones); never HTML.
 */
import { fold } from './fold.ts';
import { isNumberToken } from './tokens.ts';

export interface Segment {
  text: string;
  match: boolean;
}

// A word, or a number with its decimals: "84", "97.3", "1,000".
const SPAN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{N}]+/gu;

/** The values behind matched number tokens: "=c79/100" gives 79 and 100, "=p84" gives 84. */
function matchedNumbers(matched: readonly string[]): Set<string> {
  return new Set(matched.filter(isNumberToken).flatMap((token) => token.slice(2).split('/')));
}

export function highlight(text: string, matched: readonly string[]): Segment[] {
  const words = new Set(matched.filter((token) => !isNumberToken(token)));
  const numbers = matchedNumbers(matched);
  const segments: Segment[] = [];
  let last = 0;
  for (const span of text.matchAll(SPAN)) {
    const value = span[0];
    const isMatch = /^\d/.test(value) ? numbers.has(value.replace(/,/g, '')) : words.has(fold(value));
    if (!isMatch) continue;
    if (span.index > last) segments.push({ text: text.slice(last, span.index), match: false });
    segments.push({ text: value, match: true });
    last = span.index + value.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
