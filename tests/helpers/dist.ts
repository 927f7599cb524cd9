/** Reading a built site: its files, the links in its pages and the JSON-LD they carry. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/** Builds the site into `outDir` with extra environment (SITE, BASE, CLAIMTRAIL_CONTENT); throws with Astro's output on failure. */
export function buildSite(outDir: string, env: Record<string, string>): void {
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`The build into ${outDir} failed:\n${build.stdout}\n${build.stderr}`);
}

export function requireBuild(dir: string = DIST): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}. Run \`npm run build\` first (\`npm test\` does it for you).`);
  }
}

/** Every file under the folder, as site paths ("/claims/x/index.html"). */
export function siteFiles(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [`/${relative(dir, path).split(sep).join('/')}`];
    });
  return walk(dir).sort();
}

export const readSiteFile = (dir: string, path: string) => readFileSync(join(dir, ...path.split('/')), 'utf8');

/** Attribute values that a reader or browser follows: href and src, as written in the HTML. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => decodeHtml(m[1] ?? m[2] ?? ''));
}

export const decodeHtml = (text: string) =>
  text.replace(/&(amp|quot|#39|lt|gt);/g, (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[name]!);

/** A link that stays on this site: root-relative or relative, not another origin, a fragment or a scheme. */
export function isInternal(link: string): boolean {
  return link !== '' && !link.startsWith('#') && !link.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(link);
}

/** The site path a link on `page` points at, without query or fragment. */
export function resolveLink(page: string, link: string): string {
  const path = decodeURI(link.replace(/[?#].*$/, ''));
  if (path.startsWith('/')) return path;
  return posix.join(posix.dirname(page), path);
}

/** The file a path is served from on a static host: the file itself, or the folder's index.html. */
export function servedFile(files: ReadonlySet<string>, path: string): string | undefined {
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/** The <meta property|name="…" content="…"> pairs of a page (Open Graph, Twitter), by property or name. */
export function metaIn(html: string): Map<string, string> {
  const tags = [...html.matchAll(/<meta\s+(?:property|name)="([^"]+)"\s+content="([^"]*)"/g)];
  return new Map(tags.map((m) => [m[1]!, decodeHtml(m[2]!)] as const));
}

/** Every <script type="application/ld+json"> block, parsed. */
export function jsonLdIn(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

/** Every id (and legacy `name` anchor) an HTML page defines, the targets of `#fragment` links. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => decodeHtml(m[1] ?? m[2] ?? '')));
}

/** The fragment of a link, decoded, or undefined for none and for a text fragment (`#:~:text=`), which names no id. */
export function fragmentOf(link: string): string | undefined {
  const hash = link.indexOf('#');
  if (hash < 0 || link.startsWith(':~:', hash + 1)) return undefined;
  const fragment = decodeURIComponent(link.slice(hash + 1));
  return fragment === '' ? undefined : fragment;
}

/**
 * Every internal link of every HTML page that does not lead to a file of the build, or whose
 * `#fragment` names no id on the page it leads to (same-page `#links` included).
 * Links must start with `base`; the part after it is looked up in the output folder.
 */
export function brokenLinks(dir: string, base: string): string[] {
  const files = siteFiles(dir);
  const served = new Set(files);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => ids.get(file) ?? ids.set(file, idsIn(readSiteFile(dir, file))).get(file)!;
  const problems: string[] = [];
  for (const page of files.filter((file) => file.endsWith('.html'))) {
    for (const link of linksIn(readSiteFile(dir, page))) {
      const samePage = link.startsWith('#');
      if (!samePage && !isInternal(link)) continue;
      let target = page;
      if (!samePage) {
        const path = resolveLink(posix.join(base, page), link);
        const file = path.startsWith(base) ? servedFile(served, `/${path.slice(base.length)}`) : undefined;
        if (!path.startsWith(base)) problems.push(`${page}: ${link} is outside the base ${base}`);
        else if (!file) problems.push(`${page}: ${link} leads to no file`);
        if (!file) continue;
        target = file;
      }
      const fragment = fragmentOf(link);
      if (fragment !== undefined && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        problems.push(`${page}: ${link} names no id "${fragment}" on ${target}`);
      }
    }
  }
  return problems;
}

/**
 * Parses XML after checking it is well-formed (the parser alone is lenient); a parse error names the file.
 * XMLValidator is marked deprecated in favour of a separate package, but still ships in fast-xml-parser 5.
 */
export function readXml(dir: string, path: string): any {
  const text = readSiteFile(dir, path);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`${path} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) }).parse(text);
}

export interface FeedEntry {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
}

export function feedEntries(dir: string, path = '/feed.xml'): { title: string; description: string; channelLink: string; selfLink: string; items: FeedEntry[] } {
  const channel = readXml(dir, path).rss.channel;
  const items = (channel.item ?? []).map((item: any) => ({ title: item.title, link: item.link, guid: item.guid['#text'], pubDate: item.pubDate }));
  return { title: channel.title, description: channel.description, channelLink: channel.link, selfLink: channel['atom:link']?.['@_href'], items };
}

/** Every <loc> of every sitemap the sitemap index lists. */
export function sitemapLocations(dir: string): string[] {
  const index = readXml(dir, '/sitemap-index.xml').sitemapindex;
  return index.sitemap.flatMap((entry: any) => {
    const path = new URL(entry.loc).pathname.replace(/^.*\//, '/');
    return readXml(dir, path).urlset.url.map((url: any) => String(url.loc));
  });
}
