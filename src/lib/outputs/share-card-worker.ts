/** A worker thread of drawShareCards(): draws (or finds in the cache) the cards it is handed and reports where each is. */
import { parentPort, workerData } from 'node:worker_threads';
import { cachedShareCard } from './share-card-cache.ts';
import type { CardJob, DrawnCard } from './share-card-batch.ts';

const { jobs, folder } = workerData as { jobs: CardJob[]; folder: string };
const drawn: DrawnCard[] = [];
for (const { path, card } of jobs) {
  try {
    drawn.push({ path, ...cachedShareCard(card, folder) });
  } catch (error) {
    throw new Error(`The share card ${path} could not be drawn: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
parentPort!.postMessage(drawn);
