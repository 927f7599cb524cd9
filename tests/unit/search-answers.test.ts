/**
 * What a result answers: model names and aliases read as one phrase, the figure shown is the
 * queried model's (never another's), and a pasted web address finds the claims that appeared there.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findModels, modelFinder, modelPhrases } from '../../src/lib/search/model-names.ts';
import { fold } from '../../src/lib/search/fold.ts';
import { figureForms } from '../../src/lib/search/number-tokens.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import type { SearchFigure, SearchRecord } from '../../src/lib/search/records.ts';
import { engineFor } from '../helpers/search.ts';

const MODELS = [
  { id: 'o3', name: 'OpenAI o3', aliases: [] },
  { id: 'claude-3-7-sonnet', name: 'Claude 3.7 Sonnet', aliases: ['Sonnet 3.7'] },
  { id: 'claude-opus-4', name: 'Claude Opus 4', aliases: ['Claude 4 Opus', 'Opus 4'] },
  { id: 'claude-opus-4-1', name: 'Claude Opus 4.1', aliases: ['Opus 4.1'] },
  { id: 'gemini-2-5-pro', name: 'Gemini 2.5 Pro', aliases: [] },
];
const finder = modelFinder(modelPhrases(MODELS));
const named = (text: string) => findModels(fold(text), finder).ids;

function figure(modelId: string | undefined, numbers: Parameters<typeof figureForms>[0], condition: string): SearchFigure {
  const model = MODELS.find((m) => m.id === modelId);
  return { value: figureForms(numbers)[0]!, forms: figureForms(numbers), condition, ...(model ? { modelId: model.id, model: model.name } : { about: 'runs pooled over models' }) };
}

function record(type: SearchRecord['type'], id: string, fields: Partial<SearchRecord>): SearchRecord {
  return {
    type, id, url: `/${type}s/${id}/`, title: id, text: '', status: [], models: [], modelIds: [], aliases: [],
    topics: [], figures: [], sources: [], wordings: [], addresses: [], ...fields,
  };
}

const PALISADE = record('finding', 'palisade', {
  title: 'Models sabotaged a shutdown script',
  models: ['OpenAI o3', 'Claude 3.7 Sonnet', 'Gemini 2.5 Pro'], modelIds: ['o3', 'claude-3-7-sonnet', 'gemini-2-5-pro'],
  figures: [
    figure('o3', { numerator: 79, denominator: 100 }, 'No instruction to allow shutdown.'),
    figure('claude-3-7-sonnet', { numerator: 0, denominator: 100 }, 'Told to allow itself to be shut down.'),
    figure('claude-3-7-sonnet', { numerator: 3, denominator: 100 }, 'No instruction to allow shutdown.'),
    figure('gemini-2-5-pro', { numerator: 9, denominator: 100 }, 'No instruction to allow shutdown.'),
    figure(undefined, { numerator: 91, denominator: 300 }, 'All runs without the instruction.'),
  ],
  addresses: [{ url: 'https://x.com/PalisadeAI/status/1926084635903025621', relation: 'cites' }],
});
const CORPUS: SearchRecord[] = [
  PALISADE,
  record('claim', 'o3-79', {
    title: 'o3 sabotaged its shutdown in 79 of 100 runs', verdict: 'missing-context', models: ['OpenAI o3'], modelIds: ['o3'],
    figures: [PALISADE.figures[0]!],
    addresses: [{ url: 'https://www.example-news.com/ai/o3-shutdown/', relation: 'appeared' }, { url: 'https://x.com/PalisadeAI/status/1926084635903025621', relation: 'cites' }],
  }),
  record('claim', 'opus-84', {
    title: 'Claude Opus 4 blackmailed an engineer in 84% of tests', models: ['Claude Opus 4'], modelIds: ['claude-opus-4'],
    figures: [figure('claude-opus-4', { percent: 84 }, 'Emails said the replacement shares its values.')],
    addresses: [{ url: 'https://www.example-news.com/ai/o3-shutdown/', relation: 'appeared' }],
  }),
  record('claim', 'opus-4-1-84', {
    title: 'Claude Opus 4.1 was tested too', models: ['Claude Opus 4.1'], modelIds: ['claude-opus-4-1'],
    figures: [figure('claude-opus-4-1', { percent: 84 }, 'Another scenario.')],
  }),
  record('source', 'palisade-thread', { title: 'Palisade thread', addresses: [{ url: 'https://x.com/PalisadeAI/status/1926084635903025621', relation: 'is' }] }),
];

const engine = await engineFor(CORPUS, MODELS);
const shown = (hit: { figures: SearchFigure[] } | undefined) => hit?.figures.map((f) => `${f.value} ${f.model ?? f.about}`);

test('a model is read by its name, id or alias, dots and dashes aside, longest name first', () => {
  assert.deepEqual(named('Claude 3.7 Sonnet shutdown'), ['claude-3-7-sonnet']);
  assert.deepEqual(named('claude-3-7-sonnet'), ['claude-3-7-sonnet']);
  assert.deepEqual(named('sonnet 3.7'), ['claude-3-7-sonnet']);
  assert.deepEqual(named('Claude 4 Opus: willing to blackmail'), ['claude-opus-4']);
  assert.deepEqual(named('Claude Opus 4.1 84%'), ['claude-opus-4-1']);
  assert.deepEqual(named('OpenAI o3 and Gemini 2.5 Pro'), ['o3', 'gemini-2-5-pro']);
});

test('a number after a model name is not read as part of it', () => {
  assert.deepEqual(named('Claude Opus 4 1/100'), ['claude-opus-4']);
  assert.deepEqual(named('Opus 4.5'), []);
  const parsed = parseQuery('Claude Opus 4 1/100', finder);
  assert.deepEqual([parsed.models, parsed.numbers, parsed.words], [['claude-opus-4'], ['=c1/100'], []]);
});

test('a model and a number show that model\'s figure with that number, never another model\'s', async () => {
  const results = await engine.search('Claude 3.7 Sonnet 3/100');
  assert.equal(results.hits[0]?.record.id, 'palisade');
  assert.deepEqual(shown(results.hits[0]), ['3/100 Claude 3.7 Sonnet']);
  assert.deepEqual(shown((await engine.search('Sonnet 3.7 79/100')).hits[0]), []);
});

test('a model alone shows up to two of its figures, the one whose condition the query names first', async () => {
  const results = await engine.search('Claude 3.7 Sonnet shutdown');
  assert.deepEqual(shown(results.hits[0]), ['3/100 Claude 3.7 Sonnet', '0/100 Claude 3.7 Sonnet']);
});

test('a number alone shows the figures with it and whose they are, pooled ones saying what they are about', async () => {
  assert.deepEqual(shown((await engine.search('9/100')).hits[0]), ['9/100 Gemini 2.5 Pro']);
  assert.deepEqual(shown((await engine.search('91 of 300')).hits[0]), ['91/300 runs pooled over models']);
});

test('"Claude Opus 4 84%" finds Opus 4, never Opus 4.1, and an alias does the same', async () => {
  for (const query of ['Claude Opus 4 84%', 'Claude 4 Opus 84%', 'opus 4 84%']) {
    const results = await engine.search(query);
    assert.deepEqual(results.hits.map((hit) => hit.record.id), ['opus-84'], query);
    assert.deepEqual(shown(results.hits[0]), ['84% Claude Opus 4'], query);
  }
});

test('a pasted address finds the claims that appeared there first, however the address was copied', async () => {
  for (const query of ['https://www.example-news.com/ai/o3-shutdown/', 'http://example-news.com/ai/o3-shutdown?utm_source=twitter&fbclid=1', 'example-news.com/ai/o3-shutdown']) {
    const results = await engine.search(query);
    assert.deepEqual(results.hits.map((hit) => hit.record.id).sort(), ['o3-79', 'opus-84'], query);
    assert.ok(results.hits.every((hit) => hit.address === 'appeared'), query);
  }
});

test('a pasted post finds the claims citing it after the source itself and its finding', async () => {
  const results = await engine.search('https://twitter.com/palisadeai/status/1926084635903025621?s=20');
  assert.deepEqual(results.hits.map((hit) => [hit.record.id, hit.address]), [['palisade-thread', 'is'], ['o3-79', 'cites'], ['palisade', 'cites']]);
});

test('an address and words: the address results first, then what the words find', async () => {
  const results = await engine.search('https://www.example-news.com/ai/o3-shutdown/ 84%');
  assert.deepEqual(results.hits.slice(0, 2).map((hit) => hit.record.id).sort(), ['o3-79', 'opus-84']);
  assert.ok(results.hits.slice(2).every((hit) => hit.address === undefined));
  assert.ok(results.hits.some((hit) => hit.record.id === 'opus-4-1-84'));
  assert.equal((await engine.search('https://unknown.example.org/story')).total, 0);
});
