import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedItems } from '../../src/lib/outputs/feed.ts';
import { fixtureKnowledgeBase } from '../helpers/knowledge-base.ts';

test('the feed lists each new claim and each reproduction, newest first', () => {
  const items = feedItems(fixtureKnowledgeBase());
  assert.deepEqual(
    items.map((item) => [item.date, item.kind, item.path]),
    [
      ['2025-09-01', 'new-claim', '/claims/model-a-sabotage/'],
      ['2025-08-01', 'reproduction', '/findings/shutdown-study/'],
    ],
  );
  assert.match(items[0]!.description, /^Missing context\. True for the runs/);
});

test('corrections to claims, findings and sources become items of their own, with unique ids', () => {
  const kb = fixtureKnowledgeBase((records) => {
    const claim = records.claims.get('model-a-sabotage')!;
    records.claims.set('model-a-sabotage', {
      ...claim,
      corrections: [
        { date: '2025-10-01', note: 'Verdict changed from accurate to missing context.' },
        { date: '2025-11-01', note: 'Added the second appearance.' },
      ],
    });
    const finding = records.findings.get('shutdown-study')!;
    records.findings.set('shutdown-study', { ...finding, corrections: [{ date: '2025-10-15', note: 'Fixed the locator.', was: 'Table 1', now: 'Table 2' }] });
    const source = records.sources.get('lab-paper')!;
    records.sources.set('lab-paper', { ...source, corrections: [{ date: '2025-10-20', note: 'Gave the authors in full.' }] });
  });
  const corrections = feedItems(kb).filter((item) => item.kind === 'correction');
  assert.deepEqual(corrections.map((c) => [c.date, c.path, c.description]), [
    ['2025-11-01', '/claims/model-a-sabotage/', 'Added the second appearance.'],
    ['2025-10-20', '/sources/lab-paper/', 'Gave the authors in full.'],
    ['2025-10-15', '/findings/shutdown-study/', 'Fixed the locator. It said: “Table 1” It now says: “Table 2”'],
    ['2025-10-01', '/claims/model-a-sabotage/', 'Verdict changed from accurate to missing context.'],
  ]);
  const ids = feedItems(kb).map((item) => item.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('news of a finding links to the finding page, even when no claim rests on it', () => {
  const kb = fixtureKnowledgeBase((records) => records.claims.clear());
  assert.deepEqual(feedItems(kb).map((item) => item.path), ['/findings/shutdown-study/']);
});

test('each response on the record is an item, quoted as said, on the page of the record it answers', () => {
  const response = { who: 'Lab One', role: 'authors', date: '2025-10-20', quote: 'The runs used a test harness only.', source: 'lab-paper', contacted: false, confidence: 'confirmed' } as const;
  const kb = fixtureKnowledgeBase((records) => {
    const finding = records.findings.get('shutdown-study')!;
    records.findings.set('shutdown-study', { ...finding, responses: [response] });
  });
  const items = feedItems(kb).filter((item) => item.kind === 'response');
  assert.deepEqual(items.map((item) => [item.id, item.date, item.path]), [['finding/shutdown-study/response/1', '2025-10-20', '/findings/shutdown-study/']]);
  assert.equal(items[0]!.description, '“The runs used a test harness only.” (Lab One, 2025-10-20)');
});
