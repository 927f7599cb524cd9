/**
 * The words a result's figure line adds to the record's own fields. Browser-safe: the result list
 * renders them. The model statuses are worded once, where the pages take them from.
 */
import { modelStatusWords } from '../views/figure-model.ts';
import type { SearchFigure } from './records.ts';

/**
 * Why a figure line names no model, and what was measured: "(model not named by the source: runs
 * that relaunched itself)" or "(not one model: size of the fund)"; undefined when it names one.
 */
export function unnamedModelText(figure: SearchFigure): string | undefined {
  if (figure.model !== undefined || figure.about === undefined) return undefined;
  return `(${modelStatusWords(figure.modelNotNamed ? 'not-named' : 'not-one-model')}: ${figure.about})`;
}
