/** A worker thread of drawShareCards(): draws (or finds in the cache) the cards it is handed and reports where each is. */
import { parentPort, workerData } from 'node:worker_threads';
import { cachedShareCard } from './share-card-cache.ts';
import type { CardJob, DrawnCard } from './share-card-batch.ts';

/**
 * Cards between two turns of the event loop. The pixels of a card are Node-API buffers whose memory
 * is freed by finalizers that run on the event loop: a loop that never yields kept every card's
 * 6 MB until the last card (14 GB and growing at 4,000 claims).
 */
const CARDS_PER_TURN = 16;

const { jobs, folder } = workerData as { jobs: CardJob[]; folder: string };
const drawn: DrawnCard[] = [];
for (const [i, { path, card }] of jobs.entries()) {
  if (i > 0 && i % CARDS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  try {
    drawn.push({ path, ...cachedShareCard(card, folder) });
  } catch (error) {
    throw new Error(`The share card ${path} could not be drawn: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
parentPort!.postMessage(drawn);
