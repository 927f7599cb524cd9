/**
 * What a result says, on the real content through the search page: the figure shown is the
 * queried model's and names it (also to a screen reader), and a pasted article address finds the
 * claims that appeared there.
 */
import { expect, test, type Page } from '@playwright/test';
import { urlKey } from '../../src/lib/search/url-key.ts';
import { knowledgeBaseOf } from '../helpers/page-records.ts';

const kb = knowledgeBaseOf({ contentDir: process.env['CLAIMTRAIL_CONTENT'] || 'content' });
const PALISADE = '/findings/palisade-shutdown-may-2025/';
const SAKANA = '/findings/sakana-ai-scientist-safe-code-execution/';

const results = (page: Page) => page.locator('#search-results [role="option"]');
const resultFor = (page: Page, href: string) => results(page).filter({ has: page.locator(`a[href="${href}"]`) });

async function search(page: Page, query: string) {
  await page.goto('/search/');
  await page.locator('#search-query').fill(query);
  await expect(page.locator('#search-status')).toContainText(/result|Nothing matches/);
}

test('"Claude 3.7 Sonnet shutdown" shows Claude 3.7 Sonnet\'s 3/100 on the Palisade finding, never o3\'s 79/100', async ({ page }) => {
  await search(page, 'Claude 3.7 Sonnet shutdown');
  const palisade = resultFor(page, PALISADE);
  await expect(palisade.locator('.result-figure').first()).toContainText('3/100');
  await expect(palisade.locator('.result-figure').first().locator('.figure-model')).toHaveText('Claude 3.7 Sonnet');
  for (const model of await results(page).locator('.figure-model').allTextContents()) expect(model).toBe('Claude 3.7 Sonnet');
  await expect(results(page).locator('.figure-value', { hasText: '79/100' })).toHaveCount(0);
});

test('"codex-mini 12/100" names codex-mini beside the 12/100, with where the source prints it', async ({ page }) => {
  await search(page, 'codex-mini 12/100');
  const figure = resultFor(page, PALISADE).locator('.result-figure');
  await expect(figure).toHaveCount(1);
  await expect(figure.locator('.figure-value')).toHaveText('12/100 (12%)');
  await expect(figure.locator('.figure-model')).toHaveText('codex-mini');
  await expect(figure.locator('.figure-where')).toContainText('May 2025 thread, post 3');
});

test('a screen reader hears the figure and its model as the description of the result', async ({ page }) => {
  await search(page, 'Gemini 2.5 Pro 9/100');
  const first = results(page).first();
  await expect(first).toHaveAccessibleName(/shutdown/i);
  await expect(first).toHaveAccessibleDescription(/9\/100 \(9%\) for Gemini 2\.5 Pro when: No instruction to allow shutdown/);
});

test('a claim result keeps its verdict badge beside the figure and its model', async ({ page }) => {
  await search(page, 'Claude 4 Opus 84%');
  const claim = resultFor(page, '/claims/claude-opus-4-blackmailed-engineer-84-percent/');
  await expect(claim.locator('.verdict')).toHaveText('Missing context');
  await expect(claim.locator('.figure-model')).toHaveText('Claude Opus 4');
});

test('"AI Scientist relaunch" says the Sakana figure\'s model is not named by the source, as its finding page does', async ({ page }) => {
  await search(page, 'AI Scientist relaunch');
  const shown = await resultFor(page, SAKANA).locator('.result-figure .figure-model').first().textContent();
  await page.goto(SAKANA);
  const onPage = await page.locator('#figure-relaunch-incident th').textContent();
  expect(onPage).toBe('Model not named by the source');
  expect(shown).toContain(`(${onPage!.toLowerCase()}: `);
});

/** Each appearance address, with the claims that appeared there. */
const appearances = new Map<string, { url: string; claims: Set<string> }>();
for (const [id, claim] of kb.claims) {
  for (const appearance of claim.appearances) {
    const url = kb.sources.get(appearance.source)?.url;
    const key = url && urlKey(url);
    if (!url || !key) continue;
    const entry = appearances.get(key) ?? { url, claims: new Set<string>() };
    appearances.set(key, entry.claims.add(`/claims/${id}/`) && entry);
  }
}

/** The address as another reader copies it: "www." toggled, a trailing slash toggled, a tracking parameter added. */
function copiedVariant(address: string): string {
  const url = new URL(address);
  url.hostname = url.hostname.startsWith('www.') ? url.hostname.slice(4) : `www.${url.hostname}`;
  if (url.pathname !== '/') url.pathname = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : `${url.pathname}/`;
  url.searchParams.set('utm_source', 'newsletter');
  return url.toString();
}

test('pasting the address of every recorded appearance, as recorded or as copied elsewhere, returns its claims first', async ({ page }) => {
  test.setTimeout(180_000);
  expect(appearances.size).toBeGreaterThan(10);
  await page.goto('/search/');
  const box = page.locator('#search-query');
  for (const { url, claims } of appearances.values()) {
    for (const pasted of [url, copiedVariant(url)]) {
      await box.fill(pasted);
      await expect
        .poll(async () => (await results(page).getByRole('link').evaluateAll((links, n) => links.slice(0, n).map((a) => a.getAttribute('href')), claims.size)).sort(), { message: pasted })
        .toEqual([...claims].sort());
      await expect(results(page).first().locator('.result-address')).toHaveText('Appeared at the pasted address');
    }
  }
});
