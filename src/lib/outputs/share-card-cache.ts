/**
 * Share cards kept between builds, each under a hash of everything that decides its pixels: the card's
 * words, the code that lays out and draws it, the renderer's versions and the font files. A rebuild
 * copies the cards whose words did not change instead of drawing them again (a card costs about
 * 15 milliseconds; a copy, well under one). The folder is a cache: deleting it only costs time.
 * A card a build uses is touched, and cards no build has used for CARD_CACHE_DAYS are removed, so a
 * cache kept between deploys holds about one build's cards, not every card ever drawn.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ShareCard } from '../views/share-card.ts';
import { cardFonts, renderShareCard } from './share-card-png.ts';

const require = createRequire(import.meta.url);

/** The modules whose code decides how a card looks; a change to any of them draws every card anew. */
const DRAWING_CODE = ['./share-card-layout.ts', './share-card-png.ts', './png-palette.ts', '../words.ts'];

let design: string | undefined;

function designKey(): string {
  if (design) return design;
  const hash = createHash('sha256');
  for (const module of DRAWING_CODE) hash.update(readFileSync(new URL(module, import.meta.url)));
  hash.update(`@napi-rs/canvas@${(require('@napi-rs/canvas/package.json') as { version: string }).version}`);
  for (const font of cardFonts()) hash.update(font);
  design = hash.digest('hex');
  return design;
}

export function shareCardKey(card: ShareCard): string {
  return createHash('sha256').update(designKey()).update(JSON.stringify(card)).digest('hex').slice(0, 32);
}

export interface CachedCard {
  file: string;
  /** False when an earlier build had drawn it already. */
  drawn: boolean;
}

/** The card's PNG in the cache folder, drawn first if no build has drawn it yet. */
export function cachedShareCard(card: ShareCard, folder: string): CachedCard {
  const file = join(folder, `${shareCardKey(card)}.png`);
  if (existsSync(file)) {
    const now = new Date();
    utimesSync(file, now, now);
    return { file, drawn: false };
  }
  const png = renderShareCard(card);
  mkdirSync(folder, { recursive: true });
  // Written whole under another name first: a build stopped halfway never leaves half a card to reuse.
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return { file, drawn: true };
}

export const CARD_CACHE_DAYS = 30;

/** Removes the cards no build has used for `days` days; returns how many. */
export function pruneShareCardCache(folder: string, now = Date.now(), days = CARD_CACHE_DAYS): number {
  if (!existsSync(folder)) return 0;
  const stale = readdirSync(folder)
    .map((name) => join(folder, name))
    .filter((file) => now - statSync(file).mtimeMs > days * 86_400_000);
  for (const file of stale) rmSync(file, { force: true });
  return stale.length;
}
