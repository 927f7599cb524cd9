/** Only https: links, and every source has an archived copy or says why not. */
import type { Rule } from '../../records/content-set.ts';
import { problemAt } from '../../records/content-set.ts';
import type { Problem } from '../problem.ts';
import { stringFields } from './walk.ts';

export const URL_FIELDS = new Set(['url', 'archiveUrl', 'repository', 'code', 'prompts', 'transcripts', 'data']);

/** Why a URL is refused, or undefined when it is a plain https: link. */
export function insecureUrlReason(value: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1]?.toLowerCase();
  if (scheme === 'https') return undefined;
  if (scheme === 'http') return `Use https: links only; change "${value}" to https:// (most sites serve it) or link an https archive copy.`;
  return `Only https: links are allowed${scheme ? `; "${scheme}:" links can run code or hide content` : ''}.`;
}

export const urlsRule: Rule = ({ content }) => {
  const problems: Problem[] = [];
  const all = [content.sources, content.findings, content.claims, content.reproductions].flatMap((map) => [...map.values()]);
  for (const entry of all) {
    for (const field of stringFields(entry.data)) {
      if (typeof field.key !== 'string' || !URL_FIELDS.has(field.key) || !URL.canParse(field.value)) continue;
      const reason = insecureUrlReason(field.value);
      if (reason) problems.push(problemAt(entry, field.path, 'https-only', reason));
    }
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
