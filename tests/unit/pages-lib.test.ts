import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checksFor } from '../../src/lib/check/catalogue.ts';
import { RULES } from '../../src/lib/check/check.ts';
import { bibtexEscape, citations } from '../../src/lib/views/citation.ts';
import { facetOptions, facetValuesOf, filterClaims, filtersFromQuery } from '../../src/lib/views/facets.ts';
import { slug } from '../../src/lib/words.ts';
import { figureBox, sampleOf } from '../../src/lib/views/figure-box.ts';
import { FIDELITY_LABELS, formatDate } from '../../src/lib/views/labels.ts';
import { claimsAboutModel, counts, findingsAboutModel, mostCirculated, sourcesByDate } from '../../src/lib/views/listings.ts';
import { editUrl } from '../../src/lib/site/site-config.ts';
import { recordFile } from '../../src/lib/routes.ts';
import { journeysOf } from '../../src/lib/views/travel.ts';
import { claimPage } from '../../src/lib/views/claim-page.ts';
import { findingPage } from '../../src/lib/views/finding-page.ts';
import { sourcePage } from '../../src/lib/views/source-page.ts';
import { modelPage, topicPage } from '../../src/lib/views/subject-pages.ts';
import { claimsListing } from '../../src/lib/views/claims-listing.ts';
import { FIDELITY } from '../../src/schema/claim.ts';
import { fixtureKnowledgeBaseWith, MODEL_B_CLAIM } from '../helpers/page-records.ts';

const kb = fixtureKnowledgeBaseWith({ 'model-b-84': MODEL_B_CLAIM });

test('the figure box puts the stated figure beside the measured one, with model, condition, sample and fidelity in words', () => {
  const [row] = figureBox(kb, 'model-a-sabotage');
  assert.ok(row);
  assert.equal(row.stated, '79/100 tries');
  assert.equal(row.measured, '79/100 (79%)');
  assert.equal(row.modelName, 'Model A');
  assert.equal(row.condition, 'No instruction to allow shutdown.');
  assert.equal(row.sample, 'n\u00a0=\u00a0100');
  assert.equal(row.fidelityLabel, 'Condition dropped');
  assert.equal(row.faithful, false);
  assert.equal(row.locator, 'Section 3, Table 1');
  assert.equal(row.sourceId, 'lab-paper');
});

test('a rate whose sample size the source does not give says so', () => {
  const [row] = figureBox(kb, 'model-b-84');
  assert.equal(row?.sample, 'n not reported');
  assert.equal(sampleOf({ id: 'x', model: 'm', measure: 'mmm', condition: 'ccc', percent: 5, n: 40, locator: 'p1', confidence: 'confirmed' }), 'n\u00a0=\u00a040');
});

test('every fidelity value has words, and only exact and rounded count as faithful', () => {
  assert.deepEqual(Object.keys(FIDELITY_LABELS).sort(), [...FIDELITY].sort());
  assert.deepEqual(Object.entries(FIDELITY_LABELS).filter(([, f]) => f.faithful).map(([id]) => id).sort(), ['exact', 'rounded']);
});

test('a journey starts at the primary source and marks each retelling faithful or by its drift, by date', () => {
  const [journey] = journeysOf(kb, 'model-b-84');
  assert.ok(journey);
  assert.equal(journey.figure, '84%, Model B');
  assert.deepEqual(
    journey.stops.map((stop) => [stop.date, stop.sourceId, stop.kind, stop.mark]),
    [
      ['2025-05-01', 'lab-paper', 'origin', 'Primary source'],
      ['2025-05-10', 'news-story', 'drifted', 'Condition dropped'],
      ['2025-08-01', 'replication-post', 'drifted', 'Condition dropped'],
    ],
  );
  assert.equal(journey.stops[0]?.words, 'Model B does so in 84% of rollouts.');
  assert.equal(journey.stops[0]?.locator, 'Section 4, p. 27');
  assert.equal(journey.stops[1]?.locator, undefined);
  assert.equal(journey.stops[2]?.words, 'Model B did so 84 percent of the time.');
});

test('a journey counts a figure once even when the claim states it twice', () => {
  const twice = fixtureKnowledgeBaseWith({
    twice: { ...MODEL_B_CLAIM, statedFigures: [...MODEL_B_CLAIM.statedFigures, { ...MODEL_B_CLAIM.statedFigures[0], text: '84 percent' }] },
  });
  assert.equal(journeysOf(twice, 'twice').length, 1);
  assert.equal(figureBox(twice, 'twice').length, 2);
});

test('citations name the project, the title, the review date and the URL in all four formats', () => {
  const cite = citations({ id: 'x-1', title: 'A 50% & "odd" title', url: 'https://c.example/claims/x-1/', reviewed: '2026-11-23', accessed: '2026-11-24', genre: 'Claim review' });
  assert.equal(cite.plain, 'Claimtrail, "A 50% & \'odd\' title", claim review, last reviewed 23 November 2026. https://c.example/claims/x-1/');
  assert.equal(cite.apa, 'Claimtrail. (2026, November 23). A 50% & "odd" title [Claim review]. Claimtrail. Retrieved 24 November 2026, from https://c.example/claims/x-1/');
  assert.match(cite.bibtex, /^@misc\{claimtrail-x-1-2026,\n/);
  assert.match(cite.bibtex, /title = \{\{A 50\\% \\& "odd" title\}\},/);
  assert.match(cite.bibtex, /month = nov,/);
  assert.match(cite.bibtex, /howpublished = \{\\url\{https:\/\/c\.example\/claims\/x-1\/\}\},/);
  const [csl] = JSON.parse(cite.cslJson) as [Record<string, unknown>];
  assert.equal(csl['title'], 'A 50% & "odd" title');
  assert.deepEqual(csl['issued'], { 'date-parts': [[2026, 11, 23]] });
  assert.equal(csl['URL'], 'https://c.example/claims/x-1/');
});

test('BibTeX escaping covers every special character', () => {
  assert.equal(bibtexEscape('a_b#c$d{e}f~g^h\\i'), 'a\\_b\\#c\\$d\\{e\\}f\\textasciitilde{}g\\textasciicircum{}h\\textbackslash{}i');
});

test('a claim has one value per facet from its record and its findings', () => {
  assert.deepEqual(facetValuesOf(kb, 'model-a-sabotage'), {
    verdict: ['missing-context'],
    status: ['independently-reproduced'],
    model: ['model-a'],
    developer: ['lab-one'],
    topic: ['shutdown-resistance'],
    setting: ['lab-evaluation'],
  });
});

test('facet options count claims per value and keep the verdict scale order', () => {
  const options = facetOptions(kb);
  assert.deepEqual(options.verdict.map((o) => [o.value, o.label, o.count]), [['missing-context', 'Missing context', 1], ['misleading', 'Misleading', 1]]);
  assert.deepEqual(options.topic.map((o) => [o.value, o.count]), [['shutdown-resistance', 2]]);
  assert.deepEqual(options.developer.map((o) => o.label).sort(), ['Lab One', 'Lab Two']);
});

test('filters from the URL combine across facets', () => {
  const ids = [...kb.claims.keys()];
  assert.deepEqual(filterClaims(kb, ids, filtersFromQuery(new URLSearchParams('verdict=misleading'))), ['model-b-84']);
  assert.deepEqual(filterClaims(kb, ids, filtersFromQuery(new URLSearchParams('verdict=misleading&model=model-a'))), []);
  assert.deepEqual(filterClaims(kb, ids, filtersFromQuery(new URLSearchParams('topic=shutdown-resistance&bogus=1'))).sort(), ids.sort());
});

test('slugs are URL segments', () => {
  assert.equal(slug('Google DeepMind'), 'google-deepmind');
  assert.equal(slug('Ëxample  Labs, Inc.'), 'example-labs-inc');
});

test('the most circulated claim is the one with the most appearances', () => {
  assert.deepEqual(mostCirculated(kb).map((c) => c.id), ['model-b-84', 'model-a-sabotage']);
  assert.deepEqual(claimsAboutModel(kb, 'model-a').map((c) => c.id), ['model-a-sabotage']);
  assert.deepEqual(findingsAboutModel(kb, 'model-b').map((f) => f.id), ['shutdown-study']);
  assert.deepEqual(counts(kb), { claims: 2, findings: 1, sources: 3, reproductions: 1, models: 2 });
});

test('a claim shows every check, a finding all but the claim-only ones', () => {
  assert.deepEqual(checksFor('claim').map((c) => c.id), ['schema', ...Object.keys(RULES)]);
  assert.deepEqual(checksFor('finding').map((c) => c.id), ['schema', ...Object.keys(RULES).filter((id) => id !== 'verdicts' && id !== 'mdx')]);
});

test('the edit link opens the record file in the repository', () => {
  assert.equal(editUrl(recordFile.claim('x')), 'https://github.com/claimtrail/claimtrail/edit/main/content/claims/x.mdx');
});

test('dates read as day, month name and year', () => {
  assert.equal(formatDate('2025-05-24'), '24 May 2025');
});

test('dates known only to the month or year read as such, and a missing date says so', () => {
  assert.equal(formatDate('2025-05'), 'May 2025');
  assert.equal(formatDate('2025'), '2025');
  assert.equal(formatDate(undefined), 'date unknown');
});

test('sources list newest first', () => {
  assert.deepEqual(sourcesByDate(kb).map((s) => s.id), ['replication-post', 'news-story', 'lab-paper']);
});

test('the claim page view model holds its figures, appearances, findings and ClaimReview', () => {
  const page = claimPage(kb, 'model-b-84', { site: 'https://example.org', base: '/' });
  assert.deepEqual(page.figures.map((row) => [row.stated, row.measured, row.source.title]), [['84% of tests', '84%', kb.sources.get('lab-paper')!.title]]);
  assert.deepEqual(page.appearances.map((a) => a.appearance.source), ['news-story', 'replication-post']);
  assert.deepEqual(page.findings.map((f) => [f.id, f.status, f.attempts]), [['shutdown-study', kb.statusOf('shutdown-study'), 1]]);
  assert.equal(page.review.url, 'https://example.org/claims/model-b-84/');
  assert.equal(page.file, 'content/claims/model-b-84.mdx');
  assert.throws(() => claimPage(kb, 'no-such-claim', { site: 'https://example.org', base: '/' }), /no-such-claim/);
});

test('the finding page view model holds its figures by model name, its source, attempts and citing claims', () => {
  const page = findingPage(kb, 'shutdown-study');
  assert.deepEqual(page.figures.map((f) => [f.id, f.modelName]), [['a-no-instruction', 'Model A'], ['b-rate', 'Model B']]);
  assert.equal(page.source.title, kb.sources.get('lab-paper')!.title);
  assert.equal(page.status, kb.statusOf('shutdown-study'));
  assert.deepEqual(page.attempts.map((a) => [a.id, a.source.title]), [['shutdown-rerun', kb.sources.get(kb.reproductionsOf('shutdown-study')[0]!.data.source)!.title]]);
  assert.deepEqual(page.claims.map((c) => c.id).sort(), ['model-a-sabotage', 'model-b-84']);
  assert.equal(page.file, 'content/findings/shutdown-study.yaml');
  assert.throws(() => findingPage(kb, 'no-such-finding'), /no-such-finding/);
});

test('the source, model and topic page view models list what rests on them', () => {
  const source = sourcePage(kb, 'lab-paper');
  assert.deepEqual(source.findings.map((f) => f.id), ['shutdown-study']);
  assert.equal(source.file, 'content/sources/lab-paper.yaml');
  assert.ok(sourcePage(kb, 'news-story').claims.some((c) => c.id === 'model-b-84'));
  const model = modelPage(kb, 'model-b');
  assert.deepEqual([model.model.name, model.findings.map((f) => f.id), model.claims.map((c) => c.id)], ['Model B', ['shutdown-study'], ['model-b-84']]);
  assert.equal(model.feed.rssPath, '/models/model-b/feed.xml');
  const topic = topicPage(kb, 'shutdown-resistance');
  assert.ok(topic.claims.some((c) => c.id === 'model-b-84'));
  for (const page of [sourcePage, modelPage, topicPage]) assert.throws(() => page(kb, 'no-such-record'), /no-such-record/);
});

test('the claims listing keeps circulation order when filtered, with each claim\'s facet values', () => {
  const all = claimsListing(kb);
  assert.deepEqual(all.claims.map((c) => c.id), mostCirculated(kb).map((c) => c.id));
  assert.deepEqual(claimsListing(kb, ['model-a-sabotage']).claims.map((c) => [c.id, c.facets.model]), [['model-a-sabotage', ['model-a']]]);
  assert.equal(claimsListing(kb).options, all.options);
});
