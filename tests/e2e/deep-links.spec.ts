/**
 * "Go to the sentence" links, taken from the built /data/claims.json: each text fragment lands on its
 * quote in a local copy of a page that prints it, and each PDF link opens the locator's page.
 *
 * Signal: Chromium leaves the selection empty for text fragments, and ::target-text cannot be read from
 * script, so the test puts the quote below several screens of other text and checks that the browser
 * scrolled the quote's paragraph into view: it does so only when the directive matched.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pagesNamed } from '../../src/lib/check/rules/pages.ts';

interface Figure { id: string; quote?: string; page?: number; locator: string; printedIn?: string; deepLink: string | null }
const data = JSON.parse(readFileSync('dist/data/claims.json', 'utf8')) as {
  findings: { id: string; source: { url: string | null }; figures: Figure[] }[];
  sources: { id: string; url?: string }[];
};
const urlOf = new Map(data.sources.map((source) => [source.id, source.url ?? '']));
// The source that prints the figure: the one it names (printedIn), else its finding's.
const figures = data.findings.flatMap((finding) =>
  finding.figures.map((figure) => ({ finding: finding.id, source: figure.printedIn ? urlOf.get(figure.printedIn)! : (finding.source.url ?? ''), ...figure })),
);
const fragments = figures.filter((figure) => figure.quote && figure.deepLink?.includes('#:~:text='));
const pdfs = figures.filter((figure) => new URL(figure.source || 'https://x.invalid').pathname.endsWith('.pdf'));

const FILLER = '<p>Unrelated text that fills the screen before the sentence.</p>'.repeat(120);
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** The page as its source prints it: an elision in the quote stands for words the page has there. */
const printed = (quote: string) => escape(quote.replace(/\s*(?:\[[^\]]*\]|…|\.\.\.)\s*/gu, ' and other words that the quote left out '));

/** Serves, at /source-copy/, a page that prints the quote between several screens of other text. */
async function serveCopy(page: Page, quote: string): Promise<void> {
  await page.route('**/source-copy/', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><title>copy</title><body>${FILLER}<p id="quote">${printed(quote)}</p>${FILLER}</body>` }),
  );
}

test('the built data holds text-fragment links to check', () => {
  expect(fragments.length).toBeGreaterThan(20);
});

for (const figure of fragments) {
  test(`the link to ${figure.finding}#${figure.id} scrolls to its sentence`, async ({ page }) => {
    const link = new URL(figure.deepLink!);
    expect(link.origin + link.pathname).toBe(new URL(figure.source).origin + new URL(figure.source).pathname);
    const directive = link.hash.slice(link.hash.indexOf(':~:'));
    await serveCopy(page, figure.quote!);
    await page.goto(`/source-copy/#${directive}`);
    await expect(page.locator('#quote')).toBeInViewport();
  });
}

test('without a matching directive the copy stays at its top, so scrolling is the directive\'s doing', async ({ page }) => {
  const figure = fragments[0]!;
  await serveCopy(page, figure.quote!);
  await page.goto('/source-copy/');
  await expect(page.locator('#quote')).not.toBeInViewport();
  await page.goto('/source-copy/#:~:text=words%20that%20no%20copy%20prints');
  await expect(page.locator('#quote')).not.toBeInViewport();
});

test('every PDF figure link opens the page its locator names', () => {
  expect(pdfs.length).toBeGreaterThan(0);
  for (const figure of pdfs) {
    if (figure.page === undefined) {
      expect(figure.deepLink, `${figure.finding}#${figure.id}`).toBeNull();
      continue;
    }
    expect(figure.deepLink).toBe(`${figure.source}#page=${figure.page}`);
    expect(pagesNamed(figure.locator)).toContain(figure.page);
  }
});
