/**
 * Where a finding's figure is printed, short enough for a result line: the publisher without its
 * explanations, and the locator without quoted section titles, asides or second places.
 * "Anthropic" + 'System card §4.1.1.2 "Opportunistic blackmail", p. 27' → "Anthropic · System card §4.1.1.2, p. 27".
 */
import type { Source } from '../../schema/index.ts';

export function shortLocator(locator: string): string {
  return locator
    .replace(/^"(.*)"$/, '$1')
    .replace(/\s*\([^)]*(?:\)|$)/g, '')
    .split(';')[0]!
    .replace(/\s*["“][^"”]*["”]/g, '')
    .replace(/\s*,(\s*,)+/g, ',')
    .replace(/\s+/g, ' ')
    .replace(/[\s,]+$/, '')
    .trim();
}

export function shortPublisher(publisher: string): string {
  return publisher.split(/\s*[(,]/)[0]!.trim();
}

/** The publisher is left out when the locator starts with it ("arXiv v2, Table 2"). */
export function whereMeasured(source: Pick<Source, 'publisher'> | undefined, locator: string): string {
  const place = shortLocator(locator);
  const publisher = source ? shortPublisher(source.publisher) : '';
  return publisher && !place.toLowerCase().startsWith(publisher.toLowerCase()) ? `${publisher} · ${place}` : place;
}
