/**
 * Fetches the index, builds the engine and answers queries off the main thread, so parsing a large
 * index or a slow query never blocks typing.
 */
import { createSearchEngine, type SearchEngine } from '../lib/search/engine.ts';
import type { SearchIndexFile } from '../lib/search/index-file.ts';
import type { FromWorker, ToWorker } from './search-protocol.ts';

let engine: Promise<SearchEngine> | undefined;
const reply = (message: FromWorker) => postMessage(message);

async function load(url: string): Promise<SearchEngine> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The search index could not be loaded (${response.status}).`);
  return createSearchEngine((await response.json()) as SearchIndexFile);
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'load') {
    engine ??= load(message.url);
    engine.then(
      (ready) => reply({ kind: 'ready', records: ready.size }),
      (error: unknown) => reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return;
  }
  void engine?.then((ready) => {
    const start = performance.now();
    const results = ready.search(message.query, message.facets);
    reply({ kind: 'results', id: message.id, results, took: performance.now() - start });
  });
});
