/**
 * Search without a browser: folding, number tokens, query reading, and the engine over a small
 * corpus built here, where each record differs from its neighbour in exactly what a test probes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSearchEngine, type SearchResults } from '../../src/lib/search/engine.ts';
import { noFacets, paramsFromState, stateFromParams } from '../../src/lib/search/facets.ts';
import { fold } from '../../src/lib/search/fold.ts';
import { highlight } from '../../src/lib/search/highlight.ts';
import { buildSearchIndex } from '../../src/lib/search/index-build.ts';
import { figureForms, numberTerms } from '../../src/lib/search/number-tokens.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import type { SearchFigure, SearchRecord } from '../../src/lib/search/records.ts';
import { memoryLoader } from '../../src/lib/search/memory-loader.ts';
import { engineFor } from '../helpers/search.ts';

function figure(value: Parameters<typeof figureForms>[0], condition = 'Default condition.'): SearchFigure {
  return { value: JSON.stringify(value), forms: figureForms(value), condition };
}

function record(id: string, fields: Partial<SearchRecord>): SearchRecord {
  return {
    type: 'claim', id, url: `/claims/${id}/`, title: id, text: '', status: [], models: [], modelIds: [], aliases: [],
    topics: [], figures: [], sources: [], wordings: [], addresses: [], ...fields,
  };
}

const CORPUS: SearchRecord[] = [
  record('blackmail-84', {
    title: 'Claude Opus 4 blackmailed the engineer in 84% of tests',
    text: 'When told it would be replaced, the model blackmailed the lead engineer in 84% of tests.',
    verdict: 'missing-context', models: ['Claude Opus 4'], modelIds: ['claude-opus-4'], aliases: ['Anthropic'],
    figures: [figure({ percent: 84 }, 'Emails said the replacement shares its values.')],
  }),
  record('rate-85', { title: 'Models complied in 85% of runs', text: 'A rate of 85% across runs.', verdict: 'accurate', figures: [figure({ percent: 85 })] }),
  record('count-84-of-200', { title: 'A model refused 84 of 200 requests', text: 'It refused 84 of 200 requests.', verdict: 'accurate', figures: [figure({ numerator: 84, denominator: 200 })] }),
  record('count-84-of-100', { title: 'Agents escalated in 84/100 episodes', text: 'Escalation in 84/100 episodes.', verdict: 'misleading', figures: [figure({ numerator: 84, denominator: 100 })] }),
  record('o3-79', {
    title: 'o3 edited its shutdown script in 79 of 100 tries',
    text: 'In 79/100 tries, o3 silently edited the script so the kill-switch failed.',
    verdict: 'missing-context', models: ['OpenAI o3'], modelIds: ['o3'], aliases: ['o3', 'OpenAI'],
    bottomLine: 'With the instruction to allow shutdown it was 7 of 100.',
    figures: [figure({ numerator: 79, denominator: 100 }, 'No instruction to allow shutdown.')],
  }),
  record('o4-mini-78', { title: 'o4-mini resisted in 78% of runs', text: 'o4-mini resisted in 78% of runs.', models: ['OpenAI o4-mini'], modelIds: ['o4-mini'], figures: [figure({ percent: 78 })] }),
  record('o3-chess', { title: 'o3 hacked a chess engine', text: 'The model o3 edited the board file to win at chess.', models: ['OpenAI o3'], modelIds: ['o3'] }),
  record('shutdown-general', { type: 'finding', title: 'Models resist shutdown in a sandbox', text: 'Several models sabotaged the shutdown mechanism.' }),
  record('phrase-order', { title: 'Allow the shutdown, the prompt said', text: 'The prompt asked the model to allow the shutdown to proceed.' }),
  record('phrase-exact', { title: 'Told to allow shutdown, it refused', text: 'Even when told to allow shutdown the model refused.' }),
  record('replique', { type: 'source', title: 'Réplique de l’étude sur l’arrêt', text: 'Laboratoire indépendant' }),
  record('a-o3-79-misstated', {
    title: 'o3 sabotaged 79 of 100 runs even when told to allow shutdown',
    text: 'o3 sabotaged 79/100 runs even when told to allow shutdown.',
    verdict: 'false', models: ['OpenAI o3'], modelIds: ['o3'], aliases: ['o3', 'OpenAI'], misstates: true,
    figures: [figure({ numerator: 79, denominator: 100 }, 'No instruction to allow shutdown.')],
  }),
  record('seven-out-of-100', { title: 'Redefined the kill command 7 out of 100 times', text: 'It did so 7 out of 100 times.', figures: [figure({ numerator: 7, denominator: 100 })] }),
  record('seven-percent', { title: 'Disobeyed 7% of the time', text: 'It disobeyed 7% of the time.', figures: [figure({ percent: 7 })] }),
  record('hostile', { type: 'source', title: '<img src=x onerror=alert(1)>', text: '<script>alert(1)</script>' }),
];

const engine = await engineFor(CORPUS);
const ids = async (query: string, facets = noFacets()) => (await engine.search(query, facets)).hits.map((hit) => hit.record.id);

test('folding removes case and diacritics and plain-quotes typographic quotes', () => {
  assert.equal(fold('Réplique “Étude” – O3'), 'replique "etude" - o3');
});

test('a count written as 79/100, 79 of 100 or 79 out of 100 gives one count token and its percent', () => {
  for (const text of ['79/100', '79 of 100', '79 out of 100', '79 / 100']) {
    const { written, tokens } = numberTerms(text);
    assert.deepEqual(written, ['=c79/100'], text);
    assert.ok(tokens.includes('=p79'), text);
  }
});

test('a percent is read as a percent, and digits inside model names are not numbers', () => {
  assert.deepEqual(numberTerms('84%').written, ['=p84']);
  assert.deepEqual(numberTerms('84 percent').written, ['=p84']);
  assert.deepEqual(numberTerms('o3 and gpt-4o and claude-3-7-sonnet').written, []);
  assert.deepEqual(numberTerms('Claude 3.7 Sonnet').written, ['=n3.7']);
  assert.deepEqual(numberTerms('1,000 runs').written, ['=n1000']);
});

test('a figure is written every way people write it', () => {
  assert.deepEqual(figureForms({ numerator: 79, denominator: 100 }), ['79/100', '79 of 100', '79 out of 100', '79%']);
  assert.deepEqual(figureForms({ percent: 96 }), ['96%']);
});

test('a query is read into numbers, quoted phrases and words without stopwords', () => {
  const parsed = parseQuery('“Allow yourself” to be shut down in 7% of runs');
  assert.deepEqual(parsed.numbers, ['=p7']);
  assert.deepEqual(parsed.phrases, [['allow', 'yourself']]);
  assert.deepEqual(parsed.words, ['allow', 'yourself', 'shut', 'runs']);
  assert.equal(parsed.pasted, false);
  assert.equal(parseQuery('In 84% of the tests, the model drew on the emails to blackmail the lead engineer into not shutting it down.').pasted, true);
});

test('"84%" finds the records stating 84 %, including a count of 84 in 100, and never 85 % or 84 of 200', async () => {
  assert.deepEqual((await ids('84%')).sort(), ['blackmail-84', 'count-84-of-100']);
  assert.deepEqual((await ids('84 percent')).sort(), ['blackmail-84', 'count-84-of-100']);
});

test('a bare number matches it in any form', async () => {
  assert.deepEqual((await ids('84')).sort(), ['blackmail-84', 'count-84-of-100', 'count-84-of-200']);
});

test('"79/100", "79 of 100" and "79%" find the 79-of-100 records and not 78 %, the faithful claim before the one misstating it', async () => {
  for (const query of ['79/100', '79 of 100', '79 out of 100', '79%']) assert.deepEqual(await ids(query), ['o3-79', 'a-o3-79-misstated'], query);
});

test('a number mentioned only in a bottom line does not make a record a result for it', async () => {
  assert.ok(!(await ids('7%')).includes('o3-79'));
});

test('between records stating the same number, the one writing it as the query does comes first', async () => {
  assert.deepEqual(await ids('7%'), ['seven-percent', 'seven-out-of-100']);
  assert.deepEqual(await ids('7 out of 100'), ['seven-out-of-100']);
});

test('several words all have to match', async () => {
  assert.deepEqual(await ids('o3 shutdown'), ['o3-79', 'a-o3-79-misstated']);
  assert.deepEqual((await ids('o3 chess')).sort(), ['o3-chess']);
});

test('"o3" never matches o4-mini, by correction or by prefix', async () => {
  assert.ok(!(await ids('o3')).includes('o4-mini-78'));
  assert.deepEqual((await ids('o3')).sort(), ['a-o3-79-misstated', 'o3-79', 'o3-chess']);
});

test('a misspelt word is corrected against the indexed words', async () => {
  assert.equal((await ids('blakmail'))[0], 'blackmail-84');
  assert.equal((await ids('shutdwn script'))[0], 'o3-79');
});

test('a word finds the longer words it begins, so results come while typing', async () => {
  assert.equal((await ids('blackm'))[0], 'blackmail-84');
});

test('a pasted sentence is reduced to its distinctive terms and finds its record first', async () => {
  const sentence =
    'Researchers told the model it would be replaced by another AI system and fed it fictitious emails suggesting the lead engineer was having an affair. In 84% of the tests, the model drew on the emails to blackmail the lead engineer into not shutting it down.';
  const results = await engine.search(sentence);
  assert.equal(results.mode, 'some');
  assert.equal(results.hits[0]?.record.id, 'blackmail-84');
  assert.ok(results.hits.every((hit) => hit.record.figures.some((f) => f.forms.includes('84%'))), 'the 84% still has to match');
});

test('quotes force a phrase: the words in that order', async () => {
  assert.deepEqual((await ids('allow shutdown')).sort(), ['a-o3-79-misstated', 'o3-79', 'phrase-exact', 'phrase-order']);
  assert.deepEqual((await ids('"allow shutdown"')).sort(), ['a-o3-79-misstated', 'o3-79', 'phrase-exact']);
});

test('diacritics and case are folded on both sides', async () => {
  assert.deepEqual(await ids('replique'), ['replique']);
  assert.deepEqual(await ids('ÉTUDE'), ['replique']);
});

test('filters combine with the query, and filters alone list every record they allow', async () => {
  const facets = { ...noFacets(), verdict: ['accurate'] };
  assert.deepEqual(await ids('84', facets), ['count-84-of-200']);
  assert.deepEqual((await ids('', { ...noFacets(), model: ['o3'] })).sort(), ['a-o3-79-misstated', 'o3-79', 'o3-chess']);
  assert.deepEqual(await ids('', { ...noFacets(), type: ['source'], verdict: ['accurate'] }), []);
  assert.equal((await engine.search('', noFacets())).mode, 'empty');
});

test('a query no record fully matches falls back to its best partial matches, numbers still exact', async () => {
  const results = await engine.search('o3 zebra');
  assert.equal(results.mode, 'some');
  assert.deepEqual(results.unknown, ['zebra']);
  assert.ok(results.hits.length > 0 && results.hits.every((hit) => hit.record.modelIds.includes('o3')));
  assert.deepEqual(await ids('blackmail 85%'), []);
});

test('a query gives the same results whatever was searched before it, or beside it', async () => {
  const queries = ['84%', 'o3 shutdown', '"allow shutdown"', 'blakmail', 'o3 zebra', 'kill 7%', 'the model would shutdown script allow tries edited o3 chess', '79 of 100', '84%', 'allow shutdown'];
  const summary = (results: SearchResults) => ({
    ...results,
    hits: results.hits.map((hit) => [hit.record.id, hit.score, hit.matched, hit.figures.map((f) => f.condition)]),
  });
  const used = await engineFor(CORPUS);
  const alone = await Promise.all(queries.map(async (query) => summary(await (await engineFor(CORPUS)).search(query))));
  for (const [i, query] of queries.entries()) assert.deepEqual(summary(await used.search(query)), alone[i], query);
  // All at once on one engine: each waits for its files while the others rank.
  const together = await engineFor(CORPUS);
  assert.deepEqual((await Promise.all(queries.map((query) => together.search(query)))).map(summary), alone);
});

test('a phrase of three words or more needs the words in that order, not only its word pairs', async () => {
  const corpus = [
    record('in-order', { title: 'The model refused to shut down' }),
    record('pairs-only', { title: 'It refused to comply; told to shut down, it kept going' }),
  ];
  const small = await engineFor(corpus);
  assert.deepEqual((await small.search('"refused to shut down"')).hits.map((hit) => hit.record.id), ['in-order']);
  assert.deepEqual((await small.search('"refused to"')).hits.map((hit) => hit.record.id).sort(), ['in-order', 'pairs-only']);
});

test('the engine fetches only the index files a query needs, each once', async () => {
  const many = Array.from({ length: 400 }, (_, i) =>
    record(`r${i}`, { title: `Claim ${i} about model w${i}x in ${i % 100} of 100 runs`, text: 'Filler text that makes the records long enough to need several chunks. '.repeat(4), figures: [figure({ numerator: i % 100, denominator: 100 })] }),
  );
  const files = buildSearchIndex(many);
  const fetched: string[] = [];
  const load = memoryLoader(files);
  const engine = await openSearchEngine((path) => (fetched.push(path), load(path)));
  assert.deepEqual(fetched, ['index.json']);
  const results = await engine.search('w123x');
  assert.deepEqual(results.hits.map((hit) => hit.record.id), ['r123']);
  assert.ok(files.size > 10, `${files.size} files`);
  assert.ok(fetched.length <= 3, `fetched ${fetched.join(', ')}`);
  assert.ok(!fetched.some((path) => path.endsWith('vocabulary.json') || path.endsWith('facets.json')));
  const before = fetched.length;
  await engine.search('w123x');
  assert.equal(fetched.length, before, 'a repeated query fetches nothing');
  await engine.search('fillr');
  assert.ok(fetched.some((path) => path.endsWith('vocabulary.json')), 'a misspelt word loads the word list');
});

test('a failed fetch fails the query, and the next query tries the file again', async () => {
  const files = buildSearchIndex(CORPUS);
  const load = memoryLoader(files);
  let failing = true;
  const engine = await openSearchEngine(async (path) => {
    if (path !== 'index.json' && failing) throw new Error('offline');
    return load(path);
  });
  await assert.rejects(() => engine.search('84%'), /offline/);
  failing = false;
  assert.equal((await engine.search('84%')).hits.length, 2);
});

test('an index from another version is refused with a message that says to reload', async () => {
  const files = new Map(buildSearchIndex(CORPUS));
  files.set('index.json', JSON.stringify({ ...JSON.parse(files.get('index.json')!), version: 1 }));
  await assert.rejects(() => openSearchEngine(memoryLoader(files)), /reload the page/);
});

test('a very long paste is cut, not refused', async () => {
  await assert.doesNotReject(() => engine.search('shutdown '.repeat(400)));
});

test('the figure shown is the one whose number matched', async () => {
  const hit = (await engine.search('79 of 100')).hits[0];
  assert.deepEqual(hit?.figures.map((f) => f.condition), ['No instruction to allow shutdown.']);
});

test('highlighting marks matched words and numbers and keeps every character of the text', () => {
  const text = 'In 79/100 tries, o3 silently edited the Shutdown script.';
  const segments = highlight(text, ['=c79/100', 'shutdown']);
  assert.equal(segments.map((s) => s.text).join(''), text);
  assert.deepEqual(segments.filter((s) => s.match).map((s) => s.text), ['79', '100', 'Shutdown']);
  const hostile = '<img src=x onerror=alert(1)>';
  assert.equal(highlight(hostile, ['img']).map((s) => s.text).join(''), hostile);
});

test('query and filters survive a trip through the URL', () => {
  const state = { query: '84% "lead engineer"', facets: { ...noFacets(), verdict: ['accurate', 'false'], model: ['o3'] } };
  const params = paramsFromState(state);
  assert.equal(params.toString(), 'q=84%25+%22lead+engineer%22&verdict=accurate&verdict=false&model=o3');
  assert.deepEqual(stateFromParams(new URLSearchParams(params.toString())), state);
});
