/**
 * `npm run links`: every URL the records cite, asked over the network. Dead links are errors;
 * moved links, links that refuse programs (401, 403, 429), Wayback lookups (search forms, not
 * verified copies) and primary sources without a verified archived copy are warnings. Problems carry the record's file and line like the check's.
 * HTML sources are also read to see that each figure's quote still occurs in them (sentences.ts).
 */
import type { ContentSet, Entry } from '../records/content-set.ts';
import { problemAt } from '../records/content-set.ts';
import { compareProblems, type FieldPath, type Problem } from '../check/problem.ts';
import { URL_FIELDS } from '../check/rules/urls.ts';
import { stringFields } from '../check/rules/walk.ts';
import { mapPool } from './pool.ts';
import { checkSentences } from './sentences.ts';
import { DEFAULT_PROBE, PERMANENT_REDIRECTS, probeUrl, type ProbeOptions, type ProbeResult } from './probe.ts';

/** Answers that say "not to you" rather than "not here": social sites and paywalls send them to programs. */
const REFUSES_ROBOTS = new Set([401, 403, 429]);

export interface LinkSite {
  url: string;
  entry: Entry<unknown>;
  path: FieldPath;
  /** A Wayback search form: it answers whether or not a copy exists, so it proves nothing. */
  lookup: boolean;
}

export interface LinkCheckOptions {
  probe?: ProbeOptions;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Also download HTML sources and look for each figure's quote (default true). */
  sentences?: boolean;
}

export interface LinkCheckResult {
  problems: Problem[];
  /** Distinct URLs asked, and those skipped as lookups. */
  checked: number;
  lookups: number;
  summary: string;
}

/** "https://web.archive.org/web/2025*\/https://…" or ".../web/*\/…": a search over snapshots, not one snapshot. */
export function isWaybackLookup(url: string): boolean {
  return /^https?:\/\/web\.archive\.org\/web\/[^/]*\*[^/]*\//.test(url);
}

export function linkSites(content: ContentSet): LinkSite[] {
  const entries = [content.sources, content.findings, content.claims, content.reproductions].flatMap((map) => [...map.values()] as Entry<unknown>[]);
  return entries.flatMap((entry) =>
    [...stringFields(entry.data)]
      .filter(({ key, value }) => typeof key === 'string' && URL_FIELDS.has(key) && URL.canParse(value))
      .map(({ path, value }) => ({
        url: value,
        entry,
        path,
        lookup: isWaybackLookup(value) || (path.at(-1) === 'archiveUrl' && (entry.data as { archiveKind?: string }).archiveKind === 'lookup'),
      })),
  );
}

export async function checkLinks(content: ContentSet, options: LinkCheckOptions = {}): Promise<LinkCheckResult> {
  const sites = linkSites(content);
  const urls = [...new Set(sites.filter((site) => !site.lookup).map((site) => site.url))];
  const outcomes = new Map<string, ProbeResult>();
  await mapPool(urls, options.concurrency ?? 8, async (url) => void outcomes.set(url, await probeUrl(url, options.probe ?? DEFAULT_PROBE)));

  const sentences = options.sentences === false ? undefined : await checkSentences(content, options.probe ?? DEFAULT_PROBE, options.concurrency ?? 8);
  const problems: Problem[] = [...(sentences?.problems ?? [])];
  for (const site of sites) {
    const outcome = outcomes.get(site.url);
    if (site.lookup) problems.push(warning(site, 'archive-lookup', `${site.url} is a Wayback lookup, not verified: it was not checked, and may hold no copy. Save a snapshot and link it with archiveKind: snapshot.`));
    else if (outcome && !outcome.ok && outcome.status !== undefined && REFUSES_ROBOTS.has(outcome.status)) {
      problems.push(warning(site, 'link-refused', `${site.url} refused the link checker (HTTP ${outcome.status})${describeHops(outcome.hops)}; many sites refuse programs, so open it in a browser to confirm it is alive.`));
    } else if (outcome && !outcome.ok) problems.push(problemAt(site.entry, site.path, 'dead-link', `${site.url} does not answer: ${outcome.reason}${describeHops(outcome.hops)}.`));
    else if (outcome?.ok && outcome.hops.length) {
      const permanent = outcome.hops.some((hop) => PERMANENT_REDIRECTS.has(hop.status));
      problems.push(
        warning(site, 'moved-link', `${site.url} ${permanent ? 'has moved' : 'redirects'} to ${outcome.finalUrl}${describeHops(outcome.hops)}${permanent ? '; link the new address' : ''}.`),
      );
    }
  }
  for (const source of content.sources.values()) {
    const { primary, archiveUrl, archiveKind } = source.data;
    if (primary && !archiveUrl) {
      problems.push({ ...problemAt(source, [], 'no-archive', 'A primary source without an archived copy: save one (e.g. in the Wayback Machine) and add archiveUrl with archiveKind: snapshot.'), severity: 'warning' });
    } else if (primary && archiveUrl && (archiveKind === 'lookup' || isWaybackLookup(archiveUrl))) {
      problems.push({ ...problemAt(source, ['archiveKind'], 'no-archive', 'A primary source whose only archive link is a lookup: save a snapshot and link it with archiveKind: snapshot.'), severity: 'warning' });
    }
  }
  const count = (kind: string) => problems.filter((problem) => problem.rule === kind).length;
  const lookups = new Set(sites.filter((site) => site.lookup).map((site) => site.url)).size;
  const dead = count('dead-link');
  const tally = `${dead} dead, ${count('moved-link')} moved, ${count('link-refused')} refused the checker, ${lookups} lookup${lookups === 1 ? '' : 's'} not verified, ${count('no-archive')} primary source${count('no-archive') === 1 ? '' : 's'} without a verified archive`;
  const quotes = sentences ? `; ${count('quote-not-found')} quote${count('quote-not-found') === 1 ? '' : 's'} no longer in ${sentences.html} HTML page${sentences.html === 1 ? '' : 's'} read, ${count('quote-ambiguous')} ambiguous` : '';
  const summary = `${dead ? '✖' : '✔'} ${tally}${quotes} (checked ${urls.length} distinct URL${urls.length === 1 ? '' : 's'}).`;
  return { problems: problems.sort(compareProblems), checked: urls.length, lookups, summary };
}

function warning(site: LinkSite, rule: string, message: string): Problem {
  return { ...problemAt(site.entry, site.path, rule, message), severity: 'warning' };
}

function describeHops(hops: readonly { status: number; to: string }[]): string {
  return hops.length ? ` (${hops.map((hop) => `${hop.status} → ${hop.to}`).join(', ')})` : '';
}
