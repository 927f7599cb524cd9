/**
 * The results matrix at the top of a finding page: one table per measure, models as rows, short
 * condition labels as columns, each cell the figures measured for that model under that condition.
 * A cell may hold two figures when the source gives two readings of one cell; both are shown.
 */
import type { Finding, FindingFigure } from '../../schema/index.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { modelLabelOf } from './figure-model.ts';
import { figureCell, type FigureCell } from './figure-cell.ts';

export interface MatrixColumn {
  label: string;
  /** The full condition, for a column whose figures carry no short label ("Condition 2"). */
  condition: string | undefined;
}

export interface MatrixRow {
  modelId: string | undefined;
  /** The model's name, or why there is none: "Model not named by the source", "Not one model". */
  modelName: string;
  /** One entry per column, in column order; empty where nothing was measured. */
  cells: FigureCell[][];
}

export interface ResultsMatrix {
  measure: string;
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/**
 * The row a figure belongs in: its model's id or, without one, the words for why, which no id can
 * equal (ids have no spaces). A model the source leaves unnamed is not lumped with "not one model".
 */
export function rowOf(kb: KnowledgeBase, figure: FindingFigure): string {
  return figure.model ?? modelLabelOf(kb, figure);
}

/** The column a figure belongs in: its short label, or its full condition when it has none. */
export function columnOf(figure: FindingFigure): string {
  return figure.conditionLabel ?? figure.condition;
}

/**
 * Columns with their headings: a short label where the record gives one, otherwise "Condition 1",
 * "Condition 2"… with the full condition spelt out under the matrix (never a shortening of our own).
 */
export function matrixColumns(figures: readonly FindingFigure[]): MatrixColumn[] {
  let unlabelled = 0;
  return inRecordOrder(figures.map(columnOf)).map((column) => {
    const labelled = figures.some((figure) => figure.conditionLabel === column);
    return labelled ? { label: column, condition: undefined } : { label: `Condition ${++unlabelled}`, condition: column };
  });
}

/** A matrix is worth drawing when the figures span two models or two conditions. */
export function hasResultsMatrix(finding: Finding): boolean {
  const distinct = (values: unknown[]) => new Set(values).size;
  return distinct(finding.figures.map((f) => f.model)) > 1 || distinct(finding.figures.map((f) => f.condition)) > 1;
}

/** Figures grouped by what they count, in the order each measure first appears in the record. */
export function byMeasure(figures: readonly FindingFigure[]): { measure: string; figures: FindingFigure[] }[] {
  const groups = new Map<string, FindingFigure[]>();
  for (const figure of figures) groups.set(figure.measure, [...(groups.get(figure.measure) ?? []), figure]);
  return [...groups].map(([measure, grouped]) => ({ measure, figures: grouped }));
}

/** Distinct values in order of first appearance: the record's own order, which authors choose. */
export function inRecordOrder<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export function resultsMatrices(kb: KnowledgeBase, findingId: string): ResultsMatrix[] {
  const finding = kb.findings.get(findingId);
  if (!finding || !hasResultsMatrix(finding)) return [];
  return byMeasure(finding.figures).map(({ measure, figures }) => {
    const columns = inRecordOrder(figures.map(columnOf));
    const rows = inRecordOrder(figures.map((figure) => rowOf(kb, figure)));
    return {
      measure,
      columns: matrixColumns(figures),
      rows: rows.map((row) => {
        const inRow = figures.filter((figure) => rowOf(kb, figure) === row);
        return {
          modelId: inRow[0]!.model,
          modelName: modelLabelOf(kb, inRow[0]!),
          cells: columns.map((column) => inRow.filter((figure) => columnOf(figure) === column).map(figureCell)),
        };
      }),
    };
  });
}
