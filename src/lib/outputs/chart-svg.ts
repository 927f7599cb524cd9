/**
 * Static SVG of a Vega-Lite spec, rendered at build time with Vega's headless renderer (no canvas,
 * no DOM, no client script). The page inlines the result, so it is checked before it can become
 * markup: only the elements and attributes Vega draws with, no `style` (the CSP forbids inline
 * styles) and no event handlers or links; text and attribute values arrive escaped by Vega.
 */
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { rateChartSpec } from '../views/chart-spec.ts';
import { chartSpecPath, pageRateCharts, type ChartPage } from '../views/rate-charts.ts';

const ELEMENTS = new Set(['svg', 'g', 'path', 'line', 'rect', 'text', 'tspan', 'circle']);
const ATTRIBUTES = new Set([
  'xmlns', 'xmlns:xlink', 'version', 'class', 'width', 'height', 'viewBox', 'transform', 'd', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'r',
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-miterlimit', 'stroke-linecap',
  'opacity', 'text-anchor', 'font-family', 'font-size', 'font-weight', 'dy', 'aria-hidden', 'focusable', 'display',
]);

/** Vega's accessibility tree and pointer plumbing: redundant here, as the chart is hidden from assistive technology and its numbers are in a table. */
const NOISE = [
  / (?:role|aria-roledescription|aria-label|aria-hidden|pointer-events)="[^"]*"/g,
  /<path class="(?:background|foreground)"[^>]*\/>/g,
];

export function withoutNoise(svg: string): string {
  return NOISE.reduce((text, pattern) => text.replace(pattern, ''), svg);
}

export function assertPlainSvg(svg: string): string {
  for (const [, name, attributes] of svg.matchAll(/<\/?([\w:-]+)([^>]*)>/g)) {
    if (!ELEMENTS.has(name!)) throw new Error(`Chart SVG has an unexpected <${name}> element.`);
    for (const [, attribute] of attributes!.matchAll(/([\w:-]+)="[^"]*"/g)) {
      if (!ATTRIBUTES.has(attribute!)) throw new Error(`Chart SVG has an unexpected ${attribute} attribute on <${name}>.`);
    }
    if (/[^\s/]/.test(attributes!.replace(/([\w:-]+)="[^"]*"/g, ''))) throw new Error(`Chart SVG has a malformed <${name}> tag.`);
  }
  return svg;
}

/**
 * One live view per chart shape: charts that differ only in their data (and description, which the
 * SVG does not carry) share a compiled spec and a view whose table is swapped, so a build compiles
 * and wires a handful of dataflows instead of one per chart. Renders run one at a time per view.
 */
const views = new Map<string, { view: View; queue: Promise<unknown> }>();

function viewFor(shape: object): { view: View; queue: Promise<unknown> } {
  const key = JSON.stringify(shape);
  let entry = views.get(key);
  if (!entry) {
    entry = { view: new View(parse(compile({ ...shape, data: { name: 'table' } } as TopLevelSpec).spec), { renderer: 'none' }), queue: Promise.resolve() };
    views.set(key, entry);
  }
  return entry;
}

export async function renderChartSvg(spec: TopLevelSpec): Promise<string> {
  const { data, description: _description, ...shape } = spec as TopLevelSpec & { data: { values: object[] } };
  const entry = viewFor(shape);
  const render = entry.queue.then(async () => {
    // Vega copies the values into its own tuples, so the previous chart's rows leave no trace.
    entry.view.data('table', structuredClone(data.values));
    return assertPlainSvg(withoutNoise(await entry.view.toSVG()).replace('<svg ', '<svg aria-hidden="true" focusable="false" '));
  });
  entry.queue = render.catch(() => undefined);
  return render;
}

/** A page's charts, each with its SVG and where its spec is published. */
export async function renderedPageCharts(kb: KnowledgeBase, page: ChartPage, pageId: string) {
  return Promise.all(
    pageRateCharts(kb, page, pageId).map(async (chart) => ({ chart, svg: await renderChartSvg(rateChartSpec(chart)), specPath: chartSpecPath(page, pageId, chart) })),
  );
}
