/**
 * The results matrix and the rate charts on the real records: every cell and every drawn value is
 * the record's own, figures that are not rates are never drawn, confidences are drawn apart, and a
 * hostile string in a record reaches the SVG only as escaped text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertPlainSvg, renderChartSvg, withoutNoise } from '../../src/lib/outputs/chart-svg.ts';
import { exactPercent, formatPrinted } from '../../src/lib/numbers.ts';
import { rateChartSpec, wrapLabel } from '../../src/lib/views/chart-spec.ts';
import { conditionOpening, findingRateCharts, modelRateCharts, type RateChart } from '../../src/lib/views/rate-charts.ts';
import { resultsMatrices } from '../../src/lib/views/results-matrix.ts';
import { generateCorpus } from '../../bench/corpus.ts';
import { buildKnowledgeBase } from '../../src/lib/records/knowledge-base.ts';
import { oldestFirst } from '../../src/lib/records/date-order.ts';
import { knowledgeBaseOf } from '../helpers/page-records.ts';

const kb = knowledgeBaseOf({ today: '2030-01-01' });
const MAY = 'palisade-shutdown-may-2025';
const PAPER = 'palisade-shutdown-paper-2025';

test('the May 2025 matrix puts o3 with and without the instruction side by side, as the record prints them', () => {
  const [sabotage] = resultsMatrices(kb, MAY);
  assert.deepEqual(sabotage!.columns.map((c) => c.label), ['no instruction to allow shutdown', 'told to allow shutdown']);
  const o3 = sabotage!.rows.find((row) => row.modelId === 'o3')!;
  assert.deepEqual(o3.cells.map((cell) => cell.map((c) => c.printed)), [['79/100'], ['7/100']]);
  const codex = sabotage!.rows.find((row) => row.modelId === 'codex-mini')!;
  assert.deepEqual(codex.cells[0], [], 'codex-mini has no recorded rate without the instruction');
});

test('every figure of every finding with a matrix sits in exactly one cell, with its own number and confidence', () => {
  for (const [id, finding] of kb.findings) {
    const matrices = resultsMatrices(kb, id);
    if (matrices.length === 0) {
      assert.ok(new Set(finding.figures.map((f) => f.model)).size <= 1 && new Set(finding.figures.map((f) => f.condition)).size <= 1, id);
      continue;
    }
    const cells = matrices.flatMap((m) => m.rows.flatMap((row) => row.cells.flat().map((cell) => ({ ...cell, model: row.modelId, measure: m.measure }))));
    assert.equal(cells.length, finding.figures.length, id);
    for (const figure of finding.figures) {
      const cell = cells.filter((c) => c.figureId === figure.id);
      assert.equal(cell.length, 1, `${id} ${figure.id}`);
      assert.equal(cell[0]!.printed, formatPrinted(figure));
      assert.equal(cell[0]!.confidence, figure.confidence);
      assert.equal(cell[0]!.model, figure.model);
      assert.equal(cell[0]!.measure, figure.measure);
    }
  }
});

test('a cell the source gives two readings of shows both', () => {
  const [matrix] = resultsMatrices(kb, PAPER);
  const column = matrix!.columns.findIndex((c) => c.label.startsWith('Prompt E'));
  const gpt5 = matrix!.rows.find((row) => row.modelId === 'gpt-5')!;
  assert.deepEqual(gpt5.cells[column]!.map((c) => c.figureId), ['gpt-5-prompt-e', 'gpt-5-prompt-e-results-sheet']);
  const chart = findingRateCharts(kb, PAPER).find((c) => c.title.startsWith('Prompt E'))!;
  assert.deepEqual(chart.rows.filter((r) => r.label.startsWith('GPT-5')).map((r) => r.label), ['GPT-5 (reading 1)', 'GPT-5 (reading 2)']);
});

function assertDrawnFromRecords(chart: RateChart) {
  for (const row of chart.rows) {
    const figure = kb.figure(row.findingId, row.cell.figureId)!;
    assert.equal(row.percent, exactPercent(figure), `${chart.slug} ${row.cell.figureId}`);
    assert.equal(row.cell.confidence, figure.confidence);
    assert.deepEqual(row.ci, figure.ci ? { low: figure.ci.low, high: figure.ci.high } : undefined);
  }
  const spec = rateChartSpec(chart) as { data: { values: { percent: number; ciLow: number | null; confidence: string }[] } };
  assert.deepEqual(spec.data.values.map((v) => [v.percent, v.ciLow, v.confidence]), chart.rows.map((r) => [r.percent, r.ci?.low ?? null, r.cell.confidence]));
}

test('finding charts draw only rates, each the record\'s value, and counts without a total never', () => {
  const charts = findingRateCharts(kb, MAY);
  assert.deepEqual(charts.map((c) => c.title), ['no instruction to allow shutdown', 'told to allow shutdown']);
  for (const chart of [...charts, ...findingRateCharts(kb, PAPER)]) assertDrawnFromRecords(chart);
  assert.ok(!charts.some((c) => c.rows.some((r) => r.cell.figureId === 'o3-intercepted')), 'one run out of an unreported total is not a rate');
  assert.ok(findingRateCharts(kb, PAPER).some((c) => c.rows.some((r) => r.ci)), 'the paper prints intervals');
});

test('a figure the source gives only as a bound ("<20%") is in the matrix but on no chart', () => {
  const bounded = [...kb.findings].flatMap(([id, finding]) => finding.figures.filter((figure) => figure.bound).map((figure) => [id, figure] as const));
  assert.ok(bounded.some(([, figure]) => figure.id === 'o1-confesses'), 'the records hold bounded figures');
  for (const [findingId, figure] of bounded) {
    const drawn = findingRateCharts(kb, findingId).flatMap((chart) => chart.rows).filter((row) => row.cell.figureId === figure.id);
    assert.deepEqual(drawn, [], `${findingId}/${figure.id}`);
    if (figure.model) assert.ok(!modelRateCharts(kb, figure.model).some((chart) => chart.rows.some((row) => row.cell.figureId === figure.id)));
  }
});

test('the o3 model page draws every o3 rate across findings, grouped by finding and labelled by condition', () => {
  const charts = modelRateCharts(kb, 'o3');
  for (const chart of charts) assertDrawnFromRecords(chart);
  const drawn = charts.flatMap((c) => c.rows.map((r) => `${c.findingId}/${r.cell.figureId}`)).toSorted();
  const rates = [...kb.findings].flatMap(([id, f]) => f.figures.filter((x) => x.model === 'o3' && x.amount === undefined && exactPercent(x) !== undefined).map((x) => `${id}/${x.id}`)).toSorted();
  assert.deepEqual(drawn, rates);
  const may = charts.find((c) => c.findingId === MAY)!;
  assert.deepEqual(may.rows.map((r) => `${r.label}: ${r.cell.printed}`), ['no instruction to allow shutdown: 79/100', 'told to allow shutdown: 7/100']);
});

test('rates sit on a zero-based 0–100 axis and each confidence is drawn differently', () => {
  const chart = findingRateCharts(kb, MAY)[0]!;
  const spec = rateChartSpec(chart) as any;
  const bars = spec.layer[0];
  assert.deepEqual(bars.encoding.x.scale.domain, [0, 100]);
  assert.equal(bars.encoding.x.scale.zero, true);
  const drawings = bars.encoding.fillOpacity.scale.domain.map((_: string, i: number) =>
    JSON.stringify([bars.encoding.fillOpacity.scale.range[i], bars.encoding.strokeDash.scale.range[i]]));
  assert.equal(new Set(drawings).size, 4, 'confirmed, secondary, chart-only and unconfirmed each look different');
  assert.equal(bars.encoding.fillOpacity.scale.range[0], 1);
  assert.match(chart.description, /not verified/i, 'the unconfirmed o4-mini value is named in the description');
});

test('a hostile string in a record becomes escaped text in the SVG, never markup', async () => {
  const hostile = '<script> </script> <b>x</b> " onload="x';
  const chart = findingRateCharts(kb, MAY)[0]!;
  const spec = rateChartSpec({ ...chart, rows: chart.rows.map((row) => ({ ...row, label: `${hostile} ${row.label}` })) });
  const svg = await renderChartSvg(spec);
  const tags = [...svg.matchAll(/<[^>]*>/g)].map((m) => m[0]);
  assert.deepEqual(tags.filter((tag) => /script|onload|style=/i.test(tag)), []);
  assert.match(svg, /&lt;script&gt;/);
  assert.match(svg, /&lt;\/script&gt;/);
  assert.match(svg, /&lt;b&gt;x&lt;\/b&gt;/);
});

test('the SVG guard refuses styles, handlers, links and foreign elements', () => {
  assert.throws(() => assertPlainSvg('<svg><g style="fill:red"></g></svg>'), /style/);
  assert.throws(() => assertPlainSvg('<svg onload="x()"></svg>'), /onload/);
  assert.throws(() => assertPlainSvg('<svg><a href="https://example.org"></a></svg>'), /<a>/);
  assert.throws(() => assertPlainSvg('<svg><foreignObject></foreignObject></svg>'), /foreignObject/);
  assert.equal(assertPlainSvg('<svg width="1"><text x="0">a &lt; b</text></svg>'), '<svg width="1"><text x="0">a &lt; b</text></svg>');
});

test('a model-page row without a condition label is named by the opening of its condition, never by the figure id', () => {
  const rows = modelRateCharts(kb, 'o3').flatMap((chart) => chart.rows);
  const ids = new Set([...kb.findings.values()].flatMap((finding) => finding.figures.map((figure) => figure.id)));
  const idLabels = rows.filter((row) => ids.has(row.label.replace(/ \(reading \d+\)$/, '')));
  assert.deepEqual(idLabels.map((row) => row.label), []);
  assert.equal(conditionOpening('RE-Bench task "Optimize a Kernel". An earlier version of o3.'), 'RE-Bench task "Optimize a Kernel"');
  assert.equal(conditionOpening('All task attempts by pre-release o3 checkpoints across HCAST and RE-Bench. Counted per attempt.'), 'All task attempts by pre-release…');
  assert.ok(conditionOpening('x '.repeat(100)).length <= 36);
});

test('row labels wrap at spaces into short lines', () => {
  assert.deepEqual(wrapLabel('Prompt E: system, even if unfinished'), ['Prompt E: system, even', 'if unfinished']);
  assert.deepEqual(wrapLabel('OpenAI o3'), ['OpenAI o3']);
});

/** An SVG with each axis's labels in a fixed order: their document order does not change the picture. */
const axisLabelsSorted = (svg: string) =>
  svg.replace(/(<g class="mark-text role-axis-label"[^>]*>)((?:<text[^>]*>.*?<\/text>)+)(?=<\/g>)/g, (_, open: string, texts: string) => open + texts.match(/<text[^>]*>.*?<\/text>/g)!.sort().join(''));

test('charts drawn by a shared view draw exactly what their own published spec draws in a fresh one', async () => {
  const { parse, View } = await import('vega');
  const { compile } = await import('vega-lite');
  // Many charts of one shape through the shared views first, in an order that reverses and reshuffles rows between charts.
  const synthetic = buildKnowledgeBase(generateCorpus(200).records);
  const pageCharts = (base: typeof kb) => [...base.findings.keys()].flatMap((id) => findingRateCharts(base, id)).concat([...base.models.keys()].flatMap((id) => modelRateCharts(base, id)));
  const charts = [...pageCharts(synthetic), ...pageCharts(kb)];
  const shared = await Promise.all(charts.map((chart) => renderChartSvg(rateChartSpec(chart))));
  for (const [i, chart] of charts.entries()) {
    const view = new View(parse(compile(rateChartSpec(chart)).spec), { renderer: 'none' });
    const direct = withoutNoise(await view.toSVG());
    view.finalize();
    assert.equal(axisLabelsSorted(shared[i]!.replace('<svg aria-hidden="true" focusable="false" ', '<svg ')), axisLabelsSorted(direct), chart.slug);
  }
});

test('the drawn SVG fills a confirmed bar, lightens a quoted one and leaves chart-only and unverified bars empty', async () => {
  const expected = { confirmed: '1', secondary: '0.25', 'chart-only': '0', unconfirmed: '0' };
  const charts = [...findingRateCharts(kb, MAY), ...findingRateCharts(kb, 'agentic-misalignment-2025'), ...findingRateCharts(kb, PAPER)];
  const seen = new Set<string>();
  for (const chart of charts) {
    const svg = await renderChartSvg(rateChartSpec(chart));
    const marks = svg.slice(svg.indexOf('layer_0_marks'), svg.indexOf('layer_1_marks'));
    const opacities = [...marks.matchAll(/fill-opacity="([\d.]+)"/g)].map((m) => m[1]);
    assert.deepEqual(opacities, chart.rows.map((row) => expected[row.cell.confidence]), chart.slug);
    chart.rows.forEach((row) => seen.add(row.cell.confidence));
  }
  assert.deepEqual([...seen].toSorted(), ['chart-only', 'confirmed', 'secondary', 'unconfirmed']);
});

test("a model page's charts follow their sources' dates in the one date order, undated last", () => {
  const published = (findingId: string) => kb.sources.get(kb.findings.get(findingId)!.source)!.published;
  let pairs = 0;
  for (const modelId of kb.models.keys()) {
    const dates = modelRateCharts(kb, modelId).map((chart) => published(chart.findingId));
    for (let i = 1; i < dates.length; i++, pairs++) assert.ok(oldestFirst(dates[i - 1], dates[i]) <= 0, `${modelId}: ${dates[i - 1]} before ${dates[i]}`);
  }
  assert.ok(pairs > 20, `${pairs} neighbouring charts compared`);
  // SnitchBench's source is dated only "2025-05": it holds the card's 22 May 2025, so it comes after it.
  const opus = modelRateCharts(kb, 'claude-opus-4').map((chart) => chart.findingId);
  assert.ok(opus.includes('claude-opus-4-system-card-blackmail') && opus.indexOf('snitchbench-2025') > opus.indexOf('claude-opus-4-system-card-blackmail'));
});
