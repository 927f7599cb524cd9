/**
 * The text of a new record: every field the schema needs, filled from what is known (today's date,
 * the finding's setting, topics and figures, a URL's Wayback lookup) and a "[fill in: …]" placeholder
 * wherever a person has to read the source. Comments explain the choices; `npm run check` reports
 * every placeholder left.
 */
import { FIDELITY, VERDICTS } from '../../schema/claim.ts';
import { SETTINGS } from '../../schema/common.ts';
import { CONFIDENCE } from '../../schema/figure.ts';
import { OUTCOMES } from '../../schema/reproduction.ts';
import { SOURCE_KINDS } from '../../schema/source.ts';
import { placeholder } from '../check/rules/placeholders.ts';
import type { KnownFigure, KnownRecords } from './known.ts';

export interface ScaffoldInput {
  id: string;
  /** YYYY-MM-DD. */
  today: string;
  title?: string;
  finding?: string;
  /** The finding's figures a claim retells, in order: one statedFigures item each. */
  figures?: string[];
  source?: string;
  url?: string;
  /** A claim that states no figure, or a finding whose source reports in words only: no figure block. */
  noFigures?: boolean;
  /** The model a finding's figure measures, as an id. */
  model?: string;
  /** The figure is about one model that the source does not name. */
  modelNotNamed?: boolean;
  /** A source's kind, publication date and whether it is primary. */
  kind?: string;
  published?: string;
  primary?: boolean;
}

const FILL_IN_NOTE = '# Replace every value in square brackets that starts with "fill in"; `npm run check` lists those left.';

/** A YAML scalar: ids, dates and numbers as they are, text double-quoted (valid YAML whatever it holds). */
function scalar(value: string): string {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? value : JSON.stringify(value);
}

const line = (key: string, value: string, indent = '') => `${indent}${key}: ${scalar(value)}`;
const ask = (key: string, hint: string, indent = '') => line(key, placeholder(hint), indent);
const oneOf = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
const idOf = (noun: string, folder: string) => `the id of the ${noun} (a file name in content/${folder}/, without the extension)`;

function listOrAsk(key: string, values: readonly string[], hint: string): string {
  return values.length ? `${key}: [${values.map(scalar).join(', ')}]` : `${key}: [${JSON.stringify(placeholder(hint))}]`;
}

function topicsHint(known: KnownRecords): string {
  return `one or more topic ids from content/topics.yaml: ${known.ids.topics.join(', ')}`;
}

export function claimTemplate(input: ScaffoldInput, known: KnownRecords): string {
  const finding = input.finding ? known.findings.get(input.finding) : undefined;
  const figures = finding?.figures ?? [];
  return [
    '---',
    '# A claim: this frontmatter, then the analysis below it. docs/fields.md explains every field.',
    FILL_IN_NOTE,
    input.title ? line('title', input.title) : ask('title', 'a short headline, at most 120 characters'),
    ask('claim', 'the claim verbatim, as it circulated'),
    'appearances: # where the claim appeared, earliest first; add one "- source:" item per place',
    input.source ? line('  - source', input.source) : ask('  - source', idOf('source it appeared in', 'sources')),
    `    wording: ${JSON.stringify(placeholder('the words in this appearance, verbatim; or delete this line when they are the claim text'))}`,
    `verdict: ${JSON.stringify(placeholder(`one of ${oneOf(VERDICTS.map((v) => (v === 'false' ? '"false" (with the quotes)' : v)))}`))}`,
    ask('bottomLine', 'one sentence a journalist could quote: what is true, and under which condition'),
    finding?.setting ? line('setting', finding.setting) : ask('setting', `one of ${oneOf(SETTINGS)}`),
    listOrAsk('topics', finding?.topics ?? [], topicsHint(known)),
    listOrAsk('findings', input.finding ? [input.finding] : [], idOf('finding it rests on', 'findings')),
    ...(input.noFigures
      ? ['# The claim states no figure, so it has no statedFigures list; the verdict and analysis carry it.']
      : [
          'statedFigures: # one item per figure the claim states',
          // One item per figure chosen; none chosen leaves one item with the finding's figures listed to pick from.
          ...(input.figures?.length ? input.figures : [undefined]).flatMap((id) => statedFigureItem(input, figures, id)),
        ]),
    line('added', input.today),
    line('reviewed', input.today),
    '---',
    '',
    `${placeholder('the analysis in plain Markdown paragraphs: what the source measured and under which condition, what the claim keeps and what it leaves out')}`,
    '',
  ].join('\n');
}

/** One statedFigures item: pointed at figure `id` of the finding when it is chosen, with its number asked in the finding's form. */
function statedFigureItem(input: ScaffoldInput, figures: readonly KnownFigure[], id: string | undefined): string[] {
  const chosen = figures.find((figure) => figure.id === id);
  return [
    ask('  - text', 'the figure exactly as the claim words it, e.g. "79/100 tries"'),
    input.finding ? line('    finding', input.finding) : ask('    finding', idOf('finding that holds the figure', 'findings')),
    id
      ? line('figure', id, '    ')
      : ask('figure', figures.length ? "the id of the finding's figure it retells, from the list below" : 'the id of the figure inside that finding', '    '),
    ...figureComment(figures, chosen),
    ...(chosen?.isPercent
      ? ['    # The number as the claim states it, as a rate ("5%" → 5); numerator and denominator for a count.', ask('percent', 'the percent the claim states', '    ')]
      : [
          '    # The number as the claim states it: numerator and denominator for a count ("79/100"),',
          '    # or replace both lines with "percent: 84" for a rate ("84%").',
          ask('numerator', 'the count the claim states', '    '),
          ask('denominator', 'the total it is out of', '    '),
        ]),
    ask('fidelity', `how faithfully it restates the finding's figure: ${oneOf(FIDELITY)}`, '    '),
  ];
}

/** The figure chosen, or the finding's figures to choose from, as comments beside the stated figure. */
function figureComment(figures: readonly KnownFigure[], chosen: KnownFigure | undefined): string[] {
  const describe = (f: KnownFigure) => `${f.id}: ${f.value}${f.model ? ` (${f.model})` : ''}`;
  if (chosen) return [`    # The finding's figure: ${describe(chosen)}`];
  return figures.length ? ["    # The finding's figures:", ...figures.map((f) => `    #   ${describe(f)}`)] : [];
}

export function findingTemplate(input: ScaffoldInput, known: KnownRecords): string {
  return [
    '# A finding: what one primary source measured. docs/fields.md explains every field.',
    FILL_IN_NOTE,
    input.title ? line('title', input.title) : ask('title', 'a short name of the finding'),
    ask('summary', 'what was measured, how and by whom, in two or three sentences'),
    input.source ? line('source', input.source) : ask('source', idOf('primary source that reports it', 'sources')),
    ask('setting', `one of ${oneOf(SETTINGS)}`),
    listOrAsk('topics', [], topicsHint(known)),
    ...(input.noFigures ? qualitativeBlock() : figureBlock(input)),
    line('reviewed', input.today),
    '',
  ].join('\n');
}

/** A finding that reports in words: no figures, the source's own passage with where it is printed. */
function qualitativeBlock(): string[] {
  return [
    'figures: [] # the source gives no figure for this finding',
    'passages: # the words of the source that report it, verbatim; one item per passage',
    ask('  - quote', 'the passage, copied word for word from the source'),
    ask('locator', 'where exactly it is printed: section, page, paragraph or post', '    '),
  ];
}

function figureBlock(input: ScaffoldInput): string[] {
  const model = input.model
    ? [line('model', input.model, '    ')]
    : input.modelNotNamed
      ? ['    modelNotNamed: true # one model, which the source does not name']
      : [
          '    # A model id from content/models.yaml. When the source does not name the model, replace the line',
          '    # with "modelNotNamed: true"; when the figure is about no single model, delete it.',
          ask('model', 'a model id from content/models.yaml, or see the comment above', '    '),
        ];
  return [
    'figures: # one item per model and condition the source reports',
    ask('  - id', 'a short kebab-case id for this figure, unique in the finding, e.g. o3-no-instruction'),
    ...model,
    ask('measure', 'what was counted, e.g. runs in which the model sabotaged the shutdown script', '    '),
    ask('condition', 'the exact condition the figure holds under, as the source describes it', '    '),
    '    # numerator and denominator for a count; or "percent:" (with "n:" when the source gives it) for a rate',
    ask('numerator', 'the count', '    '),
    ask('denominator', 'the total it is out of', '    '),
    ask('locator', 'where exactly the number is printed: section, page, table, figure or post', '    '),
    ask('quote', 'a short verbatim quote from the source that contains the number', '    '),
    ask('confidence', `one of ${oneOf(CONFIDENCE)}`, '    '),
  ];
}

/** A Wayback search for the URL: a lookup, not a verified copy, until someone saves a snapshot. */
export function waybackLookup(url: string): string {
  return `https://web.archive.org/web/*/${url}`;
}

export function sourceTemplate(input: ScaffoldInput): string {
  return [
    '# A source: one document. docs/fields.md explains every field.',
    FILL_IN_NOTE,
    input.title ? line('title', input.title) : ask('title', 'the document title as published'),
    input.kind ? line('kind', input.kind) : ask('kind', `one of ${oneOf(SOURCE_KINDS)}`),
    ask('publisher', 'who published it: a lab, outlet, journal or platform account'),
    `authors: [${JSON.stringify(placeholder('the named authors in order, full names as the document prints them, each in quotes; or leave the list empty: []'))}]`,
    input.published ? line('published', input.published) : ask('published', 'the publication date, YYYY-MM-DD'),
    input.primary !== undefined
      ? `primary: ${input.primary}`
      : ask('primary', 'true when this document originates what it reports, false for reporting and commentary'),
    input.url ? line('url', input.url) : ask('url', 'the https address of the document'),
    '# A lookup searches the Wayback Machine; after saving a copy there, put its address here and',
    '# write "archiveKind: snapshot".',
    input.url ? line('archiveUrl', waybackLookup(input.url)) : ask('archiveUrl', 'an archived copy, e.g. https://web.archive.org/web/*/ followed by the url'),
    'archiveKind: lookup',
    '',
  ].join('\n');
}

export function reproductionTemplate(input: ScaffoldInput): string {
  return [
    '# A reproduction: one attempt to reproduce a finding. docs/fields.md explains every field.',
    FILL_IN_NOTE,
    input.title ? line('title', input.title) : ask('title', 'a short name of the attempt'),
    input.finding ? line('finding', input.finding) : ask('finding', idOf('finding it reproduces', 'findings')),
    `by: [${JSON.stringify(placeholder('who ran it: people and/or organisation'))}]`,
    ask('independent', "true when people other than the finding's authors ran it, false when they did"),
    ask('date', 'when the attempt was published, YYYY-MM-DD'),
    input.source ? line('source', input.source) : ask('source', idOf('source that reports the attempt', 'sources')),
    ask('method', 'how it was run: harness, models, sample sizes, what differed from the original'),
    ask('outcome', `one of ${oneOf(OUTCOMES)}`),
    ask('summary', 'what it found, in two or three sentences'),
    '',
  ].join('\n');
}
