/**
 * A reader's walk: home → claim → figure box → finding → primary source locator → reproduction,
 * then citing it and filtering the list. Expected values come from the records themselves.
 */
import { expect, test } from '@playwright/test';
import { FACET_NAMES, facetValuesOf, filterClaims } from '../../src/lib/views/facets.ts';
import { VERDICT_SCALE } from '../../src/lib/views/verdicts.ts';
import { knowledgeBaseOf } from '../helpers/page-records.ts';

const kb = knowledgeBaseOf({ contentDir: process.env['CLAIMTRAIL_CONTENT'] || 'content' });
const CLAIM_ID = 'claude-opus-4-blackmailed-engineer-84-percent';

test('from the home page a reader reaches the 84% claim, its condition, the finding, the locator and a reproduction', async ({ page }) => {
  const claim = kb.claims.get(CLAIM_ID);
  expect(claim, `content/claims/${CLAIM_ID}.mdx is missing`).toBeDefined();
  const stated = claim!.statedFigures.find((s) => s.text.includes('84'))!;
  const figure = kb.figure(stated.finding, stated.figure)!;
  const finding = kb.findings.get(stated.finding)!;

  await page.goto('/');
  await page.getByRole('link', { name: 'All claims, with filters' }).click();
  await page.getByRole('link', { name: claim!.title }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${CLAIM_ID}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim!.title);
  await expect(page.locator('.verdict-line')).toContainText(VERDICT_SCALE[claim!.verdict].label);

  const figures = page.getByRole('region', { name: 'The figures' });
  const row = figures.locator('.figure-row').filter({ hasText: stated.text });
  await expect(row.locator('.condition')).toHaveText(figure.condition);
  await expect(row.locator('.locator')).toHaveText(figure.locator);

  await row.getByRole('link', { name: finding.title }).click();
  await expect(page).toHaveURL(new RegExp(`/findings/${stated.finding}/$`));
  await expect(page.getByRole('region', { name: 'Primary source' })).toContainText(kb.sources.get(finding.source)!.title);
  await expect(page.locator(`#figure-${figure.id} .locator`)).toHaveText(figure.locator);

  // The figure's own finding may have no reproduction yet; the claim page leads to the findings that do.
  const reproduced = claim!.findings.find((id) => kb.reproductionsOf(id).length > 0);
  expect(reproduced, `no finding of ${CLAIM_ID} has a reproduction on record`).toBeDefined();
  const [attempt] = kb.reproductionsOf(reproduced!);
  await page.goBack();
  await page.getByRole('region', { name: 'What it rests on' }).getByRole('link', { name: kb.findings.get(reproduced!)!.title }).click();
  await expect(page).toHaveURL(new RegExp(`/findings/${reproduced}/$`));
  await expect(page.getByRole('region', { name: 'Reproduction attempts' }).getByText(attempt!.data.title)).toBeVisible();
});

test('a reader copies the BibTeX citation of a claim with one click', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const [id] = kb.claims.keys();
  await page.goto(`/claims/${id}/`);
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(page.getByRole('region', { name: 'Cite this' }).getByRole('status').nth(2)).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^@misc\\{claimtrail-${id}-\\d{4},`));
  expect(copied).toContain(`/claims/${id}/`);
});

test('without JavaScript the citation is plain selectable text', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const [id] = kb.claims.keys();
  await page.goto(`/claims/${id}/`);
  await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
  await expect(page.locator('copy-text pre').nth(2)).toContainText('@misc{');
  await context.close();
});

const verdict = 'missing-context';
const expected = filterClaims(kb, [...kb.claims.keys()], { verdict });

test('without JavaScript the list filters by verdict through plain links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/claims/');
  const facets = page.getByRole('navigation', { name: 'Filter claims' });
  await facets.getByRole('link', { name: new RegExp(`^${VERDICT_SCALE[verdict].label} \\(`) }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/verdict/${verdict}/$`));
  const items = page.locator('[data-claim-list] > li');
  await expect(items).toHaveCount(expected.length);
  for (const badge of await items.locator('.verdict').all()) await expect(badge).toHaveText(VERDICT_SCALE[verdict].label);
  await context.close();
});

test('with JavaScript the list combines filters in the URL and shows only matching claims', async ({ page }) => {
  await page.goto('/claims/');
  const facets = page.getByRole('navigation', { name: 'Filter claims' });
  await facets.getByRole('link', { name: new RegExp(`^${VERDICT_SCALE[verdict].label} \\(`) }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/\\?verdict=${verdict}$`));
  await expect(page.locator('[data-claim-list] > li:visible')).toHaveCount(expected.length);

  const [first] = expected;
  const topic = facetValuesOf(kb, first!).topic[0]!;
  await facets.getByText(FACET_NAMES.topic).click();
  await facets.locator(`a[data-facet="topic"][data-value="${topic}"]`).click();
  await expect(page).toHaveURL(new RegExp(`verdict=${verdict}&topic=${topic}$`));
  await expect(page.locator('[data-claim-list] > li:visible')).toHaveCount(filterClaims(kb, [...kb.claims.keys()], { verdict, topic }).length);

  await page.reload();
  await expect(page.locator('[data-claim-list] > li:visible')).toHaveCount(filterClaims(kb, [...kb.claims.keys()], { verdict, topic }).length);
  await expect(page.locator('[data-claim-count]')).toContainText('match the filters');
});
