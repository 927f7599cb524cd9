// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGate } from './src/integrations/content-gate.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { baseLinks } from './src/lib/site/base-links.ts';
import { locationFromEnv } from './src/lib/site/site-config.ts';

// SITE and BASE come from the environment so the same build can be served under a sub-path.
const { site, base } = locationFromEnv();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Embed pages are made for frames and marked noindex, so search engines are not pointed at them.
  integrations: [contentGate(), shareCards(), mdx(), sitemap({ filter: (page) => !page.includes('/embed/') })],
  // Root-relative links written in claim analyses follow BASE too.
  markdown: { processor: satteri({ hastPlugins: [baseLinks(base)] }) },
  // External files only: the Content-Security-Policy in Base.astro allows no inline style or script.
  build: { inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      // One MODULE_LEVEL_DIRECTIVE warning per .mdx entry otherwise (withastro/astro#18087).
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
