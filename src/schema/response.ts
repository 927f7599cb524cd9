/**
 * Right of reply: what the people whose work a record retells (the lab, the authors, the person
 * quoted) said about it, on the record, in their own words.
 */
import { z } from 'astro/zod';
import { idRef, isoDate, nonEmpty } from './common.ts';

export const RESPONDENT_ROLES = ['lab', 'authors', 'person-quoted'] as const;

export const response = z
  .strictObject({
    who: nonEmpty(2).describe('Who said it, by name: a lab ("Anthropic"), the authors ("Palisade Research") or a person with their role.'),
    role: z
      .enum(RESPONDENT_ROLES)
      .describe('lab (the developer of the model or the lab that ran the work), authors (of the finding retold) or person-quoted (someone the claim quotes or names).'),
    date: isoDate.describe('When they said it.'),
    quote: nonEmpty(3).describe('What they said, verbatim and short; an omission is marked with "…". Never a paraphrase.'),
    source: idRef('source').describe('The source record where they said it.'),
    locator: nonEmpty().optional().describe('Where in that source: post number, section, paragraph.'),
    contacted: z
      .boolean()
      .describe('true when Claimtrail asked them for a response; false when they spoke on their own.'),
    confidence: z
      .enum(['confirmed', 'secondary'])
      .describe('confirmed: the wording was read in the source itself; secondary: read only in a quotation of it (say where in note).'),
    note: nonEmpty(3).optional().describe('Context a reader needs, e.g. where a secondary quotation was read.'),
  })
  .describe('One response on the record from those whose work or words the record retells.');

export const responses = z
  .array(response)
  .default([])
  .describe('What the lab, the authors or the people quoted said about this, verbatim, with its source; shown as "What the authors say".');

export type Response = z.infer<typeof response>;
