/** A document: paper, system card, social thread, blog post, op-ed, news article, repository, dataset. */
import { z } from 'astro/zod';
import { corrections, nonEmpty, publicationDate, url } from './common.ts';

export const SOURCE_KINDS = [
  'paper',
  'preprint',
  'system-card',
  'research-post',
  'blog-post',
  'social-thread',
  'op-ed',
  'news-article',
  'forum-post',
  'repository',
  'dataset',
  'report',
  'official-document',
  'course',
  'podcast',
  'web-page',
] as const;

export const sourceSchema = z
  .strictObject({
    title: nonEmpty(3).describe('The document title as published.'),
    kind: z.enum(SOURCE_KINDS).describe('What sort of document this is.'),
    publisher: nonEmpty().describe(
      'Who published it: a lab, outlet, journal or platform account, e.g. "Palisade Research (@PalisadeAI) on X", "Ars Technica".',
    ),
    authors: z
      .array(nonEmpty())
      .default([])
      .describe(
        'Named authors in the order the document gives them, each name as the document prints it (full names where it gives them); ' +
          'an empty list [] when a lab or outlet writes as itself.',
      ),
    published: publicationDate
      .optional()
      .describe(
        'Publication date (YYYY-MM-DD, UTC for social posts); YYYY-MM or YYYY only when the document reveals no more. Omit it only with noDateReason.',
      ),
    noDateReason: nonEmpty(3)
      .optional()
      .describe('When the document shows no date that could be verified: why, and what is known (e.g. the year in its address).'),
    primary: z
      .boolean()
      .describe('true when this document originates what it reports (the paper, the system card, the lab\'s own thread); false for reporting, commentary and mirrors.'),
    url: url.optional().describe('Canonical https URL of the document.'),
    noUrlReason: nonEmpty(3).optional().describe('Why there is no URL (e.g. paywalled and not retrieved).'),
    archiveUrl: url.optional().describe('An archived copy, e.g. a Wayback Machine URL.'),
    archiveKind: z
      .enum(['snapshot', 'lookup'])
      .optional()
      .describe('snapshot: a verified archived copy; lookup: a Wayback search form that may or may not hold a copy.'),
    noArchiveReason: nonEmpty(3).optional().describe('Why there is no archived copy.'),
    version: nonEmpty()
      .optional()
      .describe('The version you read, when the document has versions: e.g. "arXiv v2", a revision date, a commit.'),
    note: nonEmpty(3).optional().describe('Anything a reader must know about this document.'),
    corrections,
  })
  .describe('A document that a claim appeared in or a finding comes from. File: content/sources/<id>.yaml.');

export type Source = z.infer<typeof sourceSchema>;
