import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml, mdxToJs } from 'satteri';
import { baseLinks } from '../../src/lib/site/base-links.ts';

const MARKDOWN = [
  'See [the other claim](/claims/x/), [the paper](https://example.org/paper),',
  '[a protocol-relative link](//cdn.example.org/x), [the figures](#figures) and ![a chart](/images/chart.png).',
].join(' ');

const hrefs = (html: string) => [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]);

test('root-relative links and images in an analysis are put under the base', () => {
  const { html } = markdownToHtml(MARKDOWN, { hastPlugins: [baseLinks('/claimtrail/')] });
  assert.deepEqual(hrefs(html), ['/claimtrail/claims/x/', 'https://example.org/paper', '//cdn.example.org/x', '#figures', '/claimtrail/images/chart.png']);
});

test('at the root, links are left as written', () => {
  const { html } = markdownToHtml(MARKDOWN, { hastPlugins: [baseLinks('/')] });
  assert.deepEqual(hrefs(html), hrefs(markdownToHtml(MARKDOWN).html));
});

test('the plugin also runs on MDX, the format of claim files', () => {
  const { code } = mdxToJs('A [link](/claims/x/).', { hastPlugins: [baseLinks('/claimtrail/')] });
  assert.match(code, /\/claimtrail\/claims\/x\//);
});
