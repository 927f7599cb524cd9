/**
 * Which parts of a record search reads, and how much a match in each counts. A figure or a title
 * that states the query outweighs a mention in passing; both index and engine use this one list.
 */
import type { SearchRecord } from './records.ts';

export interface WeightedText {
  weight: number;
  text: string;
  /** Whether the numbers in this text are searchable; see `context`. */
  numbers: boolean;
}

export const FIELD_WEIGHTS = {
  /** The figures a record states, written every way ("79/100", "79 of 100", "79%"): the journalist's first query. */
  figures: 6,
  /** Short headline and model names: what people remember of a claim. */
  title: 4,
  models: 4,
  /** A finding's or a source's own text. */
  text: 2,
  /**
   * What circulated: a claim verbatim and the words it appeared in (a headline, a sentence). Weighed as a
   * title, so a pasted headline finds the check of it before, on a tie, the page it came from.
   */
  circulated: 4,
  /**
   * Everything else a record says: its words match, but a mention here ranks below a headline match.
   * Its numbers do not match at all: a bottom line that says "7 of 100" to correct a claim of 79/100
   * must not make that claim a result for "7%".
   */
  context: 1,
} as const;

/**
 * A record's numbers are the figures it states and the numbers in verbatim text: a claim as it
 * circulated, a source's own title. Headlines and summaries written here may name other numbers
 * for contrast ("The 84% and the 96% mixed up"), so a claim whose figure is 96 % is not a result for "84%".
 */
export function weightedFields(record: SearchRecord): WeightedText[] {
  const verbatimTitle = record.type === 'source';
  const verbatimText = record.type !== 'finding';
  return [
    { weight: FIELD_WEIGHTS.figures, numbers: true, text: record.figures.flatMap((f) => f.forms).join(' ; ') },
    { weight: FIELD_WEIGHTS.title, numbers: verbatimTitle, text: record.title },
    { weight: FIELD_WEIGHTS.models, numbers: true, text: [...record.models, ...record.aliases].join(' ; ') },
    {
      weight: record.type === 'claim' ? FIELD_WEIGHTS.circulated : FIELD_WEIGHTS.text,
      numbers: verbatimText,
      text: [record.text, ...record.wordings].join(' ; '),
    },
    {
      weight: FIELD_WEIGHTS.context,
      numbers: false,
      text: [record.bottomLine ?? '', ...record.figures.map((f) => f.condition), ...record.topics, ...record.sources].join(' ; '),
    },
  ];
}
