/**
 * schema.org JSON-LD: a ClaimReview for every claim page (https://schema.org/ClaimReview, in the
 * form Google's fact-check markup documents) and a Dataset for the data page.
 */
import type { Source } from '../../schema/index.ts';
import { firstAppearance, resolvedAppearances } from '../views/appearances.ts';
import { CONTENT_LICENSE, generatedDate } from './export-json.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { route } from '../routes.ts';
import { absoluteUrl, type SiteLocation } from '../site/site-url.ts';
import { VERDICT_SCALE } from '../views/verdicts.ts';

export const SITE_NAME = 'Claimtrail';

/** Google shows claimReviewed in a short snippet and asks for fewer than 75 characters. */
export const CLAIM_REVIEWED_MAX = 75;

/** The text shortened at a word boundary, with an ellipsis, to fewer than `limit` characters. */
export function shortenAtWord(text: string, limit: number = CLAIM_REVIEWED_MAX): string {
  const chars = [...text.trim().replace(/\s+/g, ' ')];
  if (chars.length < limit) return chars.join('');
  const room = chars.slice(0, limit - 1); // one character is kept for the ellipsis
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, limit - 2);
  return `${cut.join('').replace(/[\s,;:.!?…'"“‘(–—-]+$/u, '')}…`;
}

const organization = (name: string, url?: string) => ({ '@type': 'Organization', name, ...(url && { url }) });

/** The people who wrote a source, or its publisher when it names no one. */
function sourceAuthor(source: Source) {
  if (source.authors.length === 0) return organization(source.publisher);
  const people = source.authors.map((name) => ({ '@type': 'Person', name }));
  return people.length === 1 ? people[0]! : people;
}

function creativeWork(source: Source) {
  return {
    '@type': 'CreativeWork',
    ...(source.url && { url: source.url }),
    headline: source.title,
    ...(source.published && { datePublished: source.published }),
    author: sourceAuthor(source),
    publisher: organization(source.publisher),
  };
}

export function claimReview(kb: KnowledgeBase, claimId: string, location: SiteLocation) {
  const claim = kb.claims.get(claimId);
  if (!claim) throw new Error(`No claim with the id "${claimId}".`);
  const verdict = VERDICT_SCALE[claim.verdict];
  const first = firstAppearance(kb, claim);
  const ratings = Object.values(VERDICT_SCALE).map((v) => v.rating);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: absoluteUrl(location, route.claim(claimId)),
    name: claim.title,
    claimReviewed: shortenAtWord(claim.claim),
    reviewBody: claim.bottomLine,
    datePublished: claim.added,
    dateModified: claim.reviewed,
    author: organization(SITE_NAME, absoluteUrl(location, '/')),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: verdict.rating,
      bestRating: Math.max(...ratings),
      worstRating: Math.min(...ratings),
      alternateName: verdict.label,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: sourceAuthor(first.source),
      ...(first.source.published && { datePublished: first.source.published }),
      appearance: resolvedAppearances(kb, claim).map(({ source }) => creativeWork(source)),
      firstAppearance: creativeWork(first.source),
    },
  };
}

/** Where each data file lives and what it is, for the data page and its Dataset markup. */
export const DATA_FILES = [
  { path: '/data/claims.json', encodingFormat: 'application/json', name: 'Every record, with resolved references and derived statuses' },
  { path: '/data/claims.csv', encodingFormat: 'text/csv', name: 'One row per claim' },
  { path: '/data/figures.csv', encodingFormat: 'text/csv', name: 'One row per figure of every finding' },
] as const;

export const DATA_PAGE_PATH = '/data/';

export function datasetJsonLd(kb: KnowledgeBase, location: SiteLocation) {
  const home = absoluteUrl(location, '/');
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'Claimtrail: claims about AI self-preservation behaviour, checked against their primary sources',
    description:
      `${kb.claims.size} public claims about AI "self-preservation" behaviour (shutdown sabotage, blackmail in agentic tests, ` +
      `self-exfiltration, scheming), each with a verdict and the figures it states, compared with ${kb.findings.size} findings ` +
      'from primary sources: model, exact experimental condition, sample size, locator and quote, and the reproduction status of each finding.',
    url: absoluteUrl(location, DATA_PAGE_PATH),
    license: CONTENT_LICENSE.url,
    isAccessibleForFree: true,
    creator: organization(SITE_NAME, home),
    publisher: organization(SITE_NAME, home),
    dateModified: generatedDate(kb),
    keywords: [...kb.topics.values()].map((topic) => topic.name),
    distribution: DATA_FILES.map((file) => ({
      '@type': 'DataDownload',
      name: file.name,
      encodingFormat: file.encodingFormat,
      contentUrl: absoluteUrl(location, file.path),
    })),
  };
}
