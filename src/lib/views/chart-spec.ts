/**
 * The Vega-Lite spec of a rate chart. Rates sit on a fixed 0–100 axis so charts compare with each
 * other; a figure's confidence sets how it is drawn (solid, light, dashed outline, dotted outline)
 * and its mark follows its number, so a value read off a chart or not verified never looks like one
 * read in the source. Colours are `currentColor`, so the page's light or dark scheme colours the
 * chart; fonts are the page's system stack. Record strings only ever enter as data values, never
 * into expressions. The spec is published beside the chart for re-use.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CONFIDENCE } from '../../schema/figure.ts';
import type { RateChart } from './rate-charts.ts';

export const SYSTEM_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/** Width of the label column and of the plot, the same in every chart so stacked charts line up. */
// Narrow enough (364 px) to show unscaled on a 390 px phone.
export const LABEL_WIDTH = 146;
export const PLOT_WIDTH = 134;
/** Room right of the plot for the widest number with its mark, "973/1000 ◐", beside a bar ending at 100%. */
const VALUE_WIDTH = 84;
/** Characters per line of a row label: about what fits LABEL_WIDTH at 12 px. */
const LABEL_LINE = 22;
const LINE_HEIGHT = 14;
/** Digits of the row's place at the start of its sort key: room for 100,000 rows. */
const ROW_KEY_DIGITS = 5;

/** A row label broken at spaces into lines of at most LABEL_LINE characters; a longer word (a figure id) breaks after a hyphen or, failing that, anywhere. */
export function wrapLabel(label: string): string[] {
  const lines: string[] = [];
  const pieces = label.split(' ').flatMap((word) => (word.length <= LABEL_LINE ? [word] : (word.match(new RegExp(`.{1,${LABEL_LINE - 1}}(-|$)|.{1,${LABEL_LINE}}`, 'g')) ?? [word])));
  for (const word of pieces) {
    const last = lines.at(-1);
    const joint = last?.endsWith('-') ? '' : ' ';
    if (last !== undefined && last.length + joint.length + word.length <= LABEL_LINE) lines[lines.length - 1] = `${last}${joint}${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Drawing per confidence, in the order of CONFIDENCE: confirmed, secondary, chart-only, unconfirmed. */
const FILL_OPACITY = [1, 0.25, 0, 0];
const STROKE_DASH = [[1, 0], [1, 0], [4, 2], [1, 2]];

export function rateChartSpec(chart: RateChart): TopLevelSpec {
  const lines = chart.rows.map((row) => wrapLabel(row.label));
  const rowHeight = 8 + LINE_HEIGHT * Math.max(1, ...lines.map((l) => l.length));
  const values = chart.rows.map((row, i) => ({
    // The row's place, zero-padded, then its lines joined by newlines: sorting the rows ascending by
    // this key keeps the chart's order in any view that draws it, and the axis strips the place and
    // splits the lines again (labelExpr below).
    row: `${String(i).padStart(ROW_KEY_DIGITS, '0')}${lines[i]!.join('\n')}`,
    percent: row.percent,
    ciLow: row.ci?.low ?? null,
    ciHigh: row.ci?.high ?? null,
    text: `${row.cell.printed} ${row.cell.mark}`,
    confidence: row.cell.confidence,
  }));
  const confidenceScale = (range: unknown[]) => ({ field: 'confidence', type: 'ordinal' as const, scale: { type: 'ordinal' as const, domain: [...CONFIDENCE], range }, legend: null });
  const shape = chart.mark === 'bar'
    ? { type: 'bar' as const, height: 12 }
    : { type: 'point' as const, shape: 'circle', size: 80, filled: true, opacity: 1 };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chart.description,
    width: PLOT_WIDTH,
    height: { step: rowHeight },
    background: 'transparent',
    // Fixed margins instead of fitting the content, so every chart has the same width and stacked charts line up.
    autosize: { type: 'none' },
    padding: { left: LABEL_WIDTH, top: 4, right: VALUE_WIDTH, bottom: 24 },
    config: {
      font: SYSTEM_FONTS,
      view: { stroke: null },
      axis: {
        labelColor: 'currentColor', titleColor: 'currentColor', domainColor: 'currentColor', tickColor: 'currentColor',
        gridColor: 'currentColor', gridOpacity: 0.25, labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal',
      },
    },
    data: { values },
    encoding: {
      y: {
        // Rows in the chart's order, carried by the data so that charts of one shape share one compiled spec.
        field: 'row', type: 'nominal', sort: 'ascending', title: null,
        axis: { labelExpr: `split(substring(datum.label, ${ROW_KEY_DIGITS}), '\\n')`, labelLimit: 0, labelLineHeight: LINE_HEIGHT, ticks: false, domain: false,
          // Clear of a dot drawn at 0%, whose left half lies left of the axis.
          labelPadding: 8 },
      },
    },
    layer: [
      {
        mark: { ...shape, fill: 'currentColor', stroke: 'currentColor', strokeWidth: 1.5 },
        encoding: {
          x: {
            field: 'percent', type: 'quantitative', title: 'percent',
            scale: { domain: [0, 100], zero: true, nice: false },
            axis: { values: [0, 25, 50, 75, 100], labelExpr: "datum.value + '%'", grid: true, title: null },
          },
          fillOpacity: confidenceScale(FILL_OPACITY),
          strokeDash: confidenceScale(STROKE_DASH),
        },
      },
      {
        // The source's confidence interval, where it prints one.
        transform: [{ filter: 'isValid(datum.ciLow)' }],
        mark: { type: 'rule', stroke: 'currentColor', strokeWidth: 1.5 },
        encoding: { x: { field: 'ciLow', type: 'quantitative' }, x2: { field: 'ciHigh' } },
      },
      {
        // The numbers in a column right of the plot, like a table's, so a confidence mark is never read as a data point.
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 8, fill: 'currentColor', fontSize: 12 },
        encoding: { x: { datum: 100, type: 'quantitative' }, text: { field: 'text', type: 'nominal' } },
      },
    ],
  };
}
