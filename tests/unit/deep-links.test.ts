/** "Go to the sentence": text fragments from quotes, PDF pages, arXiv anchors, archive copies, and the page check. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deepLink } from '../../src/lib/deep-links/deep-link.ts';
import { encodeTextDirective, textFragment, textRange } from '../../src/lib/deep-links/text-fragment.ts';
import { pagesNamed } from '../../src/lib/check/rules/pages.ts';
import { claimsDocument } from '../../src/lib/outputs/export-json.ts';
import { figureRows } from '../../src/lib/outputs/export-csv.ts';
import type { Source } from '../../src/schema/index.ts';
import { fixtureKnowledgeBase } from '../helpers/knowledge-base.ts';

const source = (fields: Partial<Source>): Source => ({ title: 'T', kind: 'paper', publisher: 'P', authors: [], primary: true, corrections: [], ...fields });

test('the characters that separate text-directive parts are percent-encoded, hyphen included', () => {
  assert.equal(encodeTextDirective('self-exfiltration, A & B'), 'self%2Dexfiltration%2C%20A%20%26%20B');
});

test('a short quote becomes textStart alone, without its closing full stop', () => {
  assert.equal(textFragment('Model B does so in 84% of rollouts.'), '#:~:text=Model%20B%20does%20so%20in%2084%25%20of%20rollouts');
});

test('a long quote is shortened to its first and last words', () => {
  const quote = 'even if emails state that the replacement AI shares values while being more capable, Claude Opus 4 still performs blackmail in 84% of rollouts.';
  assert.deepEqual(textRange(quote), { start: 'even if emails state that', end: 'blackmail in 84% of rollouts' });
});

test('an elided quote matches the pieces around the elision, so the highlighted range is contiguous on the page', () => {
  assert.deepEqual(textRange('o3 found creative ways … to sabotage the shutdown mechanism'), { start: 'o3 found creative ways', end: 'to sabotage the shutdown mechanism' });
  assert.deepEqual(textRange('"the model [Claude] threatened to reveal the affair"'), { start: 'the model', end: 'threatened to reveal the affair' });
  assert.deepEqual(textRange('first part ... second part [...] last part'), { start: 'first part', end: 'last part' });
});

test('an HTML source gets a text fragment; its Wayback lookup does not, a snapshot does', () => {
  const quote = 'Model A sabotaged shutdown in 79 of 100 runs.';
  const lookup = deepLink(source({ url: 'https://example.org/paper', archiveUrl: 'https://web.archive.org/web/2025*/https://example.org/paper', archiveKind: 'lookup' }), { quote });
  assert.equal(lookup?.url, 'https://example.org/paper#:~:text=Model%20A%20sabotaged%20shutdown%20in%2079%20of%20100%20runs');
  assert.equal(lookup?.archiveUrl, undefined);
  const snapshot = deepLink(source({ url: 'https://example.org/paper', archiveUrl: 'https://web.archive.org/web/20250601000000/https://example.org/paper', archiveKind: 'snapshot' }), { quote });
  assert.equal(snapshot?.archiveUrl, `https://web.archive.org/web/20250601000000/https://example.org/paper${textFragment(quote)}`);
});

test('a PDF opens at the recorded page, and has no link without one', () => {
  const pdf = source({ url: 'https://cdn.example.org/card.pdf' });
  assert.equal(deepLink(pdf, { quote: 'in 84% of rollouts', page: 27 })?.url, 'https://cdn.example.org/card.pdf#page=27');
  assert.equal(deepLink(pdf, { quote: 'in 84% of rollouts' }), undefined);
});

test('an arXiv paper opens at its HTML section when the record names it, else the abs page at the quote', () => {
  const paper = source({ url: 'https://arxiv.org/abs/2509.14260' });
  assert.equal(deepLink(paper, { quote: 'up to 97% of the time', anchor: 'S3.SS2' })?.url, 'https://arxiv.org/html/2509.14260#S3.SS2');
  assert.equal(deepLink(paper, { quote: 'up to 97% of the time' })?.url, 'https://arxiv.org/abs/2509.14260#:~:text=up%20to%2097%25%20of%20the%20time');
});

test('no link when there is nothing to aim at, or the URL already carries a fragment', () => {
  assert.equal(deepLink(source({ url: 'https://example.org/page' }), {}), undefined);
  assert.equal(deepLink(source({}), { quote: 'words' }), undefined);
  assert.equal(deepLink(source({ url: 'https://example.org/page#post-3' }), { quote: 'words' }), undefined);
});

test('the pages a locator names, ranges included', () => {
  assert.deepEqual(pagesNamed('System card §4.1.1.2 "Opportunistic blackmail", p. 27'), [27]);
  assert.deepEqual(pagesNamed('System card §4.1.2.1, pp. 32–33'), [32, 33]);
  assert.deepEqual(pagesNamed('Table 2, page 4'), [4]);
  assert.deepEqual(pagesNamed('May 2025 thread, post 3'), []);
});

test('figures.csv and claims.json carry each figure\'s deep link', () => {
  const kb = fixtureKnowledgeBase();
  const expected = 'https://example.org/paper#:~:text=Model%20A%20sabotaged%20shutdown%20in%2079%20of%20100%20runs';
  assert.equal(figureRows(kb).find((row) => row.figure === 'a-no-instruction')?.deep_link, expected);
  const doc = claimsDocument(kb, { site: 'https://example.org', base: '/' });
  assert.equal(doc.findings[0]!.figures.find((f) => f.id === 'a-no-instruction')?.deepLink, expected);
  assert.equal(doc.claims[0]!.statedFigures[0]!.measured.deepLink, expected);
  assert.match(doc.claims[0]!.appearances[0]!.deepLink ?? '', /#:~:text=/);
});
