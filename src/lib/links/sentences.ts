/**
 * The sentence check of `npm run links`: each figure's quote should still occur in its HTML source.
 * A quote that no longer occurs means the source changed under the record; one that occurs more than
 * once means the "Go to the sentence" link highlights the first occurrence, which may not be the one meant.
 */
import type { ContentSet, Entry } from '../records/content-set.ts';
import { problemAt } from '../records/content-set.ts';
import type { FieldPath, Problem } from '../check/problem.ts';
import { fetchPageText, type PageText } from './fetch-page.ts';
import { quoteOccurrences } from './page-text.ts';
import { mapPool } from './pool.ts';
import type { ProbeOptions } from './probe.ts';

export interface QuoteSite {
  url: string;
  quote: string;
  entry: Entry<unknown>;
  path: FieldPath;
}

const isPdf = (url: string) => new URL(url).pathname.toLowerCase().endsWith('.pdf');

/** Every figure quote with the URL of the source it was read in; PDFs are left out (no page text to compare). */
export function quoteSites(content: ContentSet): QuoteSite[] {
  const records = [...content.findings.values(), ...content.reproductions.values()];
  return records.flatMap((entry) => {
    const url = content.sources.get(entry.data.source)?.data.url;
    if (!url || isPdf(url)) return [];
    return entry.data.figures.flatMap((figure, i) => (figure.quote ? [{ url, quote: figure.quote, entry, path: ['figures', i, 'quote'] }] : []));
  });
}

export interface SentenceCheck {
  problems: Problem[];
  /** Pages downloaded, and how many of them were HTML. */
  fetched: number;
  html: number;
}

export async function checkSentences(content: ContentSet, probe: ProbeOptions, concurrency: number): Promise<SentenceCheck> {
  const sites = quoteSites(content);
  const urls = [...new Set(sites.map((site) => site.url))];
  const pages = new Map<string, PageText>();
  await mapPool(urls, concurrency, async (url) => void pages.set(url, await fetchPageText(url, probe)));
  const problems: Problem[] = [];
  for (const site of sites) {
    const page = pages.get(site.url);
    // Unreachable pages are the link check's to report; other formats have no text to compare.
    if (!page || !('kind' in page) || page.kind !== 'html') continue;
    const occurrences = quoteOccurrences(page.text, site.quote);
    if (occurrences === 0) {
      problems.push(warning(site, 'quote-not-found', `The quote no longer occurs in ${site.url}: the page may have changed since it was read. Compare it with the archived copy and correct the record, or note the change.`));
    } else if (occurrences > 1) {
      problems.push(warning(site, 'quote-ambiguous', `The quote occurs ${occurrences} times in ${site.url}, so "Go to the sentence" highlights the first; quote a few more words to make it unique.`));
    }
  }
  const html = [...pages.values()].filter((page) => 'kind' in page && page.kind === 'html').length;
  return { problems, fetched: urls.length, html };
}

function warning(site: QuoteSite, rule: string, message: string): Problem {
  return { ...problemAt(site.entry, site.path, rule, message), severity: 'warning' };
}
