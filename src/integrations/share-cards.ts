/**
 * Publishes the share card images (src/lib/outputs/share-card-*.ts): drawing starts in worker threads
 * when the build starts, from the records the content gate checked, and the cards are copied into the
 * output folder when the pages are done. Cards whose words did not change come from the cache
 * (node_modules/.cache/claimtrail-cards/, or CLAIMTRAIL_CARD_CACHE). The dev server draws a card when
 * it is asked for.
 *
 * CLAIMTRAIL_SHARE_CARDS=off builds without them, for measuring what they cost (bench/cards.ts).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordMaps } from '../lib/records/content-set.ts';
import { buildKnowledgeBase } from '../lib/records/knowledge-base.ts';
import { drawShareCards, shareCardAt, shareCardJobs, type DrawnCard } from '../lib/outputs/share-card-batch.ts';
import { renderShareCard } from '../lib/outputs/share-card-png.ts';
import { CARD_CACHE_DAYS, pruneShareCardCache } from '../lib/outputs/share-card-cache.ts';
import { checkedContent } from '../site/checked-content.ts';

export function shareCards(env: Record<string, string | undefined> = process.env): AstroIntegration {
  let projectRoot = process.cwd();
  let location = { site: '', base: '/' };
  let drawing: Promise<DrawnCard[]> | undefined;
  let cache = '';
  let drawingTime = 0;
  const off = env['CLAIMTRAIL_SHARE_CARDS'] === 'off';
  // The records the content gate checked; in dev, as of the last edit.
  const checkedKnowledgeBase = () => buildKnowledgeBase(recordMaps(checkedContent(projectRoot).content));
  return {
    name: 'claimtrail:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        location = { site: config.site ?? '', base: config.base };
      },
      'astro:server:setup': ({ server }) => {
        if (off) return;
        // `astro dev` has no build to copy cards from: it draws the card a page links to when it is asked for.
        server.middlewares.use((request, response, next) => {
          const { pathname } = new URL(request.url ?? '/', 'http://localhost');
          const card = pathname.endsWith('.png') ? shareCardAt(checkedKnowledgeBase(), location, pathname) : undefined;
          if (!card) return next();
          response.setHeader('Content-Type', 'image/png');
          response.setHeader('Cache-Control', 'no-store');
          response.end(renderShareCard(card));
        });
      },
      'astro:build:start': () => {
        if (off) return;
        const started = performance.now();
        cache = resolve(projectRoot, env['CLAIMTRAIL_CARD_CACHE'] || 'node_modules/.cache/claimtrail-cards');
        drawing = drawShareCards(shareCardJobs(checkedKnowledgeBase(), location), cache);
        // A failure is reported where the build waits for the cards, not as an unhandled rejection before.
        drawing.then(() => (drawingTime = performance.now() - started)).catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) return;
        const waitFrom = performance.now();
        const cards = await drawing;
        const out = fileURLToPath(dir);
        for (const { path, file } of cards) {
          const target = join(out, path);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(file, target);
        }
        const drawn = cards.filter((card) => card.drawn).length;
        const pruned = pruneShareCardCache(cache);
        const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        logger.info(
          `${cards.length} share cards (${drawn} drawn, ${cards.length - drawn} from the cache) in ${seconds(drawingTime)} beside the pages; ` +
            `the build waited ${seconds(performance.now() - waitFrom)} for them.` +
            (pruned ? ` ${pruned} cards no build used for ${CARD_CACHE_DAYS} days were removed from the cache.` : ''),
        );
      },
    },
  };
}
