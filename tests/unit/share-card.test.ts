/** Share cards: their words come from the record, reach satori only as text, and make a PNG within budget. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import satori from 'satori';
import { checkContent } from '../../src/lib/check/check.ts';
import { recordMaps } from '../../src/lib/records/content-set.ts';
import { buildKnowledgeBase } from '../../src/lib/records/knowledge-base.ts';
import { indexedPng } from '../../src/lib/outputs/png-indexed.ts';
import { cachedShareCard } from '../../src/lib/outputs/share-card-cache.ts';
import { CARD_HEIGHT, CARD_WIDTH, shareCardLayout, VERDICT_COLOURS, type CardNode } from '../../src/lib/outputs/share-card-layout.ts';
import { cardFonts, renderShareCard } from '../../src/lib/outputs/share-card-png.ts';
import { claimCard } from '../../src/lib/views/claim-card.ts';
import { CARD_FIGURES, claimShareCard, shareCardAlt, SHORT_CLAIM, siteShareCard, type ClaimShareCard, type ShareCard } from '../../src/lib/views/share-card.ts';
import { VERDICT_ORDER } from '../../src/lib/views/verdicts.ts';
import { pngHeader } from '../helpers/png.ts';
import { fixtureKnowledgeBase } from '../helpers/knowledge-base.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const LOCATION = { site: 'https://example.org', base: '/' };
const BUDGET = 80 * 1024;

/** Every string the layout hands satori, in order: what the card can show. */
function texts(node: CardNode): string[] {
  const children = node.props.children;
  if (typeof children === 'string') return [children];
  return (children ?? []).flatMap(texts);
}

/** The shapes that ever reach satori: boxes of type div, with string or box children, nothing else. */
function assertOnlyBoxes(node: CardNode): void {
  assert.deepEqual(Object.keys(node).sort(), ['props', 'type']);
  assert.equal(node.type, 'div');
  assert.deepEqual(Object.keys(node.props).filter((key) => key !== 'style' && key !== 'children'), []);
  if (Array.isArray(node.props.children)) node.props.children.forEach(assertOnlyBoxes);
}

/** Boxes satori placed outside the card's margins (48 px top and bottom, 64 px right), as "text: where". */
async function overflowing(card: ShareCard): Promise<string[]> {
  const boxes: { left: number; top: number; width: number; height: number; textContent?: string }[] = [];
  await satori(shareCardLayout(card), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: cardFonts(), onNodeDetected: (node) => boxes.push(node) });
  return boxes
    .filter((box) => box.textContent && (box.left + box.width > CARD_WIDTH - 64 || box.top + box.height > CARD_HEIGHT - 48))
    .map((box) => `${box.textContent!.slice(0, 40)}: ${box.left}+${box.width} × ${box.top}+${box.height}`);
}

function realCards(): ClaimShareCard[] {
  const result = checkContent({ projectRoot: ROOT });
  const kb = buildKnowledgeBase(recordMaps(result.content));
  return [...kb.claims.keys()].map((id) => claimShareCard(claimCard(kb, id, LOCATION)));
}

test("every real claim's card carries its verdict and, for each figure shown, the figure as circulated and as measured", () => {
  const result = checkContent({ projectRoot: ROOT });
  const kb = buildKnowledgeBase(recordMaps(result.content));
  assert.ok(kb.claims.size > 20);
  for (const [id, claim] of kb.claims) {
    const card = claimShareCard(claimCard(kb, id, LOCATION));
    const shown = texts(shareCardLayout(card));
    assert.ok(shown.includes(card.verdictLabel), `${id}: verdict`);
    assert.ok(shown.includes(`“${claim.claim}”`), `${id}: the claim as circulated`);
    assert.ok(shown.includes('Claimtrail'), `${id}: the site name`);
    assert.equal(card.figures.length + card.moreFigures, claim.statedFigures.length, id);
    for (const figure of card.figures) {
      assert.ok(shown.includes(figure.stated), `${id}: ${figure.stated} as circulated`);
      assert.ok(shown.includes(figure.measured), `${id}: ${figure.measured} as measured`);
      assert.ok(shown.includes(figure.condition), `${id}: the condition of ${figure.measured}`);
    }
    if (claim.statedFigures.length === 0) assert.ok(shown.includes(claim.bottomLine), `${id}: the bottom line in place of figures`);
  }
});

test('a card shows the first figures the record states, two under a short claim and one under a long one, and counts the rest', () => {
  const record = claimCard(fixtureKnowledgeBase(), 'model-a-sabotage', LOCATION);
  const card = claimShareCard(record);
  assert.deepEqual(card.figures, [{ stated: '79/100 tries', measured: '79/100 (79%), Model A', condition: 'No instruction to allow shutdown.' }]);
  assert.equal(card.bottomLine, undefined);
  const shown = claimShareCard({ ...record, figures: Array.from({ length: 4 }, () => record.figures[0]!) });
  assert.equal(shown.figures.length, CARD_FIGURES);
  assert.equal(shown.moreFigures, 4 - CARD_FIGURES);
  assert.ok(texts(shareCardLayout(shown)).includes('+ 2 more figures on the page'));
  // A claim too long for two lines keeps its room, and the card one figure.
  const long = claimShareCard({ ...record, claim: 'word '.repeat(SHORT_CLAIM / 5 + 1), figures: Array.from({ length: 4 }, () => record.figures[0]!) });
  assert.deepEqual([long.figures.length, long.moreFigures], [1, 3]);
});

test('the alt text says the verdict, the claim and the figures in words', () => {
  const alt = shareCardAlt(claimShareCard(claimCard(fixtureKnowledgeBase(), 'model-a-sabotage', LOCATION)));
  assert.equal(alt, 'Claimtrail verdict: Missing context. Claim: “In 79/100 tries, Model A edited the script so the kill-switch failed.” As circulated: 79/100 tries; as measured: 79/100 (79%), Model A (No instruction to allow shutdown.)');
  assert.match(shareCardAlt(siteShareCard()), /^Claimtrail: /);
});

test("the card's verdict colours are the site stylesheet's", () => {
  const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
  for (const verdict of VERDICT_ORDER) {
    assert.equal(VERDICT_COLOURS[verdict], css.match(new RegExp(`--${verdict}: (#[0-9a-f]{6});`))?.[1], verdict);
  }
});

const HOSTILE = [
  '<script>alert(1)</script><img src=x onerror="alert(2)"> &amp; &lt;b&gt; {{ x }} ${y}',
  'A'.repeat(400),
  'Emoji 🧵🤖, CJK 安全、可靠、可控, Arabic مرحبا, combining e\u0301, zero-width \u200b\u200d, bidi \u202e reversed \u202c, control \u0007.',
  '→ ≈ ≥ ± × — “quotes” ‘single’ … § Ω Ж',
];

test('hostile record strings reach satori as text only and still make a 1200×630 PNG within budget', async () => {
  const base = claimShareCard(claimCard(fixtureKnowledgeBase(), 'model-a-sabotage', LOCATION));
  for (const [i, value] of HOSTILE.entries()) {
    const card: ClaimShareCard = {
      ...base,
      claim: value,
      figures: [{ stated: value, measured: value, condition: value }, base.figures[0]!],
      moreFigures: 3,
      verdict: VERDICT_ORDER[i % VERDICT_ORDER.length]!,
    };
    const layout = shareCardLayout(card);
    assertOnlyBoxes(layout);
    assert.ok(texts(layout).includes(`“${value}”`));
    const png = await renderShareCard(card);
    assert.deepEqual(pngHeader(png), { width: CARD_WIDTH, height: CARD_HEIGHT }, value);
    assert.ok(png.length <= BUDGET, `${png.length} bytes for ${value.slice(0, 20)}`);
  }
});

test('the real cards and the site card are 1200×630 PNGs within 80 kB', async () => {
  // Three of each kind of layout is enough here; the build test checks every published card.
  const cards = realCards();
  const sample = [
    ...cards.filter((card) => card.figures.length === 0).slice(0, 3),
    ...cards.filter((card) => card.figures.length === 1).slice(0, 3),
    ...cards.filter((card) => card.moreFigures > 0).slice(0, 3),
  ];
  for (const card of [siteShareCard(), ...sample]) {
    const png = await renderShareCard(card);
    assert.deepEqual(pngHeader(png), { width: CARD_WIDTH, height: CARD_HEIGHT });
    assert.ok(png.length <= BUDGET, `${png.length} bytes`);
  }
});

test('nothing on any card runs past its margins: every real card, the site card and the longest texts a card allows', async () => {
  const base = claimShareCard(claimCard(fixtureKnowledgeBase(), 'model-a-sabotage', LOCATION));
  const longFigure = { stated: 'attempted to cheat in 11 of its 74 games (stated twice as long)', measured: '973/1000 (97.3%), a model with a long name, not named by the source', condition: 'x '.repeat(200) };
  const longest: ClaimShareCard[] = [
    { ...base, claim: 'W'.repeat(SHORT_CLAIM), figures: [longFigure, longFigure], moreFigures: 9 },
    { ...base, claim: 'Wide words '.repeat(40), figures: [longFigure], moreFigures: 9 },
    { ...base, claim: 'W'.repeat(400), figures: [], bottomLine: 'W '.repeat(400) },
    ...HOSTILE.map((value) => ({ ...base, claim: value, figures: [{ stated: value, measured: value, condition: value }], moreFigures: 1 })),
  ];
  for (const card of [siteShareCard(), ...realCards(), ...longest]) assert.deepEqual(await overflowing(card), [], card.kind === 'claim' ? card.claim : 'site card');
});

test('the palette PNG holds every pixel exactly, and declines a picture of more than 256 colours', () => {
  const width = 7;
  const height = 5;
  const rgba = new Uint8Array(width * height * 4).map((_, i) => (i % 4 === 3 ? (i % 8 === 3 ? 255 : 128) : (i * 37) % 5 * 60));
  const png = indexedPng(rgba, width, height)!;
  assert.deepEqual(pngHeader(png), { width, height });
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.set(png.toString('latin1', at + 4, at + 8), png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const [palette, alpha, rows] = [chunks.get('PLTE')!, chunks.get('tRNS')!, inflateSync(chunks.get('IDAT')!)];
  const decoded = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    assert.equal(rows[y * (width + 1)], 0, 'filter byte');
    for (let x = 0; x < width; x++) {
      const index = rows[y * (width + 1) + 1 + x]!;
      decoded.set([...palette.subarray(index * 3, index * 3 + 3), alpha[index]!], (y * width + x) * 4);
    }
  }
  assert.deepEqual(decoded, rgba);
  const colourful = new Uint8Array(300 * 4).map((_, i) => (i % 4 === 0 ? i / 4 : i % 4 === 3 ? 255 : (i >> 10) & 255));
  assert.equal(indexedPng(colourful, 300, 1), undefined);
});

test('a card drawn once is reused from the cache, and a card whose words change is drawn anew', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimtrail-cards-'));
  try {
    const card = claimShareCard(claimCard(fixtureKnowledgeBase(), 'model-a-sabotage', LOCATION));
    const first = await cachedShareCard(card, folder);
    assert.equal(first.drawn, true);
    assert.deepEqual(await cachedShareCard(card, folder), { file: first.file, drawn: false });
    const changed = await cachedShareCard({ ...card, verdictLabel: 'False' }, folder);
    assert.equal(changed.drawn, true);
    assert.notEqual(changed.file, first.file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
