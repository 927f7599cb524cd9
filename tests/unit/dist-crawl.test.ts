/** The link crawler the build-output tests rely on, on a tiny hand-made output folder. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { brokenLinks, isInternal, linksIn, resolveLink } from '../helpers/dist.ts';

function site(files: Record<string, string>): { dir: string; [Symbol.dispose](): void } {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-crawl-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, [Symbol.dispose]: () => rmSync(dir, { recursive: true, force: true }) };
}

test('links are read from href and src, with entities decoded', () => {
  assert.deepEqual(linksIn(`<a href="/a/?x=1&amp;y=2">a</a><img src='b.png'><link rel="x" href="#top">`), ['/a/?x=1&y=2', 'b.png', '#top']);
});

test('only links that stay on the site count as internal', () => {
  assert.deepEqual(
    ['/a/', 'b/', '../c', '#main', 'https://example.org/', '//cdn.example.org/x', 'mailto:a@b.c', ''].map(isInternal),
    [true, true, true, false, false, false, false, false],
  );
});

test('relative links resolve against the page folder', () => {
  assert.equal(resolveLink('/claims/x/index.html', '../y/#top'), '/claims/y/');
  assert.equal(resolveLink('/claims/x/index.html', '/data/claims.csv?v=1'), '/data/claims.csv');
});

test('a link to a missing page, or one that skips the base, is reported', () => {
  using tree = site({
    'index.html': '<a href="/sub/claims/a/">a</a><a href="/sub/claims/missing/">m</a><a href="/claims/a/">no base</a>',
    'claims/a/index.html': '<a href="../../">home</a><a href="../../data.csv">data</a>',
    'data.csv': 'id\r\n',
  });
  assert.deepEqual(brokenLinks(tree.dir, '/sub/'), [
    '/index.html: /sub/claims/missing/ leads to no file',
    '/index.html: /claims/a/ is outside the base /sub/',
  ]);
});

test('a #fragment must name an id on the page it leads to, also on the same page; text fragments name none', () => {
  using tree = site({
    'index.html': '<main id="main"><a href="#main">skip</a><a href="#figures">figures</a><a href="/claims/a/#cite">cite</a><a href="/claims/a/#gone">gone</a></main>',
    'claims/a/index.html': '<h2 id="cite">Cite</h2><a href="https://example.org/#:~:text=x">x</a><a href="../../#main">home</a>',
  });
  assert.deepEqual(brokenLinks(tree.dir, '/'), [
    '/index.html: #figures names no id "figures" on /index.html',
    '/index.html: /claims/a/#gone names no id "gone" on /claims/a/index.html',
  ]);
});
