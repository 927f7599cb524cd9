import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appearancesByDate, firstAppearance } from '../../src/lib/views/appearances.ts';
import { fixtureKnowledgeBase } from '../helpers/knowledge-base.ts';

/** The fixture's claim, appearing in the given sources in the given order; one source is made undated. */
function claimAppearingIn(sources: string[]) {
  const kb = fixtureKnowledgeBase((records) => {
    const undated = records.sources.get('news-story')!;
    records.sources.set('undated-post', { ...undated, title: 'An undated post', published: undefined, noDateReason: 'The page shows no date.' });
    const claim = records.claims.get('model-a-sabotage')!;
    records.claims.set('model-a-sabotage', { ...claim, appearances: sources.map((source) => ({ source })) });
  });
  return { kb, claim: kb.claims.get('model-a-sabotage')! };
}

test('appearances run from the earliest dated one, undated ones last, whatever order the record lists them in', () => {
  // news-story 2025-05-10, lab-paper 2025-05-01, replication-post 2025-08-01.
  const { kb, claim } = claimAppearingIn(['undated-post', 'replication-post', 'news-story', 'lab-paper']);
  assert.deepEqual(
    appearancesByDate(kb, claim).map(({ appearance }) => appearance.source),
    ['lab-paper', 'news-story', 'replication-post', 'undated-post'],
  );
  assert.equal(firstAppearance(kb, claim).appearance.source, 'lab-paper');
});

test('appearances on the same date keep the order the record lists them in', () => {
  const kb = fixtureKnowledgeBase((records) => {
    for (const [id, source] of records.sources) records.sources.set(id, { ...source, published: '2025-05-10' });
    const claim = records.claims.get('model-a-sabotage')!;
    records.claims.set('model-a-sabotage', { ...claim, appearances: [{ source: 'news-story' }, { source: 'lab-paper' }] });
  });
  const claim = kb.claims.get('model-a-sabotage')!;
  assert.deepEqual(appearancesByDate(kb, claim).map(({ appearance }) => appearance.source), ['news-story', 'lab-paper']);
});

test('a claim seen only in undated places is first seen in the one listed first', () => {
  const { kb, claim } = claimAppearingIn(['undated-post']);
  assert.equal(firstAppearance(kb, claim).source.title, 'An undated post');
});
