/**
 * A figure names the model it measured, except an amount or a pooled rate that belongs to no single
 * model (a fund's size, an average over ten models); such figures are valid and add no model.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildKnowledgeBase } from '../../src/lib/records/knowledge-base.ts';
import { findingSchema } from '../../src/schema/index.ts';
import { figureModelText, modelStatusOf } from '../../src/lib/views/figure-model.ts';
import { emptyContentSet } from '../../src/lib/records/content-set.ts';
import { figuresRule } from '../../src/lib/check/rules/figures.ts';
import { unnamedModelText } from '../../src/lib/search/figure-line.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { resultsMatrices } from '../../src/lib/views/results-matrix.ts';

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
    {
      id: 'unnamed-run',
      modelNotNamed: true,
      measure: 'runs in which the system relaunched itself',
      condition: 'One run; the source names no model.',
      numerator: 1,
      denominator: null,
      locator: 'section 8',
      quote: 'in 1 run',
      confidence: 'confirmed',
    },
  ],
  reviewed: '2026-11-23',
});

test('a figure that is about no single model parses without a model', () => {
  assert.equal(finding.figures[0]?.model, undefined);
  assert.equal(finding.figures[1]?.model, 'model-a');
});

const empty = new Map();
const kb = buildKnowledgeBase({
  sources: empty, claims: empty, reproductions: empty, models: empty, topics: empty,
  findings: new Map([['fund', finding]]),
});

test('a finding lists only the models its figures actually name', () => {
  assert.deepEqual(kb.modelsOfFinding('fund'), ['model-a']);
});

test('a figure about one unnamed model reads "model not named by the source", never "not one model"', () => {
  assert.deepEqual(finding.figures.map(modelStatusOf), ['not-one-model', 'named', 'not-named']);
  assert.deepEqual(finding.figures.map((figure) => figureModelText(kb, figure)), [undefined, 'model-a', 'model not named by the source']);
});

test('a search result words a figure without a model as the pages do, saying what was measured', () => {
  const record = searchRecords(kb, (path) => path).find((candidate) => candidate.type === 'finding')!;
  assert.deepEqual(record.figures.map(unnamedModelText), [
    '(not one model: registered capital)',
    undefined,
    '(model not named by the source: runs in which the system relaunched itself)',
  ]);
  assert.ok(unnamedModelText(record.figures[2]!)!.startsWith(`(${figureModelText(kb, finding.figures[2]!)}:`));
});

test('a results matrix gives a model the source does not name its own row, so worded, apart from "not one model"', () => {
  const oneMeasure = { ...finding, figures: finding.figures.map((figure) => ({ ...figure, measure: 'runs' })) };
  const matrixKb = buildKnowledgeBase({
    sources: empty, claims: empty, reproductions: empty, models: empty, topics: empty,
    findings: new Map([['fund', oneMeasure]]),
  });
  const [matrix] = resultsMatrices(matrixKb, 'fund');
  assert.deepEqual(matrix!.rows.map((row) => row.modelName), ['Not one model', 'model-a', 'Model not named by the source']);
});

test('a figure cannot both name its model and say the source names none', () => {
  const both = { ...finding, figures: [{ ...finding.figures[2]!, model: 'model-a' }] };
  const content = emptyContentSet();
  content.findings.set('fund', { id: 'fund', file: 'fund.yaml', data: both, locate: () => ({ line: 9, column: 5 }) });
  const problems = figuresRule({ content, failed: [], knownIds: {} as never, raw: [], today: '2026-11-23' });
  assert.deepEqual(problems.map((p) => [p.rule, p.field]), [['figure-model', 'figures[0].modelNotNamed']]);
});
