/**
 * The results matrix and the charts as a reader gets them: every cell and every chart table holds
 * the record's own number, the pages pass axe in both colour schemes, and nothing leaves the origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatPrinted } from '../../src/lib/numbers.ts';
import { CONFIDENCE_LABELS } from '../../src/lib/views/labels.ts';
import { pageRateCharts } from '../../src/lib/views/rate-charts.ts';
import { hasResultsMatrix } from '../../src/lib/views/results-matrix.ts';
import { knowledgeBaseOf } from '../helpers/page-records.ts';
import { axeViolations, COLOUR_RULES, foreignRequests, unfoldAll } from './axe.ts';

const kb = knowledgeBaseOf({});
const findingsWithMatrix = [...kb.findings].filter(([, finding]) => hasResultsMatrix(finding)).map(([id]) => id);
const modelsWithCharts = [...kb.models.keys()].filter((id) => pageRateCharts(kb, 'models', id).length > 0);

/** [figure id, text] of every link to a figure row inside `scope`. */
async function figureLinks(page: Page, scope: string): Promise<[string, string][]> {
  return page.locator(`${scope} a.cell, ${scope} .chart-numbers td a`).evaluateAll((links) =>
    links.map((link) => [decodeURIComponent((link as HTMLAnchorElement).hash.replace('#figure-', '')), link.firstChild!.textContent!.trim()]),
  );
}

test('the real records give matrices and charts to check', () => {
  expect(findingsWithMatrix).toEqual(expect.arrayContaining(['palisade-shutdown-may-2025', 'palisade-shutdown-paper-2025', 'agentic-misalignment-2025']));
  expect(modelsWithCharts).toEqual(expect.arrayContaining(['o3', 'claude-opus-4']));
});

for (const id of findingsWithMatrix) {
  test(`the matrix and charts of ${id} hold exactly its figures, as printed`, async ({ page }) => {
    await page.goto(`/findings/${id}/`);
    const finding = kb.findings.get(id)!;
    const cells = await figureLinks(page, '.matrix');
    expect(cells.map(([figureId]) => figureId).toSorted()).toEqual(finding.figures.map((f) => f.id).toSorted());
    for (const [figureId, text] of cells) expect(text, figureId).toBe(formatPrinted(kb.figure(id, figureId)!));
    // Each cell leads to its row in the detailed table.
    const rowIds = await page.locator('.figures-table tbody tr').evaluateAll((found) => found.map((row) => row.id));
    expect(cells.map(([figureId]) => `figure-${figureId}`).toSorted()).toEqual(rowIds.toSorted());

    const charts = pageRateCharts(kb, 'findings', id);
    await expect(page.locator('figure.chart svg')).toHaveCount(charts.length);
    for (const chart of charts) {
      const rows = page.locator(`figure[data-chart="${chart.slug}"] .chart-numbers tbody tr`);
      await expect(rows).toHaveCount(chart.rows.length);
      const links = await figureLinks(page, `figure[data-chart="${chart.slug}"]`);
      expect(links.map(([figureId, text]) => `${figureId} ${text}`)).toEqual(
        chart.rows.map((row) => `${row.cell.figureId} ${formatPrinted(kb.figure(id, row.cell.figureId)!)}`),
      );
      expect(await rows.locator('td:last-child').allTextContents()).toEqual(chart.rows.map((row) => CONFIDENCE_LABELS[kb.figure(id, row.cell.figureId)!.confidence]));
    }
  });
}

for (const id of modelsWithCharts) {
  test(`every chart table on the ${id} model page matches the records`, async ({ page }) => {
    await page.goto(`/models/${id}/`);
    for (const chart of pageRateCharts(kb, 'models', id)) {
      const links = await page.locator(`figure[data-chart="${chart.slug}"] .chart-numbers td a`).evaluateAll((found) =>
        found.map((link) => [new URL((link as HTMLAnchorElement).href).pathname.split('/').at(-2)!, (link as HTMLAnchorElement).hash.replace('#figure-', ''), link.textContent!.trim()]),
      );
      expect(links).toEqual(chart.rows.map((row) => {
        const figure = kb.figure(row.findingId, row.cell.figureId)!;
        expect(figure.model).toBe(id);
        return [row.findingId, figure.id, formatPrinted(figure)];
      }));
    }
  });
}

test('a matrix cell shows its sample on focus', async ({ page }) => {
  await page.goto('/findings/palisade-shutdown-may-2025/');
  const cell = page.locator('.matrix a.cell', { hasText: '79/100' });
  await expect(cell.locator('.cell-more')).toHaveText('n = 100 · read in the primary source');
  const hidden = await cell.locator('.cell-more').boundingBox();
  await cell.focus();
  const shown = await cell.locator('.cell-more').boundingBox();
  expect(hidden!.width).toBeLessThanOrEqual(1);
  expect(shown!.width).toBeGreaterThan(50);
});

const chartPages = [...findingsWithMatrix.map((id) => `/findings/${id}/`), ...modelsWithCharts.map((id) => `/models/${id}/`)];
// Every axe rule runs on every page, unfolded, in the light scheme (quality.spec.ts). The dark scheme
// changes only colours, so here axe checks what colours decide, as quality.spec.ts does for one page of each kind.
for (const path of chartPages) {
  test(`${path} with its charts keeps AA contrast in the dark scheme and requests nothing from other origins`, async ({ page, baseURL }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const foreign = foreignRequests(page, baseURL!);
    await page.goto(path);
    await unfoldAll(page);
    expect(await axeViolations(page, { rules: COLOUR_RULES })).toEqual([]);
    expect(foreign).toEqual([]);
  });
}
