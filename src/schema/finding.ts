/** What one primary source measured or reported, with every figure structured. */
import { z } from 'astro/zod';
import { corrections, idRef, isoDate, materials, nonEmpty, setting, url } from './common.ts';
import { findingFigure } from './figure.ts';
import { responses } from './response.ts';

export const rerun = z
  .strictObject({
    repository: url.describe('The public repository holding the code.'),
    needs: z.array(nonEmpty()).min(1).describe('What a person needs to run it, e.g. "an OpenAI API key", "Docker".'),
    commands: z.array(nonEmpty()).min(1).describe('Shell commands to run, in order.'),
    note: nonEmpty(3).optional().describe('Caveats, e.g. which branch matches the paper.'),
  })
  .describe('How to rerun the experiment yourself, where its code is public.');

export const passage = z
  .strictObject({
    quote: nonEmpty(3).describe('The words of the source, verbatim.'),
    locator: nonEmpty(2).describe('Where exactly they are printed: section, page, paragraph or post number.'),
    note: nonEmpty(3).optional().describe('What a reader must know to read the passage correctly.'),
  })
  .describe('A verbatim passage from the source: what it says, where a finding reports words rather than numbers.');

export const findingSchema = z
  .strictObject({
    title: nonEmpty(5).describe('Short name of the finding, e.g. "o3 sabotaged shutdown in Palisade\'s May 2025 runs".'),
    summary: nonEmpty(20).describe('What was measured, how, and by whom, in two or three sentences.'),
    source: idRef('source').describe('The primary source that reports the finding.'),
    otherSources: z.array(idRef('source')).default([]).describe('Further documents reporting the same finding (later versions, data).'),
    setting,
    topics: z.array(idRef('topic (content/topics.yaml)')).min(1).describe('Topics from content/topics.yaml.'),
    models: z
      .array(idRef('model (content/models.yaml)'))
      .default([])
      .describe('Models the finding is about beyond those its figures name.'),
    conducted: nonEmpty()
      .optional()
      .describe('When the experiment was run, in words and as precisely as the source says, e.g. "During pre-release testing before 22 May 2025".'),
    figures: z
      .array(findingFigure)
      .default([])
      .describe('Every figure the source reports, one per model and condition; an empty list when it reports none.'),
    passages: z
      .array(passage)
      .default([])
      .describe('For a qualitative finding (no figures, or not only figures): the passages of the source that report it, verbatim.'),
    materials: materials.optional(),
    rerun: rerun.optional(),
    note: nonEmpty(3).optional().describe('Caveats a reader must see: open questions, conflicts between versions.'),
    responses,
    reviewed: isoDate.describe('When this record was last checked against its source.'),
    corrections,
  })
  .describe('What one primary source measured or reported. File: content/findings/<id>.yaml.');

export type Finding = z.infer<typeof findingSchema>;
