/**
 * Building blocks shared by the record schemas: ids, dates, URLs and the site-wide vocabularies.
 * Plain zod (from astro/zod) so the Astro build and the Node CLI validate with the same objects.
 */
import { z } from 'astro/zod';

/** Custom issues carry the id of the check that raised them, so reports can name the rule. */
export const ruleParam = (rule: 'invalid-date' | 'invalid-url') => ({ params: { rule } });

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idRef = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, { message: `must be the kebab-case id of a ${what} (lower-case letters, digits and single hyphens)` })
    .describe(`Id of a ${what}: its file name without the extension.`);

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is YYYY-MM-DD and names a day that exists (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date kept as the string "YYYY-MM-DD" (YAML 1.2 reads an unquoted date as a string). */
export const isoDate = z.string().refine(isCalendarDate, {
  message: 'must be a real calendar date written YYYY-MM-DD',
  ...ruleParam('invalid-date'),
});

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

/**
 * A publication date: a calendar date, or only "YYYY-MM" or "YYYY" when that is all the document
 * reveals (e.g. a blog address that carries the year and month). Strings of this shape sort and
 * compare correctly against full dates, and HTML <time> accepts them.
 */
export const publicationDate = z.preprocess(
  // YAML reads a bare year such as 2026 as a number.
  (value) => (Number.isInteger(value) ? String(value) : value),
  z.string().refine((value) => isCalendarDate(value) || PARTIAL_DATE_PATTERN.test(value), {
    message: 'must be a real calendar date written YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known',
    ...ruleParam('invalid-date'),
  }),
);

/** Any absolute URL; the https-only rule lives in the URL check so it can say why. */
export const url = z.string().refine((value) => URL.canParse(value), {
  message: 'must be an absolute URL such as https://example.org/page',
  ...ruleParam('invalid-url'),
});

export const nonEmpty = (min = 1) => z.string().trim().min(min);

export const correction = z
  .strictObject({
    date: isoDate.describe('When the correction was made.'),
    note: nonEmpty(3).describe('What was wrong and what changed, in a sentence a reader understands.'),
    was: nonEmpty(3)
      .optional()
      .describe('What the record told readers before, word for word where it was a quote, figure, locator or sentence.'),
    now: nonEmpty(3).optional().describe('What the record says now in its place; leave it out when the text was removed.'),
  })
  .describe('One entry of the public corrections log.');

export type Correction = z.infer<typeof correction>;

export const corrections = z.array(correction).default([]).describe('Public log of corrections to this record, oldest first.');

export const SETTINGS = ['lab-evaluation', 'red-team-demo', 'deployed-incident', 'official-record', 'opinion'] as const;
export const setting = z
  .enum(SETTINGS)
  .describe(
    'Where the behaviour was observed: lab-evaluation (a designed experiment), red-team-demo (a scenario built to elicit it), ' +
      'deployed-incident (real use), official-record (a government or company record), opinion (an argument, no measurement).',
  );

export const materials = z
  .strictObject({
    code: url.optional().describe('Public code that runs the experiment.'),
    prompts: url.optional().describe('Public prompts or scenario text.'),
    transcripts: url.optional().describe('Public transcripts or logs of the runs.'),
    data: url.optional().describe('Public results data (spreadsheet, dataset).'),
    note: nonEmpty(3).optional().describe('What is and is not public.'),
  })
  .describe('Where the materials behind a result are public. Omit a field when that material is not public.');
