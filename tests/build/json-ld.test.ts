/** The schema.org markup of the built pages: one ClaimReview per claim page, a Dataset on the data page. */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { CLAIM_REVIEWED_MAX } from '../../src/lib/outputs/claim-review.ts';
import { byDate } from '../../src/lib/records/date-order.ts';
import type { ClaimsDocument } from '../../src/lib/outputs/export-json.ts';
import { csvRecords } from '../helpers/csv.ts';
import { DIST, decodeHtml, jsonLdIn, readSiteFile, requireBuild, siteFiles } from '../helpers/dist.ts';

type Json = Record<string, any>;
let doc: ClaimsDocument;
before(() => {
  requireBuild();
  doc = JSON.parse(readSiteFile(DIST, '/data/claims.json'));
});

const ofType = (html: string, type: string) => jsonLdIn(html).filter((block): block is Json => (block as Json)['@type'] === type);

/** A source's date, or nothing when the source says its date is unknown. */
type Appearance = ClaimsDocument['claims'][number]['appearances'][number];

const assertCreativeWork = (work: Json, appearance: Appearance, where: string) => {
  assert.equal(work['@type'], 'CreativeWork', where);
  assert.equal(work['headline'], appearance.source.title, `${where}: headline`);
  assert.equal(work['datePublished'], appearance.source.published ?? undefined, `${where}: datePublished`);
  assert.equal(work['url'], appearance.source.url ?? undefined, `${where}: url`);
  assert.equal(work['publisher']?.name, appearance.source.publisher, `${where}: publisher`);
};

test('every claim page carries one ClaimReview with the fields fact-check readers need', () => {
  const pages = siteFiles(DIST).filter((file) => /^\/claims\/[^/]+\/index\.html$/.test(file));
  assert.equal(pages.length, doc.claims.length, 'one page per claim');
  for (const claim of doc.claims) {
    const where = `claim ${claim.id}`;
    const reviews = ofType(readSiteFile(DIST, `/claims/${claim.id}/index.html`), 'ClaimReview');
    assert.equal(reviews.length, 1, `${where}: one ClaimReview`);
    const review = reviews[0]!;
    assert.equal(review['@context'], 'https://schema.org');
    assert.equal(review['url'], claim.url, where);
    assert.ok(review['claimReviewed'].length > 0 && review['claimReviewed'].length < CLAIM_REVIEWED_MAX, `${where}: claimReviewed length`);
    assert.equal(review['author'].name, 'Claimtrail');
    assert.equal(review['datePublished'], claim.added);
    assert.deepEqual(review['reviewRating'], {
      '@type': 'Rating', ratingValue: claim.verdict.rating, bestRating: 5, worstRating: 1, alternateName: claim.verdict.label,
    });
    const item = review['itemReviewed'];
    assert.equal(item['@type'], 'Claim', where);
    assert.ok([item['author']].flat().every((a: Json) => ['Person', 'Organization'].includes(a['@type']) && a['name']), `${where}: author`);
    assert.equal(item['appearance'].length, claim.appearances.length, `${where}: every appearance`);
    item['appearance'].forEach((work: Json, i: number) => assertCreativeWork(work, claim.appearances[i]!, `${where} appearance ${i}`));
    const first = claim.appearances.find((a) => a.source.title === item['firstAppearance'].headline);
    assert.ok(first, `${where}: firstAppearance is one of the appearances`);
    assertCreativeWork(item['firstAppearance'], first, `${where} firstAppearance`);
    const dates = claim.appearances.flatMap((a) => a.source.published ?? []).sort(byDate('oldest-first'));
    assert.equal(item['datePublished'], dates[0], `${where}: the claim is dated by its earliest established appearance`);
  }
});

/** The "First seen" line of a claim page: the publisher and the date (undefined when the page says it is unknown). */
function firstSeenOn(html: string, where: string): { publisher: string; date: string | undefined } {
  const match = /class="[^"]*\bfirst-seen\b[^"]*"[^>]*>First seen: <span class="first-seen-publisher"[^>]*>([^<]*)<\/span>, (?:<time datetime="([^"]+)"|<span[^>]*>date unknown)/.exec(html);
  assert.ok(match, `${where}: a "First seen" line`);
  return { publisher: decodeHtml(match[1]!), date: match[2] };
}

test('"first seen" on every claim page is the first appearance in its ClaimReview and in claims.csv', () => {
  const rows = new Map(csvRecords(readSiteFile(DIST, '/data/claims.csv')).map((row) => [row['id'], row]));
  for (const claim of doc.claims) {
    const where = `claim ${claim.id}`;
    const html = readSiteFile(DIST, `/claims/${claim.id}/index.html`);
    const seen = firstSeenOn(html, where);
    const item = ofType(html, 'ClaimReview')[0]!['itemReviewed'];
    assert.equal(seen.publisher, item['firstAppearance'].publisher.name, `${where}: publisher, page and JSON-LD`);
    assert.equal(seen.date, item['firstAppearance'].datePublished, `${where}: date, page and JSON-LD`);
    assert.equal(seen.date, item['datePublished'], `${where}: the claim's date in the JSON-LD`);
    const row = rows.get(claim.id)!;
    assert.equal(seen.publisher, row['first_appearance_publisher'], `${where}: publisher, page and CSV`);
    assert.equal(seen.date ?? '', row['first_appeared'], `${where}: date, page and CSV`);
  }
});

test('the data page carries a Dataset with a download for each data file', () => {
  const [dataset, ...others] = ofType(readSiteFile(DIST, '/data/index.html'), 'Dataset');
  assert.equal(others.length, 0);
  assert.ok(dataset, 'a Dataset block');
  assert.equal(dataset['license'], doc.licenseUrl);
  const downloads: string[] = dataset['distribution'].map((d: Json) => d['contentUrl']);
  assert.deepEqual(downloads, ['claims.json', 'claims.csv', 'figures.csv'].map((file) => new URL(`data/${file}`, doc.home).href));
  for (const url of downloads) assert.ok(siteFiles(DIST).includes(`/${url.slice(doc.home.length)}`), `${url} is built`);
});
