/**
 * A figure names the model it measured, except an amount or a pooled rate that belongs to no single
 * model (a fund's size, an average over ten models); such figures are valid and add no model.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildKnowledgeBase } from '../../src/lib/records/knowledge-base.ts';
import { findingSchema } from '../../src/schema/index.ts';

const finding = findingSchema.parse({
  title: 'A state fund was registered',
  summary: 'A government register shows a new investment fund and its registered capital.',
  source: 'register',
  setting: 'official-record',
  topics: ['ai-policy'],
  figures: [
    {
      id: 'fund-size',
      measure: 'registered capital',
      condition: 'At registration.',
      amount: 60.06,
      unit: 'billion yuan',
      locator: 'register entry',
      quote: 'registered capital of 60.06 billion yuan',
      confidence: 'secondary',
    },
    {
      id: 'model-rate',
      model: 'model-a',
      measure: 'runs with the behaviour',
      condition: 'Default prompt.',
      numerator: 3,
      denominator: 10,
      locator: 'table 1',
      quote: '3 of 10 runs',
      confidence: 'confirmed',
    },
  ],
  reviewed: '2026-11-23',
});

test('a figure that is about no single model parses without a model', () => {
  assert.equal(finding.figures[0]?.model, undefined);
  assert.equal(finding.figures[1]?.model, 'model-a');
});

test('a finding lists only the models its figures actually name', () => {
  const empty = new Map();
  const kb = buildKnowledgeBase({
    sources: empty, claims: empty, reproductions: empty, models: empty, topics: empty,
    findings: new Map([['fund', finding]]),
  });
  assert.deepEqual(kb.modelsOfFinding('fund'), ['model-a']);
});
