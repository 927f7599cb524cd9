/**
 * Which of a record's figures a result shows: the one the query asks about, never another model's.
 * A query that names a model shows only that model's figures (with the queried number, when it
 * names one too), even if that leaves none; a number alone shows the figures with that number;
 * otherwise the figure whose condition or model the query's words matched, or the first.
 */
import { isModelToken } from './model-names.ts';
import type { ParsedQuery } from './query.ts';
import type { SearchFigure } from './records.ts';
import { isNumberToken, tokensOf } from './tokens.ts';

/** A reader compares two figures at a glance; more would bury the result's title. */
const MAX_SHOWN = 2;

interface FigureTokens {
  numbers: ReadonlySet<string>;
  /** The words of its condition, model name and what it is about. */
  context: ReadonlySet<string>;
}

// A figure's tokens, kept once a result has needed them.
const cache = new WeakMap<SearchFigure, FigureTokens>();
function tokensOfFigure(figure: SearchFigure): FigureTokens {
  let found = cache.get(figure);
  if (!found) {
    found = {
      numbers: new Set(tokensOf(figure.forms.join(' ; '))),
      context: new Set(tokensOf(`${figure.condition} ${figure.model ?? ''} ${figure.about ?? ''}`, false)),
    };
    cache.set(figure, found);
  }
  return found;
}

/** How many of the matched words a figure's condition holds: the most specific figure first. */
function bySpecificity(figures: SearchFigure[], words: readonly string[]): SearchFigure[] {
  const specificity = (figure: SearchFigure) => words.filter((word) => tokensOfFigure(figure).context.has(word)).length;
  return figures.map((figure, order) => ({ figure, order, score: specificity(figure) })).sort((a, b) => b.score - a.score || a.order - b.order).map(({ figure }) => figure);
}

export function shownFigures(figures: readonly SearchFigure[], parsed: Pick<ParsedQuery, 'models' | 'numbers'>, matched: readonly string[]): SearchFigure[] {
  const words = matched.filter((token) => !isNumberToken(token) && !isModelToken(token));
  const hasNumber = (figure: SearchFigure) => parsed.numbers.some((token) => tokensOfFigure(figure).numbers.has(token));
  let candidates = [...figures];
  if (parsed.models.length > 0) candidates = candidates.filter((figure) => figure.modelId !== undefined && parsed.models.includes(figure.modelId));
  if (parsed.numbers.length > 0) candidates = candidates.filter(hasNumber);
  const asked = parsed.models.length > 0 || parsed.numbers.length > 0;
  return bySpecificity(candidates, words).slice(0, asked ? MAX_SHOWN : 1);
}
