/**
 * Settings made visible: a deployed incident is marked as such on its claim page, its finding page
 * and in the claims list, the list filters by setting with and without JavaScript, and the
 * methodology page defines every setting. Expected values come from the records themselves.
 */
import { expect, test } from '@playwright/test';
import { FACET_NAMES, filterClaims } from '../../src/lib/views/facets.ts';
import { SETTING_LABELS } from '../../src/lib/views/labels.ts';
import { SETTINGS } from '../../src/schema/common.ts';
import { knowledgeBaseOf } from '../helpers/page-records.ts';

const kb = knowledgeBaseOf({ contentDir: process.env['CLAIMTRAIL_CONTENT'] || 'content' });
const CLAIM_ID = 'replit-ai-deleted-database-then-lied';
const SETTING = 'deployed-incident';
const LABEL = SETTING_LABELS[SETTING].label;
const expected = filterClaims(kb, [...kb.claims.keys()], { setting: SETTING });

test('the Replit claim and its finding carry the deployed-incident badge, as text, without JavaScript', async ({ browser }) => {
  const claim = kb.claims.get(CLAIM_ID);
  expect(claim, `content/claims/${CLAIM_ID}.mdx is missing`).toBeDefined();
  expect(claim!.setting).toBe(SETTING);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/claims/${CLAIM_ID}/`);
  await expect(page.locator('.setting-line .setting')).toHaveText(LABEL);
  await expect(page.locator('.setting-line')).toContainText(SETTING_LABELS[SETTING].definition);

  const [findingId] = claim!.findings;
  await page.goto(`/findings/${findingId}/`);
  await expect(page.locator('.setting-line .setting')).toHaveText(SETTING_LABELS[kb.findings.get(findingId!)!.setting].label);
  await context.close();
});

test('without JavaScript the claims list filters by setting and finds the Replit claim', async ({ browser }) => {
  expect(expected).toContain(CLAIM_ID);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/claims/');
  const item = page.locator(`[data-claim-list] > li[data-setting="${SETTING}"]`).filter({ hasText: kb.claims.get(CLAIM_ID)!.title });
  await expect(item.locator('.setting')).toHaveText(LABEL);

  const facets = page.getByRole('navigation', { name: 'Filter claims' });
  await facets.getByText(FACET_NAMES.setting).click();
  await facets.getByRole('link', { name: new RegExp(`^${LABEL} \\(${expected.length}\\)`) }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/setting/${SETTING}/$`));
  const items = page.locator('[data-claim-list] > li');
  await expect(items).toHaveCount(expected.length);
  await expect(items.filter({ hasText: kb.claims.get(CLAIM_ID)!.title })).toHaveCount(1);
  for (const badge of await items.locator('.setting').all()) await expect(badge).toHaveText(LABEL);
  await context.close();
});

test('with JavaScript the setting filter goes into the URL and shows only deployed incidents', async ({ page }) => {
  await page.goto('/claims/');
  const facets = page.getByRole('navigation', { name: 'Filter claims' });
  await facets.getByText(FACET_NAMES.setting).click();
  await facets.locator(`a[data-facet="setting"][data-value="${SETTING}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/claims/\\?setting=${SETTING}$`));
  const visible = page.locator('[data-claim-list] > li:visible');
  await expect(visible).toHaveCount(expected.length);
  await expect(visible.filter({ hasText: kb.claims.get(CLAIM_ID)!.title })).toHaveCount(1);
});

test('the methodology page defines every setting', async ({ page }) => {
  await page.goto('/methodology/');
  for (const setting of SETTINGS) {
    await expect(page.locator(`#setting-${setting}`)).toHaveText(SETTING_LABELS[setting].label);
    await expect(page.locator(`#setting-${setting} + dd`)).toHaveText(SETTING_LABELS[setting].definition);
  }
});
