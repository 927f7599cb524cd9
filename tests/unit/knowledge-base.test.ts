import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkContent } from '../../src/lib/check.ts';
import { recordMaps } from '../../src/lib/content-set.ts';
import { buildKnowledgeBase } from '../../src/lib/knowledge-base.ts';
import { fixtureProject } from '../helpers/fixtures.ts';

function fixtureKnowledgeBase() {
  const project = fixtureProject();
  try {
    return buildKnowledgeBase(recordMaps(checkContent({ projectRoot: project.root, today: '2026-11-23' }).content));
  } finally {
    project.cleanup();
  }
}

test('a finding with an independent successful rerun is independently reproduced; one without attempts is not yet attempted', () => {
  const kb = fixtureKnowledgeBase();
  assert.equal(kb.statusOf('shutdown-study'), 'independently-reproduced');
  assert.deepEqual(kb.reproductionsOf('shutdown-study').map((r) => r.id), ['shutdown-rerun']);
  assert.equal(kb.statusOf('no-such-finding'), 'not-yet-attempted');
});

test('the timeline starts at the primary source and lists each retelling with its fidelity, by date', () => {
  const kb = fixtureKnowledgeBase();
  const events = kb.timeline('shutdown-study', 'a-no-instruction');
  assert.deepEqual(
    events.map((e) => [e.kind, e.date, e.source.id, e.kind === 'retelling' ? e.stated.fidelity : '']),
    [
      ['source', '2025-05-01', 'lab-paper', ''],
      ['retelling', '2025-05-10', 'news-story', 'condition-dropped'],
    ],
  );
  assert.deepEqual(kb.timeline('shutdown-study', 'b-rate').map((e) => e.kind), ['source']);
});

test('citations are found from both sides: what a source is cited by, what a claim is about', () => {
  const kb = fixtureKnowledgeBase();
  const citing = kb.citing('lab-paper');
  assert.deepEqual(citing.findings.map((f) => f.id), ['shutdown-study']);
  assert.deepEqual(kb.citing('news-story').claims.map((c) => c.id), ['model-a-sabotage']);
  assert.deepEqual(kb.claimsCiting('shutdown-study').map((c) => c.id), ['model-a-sabotage']);
  assert.deepEqual(kb.modelsOfClaim('model-a-sabotage'), ['model-a']);
  assert.deepEqual(kb.modelsOfFinding('shutdown-study'), ['model-a', 'model-b']);
  assert.equal(kb.restsOnPrimary('model-a-sabotage'), true);
});
