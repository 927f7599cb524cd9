/**
 * A record made of markup is shown as text: its title and text, and the model name, condition and
 * locator of its figure line. The hostile records live in a fixture tree built into its own folder
 * (never in the real content), served beside the main test server.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURES } from '../helpers/fixtures.ts';
import { serveStatic, type StaticServer } from '../../src/lib/site/static-server.ts';

const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
/** The fields a result's figure line shows, as the hostile finding and model write them. */
const HOSTILE_FIGURE = {
  model: '<img src=z onerror=alert(7)>',
  condition: '<script>alert(8)</script> No sandbox at all.',
  locator: '<svg onload=alert`9`>Section 5</svg>',
};
const MARKUP = ['img', 'script', 'iframe', 'svg', 'b'].map((tag) => `#search-results ${tag}`).join(', ');
let work: string;
let server: StaticServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(join(tmpdir(), 'claimtrail-hostile-'));
  cpSync(join(FIXTURES, 'valid', 'content'), join(work, 'content'), { recursive: true });
  cpSync(join(FIXTURES, 'search-hostile', 'content'), join(work, 'content'), { recursive: true });
  execFileSync('npx', ['astro', 'build', '--outDir', join(work, 'dist')], {
    env: { ...process.env, CLAIMTRAIL_CONTENT: join(work, 'content') },
    stdio: 'pipe',
  });
  server = await serveStatic(join(work, 'dist'), Number(process.env['E2E_PORT'] ?? 4321) + 1);
});

test.afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every dialog the page opens: an executed alert() shows up here. */
function dialogsOf(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test('a record whose title is markup is shown as text, and no dialog ever opens', async ({ page }) => {
  const dialogs = dialogsOf(page);
  await page.goto(`${server.url}/search/`);
  await page.locator('#search-query').fill('79 of 100');
  const hostile = page.locator('#search-results [role="option"]').filter({ hasText: HOSTILE_TITLE });
  await expect(hostile).toHaveCount(1);
  await expect(hostile.locator('.result-title')).toHaveText(HOSTILE_TITLE);
  await expect(hostile.locator('.result-text')).toContainText('<script>alert(2)</script>');
  await expect(page.locator(MARKUP)).toHaveCount(0);

  for (const query of ['img', 'onerror', 'svg', 'script alert', '"onerror=alert"']) {
    await page.locator('#search-query').fill(query);
    await expect(page.locator('#search-status')).toContainText(/result|Nothing/);
    await expect(page.locator('#search-results img, #search-results script, #search-results svg')).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
});

test('a figure whose model name, condition and locator are markup shows them as text', async ({ page }) => {
  const dialogs = dialogsOf(page);
  await page.goto(`${server.url}/search/`);
  await page.locator('#search-query').fill('7 of 13');
  const figure = page.locator('#search-results .result-figure').filter({ hasText: '7/13' });
  await expect(figure).toHaveCount(1);
  await expect(figure.locator('.figure-model')).toHaveText(HOSTILE_FIGURE.model);
  await expect(figure.locator('.figure-condition')).toHaveText(HOSTILE_FIGURE.condition);
  await expect(figure.locator('.figure-where')).toContainText(HOSTILE_FIGURE.locator);
  await expect(page.locator(MARKUP)).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
