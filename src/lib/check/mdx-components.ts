/**
 * What a claim's MDX body may contain beyond Markdown. Claim files arrive by pull request and MDX
 * compiles to JavaScript at build time, so anything that could run code is refused by the check.
 */

/** Components a claim body may use without importing them; the claim page provides them. */
export const ALLOWED_COMPONENTS: Readonly<Record<string, { attributes: readonly string[]; description: string }>> = {
  Aside: { attributes: ['title'], description: 'a boxed side note, e.g. <Aside title="What the card does not say">…</Aside>' },
};

/** Inline HTML elements that carry no behaviour; they may only have a title attribute. */
export const ALLOWED_HTML = new Set(['abbr', 'b', 'br', 'cite', 'code', 'del', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'strong', 'sub', 'sup', 'u']);
export const ALLOWED_HTML_ATTRIBUTES = new Set(['title']);
