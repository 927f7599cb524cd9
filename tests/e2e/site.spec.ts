import { expect, test } from '@playwright/test';

const CLAIM = '/claims/o3-edited-shutdown-script-79-of-100/';

test('the home page lists the most circulated claims with their verdicts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Claimtrail' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: 'silently edited' });
  await expect(item.getByText('Missing context', { exact: true })).toBeVisible();
  await expect(item.getByRole('link')).toHaveAttribute('href', CLAIM);
});

test('a claim page shows the verdict, the figure as stated beside the figure as measured, and the condition', async ({ page }) => {
  await page.goto(CLAIM);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('o3 "silently edited" its shutdown script in 79 of 100 tries');
  await expect(page.locator('.verdict').first()).toHaveText('Missing context');
  const row = page.locator('.figure-row').filter({ hasText: '79/100 tries' });
  await expect(row.locator('.as-measured')).toContainText('79/100 (79%)');
  await expect(row.locator('.condition')).toContainText('No instruction to allow shutdown');
  await expect(row.locator('.fidelity')).toContainText('Condition dropped');
  await expect(page.getByRole('region', { name: 'What it rests on' }).getByRole('link', { name: 'original' })).toHaveAttribute(
    'href',
    'https://x.com/PalisadeAI/status/1926084635903025621',
  );
});

test('a claim page shows how its number travelled, from the primary source to each retelling', async ({ page }) => {
  await page.goto(CLAIM);
  const steps = page.getByRole('region', { name: 'How this number travelled' }).getByRole('listitem');
  await expect(steps.first()).toContainText('Primary source');
  await expect(steps.first()).toContainText('24 May 2025');
  await expect(steps.filter({ hasText: 'The Wall Street Journal (Opinion)' })).toContainText('Condition dropped');
});

test('a claim page lists the checks it passes, its review date and an edit link', async ({ page }) => {
  await page.goto(CLAIM);
  const about = page.getByRole('region', { name: 'About this record' });
  await expect(about.getByRole('listitem').filter({ hasText: 'Figure arithmetic holds' })).toBeVisible();
  await expect(about.getByRole('link', { name: /Edit content\/claims\/o3-edited-shutdown-script-79-of-100\.mdx/ })).toHaveAttribute(
    'href',
    /\/edit\/main\/content\/claims\/o3-edited-shutdown-script-79-of-100\.mdx$/,
  );
});

test('the analysis renders its allow-listed component', async ({ page }) => {
  await page.goto(CLAIM);
  await expect(page.locator('aside.aside')).toContainText('Which number to quote');
});

test('a finding page lists every figure with its locator, the rerun commands and the claims citing it', async ({ page }) => {
  await page.goto('/findings/palisade-shutdown-may-2025/');
  await expect(page.locator('#figure-o3-allow-shutdown')).toContainText('May 2025 thread, post 3');
  await expect(page.getByRole('heading', { name: 'Rerun it yourself' })).toBeVisible();
  await expect(page.getByText('uv run inspect eval shutdown.py --model openai/o3')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Claims that cite it' }).getByRole('link', { name: /silently edited/ })).toBeVisible();
});

test('a model page lists the findings and claims about the model', async ({ page }) => {
  await page.goto('/models/o3/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OpenAI o3');
  await expect(page.getByRole('link', { name: /silently edited/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /OpenAI reasoning models sabotaged/ })).toBeVisible();
});
