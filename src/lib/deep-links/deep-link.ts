/**
 * "Go to the sentence": the link that opens a source where a quote or figure is printed.
 * HTML pages get a text fragment made from the quote, PDFs `#page=N`, arXiv papers their HTML
 * section where the record names it. No link when the record gives nothing to aim at.
 */
import type { Source } from '../../schema/index.ts';
import { textFragment } from './text-fragment.ts';

export interface SentenceTarget {
  quote?: string | undefined;
  /** PDF page, from the locator. */
  page?: number | undefined;
  /** Element id in the arXiv HTML version. */
  anchor?: string | undefined;
}

export interface DeepLink {
  url: string;
  /** The archived copy with the same aim, when the archive holds a copy of the page itself. */
  archiveUrl: string | undefined;
}

const isPdf = (url: URL) => url.pathname.toLowerCase().endsWith('.pdf');

/** arXiv abs/ and html/ addresses: the paper id with its version, if any. */
const ARXIV_PATH = /^\/(?:abs|html)\/(\d{4}\.\d{4,5}(?:v\d+)?)\/?$/;

/** The fragment or address change for one URL; undefined when nothing points closer than the URL itself. */
function aimAt(address: string, target: SentenceTarget): string | undefined {
  const url = new URL(address);
  if (url.hash) return undefined; // the record already aims somewhere; a second fragment would replace it
  if (isPdf(url)) return target.page === undefined ? undefined : `${address}#page=${target.page}`;
  const arxiv = url.hostname === 'arxiv.org' ? ARXIV_PATH.exec(url.pathname) : null;
  if (arxiv && target.anchor) return `https://arxiv.org/html/${arxiv[1]}#${encodeURIComponent(target.anchor)}`;
  const fragment = target.quote === undefined ? undefined : textFragment(target.quote);
  return fragment === undefined ? undefined : `${address}${fragment}`;
}

export function deepLink(source: Source | undefined, target: SentenceTarget): DeepLink | undefined {
  if (!source?.url) return undefined;
  const url = aimAt(source.url, target);
  if (url === undefined) return undefined;
  // A Wayback lookup is a calendar of captures, not the page: a fragment there has nothing to find.
  const archiveUrl = source.archiveUrl && source.archiveKind !== 'lookup' ? aimAt(source.archiveUrl, target) : undefined;
  return { url, archiveUrl };
}
