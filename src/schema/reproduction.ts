/** One attempt to reproduce, extend or contest a finding. The finding's status is derived from these. */
import { z } from 'astro/zod';
import { idRef, materials, nonEmpty, publicationDate } from './common.ts';
import { findingFigure } from './figure.ts';

export const OUTCOMES = ['reproduced', 'partially-reproduced', 'not-reproduced', 'disputed'] as const;

export const reproductionSchema = z
  .strictObject({
    title: nonEmpty(5).describe('Short name of the attempt.'),
    finding: idRef('finding').describe('The finding this attempt reproduces, extends or contests.'),
    by: z.array(nonEmpty()).min(1).describe('Who ran it: people and/or organisation.'),
    independent: z.boolean().describe('false when the finding\'s own authors ran it.'),
    date: publicationDate.describe('When the attempt was published: YYYY-MM-DD, or YYYY-MM or YYYY when the document reveals no more.'),
    source: idRef('source').describe('The document that reports the attempt.'),
    method: nonEmpty(10).describe('How it was run: harness, models, sample sizes, what differed from the original.'),
    outcome: z
      .enum(OUTCOMES)
      .describe(
        'reproduced: the effect appeared as reported; partially-reproduced: in part or weaker; ' +
          'not-reproduced: it did not appear; disputed: the attempt argues the original result does not hold as stated.',
      ),
    summary: nonEmpty(20).describe('What it found, in two or three sentences.'),
    figures: z.array(findingFigure).default([]).describe('Its own figures, structured like a finding\'s.'),
    materials: materials.optional(),
    note: nonEmpty(3).optional(),
  })
  .describe('One attempt to reproduce a finding. File: content/reproductions/<id>.yaml.');

export type Reproduction = z.infer<typeof reproductionSchema>;
