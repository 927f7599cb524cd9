/**
 * A Sätteri hast plugin for claim analyses: a root-relative link or image written in MDX
 * ("/claims/x/", "/images/chart.png", as the mdx rule asks for images) is put under BASE, so the
 * same content works when the site is served from a sub-path.
 */
import { defineHastPlugin } from 'satteri';
import { basePath } from './site-url.ts';

const LINK_ATTRIBUTES: Readonly<Record<string, string>> = { a: 'href', img: 'src' };

const isRootRelative = (value: unknown): value is string => typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');

export function baseLinks(base: string) {
  return defineHastPlugin({
    name: 'claimtrail-base-links',
    element: {
      filter: Object.keys(LINK_ATTRIBUTES),
      visit(node, ctx) {
        const attribute = LINK_ATTRIBUTES[node.tagName]!;
        const value = node.properties[attribute];
        if (isRootRelative(value)) ctx.setProperty(node, attribute, basePath(base, value));
      },
    },
  });
}
