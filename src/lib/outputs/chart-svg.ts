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
 * Compiled and parsed specs by shape: charts that differ only in their data (and description, which
 * the SVG does not carry) share one, so a build compiles a handful of specs, not one per chart.
 */
const runtimes = new Map<string, ReturnType<typeof parse>>();

function runtimeFor(shape: object): ReturnType<typeof parse> {
  const key = JSON.stringify(shape);
  let runtime = runtimes.get(key);
  if (!runtime) {
    runtime = parse(compile({ ...shape, data: { name: 'table' } } as TopLevelSpec).spec);
    runtimes.set(key, runtime);
  }
  return runtime;
}

export async function renderChartSvg(spec: TopLevelSpec): Promise<string> {
  const { data, description: _description, ...shape } = spec as TopLevelSpec & { data: { values: object[] } };
  const view = new View(runtimeFor(shape), { renderer: 'none' }).data('table', data.values);
  try {
    return assertPlainSvg(withoutNoise(await view.toSVG()).replace('<svg ', '<svg aria-hidden="true" focusable="false" '));
  } finally {
    view.finalize();
  }
}

/** A page's charts, each with its SVG and where its spec is published. */
export async function renderedPageCharts(kb: KnowledgeBase, page: ChartPage, pageId: string) {
  return Promise.all(
    pageRateCharts(kb, page, pageId).map(async (chart) => ({ chart, svg: await renderChartSvg(rateChartSpec(chart)), specPath: chartSpecPath(page, pageId, chart) })),
  );
}
