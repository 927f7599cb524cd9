/**
 * Share card images: the layout (share-card-layout.ts) painted with @napi-rs/canvas (Skia, MIT) into
 * a 1200×630 canvas and written as a palette PNG (png-palette.ts).
 *
 * Chosen on measurements of the same three claim cards, run in turn on the development machine
 * (2 cores shared with other work, so the times are inflated alike; CPU time per card):
 * - @napi-rs/canvas (MIT): 27 ms, of which painting is under 1 ms and the rest reading the pixels
 *   back and writing the PNG; one native package of 35 MB for this platform; the text is laid out
 *   by share-card-layout.ts with Skia's own measurements.
 * - satori + @resvg/resvg-js (both MPL-2.0): 46 ms (satori's layout and SVG about a third, resvg's
 *   rasterising a quarter); 33 MB with satori's layout engines. Built into the site at 1k claims it
 *   added 66% to the build's CPU time, where the budget for the whole card step is 15%.
 * - astro-og-canvas (MIT, CanvasKit in WebAssembly): 73 ms for a plainer card in a separate run; 25 MB of CanvasKit;
 *   lays out only a title and a description, decodes HTML entities in them, and fetches its default
 *   font over the network.
 *
 * Fonts ship with npm packages (SIL OFL 1.1): Inter for the text, DejaVu Sans behind it for the
 * characters Inter's Latin subsets lack (→, ≈, Greek, Cyrillic). A character neither has is drawn
 * from whatever font the machine has for it, or as a missing-glyph box.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { ShareCard } from '../views/share-card.ts';
import { palettePng } from './png-palette.ts';
import { BACKGROUND, CARD_HEIGHT, CARD_WIDTH, shareCardLayout, type DrawOp, type Font, type Measure } from './share-card-layout.ts';

const require = createRequire(import.meta.url);

/** The font files, registered under the families the cards ask for. */
export const CARD_FONT_FILES = [
  ['Inter', '@fontsource/inter/files/inter-latin-400-normal.woff'],
  ['Inter', '@fontsource/inter/files/inter-latin-700-normal.woff'],
  ['Inter', '@fontsource/inter/files/inter-latin-ext-400-normal.woff'],
  ['Inter', '@fontsource/inter/files/inter-latin-ext-700-normal.woff'],
  ['DejaVu Sans', '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff'],
  ['DejaVu Sans', '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff'],
] as const;
const FAMILIES = 'Inter, "DejaVu Sans"';

let fontData: Buffer[] | undefined;
let registered = false;

/** The font files' bytes, read once per thread (the cache key hashes them). */
export function cardFonts(): Buffer[] {
  fontData ??= CARD_FONT_FILES.map(([, file]) => readFileSync(require.resolve(file)));
  return fontData;
}

/** Skia learns the fonts the first time a card is measured or painted: a rebuild that finds every card in the cache never pays for it. */
function registerFonts(): void {
  if (registered) return;
  cardFonts().forEach((data, i) => {
    const [family, file] = CARD_FONT_FILES[i]!;
    if (!GlobalFonts.register(data, family)) throw new Error(`The share card font ${file} could not be loaded.`);
  });
  registered = true;
}

function setFont(context: SKRSContext2D, font: Font): void {
  registerFonts();
  context.font = `${font.weight} ${font.size}px ${FAMILIES}`;
  context.letterSpacing = `${font.spacing ?? 0}px`;
}

let measuring: SKRSContext2D | undefined;

/** Text widths as Skia will draw them, from a canvas kept for measuring. */
export const measureText: Measure = (text, font) => {
  measuring ??= createCanvas(1, 1).getContext('2d');
  setFont(measuring, font);
  return measuring.measureText(text).width;
};

function paint(context: SKRSContext2D, op: DrawOp): void {
  context.fillStyle = op.colour;
  if (op.kind === 'text') {
    setFont(context, op.font);
    context.fillText(op.text, op.x, op.y);
  } else if (op.radius) {
    context.beginPath();
    context.roundRect(op.x, op.y, op.width, op.height, op.radius);
    context.fill();
  } else {
    context.fillRect(op.x, op.y, op.width, op.height);
  }
}

/** One canvas per thread, painted over for each card: a new one costs 3 MB of Skia memory that only a finalizer frees. */
let drawing: Canvas | undefined;

export function renderShareCard(card: ShareCard): Buffer {
  const canvas = (drawing ??= createCanvas(CARD_WIDTH, CARD_HEIGHT));
  const context = canvas.getContext('2d');
  // An opaque background: the canvas keeps premultiplied pixels, which are then the straight RGBA a PNG holds.
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  for (const op of shareCardLayout(card, measureText)) paint(context, op);
  return palettePng(canvas.data(), CARD_WIDTH, CARD_HEIGHT);
}
