/**
 * The figure a result shows is the one the query asks about. Over the real content and over a
 * synthetic corpus: for every finding figure with a model, "<model name> <number as printed>" (and
 * the same with each of the model's aliases) returns the finding in the top 3 showing exactly that
 * model's figure with that number, and no result shows another model's figure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateCorpus } from '../../bench/corpus.ts';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/lib/records/knowledge-base.ts';
import { fold } from '../../src/lib/search/fold.ts';
import { numberTerms } from '../../src/lib/search/number-tokens.ts';
import { unnamedModelText } from '../../src/lib/search/figure-line.ts';
import { searchRecords, type SearchFigure, type SearchRecord } from '../../src/lib/search/records.ts';
import { figureModelText } from '../../src/lib/views/figure-model.ts';
import { tokensOf } from '../../src/lib/search/tokens.ts';
import type { Model } from '../../src/schema/index.ts';
import { knowledgeBaseOf } from '../helpers/page-records.ts';
import { engineFor } from '../helpers/search.ts';

interface Checked {
  figures: number;
  aliases: number;
  queries: number;
  failures: string[];
}

const numbersOf = (figure: SearchFigure) => new Set(tokensOf(figure.forms.join(' ; ')));

/** Whether a figure is this model's and states the number of the query. */
const answers = (figure: SearchFigure, model: string, written: readonly string[]) =>
  figure.modelId === model && written.every((token) => numbersOf(figure).has(token));

async function checkFigures(kb: KnowledgeBase): Promise<Checked> {
  const records = searchRecords(kb, (path) => path);
  const engine = await engineFor(records, kb.models.values());
  const checked: Checked = { figures: 0, aliases: 0, queries: 0, failures: [] };
  const aliased = new Set<string>();
  for (const finding of records.filter((record) => record.type === 'finding')) {
    for (const figure of finding.figures) {
      const model = figure.modelId === undefined ? undefined : kb.models.get(figure.modelId);
      if (!model) continue;
      checked.figures++;
      const printed = figure.forms[0]!;
      for (const name of [model.name, ...model.aliases]) {
        if (name !== model.name) aliased.add(`${model.id}:${name}`);
        checked.queries++;
        const failure = await checkQuery(`${name} ${printed}`, finding, figure, model.id);
        if (failure) checked.failures.push(failure);
      }
    }
  }
  checked.aliases = aliased.size;
  return checked;

  async function checkQuery(query: string, finding: SearchRecord, figure: SearchFigure, model: string): Promise<string | undefined> {
    const { written } = numberTerms(fold(figure.forms[0]!));
    const { hits } = await engine.search(query);
    for (const hit of hits) {
      const other = hit.figures.find((shown) => shown.modelId !== model);
      if (other) return `"${query}": ${hit.record.id} shows ${other.value} of ${other.model ?? other.about}`;
    }
    const rank = hits.findIndex((hit) => hit.record.type === 'finding' && hit.record.id === finding.id);
    if (rank < 0) return `"${query}": ${finding.id} is not a result`;
    if (rank >= 3) return `"${query}": ${finding.id} is result ${rank + 1}, after ${hits.slice(0, rank).map((hit) => hit.record.id).join(', ')}`;
    const shown = hits[rank]!.figures;
    const expected = finding.figures.filter((candidate) => answers(candidate, model, written));
    if (shown.length === 0 || !shown.every((candidate) => answers(candidate, model, written))) {
      return `"${query}": ${finding.id} shows ${shown.map((s) => `${s.value} of ${s.model}`).join(', ') || 'no figure'}`;
    }
    const same = (a: SearchFigure) => JSON.stringify(a) === JSON.stringify(figure);
    if (expected.length <= shown.length && !shown.some(same)) return `"${query}": ${finding.id} does not show ${figure.value}`;
    return undefined;
  }
}

test('over the real content, every model figure is found by its model name and number, and shown with its model', async () => {
  const checked = await checkFigures(knowledgeBaseOf({ contentDir: process.env['CLAIMTRAIL_CONTENT'] || 'content' }));
  console.log(`real content: ${JSON.stringify({ ...checked, failures: checked.failures.length })}`);
  assert.ok(checked.figures > 50 && checked.aliases > 10, JSON.stringify(checked));
  assert.deepEqual(checked.failures, []);
});

test('"AI Scientist relaunch" shows the Sakana relaunch with its model not named by the source, in the finding page\'s words', async () => {
  const kb = knowledgeBaseOf({ contentDir: 'content' });
  const sakana = 'sakana-ai-scientist-safe-code-execution';
  const engine = await engineFor(searchRecords(kb, (path) => path), kb.models.values());
  const hit = (await engine.search('AI Scientist relaunch')).hits.find((candidate) => candidate.record.id === sakana);
  const relaunch = kb.figure(sakana, 'relaunch-incident')!;
  assert.equal(hit?.figures[0] && unnamedModelText(hit.figures[0]), `(${figureModelText(kb, relaunch)}: ${relaunch.measure})`);
});

test('over a synthetic corpus, every model figure is found by its model name and its aliases with its number', async () => {
  const corpus = generateCorpus(600);
  // The synthetic models take the aliases the real models have, so the press's spellings are tested at scale too.
  const real = knowledgeBaseOf({ contentDir: 'content' }).models;
  const models = new Map([...corpus.records.models].map(([id, model]): [string, Model] => [id, { ...model, aliases: real.get(id)?.aliases ?? [] }]));
  const checked = await checkFigures(buildKnowledgeBase({ ...corpus.records, models }));
  console.log(`synthetic corpus: ${JSON.stringify({ ...checked, failures: checked.failures.length })}`);
  assert.ok(checked.figures > 300 && checked.aliases > 5, JSON.stringify(checked));
  assert.deepEqual(checked.failures, []);
});
