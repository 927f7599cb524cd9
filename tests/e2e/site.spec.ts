import { expect, test } from '@playwright/test';

test('the home page lists the claims with their verdicts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Claimtrail' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: 'silently edited' });
  await expect(item.getByText('Missing context', { exact: true })).toBeVisible();
  await expect(item.getByRole('link')).toHaveAttribute('href', '/claims/o3-edited-shutdown-script-79-of-100/');
});

test('a claim page shows the verdict, the figure as stated beside the figure as measured, and the condition', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /silently edited/ }).click();
  await expect(page).toHaveURL(/\/claims\/o3-edited-shutdown-script-79-of-100\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('o3 "silently edited" its shutdown script in 79 of 100 tries');
  await expect(page.locator('.verdict').first()).toHaveText('Missing context');
  const row = page.getByRole('row').filter({ hasText: '79/100 tries' });
  await expect(row).toContainText('79/100 (79%)');
  await expect(row).toContainText('No instruction to allow shutdown');
  await expect(row).toContainText('condition-dropped');
  await expect(page.getByRole('link', { name: /Thread announcing the shutdown-sabotage experiment/ })).toHaveAttribute(
    'href',
    'https://x.com/PalisadeAI/status/1926084635903025621',
  );
});

test('the analysis renders its allow-listed component', async ({ page }) => {
  await page.goto('/claims/o3-edited-shutdown-script-79-of-100/');
  await expect(page.locator('aside.aside')).toContainText('Which number to quote');
});
