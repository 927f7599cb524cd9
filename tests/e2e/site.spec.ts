/** Page by page: what each kind of page shows, checked against the records it is built from. */
import { expect, test } from '@playwright/test';
import { FIDELITY_LABELS } from '../../src/lib/views/labels.ts';
import { mostCirculated } from '../../src/lib/views/listings.ts';
import { formatValue } from '../../src/lib/numbers.ts';
import { VERDICT_SCALE } from '../../src/lib/views/verdicts.ts';
import { knowledgeBaseOf } from '../helpers/page-records.ts';

const kb = knowledgeBaseOf({ contentDir: process.env['CLAIMTRAIL_CONTENT'] || 'content' });
const CLAIM_ID = 'o3-edited-shutdown-script-79-of-100';
const CLAIM = `/claims/${CLAIM_ID}/`;
const claim = kb.claims.get(CLAIM_ID)!;
const stated = claim.statedFigures[0]!;
const measured = kb.figure(stated.finding, stated.figure)!;
const finding = kb.findings.get(stated.finding)!;
const primary = kb.sources.get(finding.source)!;

test('the home page lists the most circulated claims with their verdicts', async ({ page }) => {
  const [top] = mostCirculated(kb);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Claimtrail' })).toBeVisible();
  const item = page.locator('.claim-list > li').first();
  await expect(item.locator('.verdict')).toHaveText(VERDICT_SCALE[top!.data.verdict].label);
  await expect(item.getByRole('link')).toHaveAttribute('href', `/claims/${top!.id}/`);
});

test('a claim page shows the verdict, the figure as stated beside the figure as measured, and the condition', async ({ page }) => {
  await page.goto(CLAIM);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.title);
  await expect(page.locator('.verdict').first()).toHaveText(VERDICT_SCALE[claim.verdict].label);
  const row = page.locator('.figure-row').filter({ hasText: stated.text });
  await expect(row.locator('.as-measured')).toContainText(formatValue(measured));
  await expect(row.locator('.condition')).toHaveText(measured.condition);
  await expect(row.locator('.fidelity')).toContainText(FIDELITY_LABELS[stated.fidelity].label);
  const restsOn = page.getByRole('region', { name: 'What it rests on' }).getByRole('listitem').filter({ hasText: finding.title });
  await expect(restsOn.getByRole('link', { name: 'original' })).toHaveAttribute('href', primary.url!);
});

test('a claim page shows how its number travelled, from the primary source to each retelling', async ({ page }) => {
  await page.goto(CLAIM);
  const steps = page.getByRole('region', { name: 'How this number travelled' }).getByRole('listitem');
  await expect(steps.first()).toContainText('Primary source');
  await expect(steps.first()).toContainText(primary.title);
  await expect(steps.filter({ hasText: 'The Wall Street Journal (Opinion)' }).first()).toContainText(FIDELITY_LABELS[stated.fidelity].label);
});

test('a claim page lists the checks it passes, its review date and an edit link', async ({ page }) => {
  await page.goto(CLAIM);
  const about = page.getByRole('region', { name: 'About this record' });
  await expect(about.getByRole('listitem').filter({ hasText: 'Figure arithmetic holds' })).toBeVisible();
  await expect(about.getByRole('link', { name: `Edit content/claims/${CLAIM_ID}.mdx in the repository` })).toHaveAttribute(
    'href',
    `https://github.com/claimtrail/claimtrail/edit/main/content/claims/${CLAIM_ID}.mdx`,
  );
});

test('the analysis renders its allow-listed component', async ({ page }) => {
  await page.goto(CLAIM);
  await expect(page.locator('.analysis aside.aside')).toBeVisible();
});

test('a finding page lists every figure with its locator, the rerun commands and the claims citing it', async ({ page }) => {
  await page.goto(`/findings/${stated.finding}/`);
  await expect(page.locator('.figures-table tbody tr')).toHaveCount(finding.figures.length);
  await expect(page.locator(`#figure-${measured.id} .locator`)).toHaveText(measured.locator);
  await expect(page.getByRole('heading', { name: 'Rerun it yourself' })).toBeVisible();
  for (const command of finding.rerun!.commands) await expect(page.locator('pre.rerun')).toContainText(command);
  await expect(page.getByRole('region', { name: 'Claims that cite it' }).getByRole('link', { name: claim.title })).toBeVisible();
});

test('a model page lists the findings and claims about the model', async ({ page }) => {
  await page.goto('/models/o3/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kb.models.get('o3')!.name);
  await expect(page.getByRole('link', { name: claim.title })).toBeVisible();
  await expect(page.getByRole('link', { name: finding.title })).toBeVisible();
});

test('the methodology page defines every verdict with an example, every fidelity value and every reproduction status', async ({ page }) => {
  await page.goto('/methodology/');
  for (const [verdict, info] of Object.entries(VERDICT_SCALE)) {
    const term = page.locator('#verdicts + p + dl dt').filter({ hasText: info.label });
    await expect(term).toHaveCount(1);
    const example = mostCirculated(kb).find((c) => c.data.verdict === verdict);
    const definition = term.locator('xpath=following-sibling::dd[1]');
    await expect(definition).toContainText(info.definition);
    if (example) await expect(definition.getByRole('link')).toHaveText(example.data.title);
    else await expect(definition).toContainText('no claim has this verdict yet');
  }
  for (const fidelity of Object.values(FIDELITY_LABELS)) await expect(page.getByText(fidelity.definition)).toBeVisible();
});

test('the first Tab reaches a visible skip link that jumps to the main content', async ({ page }) => {
  await page.goto(CLAIM);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
