/**
 * Drawing every share card of a build off the main thread: worker threads started when the build
 * starts draw the cards while Astro builds the pages, on whatever core it leaves idle, and the build
 * only waits for what is left when its pages are done. (On 2 cores Astro leaves little idle: see
 * bench/README.md for what a first build and a rebuild cost.)
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { route } from '../routes.ts';
import { basePath, type SiteLocation } from '../site/site-url.ts';
import { claimCard } from '../views/claim-card.ts';
import { claimShareCard, siteShareCard, type ShareCard } from '../views/share-card.ts';
import type { CachedCard } from './share-card-cache.ts';

export interface CardJob {
  /** Where the card is published, before BASE: route.claimShareCard(id) or route.siteShareCard. */
  path: string;
  card: ShareCard;
}

export interface DrawnCard extends CachedCard {
  path: string;
}

/** One thread per core beyond the one Astro renders on, and at least one. */
export const drawingThreads = () => Math.max(1, Math.min(4, availableParallelism() - 1));

function drawInWorker(jobs: CardJob[], folder: string): Promise<DrawnCard[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./share-card-worker.ts', import.meta.url), { workerData: { jobs, folder } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`A share card worker stopped with exit code ${code}.`)));
  });
}

/** Every card's PNG in the cache folder, drawn by `threads` workers that share the jobs out. */
export async function drawShareCards(jobs: CardJob[], folder: string, threads = drawingThreads()): Promise<DrawnCard[]> {
  const shares = Array.from({ length: Math.min(threads, jobs.length) }, (_, thread) => jobs.filter((_, i) => i % threads === thread));
  return (await Promise.all(shares.map((share) => drawInWorker(share, folder)))).flat();
}

/** The cards a build publishes: the site's, then one per claim. */
export function shareCardJobs(kb: KnowledgeBase, location: SiteLocation): CardJob[] {
  return [
    { path: route.siteShareCard, card: siteShareCard() },
    ...[...kb.claims.keys()].map((id) => ({ path: route.claimShareCard(id), card: claimShareCard(claimCard(kb, id, location)) })),
  ];
}

/** The card published at `pathname` (BASE included), if any: the dev server draws it on request. */
export function shareCardAt(kb: KnowledgeBase, location: SiteLocation, pathname: string): ShareCard | undefined {
  return shareCardJobs(kb, location).find((job) => basePath(location.base, job.path) === pathname)?.card;
}
