/**
 * What the rate charts show: on a finding page one chart per measure and condition with a bar per
 * model; on a model page one chart per finding and measure with a dot per condition. Only rates are
 * drawn (a percent, or a count out of a known total); every value is the record's own.
 */
import type { FindingFigure } from '../../schema/index.ts';
import { CONDITION_LABEL_MAX } from '../../schema/figure.ts';
import { oldestFirst } from '../records/date-order.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { exactPercent } from '../numbers.ts';
import { slug } from '../words.ts';
import { modelLabelOf } from './figure-model.ts';
import { figureCell, type FigureCell } from './figure-cell.ts';
import { CONFIDENCE_LABELS, CONFIDENCE_MARKS, type Confidence } from './labels.ts';
import { byMeasure, columnOf, hasResultsMatrix, inRecordOrder, matrixColumns, rowOf } from './results-matrix.ts';

export interface ChartRow {
  /** The row's label, unique within its chart: a model on finding pages, a condition on model pages. */
  label: string;
  findingId: string;
  cell: FigureCell;
  /** The rate in percent, as the record gives it or as its count works out. */
  percent: number;
  ci: { low: number; high: number } | undefined;
}

export interface RateChart {
  /** Unique within its page; names the published spec file. */
  slug: string;
  title: string;
  /** The full condition, when the title stands in for it ("Condition 2"). */
  condition?: string | undefined;
  /** What was counted. */
  measure: string;
  /** The finding a model-page chart comes from. */
  findingId: string;
  /** Heading of the label column in the chart's table. */
  rowHeading: 'Model' | 'Condition';
  mark: 'bar' | 'dot';
  rows: ChartRow[];
  description: string;
}

/** Fewer rows than this make no picture worth drawing; the matrix shows them. */
const MIN_ROWS = 2;

/** A bound ("<20%") is not a value to place on an axis; the matrix prints it. */
function rateOf(figure: FindingFigure): number | undefined {
  return figure.amount === undefined && !figure.bound ? exactPercent(figure) : undefined;
}

/** Two readings of one cell get one row each, told apart by number. */
function uniqueLabels(labels: string[]): string[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const seen = new Map<string, number>();
  return labels.map((label) => {
    if (counts.get(label) === 1) return label;
    const k = (seen.get(label) ?? 0) + 1;
    seen.set(label, k);
    return `${label} (reading ${k})`;
  });
}

function rowsOf(findingId: string, figures: FindingFigure[], labelOf: (figure: FindingFigure) => string): ChartRow[] {
  const rated = figures.flatMap((figure) => {
    const percent = rateOf(figure);
    return percent === undefined ? [] : [{ figure, percent }];
  });
  const labels = uniqueLabels(rated.map(({ figure }) => labelOf(figure)));
  return rated.map(({ figure, percent }, i) => ({
    label: labels[i]!,
    findingId,
    cell: figureCell(figure),
    percent,
    ci: figure.ci ? { low: figure.ci.low, high: figure.ci.high } : undefined,
  }));
}

/** A sentence for screen readers and for readers without images: range, extremes, and which values are not confirmed. */
export function describeChart(chart: Pick<RateChart, 'mark' | 'measure' | 'rows' | 'rowHeading'>): string {
  const sorted = chart.rows.toSorted((a, b) => b.percent - a.percent);
  const top = sorted[0]!;
  const bottom = sorted.at(-1)!;
  const named = (value: number) => chart.rows.filter((row) => row.percent === value).map((row) => row.label).join(', ');
  const what = chart.rowHeading === 'Model' ? 'models' : 'conditions';
  const parts = [
    `${chart.mark === 'bar' ? 'Bar' : 'Dot'} chart on a scale from 0 to 100%: ${chart.measure}, for ${chart.rows.length} ${what}.`,
    `Highest: ${named(top.percent)}, ${top.cell.printed}. Lowest: ${named(bottom.percent)}, ${bottom.cell.printed}.`,
  ];
  const unconfirmed = (['secondary', 'chart-only', 'unconfirmed'] as Confidence[]).flatMap((confidence) => {
    const count = chart.rows.filter((row) => row.cell.confidence === confidence).length;
    return count === 0 ? [] : [`${count} ${CONFIDENCE_LABELS[confidence].toLowerCase()} (${CONFIDENCE_MARKS[confidence]})`];
  });
  if (unconfirmed.length) parts.push(`Not read in the primary source itself: ${unconfirmed.join('; ')}.`);
  return parts.join(' ');
}

function chart(fields: Omit<RateChart, 'description'>): RateChart {
  return { ...fields, description: describeChart(fields) };
}

/** A finding page's charts: per measure, one chart per condition with two or more rates. */
export function findingRateCharts(kb: KnowledgeBase, findingId: string): RateChart[] {
  const finding = kb.findings.get(findingId);
  if (!finding || !hasResultsMatrix(finding)) return [];
  const modelLabel = (figure: FindingFigure) => modelLabelOf(kb, figure);
  const row = (figure: FindingFigure) => rowOf(kb, figure);
  return byMeasure(finding.figures).flatMap(({ measure, figures }, m) => {
    // Models in one order in every chart of a measure, so the charts compare as small multiples.
    const modelOrder = inRecordOrder(figures.map(row));
    const ordered = figures.toSorted((a, b) => modelOrder.indexOf(row(a)) - modelOrder.indexOf(row(b)));
    const headings = matrixColumns(figures);
    return inRecordOrder(figures.map(columnOf)).flatMap((column, c) => {
      const rows = rowsOf(findingId, ordered.filter((figure) => columnOf(figure) === column), modelLabel);
      if (rows.length < MIN_ROWS) return [];
      const { label, condition } = headings[c]!;
      return [chart({ slug: `${m + 1}-${c + 1}-${slug(label).slice(0, 32).replace(/-$/, '')}`, title: label, condition, measure, findingId, rowHeading: 'Model', mark: 'bar', rows })];
    });
  });
}

/**
 * An unlabelled condition can run to a paragraph: its row is named by the condition's first sentence,
 * cut at a word to the length of a label, and the row's table entry links to the full text.
 */
export function conditionOpening(condition: string): string {
  const sentence = condition.match(/^.*?[.;:](?=\s|$)/su)?.[0] ?? condition;
  if (sentence.length <= CONDITION_LABEL_MAX) return sentence.replace(/[.;:]$/, '');
  const cut = sentence.slice(0, CONDITION_LABEL_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.]+$/, '')}…`;
}

/** A model page's charts: every rate measured about the model, one chart per finding and measure, oldest source first (undated last). */
export function modelRateCharts(kb: KnowledgeBase, modelId: string): RateChart[] {
  const published = (findingId: string) => kb.sources.get(kb.findings.get(findingId)!.source)?.published;
  const findingIds = [...kb.findings.keys()].toSorted((a, b) => oldestFirst(published(a), published(b)) || a.localeCompare(b));
  return findingIds.flatMap((findingId) => {
    const finding = kb.findings.get(findingId)!;
    const about = finding.figures.filter((figure) => figure.model === modelId);
    return byMeasure(about).flatMap(({ measure, figures }, m) => {
      const rows = rowsOf(findingId, figures, (figure) => figure.conditionLabel ?? conditionOpening(figure.condition));
      if (rows.length === 0) return [];
      return [chart({ slug: `${findingId}-${m + 1}`, title: finding.title, measure, findingId, rowHeading: 'Condition', mark: 'dot', rows })];
    });
  });
}

export type ChartPage = 'findings' | 'models';

/** Where a chart's Vega-Lite spec is published, relative to the site root. */
export function chartSpecPath(page: ChartPage, pageId: string, chart: Pick<RateChart, 'slug'>): string {
  return `/charts/${page}/${pageId}/${chart.slug}.vl.json`;
}

/** The charts of one page. */
export function pageRateCharts(kb: KnowledgeBase, page: ChartPage, pageId: string): RateChart[] {
  return page === 'findings' ? findingRateCharts(kb, pageId) : modelRateCharts(kb, pageId);
}
