/** Corrections: the site-wide list, the feed and each record's log, checked against the records. */
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { allCorrections } from '../../src/lib/views/corrections.ts';
import { knowledgeBaseOf } from '../helpers/page-records.ts';

const kb = knowledgeBaseOf({ contentDir: process.env['CLAIMTRAIL_CONTENT'] || 'content' });
const corrections = allCorrections(kb);

test('the records hold corrections to list', () => {
  expect(corrections.length).toBeGreaterThan(0);
});

test('/corrections/ lists every correction newest first, each with its note and a link to its record', async ({ page }) => {
  await page.goto('/corrections/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections');
  const items = page.locator('.corrections-list > li');
  await expect(items).toHaveCount(corrections.length);
  expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-correction')))).toEqual(corrections.map((c) => c.id));
  for (const [index, correction] of corrections.entries()) {
    const item = items.nth(index);
    await expect(item.locator('time')).toHaveAttribute('datetime', correction.date);
    await expect(item.getByRole('link', { name: correction.recordTitle, exact: true })).toHaveAttribute('href', correction.path);
    await expect(item.locator('.correction-note')).toHaveText(correction.note);
    if (correction.now) await expect(item.locator('.correction-change dd').last()).toHaveText(correction.now);
  }
});

test('the feed has one item per correction, linking to the corrected record', async ({ page, baseURL }) => {
  const response = await page.request.get('/feed.xml');
  expect(response.ok()).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false }).parse(await response.text());
  const items: { guid: { '#text': string }; link: string; category: string; description: string; pubDate: string }[] = [feed.rss.channel.item].flat();
  const correctionItems = items.filter((item) => [item.category].flat().includes('correction'));
  expect(correctionItems).toHaveLength(corrections.length);
  for (const correction of corrections) {
    const item = correctionItems.find((candidate) => candidate.guid['#text'].endsWith(`#${correction.id}`));
    expect(item, correction.id).toBeTruthy();
    expect(new URL(item!.link).pathname).toBe(new URL(correction.path, baseURL).pathname);
    expect(item!.description.startsWith(correction.note)).toBe(true);
    expect(new Date(item!.pubDate).toISOString().slice(0, 10)).toBe(correction.date);
  }
});

test("a corrected record's page shows its corrections log with what it said and what it says now", async ({ page }) => {
  const correction = corrections.find((c) => c.kind === 'finding' && c.was && c.now)!;
  await page.goto(correction.path);
  const log = page.locator('.corrections-log > li').filter({ hasText: correction.note });
  await expect(log).toHaveCount(1);
  await expect(log.locator('dd').first()).toHaveText(correction.was!);
  await expect(log.locator('dd').last()).toHaveText(correction.now!);
});

test('the footer and the methodology page link to the corrections page', async ({ page }) => {
  await page.goto('/methodology/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Corrections', exact: true })).toHaveAttribute('href', '/corrections/');
  await expect(page.getByRole('link', { name: 'corrections page' })).toHaveAttribute('href', '/corrections/');
});
