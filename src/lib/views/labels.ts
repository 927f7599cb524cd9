/**
 * Words for the site's vocabularies, in one place: what pages, lists and the methodology page show
 * for each fidelity, setting, source kind, confidence and reproduction outcome.
 */
import type { StatedFigure } from '../../schema/index.ts';
import type { ReproductionStatus } from '../records/reproduction-status.ts';
import type { SETTINGS } from '../../schema/common.ts';
import type { CONFIDENCE } from '../../schema/figure.ts';
import type { OUTCOMES } from '../../schema/reproduction.ts';
import type { SOURCE_KINDS } from '../../schema/source.ts';

export type Fidelity = StatedFigure['fidelity'];
export type Setting = (typeof SETTINGS)[number];
export type Confidence = (typeof CONFIDENCE)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];

interface Described {
  label: string;
  definition: string;
}

/** How faithfully a retelling states a figure. `faithful` marks the two that keep the number and its condition. */
export const FIDELITY_LABELS: Readonly<Record<Fidelity, Described & { faithful: boolean }>> = {
  exact: { label: 'Exact', faithful: true, definition: 'The number and its condition as the source gives them.' },
  rounded: { label: 'Rounded', faithful: true, definition: 'The number rounded (79/100 as "almost 80%"), condition kept.' },
  'condition-dropped': {
    label: 'Condition dropped',
    faithful: false,
    definition: 'The number is right, but the condition it holds under is left out.',
  },
  'wrong-condition': {
    label: 'Wrong condition',
    faithful: false,
    definition: 'The number is attached to a condition it was not measured under.',
  },
  'wrong-model': { label: 'Wrong model', faithful: false, definition: 'The number is attributed to a model it was not measured on.' },
  'wrong-number': { label: 'Wrong number', faithful: false, definition: 'The number differs from the one the source reports.' },
  unsupported: { label: 'No source gives it', faithful: false, definition: 'No source we found reports this number.' },
};

export const SETTING_LABELS: Readonly<Record<Setting, Described>> = {
  'lab-evaluation': {
    label: 'Lab evaluation',
    definition: 'A designed experiment with set prompts, repeated runs and counted outcomes; it measures how often a behaviour occurs under those exact conditions.',
  },
  'red-team-demo': {
    label: 'Red-team demonstration',
    definition: 'A scenario built on purpose to elicit a behaviour; it shows the behaviour can happen, not how often it does in use.',
  },
  'deployed-incident': {
    label: 'Deployed incident',
    definition: 'Something that happened to a real user of a deployed system, outside any test; usually a single case, told by the people involved rather than measured.',
  },
  'official-record': { label: 'Official record', definition: 'A government or company record: a budget, a policy, a filing.' },
  opinion: { label: 'Opinion', definition: 'An argument or forecast, with no measurement behind it.' },
};

export const CONFIDENCE_LABELS: Readonly<Record<Confidence, string>> = {
  confirmed: 'Read in the primary source',
  secondary: 'Read only in a quotation of the source',
  'chart-only': 'Read off a chart',
  unconfirmed: 'Not verified',
};

/**
 * A mark for each confidence, printed beside the number in matrix cells and chart labels so that the
 * four stay apart without colour: full, half, dotted and empty circles, from most to least checked.
 */
export const CONFIDENCE_MARKS: Readonly<Record<Confidence, string>> = {
  confirmed: '●',
  secondary: '◐',
  'chart-only': '◌',
  unconfirmed: '○',
};

/** How a chart draws each confidence, for the key beside it. */
export const CONFIDENCE_DRAWINGS: Readonly<Record<Confidence, string>> = {
  confirmed: 'solid',
  secondary: 'light, outlined',
  'chart-only': 'dashed outline',
  unconfirmed: 'dotted outline',
};

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  reproduced: 'Reproduced',
  'partially-reproduced': 'Partially reproduced',
  'not-reproduced': 'Not reproduced',
  disputed: 'Disputes the result',
};

/** What each source kind covers, for the field reference (docs/fields.md). */
export const SOURCE_KIND_DEFINITIONS: Readonly<Record<SourceKind, string>> = {
  paper: 'A peer-reviewed paper, or a preprint since published in a journal or conference.',
  preprint: 'A paper posted before peer review, e.g. on arXiv.',
  'system-card': "A lab's system or model card describing a model's evaluations.",
  'research-post': "A lab's or research group's own write-up of its results on its website.",
  'blog-post': 'A blog post, newsletter or personal essay.',
  'social-thread': 'A post or thread on a social platform (X, Bluesky, LinkedIn, …).',
  'op-ed': 'An opinion piece in a newspaper or magazine.',
  'news-article': 'A report by a news outlet.',
  'forum-post': 'A post on a forum such as LessWrong or the AI Alignment Forum.',
  repository: 'A code repository, e.g. on GitHub.',
  dataset: 'A published dataset or results sheet.',
  report: 'A report by an institute, company or think tank.',
  'official-document': 'A government, regulator or company filing, statement or record.',
  course: 'Course material.',
  podcast: 'A podcast episode or recorded talk.',
  'web-page': 'Any other web page.',
};

export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  paper: 'Paper',
  preprint: 'Preprint',
  'system-card': 'System card',
  'research-post': 'Research post',
  'blog-post': 'Blog post',
  'social-thread': 'Social media thread',
  'op-ed': 'Op-ed',
  'news-article': 'News article',
  'forum-post': 'Forum post',
  repository: 'Code repository',
  dataset: 'Dataset',
  report: 'Report',
  'official-document': 'Official document',
  course: 'Course',
  podcast: 'Podcast',
  'web-page': 'Web page',
};

/**
 * "2025-05-24" → "24 May 2025", "2025-05" → "May 2025", "2025" → "2025": dates in running text,
 * with no locale dependence. Sources may give only a month or a year.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The first moment (UTC) of a date that may name only a month or a year: "2025-12" is 1 December 2025. */
export function startOf(date: string): Date {
  const [year, month = '01', day = '01'] = date.split('-');
  return new Date(`${year}-${month}-${day}T00:00:00Z`);
}

export function formatDate(iso: string | undefined): string {
  if (!iso) return 'date unknown';
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = month ? MONTHS[month - 1] : undefined;
  return [day, monthName, year].filter((part) => part !== undefined).join(' ');
}

/** How each reproduction status is derived, in the order the rules in reproduction-status.ts apply them. */
export const STATUS_DEFINITIONS: Readonly<Record<ReproductionStatus, string>> = {
  contested:
    'An attempt disputes the result, or independent attempts disagree (one reproduces it, another does not), or only the authors reproduced it and an independent attempt failed.',
  'independently-reproduced': 'At least one team other than the authors reproduced the result, fully or in part, and none failed to.',
  'not-reproduced': 'Every attempt so far failed to reproduce the result.',
  'reproduced-by-authors': 'Only the original authors have rerun it and found the effect again.',
  'not-yet-attempted': 'No reproduction attempt is on record yet.',
};
