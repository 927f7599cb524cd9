/**
 * A structured `page` must be one the locator names in words ("p. 27", "pp. 32–33", "page 4"), so the
 * link that opens a PDF at it and the locator a reader sees never disagree. A figure in a PDF whose
 * locator names a page should carry it, so its link opens there.
 */
import type { Entry, Rule } from '../../records/content-set.ts';
import { problemAt } from '../../records/content-set.ts';
import type { FieldPath, Problem } from '../problem.ts';

const PAGE_MENTION = /\b(?:pp?\.|pages?)\s*(\d+)(?:\s*[–—-]\s*(\d+))?/giu;

/** Every page a locator names, ranges expanded. */
export function pagesNamed(locator: string): number[] {
  const pages: number[] = [];
  for (const [, from, to] of locator.matchAll(PAGE_MENTION)) {
    const first = Number(from);
    const last = to === undefined ? first : Number(to);
    for (let page = first; page <= Math.max(first, last); page++) pages.push(page);
  }
  return pages;
}

const isPdfUrl = (url: string | undefined) => url !== undefined && URL.canParse(url) && new URL(url).pathname.toLowerCase().endsWith('.pdf');

interface Located {
  locator?: string | undefined;
  page?: number | undefined;
}

function checkPage(entry: Entry<unknown>, path: FieldPath, item: Located, inPdf: boolean): Problem[] {
  const named = pagesNamed(item.locator ?? '');
  if (item.page !== undefined && !named.includes(item.page)) {
    const said = named.length > 0 ? `names ${named.length === 1 ? `page ${named[0]}` : `pages ${named[0]}–${named.at(-1)}`}` : 'names no page';
    return [problemAt(entry, [...path, 'page'], 'locator-page', `page is ${item.page}, but the locator ${said}; write the page in the locator ("p. ${item.page}") or correct it.`)];
  }
  if (item.page === undefined && inPdf && named.length > 0) {
    return [problemAt(entry, [...path, 'locator'], 'locator-page', `The locator names page ${named[0]} of a PDF; add page: ${named[0]} so the link opens the PDF there.`)];
  }
  return [];
}

export const pagesRule: Rule = ({ content }) => {
  const problems: Problem[] = [];
  const pdf = (sourceId: string) => isPdfUrl(content.sources.get(sourceId)?.data.url);
  for (const entry of [...content.findings.values(), ...content.reproductions.values()]) {
    const inPdf = pdf(entry.data.source);
    entry.data.figures.forEach((figure, i) => problems.push(...checkPage(entry, ['figures', i], figure, inPdf)));
  }
  for (const claim of content.claims.values()) {
    claim.data.appearances.forEach((appearance, i) => problems.push(...checkPage(claim, ['appearances', i], appearance, pdf(appearance.source))));
  }
  return problems;
};
