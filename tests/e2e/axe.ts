/** The site's accessibility and same-origin bars, run the same way by every browser test that checks them. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA, plus best-practice for the landmark and heading-order rules the site promises. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Every violation on the page as "rule: help (targets)", so a failure names the elements.
 * Legacy mode runs axe inside the page instead of opening a helper page per run (the site has no
 * frames to combine), and reporting violations only spares axe from serialising every passing node:
 * together they cut the run time by more than half on long pages.
 */
/** The axe rules a colour scheme decides: what the dark scheme is checked against once the light one passes every rule. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export async function axeViolations(page: Page, options: { rules?: string[]; disable?: string[] } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  builder = options.rules ? builder.withRules(options.rules) : builder.withTags(TAGS);
  if (options.disable) builder = builder.disableRules(options.disable);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Opens every folded table and note, so axe checks what a reader sees after unfolding them too. */
export async function unfoldAll(page: Page): Promise<void> {
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

/** Collects every request the page makes to another origin than the site's (data: URLs are local). */
export function foreignRequests(page: Page, baseURL: string): string[] {
  const origin = new URL(baseURL).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}
