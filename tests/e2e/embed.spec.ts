/** "Embed this check": the snippet pasted into a blank page, and the page made for an iframe. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from './axe.ts';

const CLAIM = '/claims/o3-edited-shutdown-script-79-of-100/';
const EMBED = '/embed/claims/o3-edited-shutdown-script-79-of-100/';
const record = (JSON.parse(readFileSync('dist/data/claims.json', 'utf8')) as { claims: { id: string; url: string; verdict: { label: string } }[] }).claims.find(
  (claim) => claim.id === 'o3-edited-shutdown-script-79-of-100',
)!;

test('the snippet copied from a claim page renders as the card in a blank page, requesting nothing', async ({ page }) => {
  await page.goto(CLAIM);
  const snippet = (await page.locator('.embed-this pre').textContent())!;

  const requests: string[] = [];
  await page.route('**/blank/', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><title>Blank</title><body>${snippet}</body></html>` }));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/blank/');
  expect(requests.filter((url) => !url.endsWith('/blank/'))).toEqual([]);

  const card = page.locator('blockquote.claimtrail-embed');
  await expect(card).toBeVisible();
  await expect(card).toContainText(`Verdict: ${record.verdict.label}.`);
  await expect(card).toContainText('As circulated:');
  await expect(card).toContainText('As measured:');
  await expect(card.getByRole('link')).toHaveAttribute('href', record.url);
  expect(await page.locator('script, style, [style], img, iframe').count()).toBe(0);
});

test('the embed page shows the same card alone, with no navigation, and passes axe', async ({ page }) => {
  await page.goto(CLAIM);
  const snippet = (await page.locator('.embed-this pre').textContent())!;
  await page.goto(EMBED);
  expect(await page.locator('nav, header, footer, script').count()).toBe(0);
  const text = (await page.locator('blockquote.claimtrail-embed').innerText()).replace(/\s+/g, ' ');
  await page.setContent(`<!doctype html><html lang="en"><title>x</title><body>${snippet}</body></html>`);
  expect((await page.locator('blockquote.claimtrail-embed').innerText()).replace(/\s+/g, ' ')).toBe(text);
  await page.goto(EMBED);
  // A card framed inside someone's article: the headline is the host page's, and a level-one heading here would compete with it.
  expect(await axeViolations(page, { disable: ['page-has-heading-one'] })).toEqual([]);
});
