import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allCorrections, correctionText } from '../../src/lib/views/corrections.ts';
import { fixtureKnowledgeBase } from '../helpers/knowledge-base.ts';

const corrected = () =>
  fixtureKnowledgeBase((records) => {
    const claim = records.claims.get('model-a-sabotage')!;
    records.claims.set('model-a-sabotage', { ...claim, corrections: [{ date: '2025-10-01', note: 'The verdict changed.' }] });
    const finding = records.findings.get('shutdown-study')!;
    records.findings.set('shutdown-study', {
      ...finding,
      corrections: [{ date: '2025-11-01', note: 'The locator named the wrong table.', was: 'Table 1', now: 'Table 2' }],
    });
    const source = records.sources.get('lab-paper')!;
    records.sources.set('lab-paper', { ...source, corrections: [{ date: '2025-10-01', note: 'The authors are now given in full.' }] });
  });

test('corrections to claims, findings and sources are listed together, newest first, each linked to its record', () => {
  assert.deepEqual(
    allCorrections(corrected()).map((c) => [c.date, c.id, c.path]),
    [
      ['2025-11-01', 'finding/shutdown-study/correction/1', '/findings/shutdown-study/'],
      ['2025-10-01', 'claim/model-a-sabotage/correction/1', '/claims/model-a-sabotage/'],
      ['2025-10-01', 'source/lab-paper/correction/1', '/sources/lab-paper/'],
    ],
  );
});

test('a correction reads as what was wrong, then what the record said and what it says now', () => {
  const [finding] = allCorrections(corrected());
  assert.equal(correctionText(finding!), 'The locator named the wrong table. It said: “Table 1” It now says: “Table 2”');
  assert.equal(correctionText({ date: '2025-10-01', note: 'A sentence was removed.', was: 'Gone.' }), 'A sentence was removed. It said: “Gone.”');
});

test('a knowledge base without corrections lists none', () => {
  assert.deepEqual(allCorrections(fixtureKnowledgeBase()), []);
});
