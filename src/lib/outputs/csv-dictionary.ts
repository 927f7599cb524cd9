/**
 * What each CSV column holds, as a zod schema: the record field it copies (its own `.describe()`
 * text, type and allowed values), or a small schema describing what the site derives. The Table
 * Schemas of datapackage.json and the /data/ page's dictionary are generated from these, and the
 * Record types make a column without a description a type error.
 */
import { z } from 'astro/zod';
import { claimSchema } from '../../schema/claim.ts';
import { publicationDate, url } from '../../schema/common.ts';
import { findingFigure } from '../../schema/figure.ts';
import { findingSchema } from '../../schema/finding.ts';
import { sourceSchema } from '../../schema/source.ts';
import { modelSchema } from '../../schema/vocabulary.ts';
import { REPRODUCTION_STATUSES } from '../records/reproduction-status.ts';
import { MODEL_STATUSES } from '../views/figure-model.ts';
import type { CLAIM_COLUMNS, FIGURE_COLUMNS } from './export-csv.ts';

const text = (description: string) => z.string().describe(description);
const optionalText = (description: string) => z.string().optional().describe(description);
const list = (description: string) => z.array(z.string()).default([]).describe(description);
const claim = claimSchema.shape;
const figure = findingFigure.shape;
const source = sourceSchema.shape;

export const CLAIM_COLUMN_SCHEMAS: Record<(typeof CLAIM_COLUMNS)[number], z.ZodType> = {
  id: text('The claim\'s id: its file name in content/claims/ and the last part of its page address. Permanent.'),
  url: z.url().describe('Address of the claim\'s page on this site.'),
  title: claim.title,
  claim: claim.claim,
  verdict: claim.verdict,
  verdict_label: text('The verdict as the site words it, e.g. "Missing context".'),
  rating: z.number().int().min(1).max(5).describe('The verdict as a ClaimReview rating: 5 accurate, 4 missing context, 3 misleading, 2 unsupported, 1 false.'),
  bottom_line: claim.bottomLine,
  setting: claim.setting,
  topics: claim.topics,
  models: list('Every model the claim is about: those its stated figures name and those listed on the record. Ids from content/models.yaml.'),
  findings: claim.findings,
  reproduction_statuses: list(
    `Each finding the claim rests on, as "finding-id: status", the status derived from its reproduction records: ${Object.keys(REPRODUCTION_STATUSES).join(', ')}.`,
  ),
  rests_on_primary_source: z.boolean().describe('true when at least one finding the claim rests on comes from a primary source.'),
  first_appeared: publicationDate.optional().describe('Publication date of the earliest dated appearance (YYYY-MM-DD, or YYYY-MM or YYYY when only that is known); empty when no appearance is dated.'),
  first_appearance_publisher: optionalText('Publisher of the document of the earliest appearance.'),
  first_appearance_url: url.optional().describe('Address of the document of the earliest appearance, when it has one.'),
  appearance_sources: list('Ids of the sources (content/sources/) the claim appeared in, in the order the record lists them.'),
  other_sources: claim.sources,
  stated_figures: list('Each figure the claim states, as "text (finding-id#figure-id, fidelity)".'),
  note: claim.note,
  added: claim.added,
  reviewed: claim.reviewed,
  corrections: list('The public corrections log, oldest first, each entry as "YYYY-MM-DD: what changed".'),
};

export const FIGURE_COLUMN_SCHEMAS: Record<(typeof FIGURE_COLUMNS)[number], z.ZodType> = {
  finding: text('Id of the finding the figure belongs to (content/findings/).'),
  finding_title: findingSchema.shape.title,
  figure: figure.id,
  model: figure.model,
  model_name: modelSchema.shape.name.optional(),
  model_status: z
    .enum(MODEL_STATUSES)
    .describe('named: the figure is about the model in "model"; not-named: about one model the source does not name; not-one-model: an amount, or a rate pooled over several models.'),
  developer: modelSchema.shape.developer.optional(),
  measure: figure.measure,
  condition: figure.condition,
  value: text('The figure as the site prints it, e.g. "79/100 (79%)", "84%" or "60 billion yuan".'),
  numerator: figure.numerator,
  denominator: figure.denominator,
  percent: figure.percent,
  bound: figure.bound,
  n: figure.n,
  amount: figure.amount,
  unit: figure.unit,
  ci_low: z.number().optional().describe('Lower bound of the confidence interval the source reports, in percent.'),
  ci_high: z.number().optional().describe('Upper bound of the confidence interval the source reports, in percent.'),
  ci_level: z.number().optional().describe('Confidence level of that interval, in percent (95 unless the source says otherwise).'),
  locator: figure.locator,
  printed_in: figure.printedIn,
  page: figure.page,
  quote: figure.quote,
  no_quote_reason: figure.noQuoteReason,
  confidence: figure.confidence,
  deep_link: url
    .optional()
    .describe('The source opened at the figure: its HTML page with a text fragment that highlights the quote, a PDF at its page, or an arXiv HTML section; empty when the record gives nothing to aim at.'),
  source: text('Id of the primary source the finding comes from (content/sources/).'),
  source_title: source.title,
  source_publisher: source.publisher,
  source_published: source.published,
  source_url: source.url,
  reproduction_status: z.enum(Object.keys(REPRODUCTION_STATUSES) as [string, ...string[]]).describe('The finding\'s reproduction status, derived from its reproduction records.'),
  stated_by_claims: list('Ids of the claims that state this figure.'),
  note: figure.note,
};
