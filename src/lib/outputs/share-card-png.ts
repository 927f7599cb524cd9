/**
 * Share card images: the layout (share-card-layout.ts) drawn by satori into SVG, rasterised by
 * resvg into a 1200×630 PNG, written with a palette (png-indexed.ts).
 *
 * Why these: both are MPL-2.0 and run in-process with no network and no browser. Measured on the
 * development machine (CPU time per card of this kind): satori + resvg about 35 ms, astro-og-canvas
 * (CanvasKit) about 70 ms; astro-og-canvas also lays out only a title and a description (no verdict
 * badge, no figures side by side), decodes HTML entities in its text, fetches its default font over
 * the network and installs 25 MB of CanvasKit against about 12 MB for satori, its layout engine and
 * resvg's Linux binding (their npm packages, not counting satori's 4 duplicate builds).
 *
 * Fonts ship with npm packages (SIL OFL 1.1): Inter for the text, DejaVu Sans behind it for the
 * symbols Inter's Latin subsets lack (→, ≈, Greek, Cyrillic); satori takes each character from the
 * first font that has it. resvg loads no system font, so a card is the same on every machine.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { ShareCard } from '../views/share-card.ts';
import { indexedPng } from './png-indexed.ts';
import { CARD_HEIGHT, CARD_WIDTH, shareCardLayout } from './share-card-layout.ts';

const require = createRequire(import.meta.url);

/** The font files, in the order satori falls back through them. */
export const CARD_FONT_FILES = [
  ['Inter', 400, '@fontsource/inter/files/inter-latin-400-normal.woff'],
  ['Inter', 700, '@fontsource/inter/files/inter-latin-700-normal.woff'],
  ['Inter', 400, '@fontsource/inter/files/inter-latin-ext-400-normal.woff'],
  ['Inter', 700, '@fontsource/inter/files/inter-latin-ext-700-normal.woff'],
  ['DejaVu Sans', 400, '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff'],
  ['DejaVu Sans', 700, '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff'],
] as const;

type Fonts = Parameters<typeof satori>[1]['fonts'];
let fonts: Fonts | undefined;

/** Read once per process: satori keeps its parsed fonts for the same array. */
export function cardFonts(): Fonts {
  fonts ??= CARD_FONT_FILES.map(([name, weight, file]) => ({ name, weight, style: 'normal' as const, data: readFileSync(require.resolve(file)) }));
  return fonts;
}

export async function shareCardSvg(card: ShareCard): Promise<string> {
  return satori(shareCardLayout(card), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: cardFonts() });
}

export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const image = new Resvg(await shareCardSvg(card), { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return indexedPng(image.pixels, image.width, image.height) ?? image.asPng();
}
