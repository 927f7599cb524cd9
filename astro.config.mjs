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
  build: {
    // External files only: the Content-Security-Policy in Base.astro allows no inline style or script.
    inlineStylesheets: 'never',
    // Pages render while earlier ones are written: at 4,000 claims one page at a time left the process
    // idle a sixth of the time, waiting on the disk (bench:check, bench/README.md).
    concurrency: 4,
  },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // One MODULE_LEVEL_DIRECTIVE warning per .mdx entry otherwise (withastro/astro#18087).
        checks: { moduleLevelDirective: false },
        // Every claim analysis in one server chunk rather than a chunk each: the pages are the same, and at
        // 4,000 claims bundling and loading thousands of tiny modules cost some 5 s of the build.
        output: { codeSplitting: { groups: [{ name: 'claim-analyses', test: /[\\/]claims[\\/][^\\/?]+\.mdx/ }] } },
      },
    },
  },
});
