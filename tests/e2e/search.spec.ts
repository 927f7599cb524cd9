/**
 * Search on the real content, through the search page as a reader uses it: typed and pasted
 * queries, exact numbers, keyboard, filters and the shareable URL.
 */
import { expect, test, type Page } from '@playwright/test';

const BLACKMAIL = 'claude-opus-4-blackmailed-engineer-84-percent';
const O3_79 = 'o3-edited-shutdown-script-79-of-100';
/** The op-ed's own sentence, as published (see the claim's appearances). */
const OPED_84_SENTENCE =
  'Researchers told the model it would be replaced by another AI system and fed it fictitious emails suggesting the lead engineer was having an affair. In 84% of the tests, the model drew on the emails to blackmail the lead engineer into not shutting it down.';

const results = (page: Page) => page.locator('#search-results [role="option"]');

async function search(page: Page, query: string) {
  await page.goto('/search/');
  await page.locator('#search-query').fill(query);
  await expect(page.locator('#search-status')).toContainText(/result|Nothing matches/);
}

const firstLink = (page: Page) => results(page).first().getByRole('link');

test('"84%" returns the blackmail claim first and never a claim whose figures are all other percentages', async ({ page }) => {
  await search(page, '84%');
  await expect(firstLink(page)).toHaveAttribute('href', `/claims/${BLACKMAIL}/`);
  const figures = await results(page).locator('.figure-value').allTextContents();
  expect(figures.length).toBeGreaterThan(0);
  // A figure states 84 % as printed or rounded, as texts quote it: "84%", "84/100 (84%)", "134/160 (83.8%)".
  const percents = (figure: string) => [...figure.matchAll(/(\d+(?:\.\d+)?)%/g)].map((match) => Math.round(Number(match[1])));
  for (const figure of figures) expect(percents(figure), figure).toContain(84);
});

for (const query of ['79/100', '79 of 100', '79 out of 100']) {
  test(`"${query}" finds the o3 shutdown-script claim first`, async ({ page }) => {
    await search(page, query);
    await expect(firstLink(page)).toHaveAttribute('href', `/claims/${O3_79}/`);
    await expect(results(page).first().locator('.figure-value')).toHaveText('79/100 (79%)');
  });
}

test("pasting the op-ed's whole 84% sentence finds its claim first", async ({ page }) => {
  await search(page, OPED_84_SENTENCE);
  await expect(firstLink(page)).toHaveAttribute('href', `/claims/${BLACKMAIL}/`);
});

test('"o3 shutdown" finds the o3 shutdown claims first, and misspelt "blakmail" finds the blackmail claim', async ({ page }) => {
  await search(page, 'o3 shutdown');
  await expect(firstLink(page)).toHaveAttribute('href', `/claims/${O3_79}/`);
  await expect(results(page).first().locator('.result-type')).toHaveText('Claim');
  await search(page, 'blakmail');
  await expect(results(page).getByRole('link').and(page.locator(`[href="/claims/${BLACKMAIL}/"]`))).toHaveCount(1);
  await expect(results(page).first().locator('mark').first()).toHaveText(/blackmail/i);
});

test('each result shows its type, verdict, the matched figure with its condition, and highlights the match', async ({ page }) => {
  await search(page, '79/100');
  const first = results(page).first();
  await expect(first.locator('.result-type')).toHaveText('Claim');
  await expect(first.locator('.verdict')).toHaveText('Missing context');
  await expect(first.locator('.figure-condition')).toContainText('No instruction to allow shutdown');
  await expect(first.locator('.figure-value mark').first()).toHaveText('79');
});

test('"/" focuses the search box on any page, and on the search page its own box', async ({ page }) => {
  await page.goto(`/claims/${O3_79}/`);
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await expect(page.locator('#site-search')).toHaveAttribute('aria-keyshortcuts', '/');
  await page.goto('/search/');
  await page.keyboard.press('/');
  await expect(page.locator('#search-query')).toBeFocused();
});

test('the header box sends its query to the search page', async ({ page }) => {
  await page.goto('/');
  await page.locator('#site-search').fill('79 of 100');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=79\+of\+100$/);
  await expect(firstLink(page)).toHaveAttribute('href', `/claims/${O3_79}/`);
});

test('the URL round-trips the query and the filters', async ({ page }) => {
  await page.goto('/search/?q=o3&type=claim&verdict=missing-context');
  await expect(page.locator('#search-query')).toHaveValue('o3');
  await expect(page.locator('input[name="verdict"][value="missing-context"]')).toBeChecked();
  await expect(results(page).first()).toBeVisible();
  for (const type of await results(page).locator('.result-type').allTextContents()) expect(type).toBe('Claim');
  for (const verdict of await results(page).locator('.verdict').allTextContents()) expect(verdict).toBe('Missing context');

  await page.locator('input[name="verdict"][value="accurate"]').check();
  await page.locator('#search-query').fill('shutdown');
  await expect.poll(() => new URL(page.url()).searchParams.getAll('verdict').sort()).toEqual(['accurate', 'missing-context']);
  expect(new URL(page.url()).searchParams.get('q')).toBe('shutdown');
  expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['claim']);
  await page.reload();
  await expect(page.locator('#search-query')).toHaveValue('shutdown');
  await expect(page.locator('input[name="verdict"][value="accurate"]')).toBeChecked();
  await expect(page.locator('input[name="type"][value="claim"]')).toBeChecked();
});

test('arrow keys move through the results, Enter opens one and Escape clears the box', async ({ page }) => {
  await search(page, 'o3');
  const box = page.locator('#search-query');
  await box.press('ArrowDown');
  await expect(results(page).first()).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await expect(results(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  const href = await firstLink(page).getAttribute('href');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));

  await search(page, 'o3');
  await page.locator('#search-query').press('Escape');
  await expect(page.locator('#search-query')).toHaveValue('');
  await expect(results(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/search\/$/);
});

test('a query nothing matches says what to try', async ({ page }) => {
  await search(page, 'zyxwvut 84%');
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('#search-status')).toContainText('Nothing matches');
  await expect(page.locator('#search-status')).toContainText('Try fewer words');
});

test('the index is fetched on first focus of the box, not with the page', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => path.startsWith('/search-index/'))).toEqual([]);
  await page.locator('#search-query').focus();
  await expect.poll(() => fetched.includes('/search-index/index.json')).toBe(true);
  // The rest of the index waits for a query.
  expect(fetched.filter((path) => path.startsWith('/search-index/'))).toEqual(['/search-index/index.json']);
});

for (const blocked of ['the manifest', 'the files a query needs'] as const) {
  test(`when ${blocked} cannot be fetched the page says so, and the next keystroke tries again`, async ({ page }) => {
    let offline = true;
    await page.route('**/search-index/**', (route) =>
      offline && (blocked === 'the manifest' || !route.request().url().endsWith('/index.json')) ? route.abort() : route.continue(),
    );
    await page.goto('/search/');
    const box = page.locator('#search-query');
    await box.fill('84%');
    await expect(page.locator('#search-status')).toContainText('could not be loaded');
    await expect(page.locator('#search-status').getByRole('link')).toHaveAttribute('href', '/claims/');
    offline = false;
    await box.press('End');
    await box.pressSequentially(' ');
    await expect(firstLink(page)).toHaveAttribute('href', `/claims/${BLACKMAIL}/`);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links to the claims list', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('.search-nojs')).toContainText('needs JavaScript');
    await expect(page.locator('.search-nojs').getByRole('link')).toHaveAttribute('href', '/claims/');
  });
});
