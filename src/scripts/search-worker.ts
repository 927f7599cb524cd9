/**
 * Opens the index, fetches the files each query needs and answers queries off the main thread, so
 * parsing index files or a slow query never blocks typing.
 */
import { openSearchEngine, type SearchEngine } from '../lib/search/engine.ts';
import type { FromWorker, ToWorker } from './search-protocol.ts';

let engine: Promise<SearchEngine> | undefined;
const reply = (message: FromWorker) => postMessage(message);
const failure = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Index files are read relative to the manifest's URL. */
function loader(manifestUrl: string) {
  return async (path: string): Promise<unknown> => {
    const response = await fetch(new URL(path, new URL(manifestUrl, location.href))).catch(() => {
      throw new Error('The search index could not be loaded; check the connection.');
    });
    if (!response.ok) throw new Error(`The search index could not be loaded (${response.status}); reload the page.`);
    return response.json();
  };
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'load') {
    engine ??= openSearchEngine(loader(message.url));
    engine.then(
      (ready) => reply({ kind: 'ready', records: ready.size }),
      (error: unknown) => {
        engine = undefined;
        reply({ kind: 'failed', message: failure(error) });
      },
    );
    return;
  }
  void engine?.then(async (ready) => {
    const start = performance.now();
    try {
      const results = await ready.search(message.query, message.facets);
      reply({ kind: 'results', id: message.id, results, took: performance.now() - start });
    } catch (error) {
      reply({ kind: 'failed', message: failure(error) });
    }
  });
});
