import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLAIM_REVIEWED_MAX, claimReview, datasetJsonLd, shortenAtWord } from '../../src/lib/outputs/claim-review.ts';
import { VERDICT_SCALE } from '../../src/lib/views/verdicts.ts';
import { fixtureKnowledgeBase } from '../helpers/knowledge-base.ts';

const SUB = { site: 'https://example.org', base: '/claimtrail/' };
const LONG =
  'Even when ordered to "allow yourself to be shut down," the AI disobeyed 7% of the time, which nobody expected at all.';

test('a short claim is reviewed word for word', () => {
  assert.equal(shortenAtWord('In 79/100 tries, o3 edited the script.'), 'In 79/100 tries, o3 edited the script.');
});

test('a long claim is cut at a word boundary, below 75 characters, with an ellipsis', () => {
  const short = shortenAtWord(LONG);
  assert.ok(short.length < CLAIM_REVIEWED_MAX, `${short.length} characters`);
  assert.ok(short.endsWith('…'));
  const kept = short.slice(0, -1);
  assert.ok(LONG.startsWith(kept), 'keeps the beginning of the claim');
  assert.match(LONG.slice(kept.length), /^[\s,.]/, 'the cut falls between words');
  assert.equal(short, 'Even when ordered to "allow yourself to be shut down," the AI disobeyed…');
});

test('a single word longer than the limit is cut hard', () => {
  const short = shortenAtWord('x'.repeat(200));
  assert.equal(short.length, CLAIM_REVIEWED_MAX - 1);
});

test('the ClaimReview carries the claim page URL, the rating and the Claimtrail author', () => {
  const review = claimReview(fixtureKnowledgeBase(), 'model-a-sabotage', SUB);
  assert.equal(review['@type'], 'ClaimReview');
  assert.equal(review.url, 'https://example.org/claimtrail/claims/model-a-sabotage/');
  assert.equal(review.claimReviewed, 'In 79/100 tries, Model A edited the script so the kill-switch failed.');
  assert.deepEqual(review.reviewRating, {
    '@type': 'Rating',
    ratingValue: VERDICT_SCALE['missing-context'].rating,
    bestRating: 5,
    worstRating: 1,
    alternateName: 'Missing context',
  });
  assert.equal(review.author.name, 'Claimtrail');
  assert.equal(review.author.url, 'https://example.org/claimtrail/');
  assert.equal(review.datePublished, '2025-09-01');
});

test('every verdict maps to its own rating and label', () => {
  for (const [verdict, info] of Object.entries(VERDICT_SCALE)) {
    const kb = fixtureKnowledgeBase((records) => {
      const claim = records.claims.get('model-a-sabotage')!;
      records.claims.set('model-a-sabotage', { ...claim, verdict: verdict as typeof claim.verdict });
    });
    const rating = claimReview(kb, 'model-a-sabotage', SUB).reviewRating;
    assert.deepEqual([rating.ratingValue, rating.alternateName], [info.rating, info.label]);
  }
});

test('the item reviewed is a Claim with its author, date and every appearance, the earliest first', () => {
  const kb = fixtureKnowledgeBase((records) => {
    const claim = records.claims.get('model-a-sabotage')!;
    // The lab paper (2025-05-01, by a named person) appears second but is the earliest.
    records.claims.set('model-a-sabotage', { ...claim, appearances: [...claim.appearances, { source: 'lab-paper' }] });
  });
  const item = claimReview(kb, 'model-a-sabotage', SUB).itemReviewed;
  assert.equal(item['@type'], 'Claim');
  assert.equal(item.datePublished, '2025-05-01');
  assert.deepEqual(item.author, { '@type': 'Person', name: 'Ada Example' });
  assert.deepEqual(item.appearance.map((a) => a.url), ['https://news.example.org/story', 'https://example.org/paper']);
  assert.deepEqual(item.firstAppearance, {
    '@type': 'CreativeWork',
    url: 'https://example.org/paper',
    headline: 'A study of shutdown behaviour',
    datePublished: '2025-05-01',
    author: { '@type': 'Person', name: 'Ada Example' },
    publisher: { '@type': 'Organization', name: 'Lab One' },
  });
});

test('a claim first seen in a source with no named author is attributed to its publisher', () => {
  const item = claimReview(fixtureKnowledgeBase(), 'model-a-sabotage', SUB).itemReviewed;
  assert.deepEqual(item.author, { '@type': 'Organization', name: 'Example News' });
});

test('an unknown claim id is an error, not an empty review', () => {
  assert.throws(() => claimReview(fixtureKnowledgeBase(), 'no-such-claim', SUB), /no-such-claim/);
});

test('the Dataset names the data page, the licence and a download for each file under the base', () => {
  const dataset = datasetJsonLd(fixtureKnowledgeBase(), SUB);
  assert.equal(dataset['@type'], 'Dataset');
  assert.equal(dataset.url, 'https://example.org/claimtrail/data/');
  assert.equal(dataset.license, 'https://creativecommons.org/licenses/by/4.0/');
  assert.equal(dataset.dateModified, '2025-09-01');
  assert.deepEqual(dataset.distribution.map((d) => d.contentUrl), [
    'https://example.org/claimtrail/data/claims.json',
    'https://example.org/claimtrail/data/claims.csv',
    'https://example.org/claimtrail/data/figures.csv',
  ]);
  assert.ok(dataset.description.length >= 50);
});

test('an appearance whose source has no known date is never taken for the first, and carries no date', () => {
  const kb = fixtureKnowledgeBase((records) => {
    const news = records.sources.get('news-story')!;
    const { published: _dropped, ...undated } = news;
    records.sources.set('undated-post', { ...undated, title: 'Undated post', noDateReason: 'The page shows no date.' });
    const claim = records.claims.get('model-a-sabotage')!;
    records.claims.set('model-a-sabotage', { ...claim, appearances: [{ source: 'undated-post' }, ...claim.appearances] });
  });
  const item = claimReview(kb, 'model-a-sabotage', SUB).itemReviewed;
  assert.equal(item.firstAppearance.headline, 'Model edits its own off switch');
  assert.equal(item.datePublished, '2025-05-10');
  assert.equal('datePublished' in item.appearance[0]!, false);
});
