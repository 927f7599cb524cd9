/** Only https: links, and every source has an archived copy or says why not. */
import type { Rule } from '../../records/content-set.ts';
import { fieldEntries, problemAt } from '../../records/content-set.ts';
import type { Problem } from '../problem.ts';
import { forEachString } from './walk.ts';

export const URL_FIELDS = new Set(['url', 'archiveUrl', 'repository', 'code', 'prompts', 'transcripts', 'data']);

/** Why a URL is refused, or undefined when it is a plain https: link. */
function insecureUrlReason(value: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1]?.toLowerCase();
  if (scheme === 'https') return undefined;
  if (scheme === 'http') return `Use https: links only; change "${value}" to https:// (most sites serve it) or link an https archive copy.`;
  return `Only https: links are allowed${scheme ? `; "${scheme}:" links can run code or hide content` : ''}.`;
}

/**
 * Why an https: URL is still refused: a user name or password (a reader's browser would send it,
 * or it leaks one), a port other than 443, or a bare IP address instead of a host name (neither is
 * a public document's address, and both are how links reach private networks).
 */
function unsafeUrlReason(value: string): string | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  if (url.username || url.password) return 'A link must not carry a user name or password; remove the part before "@".';
  if (url.port) return `A link must use the default port; remove ":${url.port}".`;
  // WHATWG URL parsing turns every IPv4 spelling (0x7f.1, 2130706433) into dotted form and keeps IPv6 in brackets.
  if (/^\d+\.\d+\.\d+\.\d+$/.test(url.hostname) || url.hostname.startsWith('[')) {
    return `A link must name its host, not an IP address (${url.hostname}); use the site's address.`;
  }
  return undefined;
}

/** The rule a link breaks and why, or undefined for a plain https: link to a named host. */
export function urlRefusal(value: string): { rule: 'https-only' | 'unsafe-url'; message: string } | undefined {
  const insecure = insecureUrlReason(value);
  if (insecure) return { rule: 'https-only', message: insecure };
  const unsafe = unsafeUrlReason(value);
  return unsafe ? { rule: 'unsafe-url', message: unsafe } : undefined;
}

export const urlsRule: Rule = (context) => {
  const { content } = context;
  const problems: Problem[] = [];
  // Field by field, so the sound fields of a record that failed its schema are judged too.
  for (const entry of fieldEntries(context, ['sources', 'findings', 'claims', 'reproductions'])) {
    forEachString(entry.data, (value, key, path) => {
      if (typeof key !== 'string' || !URL_FIELDS.has(key) || !URL.canParse(value)) return;
      const refused = urlRefusal(value);
      if (refused && entry.passed(path())) problems.push(problemAt(entry, path(), refused.rule, refused.message));
    });
  }
  for (const source of content.sources.values()) {
    const { url, noUrlReason, archiveUrl, archiveKind, noArchiveReason } = source.data;
    if (!url && !noUrlReason) problems.push(problemAt(source, [], 'source-url', 'Give the url of the document, or noUrlReason saying why there is none.'));
    if (url && noUrlReason) problems.push(problemAt(source, ['noUrlReason'], 'source-url', 'Give either url or noUrlReason, not both.'));
    if (!archiveUrl && !noArchiveReason) {
      problems.push(problemAt(source, [], 'archive', 'Give archiveUrl (with archiveKind: snapshot or lookup), or noArchiveReason saying why there is no archived copy.'));
    }
    if (archiveUrl && noArchiveReason) problems.push(problemAt(source, ['noArchiveReason'], 'archive', 'Give either archiveUrl or noArchiveReason, not both.'));
    if (archiveUrl && !archiveKind) {
      problems.push(problemAt(source, ['archiveUrl'], 'archive', 'Say what the archive link is: archiveKind: snapshot (a verified copy) or lookup (a Wayback search form).'));
    }
    if (archiveKind && !archiveUrl) problems.push(problemAt(source, ['archiveKind'], 'archive', 'archiveKind describes archiveUrl; add the archiveUrl or remove archiveKind.'));
  }
  return problems;
};
