/**
 * Figures: a count (numerator of denominator), a rate (percent, with the n behind it or null
 * when the source does not report it), or an amount with a unit. Shape and arithmetic rules
 * (e.g. numerator ≤ denominator, 79/100 ↔ 79 %) live in src/lib/check/rules/figures.ts.
 */
import { z } from 'astro/zod';
import { ID_PATTERN, idRef, nonEmpty } from './common.ts';

/** A PDF page, so links can open the document at it; the check holds it to the locator's own "p. N". */
/** Longest condition label: it must fit a matrix column heading and a chart's label column. */
export const CONDITION_LABEL_MAX = 36;

export const pdfPage = z
  .number()
  .int()
  .positive()
  .optional()
  .describe('The PDF page the locator names ("p. 27" → 27; the first page of "pp. 32–33"); links open the PDF at it.');

export const CONFIDENCE = ['confirmed', 'secondary', 'chart-only', 'unconfirmed'] as const;

/** The numeric part every figure form shares; at least one of the three forms must be present. */
export const figureValue = {
  numerator: z.number().int().nonnegative().optional().describe('Count of cases, e.g. 79 in "79 of 100 runs".'),
  denominator: z
    .number()
    .int()
    .positive()
    .nullable()
    .optional()
    .describe('Number of cases the count is out of, e.g. 100; null when the source does not say.'),
  percent: z.number().optional().describe('A rate in percent (0–100), as printed in the source, e.g. 84 or 97.3.'),
  amount: z.number().nonnegative().optional().describe('An amount that is not a rate, e.g. 60 in "60 billion yuan".'),
  unit: nonEmpty().optional().describe('Unit of the amount, e.g. "billion yuan".'),
  bound: z
    .enum(['under', 'over'])
    .optional()
    .describe(
      'When the source gives only a bound, not the value: under for "<20%" (the value is below the number), ' +
        'over for "over 85%" (above it). Pages print the number with < or >, and charts leave it out.',
    ),
};

export const findingFigure = z
  .strictObject({
    id: z
      .string()
      .regex(ID_PATTERN, { message: 'must be a kebab-case id, unique within the finding' })
      .describe('Short id unique within this finding, e.g. "o3-no-instruction"; stated figures point at it.'),
    model: idRef('model (content/models.yaml)')
      .optional()
      .describe(
        'The AI model measured; an id from content/models.yaml. Omit it when the source does not name the model ' +
          '(then write modelNotNamed: true) or when the figure is not about one model: an amount such as a fund\'s size, ' +
          'or a rate pooled over several models (name them in condition).',
      ),
    // A separate flag, not a sentinel such as `model: unnamed`, which would read as a model id.
    modelNotNamed: z
      .literal(true)
      .optional()
      .describe(
        'true when the figure is about one model that the source does not name; leave out model then. ' +
          'Pages say "model not named by the source" rather than "not one model".',
      ),
    measure: nonEmpty(3).describe('What was counted, e.g. "runs in which the model sabotaged the shutdown script".'),
    condition: nonEmpty(3).describe(
      'The exact experimental condition the figure holds under, as the source describes it: prompt wording, placement, scenario.',
    ),
    conditionLabel: nonEmpty(2)
      .optional()
      .describe(
        'A short name for the condition, taken from its own words, e.g. "told to allow shutdown": the column heading of the results matrix ' +
          `and the label in charts; without one the full condition is shown. At most ${CONDITION_LABEL_MAX} characters.`,
      ),
    ...figureValue,
    n: z
      .number()
      .int()
      .positive()
      .nullable()
      .optional()
      .describe('Sample size behind a percent; null when the source does not report it (shown as "not reported").'),
    ci: z
      .strictObject({
        low: z.number().describe('Lower bound, percent.'),
        high: z.number().describe('Upper bound, percent.'),
        level: z.number().default(95).describe('Confidence level in percent.'),
        method: nonEmpty().optional().describe('How the interval was computed, e.g. "Jeffreys".'),
      })
      .optional()
      .describe('Confidence interval as reported by the source.'),
    locator: nonEmpty(2).describe('Where exactly the figure is printed: section, page, table, figure or post number.'),
    printedIn: idRef('source')
      .optional()
      .describe(
        "The source whose words the locator and quote are, when it is not the finding's (or reproduction's) own source: e.g. the lab's summary " +
          'page beside its paper (list it in otherSources too). The figure\'s source and its "Go to the sentence" link are then that page.',
      ),
    page: pdfPage,
    anchor: z
      .string()
      .regex(/^[A-Za-z0-9][\w.-]*$/, { message: 'must be an element id such as S3.SS2, without the #' })
      .optional()
      .describe('The id of the section in the arXiv HTML version that prints the figure, e.g. "S3.SS2"; links go straight to it.'),
    quote: nonEmpty(3)
      .optional()
      .describe('Short verbatim quote from the source that contains the number.'),
    noQuoteReason: nonEmpty(3)
      .optional()
      .describe('When no verbatim quote contains the number (e.g. a chart or a data sheet): why, and where it was read.'),
    confidence: z
      .enum(CONFIDENCE)
      .describe(
        'How the number was verified: confirmed (read in the primary source), secondary (read only in a quotation or summary of it), ' +
          'chart-only (read off a chart image), unconfirmed (reported but not verified). Shown to readers.',
      ),
    note: nonEmpty(3)
      .optional()
      .describe('Anything a reader must know to use the figure correctly, shown beside it: e.g. that a count is approximate.'),
  })
  .describe('One measured figure: a count, a rate or an amount, with the model and condition it holds under.');

export type FindingFigure = z.infer<typeof findingFigure>;
