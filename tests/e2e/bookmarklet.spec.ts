/**
 * "Check this page": the bookmarklet from /for-reporters/, run on an article whose address is a
 * recorded appearance (served here by the test, with tracking parameters added), opens the search
 * page with that address and the claim that appeared there first.
 */
import { expect, test } from '@playwright/test';
import { knowledgeBaseOf } from '../helpers/page-records.ts';

const kb = knowledgeBaseOf({ contentDir: process.env['CLAIMTRAIL_CONTENT'] || 'content' });

/** A claim whose appearance is the only claim recorded at its article's address. */
const [claimId, articleUrl] = (() => {
  const claimsAt = new Map<string, string[]>();
  for (const [id, claim] of kb.claims) {
    for (const { source } of claim.appearances) {
      const url = kb.sources.get(source)?.url;
      if (url?.startsWith('https://') && !/x\.com|twitter\.com/.test(url)) claimsAt.set(url, [...(claimsAt.get(url) ?? []), id]);
    }
  }
  const [url, ids] = [...claimsAt].find(([, ids]) => new Set(ids).size === 1) ?? [];
  return [ids?.[0], url];
})();

test('the bookmarklet on a recorded article opens search with that article\'s claim first, and does nothing else on the article', async ({ context, page, baseURL }) => {
  expect(claimId, 'a claim recorded at an article address of its own').toBeTruthy();
  await page.goto('/for-reporters/');
  const href = (await page.locator('a.bookmarklet').getAttribute('href'))!;
  expect(href).toMatch(/^javascript:/);
  const siteOrigin = new URL(decodeURIComponent(href).match(/"(https?:\/\/[^"]+)"/)![1]!).origin;

  // The built site answers for its public address; the article is a local stand-in at the recorded address.
  await context.route(`${siteOrigin}/**`, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: new URL(`${url.pathname}${url.search}`, baseURL).href }) });
  });
  const article = new URL(articleUrl!);
  article.searchParams.set('utm_source', 'newsletter');
  article.searchParams.set('utm_medium', 'email');
  const articleRequests: string[] = [];
  await context.route(`${article.origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>An article</title><p>An article.</p>' }));
  await page.goto(article.href);
  page.on('request', (request) => articleRequests.push(request.url()));

  const opened = context.waitForEvent('page');
  await page.evaluate(decodeURIComponent(href.slice('javascript:'.length)));
  const search = await opened;
  await search.waitForLoadState();
  expect(new URL(search.url()).searchParams.get('q')).toBe(article.href);
  await expect(search.locator('#search-results [role="option"]').first().getByRole('link').first()).toHaveAttribute('href', new RegExp(`/claims/${claimId}/$`));
  expect(articleRequests, 'the bookmarklet loads nothing into the article').toEqual([]);
  expect(page.url()).toBe(article.href);
});
