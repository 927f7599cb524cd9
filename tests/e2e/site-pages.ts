/**
 * The pages of the built site, for checks that run over all of them: from the sitemap when the
 * build has one, otherwise every HTML file in dist/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = 'dist';
const BASE = (process.env['BASE'] || '/').replace(/\/?$/, '/');

function fromSitemap(): string[] | undefined {
  const index = join(DIST, 'sitemap-index.xml');
  if (!existsSync(index)) return undefined;
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs(readFileSync(index, 'utf8')).flatMap((path) => {
    const file = join(DIST, path.slice(BASE.length));
    return existsSync(file) ? locs(readFileSync(file, 'utf8')) : [];
  });
}

function fromFiles(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') || file === '404.html')
    .map((file) => BASE + relative('.', file).split(sep).join('/').replace(/index\.html$/, ''))
    .sort();
}

export function sitePages(): string[] {
  return fromSitemap() ?? fromFiles();
}

/** Path of the built HTML file behind a page path. */
export function builtFile(path: string): string {
  const inside = path.slice(BASE.length);
  return join(DIST, inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside);
}
