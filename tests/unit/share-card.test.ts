/** Share cards: their words come from the record, are painted only as text, fit the card, and make a PNG within budget. */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { checkContent } from '../../src/lib/check/check.ts';
import { recordMaps } from '../../src/lib/records/content-set.ts';
import { buildKnowledgeBase } from '../../src/lib/records/knowledge-base.ts';
import { palettePng } from '../../src/lib/outputs/png-palette.ts';
import { cachedShareCard, pruneShareCardCache } from '../../src/lib/outputs/share-card-cache.ts';
import { CARD_HEIGHT, CARD_WIDTH, MARGIN, shareCardLayout, VERDICT_COLOURS, wrap, type DrawOp } from '../../src/lib/outputs/share-card-layout.ts';
import { measureText, renderShareCard } from '../../src/lib/outputs/share-card-png.ts';
import { claimCard } from '../../src/lib/views/claim-card.ts';
import { CARD_FIGURES, claimShareCard, shareCardAlt, SHORT_CLAIM, siteShareCard, type ClaimShareCard, type ShareCard } from '../../src/lib/views/share-card.ts';
import { VERDICT_ORDER, VERDICT_SCALE } from '../../src/lib/views/verdicts.ts';
import { CONFIDENCE_LABELS } from '../../src/lib/views/labels.ts';
import { lowerFirst } from '../../src/lib/words.ts';
import { pngHeader } from '../helpers/png.ts';
import { fixtureKnowledgeBase } from '../helpers/knowledge-base.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const LOCATION = { site: 'https://example.org', base: '/' };
const BUDGET = 80 * 1024;

/** The card's text as painted, lines joined by spaces: what the card can show. */
const shownText = (card: ShareCard) =>
  shareCardLayout(card, measureText)
    .flatMap((op) => (op.kind === 'text' ? [op.text] : []))
    .join(' ');
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Text painted outside the card's margins, or across the rule between the claim and the figures,
 * as "text: where" (a line's ink reaches about 0.8 of its size above the baseline and 0.25 below).
 */
function overflowing(card: ShareCard): string[] {
  const ops = shareCardLayout(card, measureText);
  const rule = ops.find((op): op is Extract<DrawOp, { kind: 'rect' }> => op.kind === 'rect' && op.height === 2);
  const out = (op: Extract<DrawOp, { kind: 'text' }>) => {
    const [top, bottom] = [op.y - op.font.size * 0.8, op.y + op.font.size * 0.25];
    // A pixel of slack: the estimate of the ink is rounded up, and a descender may touch its margin.
    if (op.x < MARGIN.left || op.x + op.width > MARGIN.right || top < MARGIN.top - 1 || bottom > MARGIN.bottom + 1) return true;
    return rule !== undefined && top < rule.y + rule.height && bottom > rule.y;
  };
  return ops.flatMap((op) => (op.kind === 'text' && out(op) ? [`${op.text.slice(0, 40)}: x ${op.x}+${op.width.toFixed(0)}, baseline ${op.y.toFixed(0)}`] : []));
}

function realCards(): ClaimShareCard[] {
  const result = checkContent({ projectRoot: ROOT });
  const kb = buildKnowledgeBase(recordMaps(result.content));
  return [...kb.claims.keys()].map((id) => claimShareCard(claimCard(kb, id, LOCATION)));
}

test("every real claim's card carries its verdict and, for each figure shown, the figure as circulated and as measured, uncut", () => {
  const result = checkContent({ projectRoot: ROOT });
  const kb = buildKnowledgeBase(recordMaps(result.content));
  assert.ok(kb.claims.size > 20);
  let provenances = 0;
  for (const [id, claim] of kb.claims) {
    const card = claimShareCard(claimCard(kb, id, LOCATION));
    // The generator's input, then what the layout paints of it.
    assert.equal(card.verdictLabel, VERDICT_SCALE[claim.verdict].label, id);
    assert.equal(card.claim, claim.claim, id);
    assert.equal(card.figures.length + card.moreFigures, claim.statedFigures.length, id);
    const shown = shownText(card);
    assert.ok(shown.includes(card.verdictLabel), `${id}: verdict`);
    assert.ok(shown.startsWith('Claimtrail'), `${id}: the site name`);
    assert.ok(shown.includes(`“${flat(claim.claim).split(' ').slice(0, 5).join(' ')}`), `${id}: the claim as circulated`);
    card.figures.forEach((figure, i) => {
      assert.equal(figure.stated, claim.statedFigures[i]!.text, id);
      assert.ok(shown.includes(flat(figure.stated)), `${id}: ${figure.stated} as circulated`);
      assert.ok(shown.includes(flat(figure.measured)), `${id}: ${figure.measured} as measured`);
      // A number read only in a press report or off a chart says so on the card, in the image and its alt text.
      const figureRecord = kb.figure(claim.statedFigures[i]!.finding, claim.statedFigures[i]!.figure)!;
      assert.equal(figure.provenance, figureRecord.confidence === 'confirmed' ? undefined : CONFIDENCE_LABELS[figureRecord.confidence], id);
      if (figure.provenance) {
        assert.ok(shown.includes(figure.provenance), `${id}: "${figure.provenance}" on the card`);
        // The alt text is cut at a social site's limit: wherever it gives the whole measured value and goes on, what follows is how it was read.
        const [named, alt] = [`as measured: ${figure.measured}`, shareCardAlt(card)];
        const rest = alt.includes(named) ? alt.slice(alt.indexOf(named) + named.length) : '';
        const provenance = `, ${lowerFirst(figure.provenance)}`;
        assert.ok(rest === '' || rest.startsWith(provenance) || (rest.endsWith('…') && provenance.startsWith(rest.slice(0, -1))), `${id}: provenance in the alt text`);
        provenances++;
      }
    });
    if (claim.statedFigures.length === 0) assert.ok(shown.includes(flat(claim.bottomLine).split(' ').slice(0, 5).join(' ')), `${id}: the bottom line in place of figures`);
  }
  assert.ok(provenances > 5, `${provenances} cards say a figure was not read in the primary source`);
});

test('a card shows the first figures the record states, two under a short claim and one under a long one, and counts the rest', () => {
  const record = claimCard(fixtureKnowledgeBase(), 'model-a-sabotage', LOCATION);
  const card = claimShareCard(record);
  assert.deepEqual(card.figures, [{ stated: '79/100 tries', measured: '79/100 (79%), Model A', condition: 'No instruction to allow shutdown.', provenance: undefined }]);
  assert.equal(card.bottomLine, undefined);
  const shown = claimShareCard({ ...record, figures: Array.from({ length: 4 }, () => record.figures[0]!) });
  assert.equal(shown.figures.length, CARD_FIGURES);
  assert.equal(shown.moreFigures, 4 - CARD_FIGURES);
  assert.ok(shownText(shown).includes('+ 2 more figures on the page'));
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

test('hostile record strings are painted as text and still make a 1200×630 PNG within budget', () => {
  const base = claimShareCard(claimCard(fixtureKnowledgeBase(), 'model-a-sabotage', LOCATION));
  for (const [i, value] of HOSTILE.entries()) {
    const card: ClaimShareCard = {
      ...base,
      claim: value,
      figures: [{ stated: value, measured: value, condition: value, provenance: value }, base.figures[0]!],
      moreFigures: 3,
      verdict: VERDICT_ORDER[i % VERDICT_ORDER.length]!,
    };
    assert.ok(shownText(card).startsWith(`Claimtrail VERDICT ${base.verdictLabel} “${flat(value).slice(0, 10)}`), value);
    const png = renderShareCard(card);
    assert.deepEqual(pngHeader(png), { width: CARD_WIDTH, height: CARD_HEIGHT }, value);
    assert.ok(png.length <= BUDGET, `${png.length} bytes for ${value.slice(0, 20)}`);
  }
});

test('the real cards and the site card are 1200×630 PNGs within 80 kB', () => {
  // Three of each kind of layout is enough here; the build test checks every published card.
  const cards = realCards();
  const sample = [
    ...cards.filter((card) => card.figures.length === 0).slice(0, 3),
    ...cards.filter((card) => card.figures.length === 1).slice(0, 3),
    ...cards.filter((card) => card.moreFigures > 0).slice(0, 3),
  ];
  for (const card of [siteShareCard(), ...sample]) {
    const png = renderShareCard(card);
    assert.deepEqual(pngHeader(png), { width: CARD_WIDTH, height: CARD_HEIGHT });
    assert.ok(png.length <= BUDGET, `${png.length} bytes`);
  }
});

test('nothing on any card runs past its margins or across the rule: every real card, the site card and the longest texts a card allows', () => {
  const base = claimShareCard(claimCard(fixtureKnowledgeBase(), 'model-a-sabotage', LOCATION));
  const longFigure = {
    stated: 'attempted to cheat in 11 of its 74 games (stated twice as long)', measured: '973/1000 (97.3%), a model with a long name, not named by the source',
    condition: 'x '.repeat(200), provenance: CONFIDENCE_LABELS.secondary,
  };
  const longest: ClaimShareCard[] = [
    { ...base, claim: 'W'.repeat(SHORT_CLAIM), figures: [longFigure, longFigure], moreFigures: 9 },
    { ...base, claim: 'Wide words '.repeat(40), figures: [longFigure], moreFigures: 9 },
    { ...base, claim: 'W'.repeat(400), figures: [], bottomLine: 'W '.repeat(400) },
    ...HOSTILE.map((value) => ({ ...base, claim: value, figures: [{ stated: value, measured: value, condition: value, provenance: value }], moreFigures: 1 })),
  ];
  for (const card of [siteShareCard(), ...realCards(), ...longest]) assert.deepEqual(overflowing(card), [], card.kind === 'claim' ? card.claim : 'site card');
});

/** The pixels of a palette PNG from this writer (one IDAT, no filters), as RGBA. */
function decodePalettePng(png: Buffer): Uint8Array {
  const { width, height } = pngHeader(png)!;
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) chunks.set(png.toString('latin1', at + 4, at + 8), png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  const [palette, alpha, rows] = [chunks.get('PLTE')!, chunks.get('tRNS'), inflateSync(chunks.get('IDAT')!)];
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    assert.equal(rows[y * (width + 1)], 0, 'filter byte');
    for (let x = 0; x < width; x++) {
      const index = rows[y * (width + 1) + 1 + x]!;
      out.set([...palette.subarray(index * 3, index * 3 + 3), alpha?.[index] ?? 255], (y * width + x) * 4);
    }
  }
  return out;
}

test('the palette PNG keeps every pixel of a picture of up to 256 colours, and gives a rarer colour the nearest kept one', () => {
  const [width, height] = [7, 5];
  const rgba = new Uint8Array(width * height * 4).map((_, i) => (i % 4 === 3 ? (i % 8 === 3 ? 255 : 128) : ((i * 37) % 5) * 60));
  const png = palettePng(rgba, width, height);
  assert.deepEqual(pngHeader(png), { width, height });
  assert.deepEqual(decodePalettePng(png), rgba);
  // 256 grey levels, each twice, and one light red pixel: the red is the rarest and becomes the nearest grey.
  const greys = Array.from({ length: 512 }, (_, i) => [i >> 1, i >> 1, i >> 1, 255]);
  const picture = new Uint8Array([...greys, [250, 200, 200, 255]].flat());
  const decoded = decodePalettePng(palettePng(picture, 513, 1));
  assert.deepEqual(decoded.subarray(0, 2048), picture.subarray(0, 2048));
  assert.deepEqual([...decoded.subarray(2048)], [217, 217, 217, 255]);
});

test('wrapping keeps words whole, breaks only a word too wide for the line, and ends a cut text in an ellipsis', () => {
  // One unit a character: easy to follow by hand.
  const measure = (text: string) => [...text].length;
  const font = { size: 10, weight: 400 } as const;
  assert.deepEqual(wrap('the cat sat on the mat', font, 7, 5, measure), ['the cat', 'sat on', 'the mat']);
  assert.deepEqual(wrap('the cat sat on the mat', font, 7, 2, measure), ['the cat', 'sat on…']);
  assert.deepEqual(wrap('abcdefghij k', font, 4, 5, measure), ['abcd', 'efgh', 'ij k']);
  assert.deepEqual(wrap('  ', font, 4, 2, measure), []);
});

test('a card drawn once is reused from the cache, and a card whose words change is drawn anew', () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimtrail-cards-'));
  try {
    const card = claimShareCard(claimCard(fixtureKnowledgeBase(), 'model-a-sabotage', LOCATION));
    const first = cachedShareCard(card, folder);
    assert.equal(first.drawn, true);
    assert.deepEqual(cachedShareCard(card, folder), { file: first.file, drawn: false });
    const changed = cachedShareCard({ ...card, verdictLabel: 'False' }, folder);
    assert.equal(changed.drawn, true);
    assert.notEqual(changed.file, first.file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a card a build uses is kept in the cache, and cards no build used for 30 days are removed', () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimtrail-cards-'));
  try {
    const kb = fixtureKnowledgeBase();
    const [used, unused] = [claimShareCard(claimCard(kb, 'model-a-sabotage', LOCATION)), siteShareCard()].map((card) => cachedShareCard(card, folder).file);
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    for (const file of [used!, unused!]) utimesSync(file, longAgo, longAgo);
    // A rebuild finds the first card again, which marks it as used now.
    assert.equal(cachedShareCard(claimShareCard(claimCard(kb, 'model-a-sabotage', LOCATION)), folder).drawn, false);
    assert.equal(pruneShareCardCache(folder), 1);
    assert.deepEqual(readdirSync(folder), [basename(used!)]);
    assert.equal(pruneShareCardCache(join(folder, 'missing')), 0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
