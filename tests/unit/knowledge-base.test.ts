import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkContent } from '../../src/lib/check/check.ts';
import { recordMaps } from '../../src/lib/records/content-set.ts';
import { buildKnowledgeBase } from '../../src/lib/records/knowledge-base.ts';
import { claimSchema, findingSchema, sourceSchema } from '../../src/schema/index.ts';
import { fixtureProject } from '../helpers/fixtures.ts';
import { fixtureKnowledgeBaseWith, MODEL_B_CLAIM } from '../helpers/page-records.ts';

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

const source = (title: string, published?: string) =>
  sourceSchema.parse({
    title, kind: 'news-article', publisher: 'Example', primary: false, url: 'https://example.org/',
    noArchiveReason: 'Test record.', ...(published ? { published } : { noDateReason: 'The page shows no date.' }),
  });

const finding = findingSchema.parse({
  title: 'Model A sabotaged shutdown', summary: 'Model A edited its shutdown script in some runs of a test.',
  source: 'lab-paper', setting: 'lab-evaluation', topics: ['shutdown-resistance'], reviewed: '2026-01-01',
  figures: [{ id: 'a', model: 'model-a', measure: 'runs with sabotage', condition: 'No instruction.', numerator: 7,
    denominator: 100, locator: 'Table 1', quote: '7/100 runs', confidence: 'confirmed' }],
});

const claim = claimSchema.parse({
  title: 'Model A sabotaged 7 of 100 runs', claim: 'Model A sabotaged 7/100 runs.', verdict: 'accurate',
  appearances: [{ source: 'undated-post' }, { source: 'late-story' }, { source: 'early-story' }],
  bottomLine: 'Model A sabotaged 7 of 100 runs without an instruction.', setting: 'lab-evaluation',
  topics: ['shutdown-resistance'], findings: ['study'], added: '2026-01-01', reviewed: '2026-01-01',
  statedFigures: [{ text: '7/100 runs', finding: 'study', figure: 'a', numerator: 7, denominator: 100, fidelity: 'exact' }],
});

test('a retelling whose source has no known date comes after every dated one', () => {
  const kb = buildKnowledgeBase({
    sources: new Map([
      ['lab-paper', { ...source('Lab paper', '2025-05-01'), primary: true }],
      ['early-story', source('Early story', '2025-05-10')],
      ['late-story', source('Late story', '2025-09-01')],
      ['undated-post', source('Undated post')],
    ]),
    findings: new Map([['study', finding]]),
    claims: new Map([['claim', claim]]),
    reproductions: new Map(),
    models: new Map(),
    topics: new Map(),
  });
  const events = kb.timeline('study', 'a');
  assert.deepEqual(events.map((e) => [e.source.id, e.date]), [
    ['lab-paper', '2025-05-01'],
    ['early-story', '2025-05-10'],
    ['late-story', '2025-09-01'],
    ['undated-post', undefined],
  ]);
});

test('a claim that states one figure twice is one claim stating it', () => {
  const twice = { ...claim, statedFigures: [...claim.statedFigures, { ...claim.statedFigures[0]!, text: '7 of 100 runs' }] };
  const kb = buildKnowledgeBase({
    sources: new Map([['lab-paper', { ...source('Lab paper', '2025-05-01'), primary: true }]]),
    findings: new Map([['study', finding]]),
    claims: new Map([['claim', twice], ['other', claim]]),
    reproductions: new Map(), models: new Map(), topics: new Map(),
  });
  assert.deepEqual(kb.claimsStating('study', 'a').map((c) => c.id), ['claim', 'other']);
  assert.deepEqual(kb.claimsStating('study', 'no-such-figure'), []);
});

test('the indexed lookups agree with a scan of every record', () => {
  const kb = fixtureKnowledgeBaseWith({ 'model-b-84': MODEL_B_CLAIM });
  const claims = [...kb.claims].map(([id, data]) => ({ id, data }));
  for (const modelId of kb.models.keys()) {
    assert.deepEqual(kb.claimsAbout(modelId).map((c) => c.id), claims.filter((c) => kb.modelsOfClaim(c.id).includes(modelId)).map((c) => c.id));
    assert.deepEqual(kb.findingsAbout(modelId).map((f) => f.id), [...kb.findings.keys()].filter((id) => kb.modelsOfFinding(id).includes(modelId)));
  }
  for (const findingId of kb.findings.keys()) {
    assert.deepEqual(kb.claimsCiting(findingId).map((c) => c.id), claims.filter((c) => c.data.findings.includes(findingId)).map((c) => c.id));
    for (const figure of kb.findings.get(findingId)!.figures) {
      const stating = claims.filter((c) => c.data.statedFigures.some((s) => s.finding === findingId && s.figure === figure.id));
      assert.deepEqual(kb.claimsStating(findingId, figure.id).map((c) => c.id), stating.map((c) => c.id));
    }
  }
  assert.deepEqual(kb.claimsStating('shutdown-study', 'a-no-instruction').map((c) => c.id), ['model-a-sabotage']);
  assert.deepEqual(kb.claimsAbout('model-b').map((c) => c.id), ['model-b-84']);
  assert.deepEqual(kb.citing('news-story').claims.map((c) => c.id), ['model-a-sabotage', 'model-b-84']);
});
