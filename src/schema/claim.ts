/** A statement as it circulates publicly, checked against the findings it rests on. MDX frontmatter. */
import { z } from 'astro/zod';
import { corrections, idRef, isoDate, nonEmpty, setting } from './common.ts';
import { figureValue } from './figure.ts';
import { responses } from './response.ts';

export const VERDICTS = ['accurate', 'missing-context', 'misleading', 'unsupported', 'false'] as const;
export const FIDELITY = [
  'exact',
  'rounded',
  'condition-dropped',
  'wrong-condition',
  'wrong-model',
  'wrong-number',
  'unsupported',
] as const;

/** YAML reads an unquoted `false` as a boolean; say so instead of listing the options. */
const quoteFalse = (issue: { input?: unknown }) =>
  issue.input === false ? 'YAML read `false` as a boolean: write "false" in quotes' : undefined;

export const statedFigure = z
  .strictObject({
    text: nonEmpty().describe('The figure exactly as the claim words it, e.g. "79/100 tries" or "84% of tests".'),
    finding: idRef('finding').describe('The finding that holds the figure this restates.'),
    figure: z.string().min(1).describe('The id of that figure inside the finding.'),
    ...figureValue,
    fidelity: z
      .enum(FIDELITY)
      .describe(
        'How faithfully the claim restates the figure: exact, rounded, condition-dropped (number right, condition lost), ' +
          'wrong-condition, wrong-model, wrong-number, unsupported (no source gives it).',
      ),
    note: nonEmpty(3).optional().describe('How the figure drifted, for the reader.'),
  })
  .describe('One figure as the claim states it, pointing at the finding figure it retells.');

export const appearance = z
  .strictObject({
    source: idRef('source').describe('The document the claim appeared in; its date, author and publisher are shown.'),
    wording: nonEmpty(3).optional().describe('The wording in this appearance, verbatim, when it differs from the claim text.'),
    locator: nonEmpty().optional().describe('Where in the document: paragraph, post number, timestamp.'),
  })
  .describe('One place the claim appeared.');

export const claimSchema = z
  .strictObject({
    title: nonEmpty(5).max(120).describe('A short headline for lists and search, e.g. "o3 edited its shutdown script in 79 of 100 tries".'),
    claim: nonEmpty(5).describe('The claim verbatim, as it circulated.'),
    appearances: z.array(appearance).min(1).describe('Where and when the claim appeared, earliest first.'),
    verdict: z
      .enum(VERDICTS, { error: quoteFalse })
      .describe('accurate, missing-context, misleading, unsupported or "false" (quoted); defined on the methodology page.'),
    bottomLine: nonEmpty(20).describe('One sentence a journalist could quote: what is true, and under which condition.'),
    setting,
    topics: z.array(idRef('topic (content/topics.yaml)')).min(1).describe('Topics from content/topics.yaml.'),
    models: z
      .array(idRef('model (content/models.yaml)'))
      .default([])
      .describe('Models the claim is about beyond those its stated figures name.'),
    findings: z.array(idRef('finding')).default([]).describe('Findings the claim rests on.'),
    sources: z.array(idRef('source')).default([]).describe('Further sources the analysis uses (rebuttals, context).'),
    statedFigures: z.array(statedFigure).default([]).describe('Each figure the claim states, compared with the finding figure it retells.'),
    note: nonEmpty(3).optional().describe('A caveat readers must see, e.g. a figure that is not confirmed.'),
    responses,
    added: isoDate.describe('When the record was first published on Claimtrail.'),
    reviewed: isoDate.describe('When the record was last reviewed against its sources.'),
    corrections,
  })
  .describe('A claim as it circulates. File: content/claims/<id>.mdx (this frontmatter, then the analysis).');

export type Claim = z.infer<typeof claimSchema>;
export type StatedFigure = z.infer<typeof statedFigure>;
