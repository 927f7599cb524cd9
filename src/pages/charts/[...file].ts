/** /charts/<findings|models>/<id>/<chart>.vl.json: the Vega-Lite spec of every chart on the site, with its data, for re-use. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { rateChartSpec } from '../../lib/views/chart-spec.ts';
import { chartSpecPath, pageRateCharts, type ChartPage } from '../../lib/views/rate-charts.ts';
import { siteRecords } from '../../site/records.ts';

export const getStaticPaths = (async () => {
  const records = await siteRecords();
  const pages: [ChartPage, Iterable<string>][] = [['findings', records.findings.keys()], ['models', records.models.keys()]];
  return pages.flatMap(([page, ids]) =>
    [...ids].flatMap((id) =>
      pageRateCharts(records, page, id).map((chart) => ({ params: { file: chartSpecPath(page, id, chart).slice('/charts/'.length) }, props: { chart } })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(rateChartSpec(props['chart']), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
