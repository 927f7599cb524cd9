/**
 * Share cards in dist/: every page says how it looks when shared (Open Graph and Twitter meta), every
 * claim page points at its own card, and every card is a 1200×630 PNG on the site's own origin
 * within 80 kB.
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { DEFAULT_LOCATION } from '../../src/lib/site/site-config.ts';
import { DIST, metaIn, readSiteFile, requireBuild, siteFiles } from '../helpers/dist.ts';
import { pngHeader } from '../helpers/png.ts';

const HOME = `${DEFAULT_LOCATION.site}/`;
const BUDGET = 80 * 1024;
const pages = () => siteFiles(DIST).filter((file) => file.endsWith('.html'));
const claimPages = () => pages().filter((file) => /^\/claims\/[^/]+\/index\.html$/.test(file));

before(() => requireBuild());

test('every page carries og:* and twitter:card meta, with absolute URLs on its own origin', () => {
  const files = pages();
  assert.ok(files.length > 100);
  for (const file of files) {
    const meta = metaIn(readSiteFile(DIST, file));
    for (const name of ['og:site_name', 'og:type', 'og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt']) {
      assert.ok(meta.get(name), `${file}: ${name}`);
    }
    assert.equal(meta.get('og:site_name'), 'Claimtrail', file);
    assert.equal(meta.get('og:image:type'), 'image/png', file);
    assert.deepEqual([meta.get('og:image:width'), meta.get('og:image:height')], ['1200', '630'], file);
    assert.equal(meta.get('twitter:card'), 'summary_large_image', file);
    for (const name of ['og:url', 'og:image']) assert.ok(meta.get(name)!.startsWith(HOME), `${file}: ${name} ${meta.get(name)}`);
  }
});

test('a page says its own address, except an embed, which names the claim page it stands for', () => {
  for (const file of pages()) {
    const meta = metaIn(readSiteFile(DIST, file));
    const own = new URL(file.replace(/index\.html$/, ''), HOME).href;
    const expected = file.startsWith('/embed/') ? own.replace('/embed/', '/') : own;
    assert.equal(meta.get('og:url'), expected, file);
  }
});

test('every claim page has its own card, a 1200×630 PNG within 80 kB; other pages share the site card', () => {
  const claims = claimPages();
  assert.ok(claims.length > 20);
  const images = new Set<string>();
  for (const file of pages()) {
    const image = metaIn(readSiteFile(DIST, file)).get('og:image')!;
    const path = new URL(image).pathname;
    const id = file.match(/^\/(?:embed\/)?claims\/([^/]+)\/index\.html$/)?.[1];
    assert.equal(path, id && claims.includes(`/claims/${id}/index.html`) ? `/cards/claims/${id}.png` : '/cards/site.png', file);
    images.add(path);
  }
  assert.equal(images.size, claims.length + 1);
  for (const path of images) {
    const file = join(DIST, path);
    assert.ok(statSync(file, { throwIfNoEntry: false })?.isFile(), `${path} exists`);
    const bytes = readFileSync(file);
    assert.deepEqual(pngHeader(bytes), { width: 1200, height: 630 }, path);
    assert.ok(bytes.length <= BUDGET, `${path}: ${bytes.length} bytes`);
  }
});

test('dist/ holds no card that no page points at', () => {
  const cards = siteFiles(DIST).filter((file) => file.startsWith('/cards/'));
  assert.equal(cards.length, claimPages().length + 1);
});
