/**
 * The search page: results as you type, filters, keyboard navigation, and the query and filters
 * kept in the URL. The index loads in a worker on the first focus of the box (or at once when the
 * page opens with a query).
 */
import { FACET_NAMES, hasFacets, noFacets, paramsFromState, stateFromParams, type Facets, type SearchState } from '../lib/search/facets.ts';
import type { SearchResults } from '../lib/search/engine.ts';
import type { FromWorker, ToWorker } from './search-protocol.ts';
import { renderResults, statusText } from './search-render.ts';

const root = document.querySelector<HTMLElement>('.search-page');
const form = root?.querySelector<HTMLFormElement>('form');
const input = root?.querySelector<HTMLInputElement>('#search-query');
const list = root?.querySelector<HTMLElement>('#search-results');
const status = root?.querySelector<HTMLElement>('#search-status');

if (root && form && input && list && status) {
  let worker: Worker | undefined;
  let ready = false;
  /** The index could not be opened: the next keystroke asks the worker to try again. */
  let loadFailed = false;
  let latest = 0;
  let active = -1;
  /** When each query left for the worker, to measure round trips (read by the benchmark). */
  const sent = new Map<number, number>();
  let firstInputAt: number | undefined;

  const send = (message: ToWorker) => worker?.postMessage(message);

  function state(): SearchState {
    const facets: Facets = noFacets();
    for (const name of FACET_NAMES) {
      facets[name] = [...form!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);
    }
    return { query: input!.value, facets };
  }

  function showState(next: SearchState) {
    input!.value = next.query;
    for (const name of FACET_NAMES) {
      for (const box of form!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) box.checked = next.facets[name].includes(box.value);
    }
    if (hasFacets(next.facets)) form!.querySelector('details')?.setAttribute('open', '');
  }

  function writeUrl(current: SearchState) {
    const params = paramsFromState(current).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  }

  function start() {
    if (worker) return;
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => receive(event.data));
    load();
  }

  function load() {
    status!.textContent = 'Loading the search index…';
    send({ kind: 'load', url: root!.dataset['index'] ?? '' });
  }

  function run() {
    const current = state();
    writeUrl(current);
    if (!ready) {
      if (loadFailed) {
        loadFailed = false;
        load();
      }
      return;
    }
    latest += 1;
    sent.set(latest, performance.now());
    send({ kind: 'search', id: latest, query: current.query, facets: current.facets });
  }

  function receive(message: FromWorker) {
    if (message.kind === 'failed') {
      loadFailed = !ready;
      const claims = document.createElement('a');
      claims.href = root!.dataset['claims'] ?? '';
      claims.textContent = 'Browse the list of claims';
      status!.replaceChildren(`${message.message} `, claims, ' instead.');
      return;
    }
    if (message.kind === 'ready') {
      ready = true;
      status!.textContent = '';
      run();
      return;
    }
    const started = sent.get(message.id);
    sent.delete(message.id);
    // Round trip through the worker, and the engine's own share of it.
    if (started !== undefined) performance.measure('search-query', { start: started, end: performance.now(), detail: message.id });
    performance.measure('search-engine', { start: performance.now() - message.took, duration: message.took });
    if (message.id !== latest) return;
    show(message.results);
  }

  function show(results: SearchResults) {
    const current = state();
    renderResults(list!, results);
    select(-1);
    status!.textContent = statusText(results, current.query, hasFacets(current.facets));
    if (firstInputAt !== undefined && results.hits.length > 0) {
      performance.measure('search-first-result', { start: firstInputAt, end: performance.now() });
      firstInputAt = undefined;
    }
  }

  function select(index: number) {
    const items = [...list!.querySelectorAll<HTMLElement>('[role="option"]')];
    active = items.length === 0 ? -1 : Math.max(-1, Math.min(index, items.length - 1));
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input!.setAttribute('aria-activedescendant', items[active]!.id);
      items[active]!.scrollIntoView({ block: 'nearest' });
    } else {
      input!.removeAttribute('aria-activedescendant');
    }
  }

  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', () => {
    if (firstInputAt === undefined && !performance.getEntriesByName('search-first-result').length) firstInputAt = performance.now();
    start();
    run();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const target = list.querySelector<HTMLAnchorElement>(`[aria-selected="true"] a`);
    if (target) location.assign(target.href);
    else run();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      select(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      list.replaceChildren();
      status.textContent = '';
      select(-1);
      run();
    }
  });
  list.addEventListener('click', (event) => {
    const item = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
    const link = item?.querySelector('a');
    if (item && link && !(event.target instanceof HTMLAnchorElement)) location.assign(link.href);
  });

  const initial = stateFromParams(new URLSearchParams(location.search));
  showState(initial);
  if (initial.query.trim() || hasFacets(initial.facets)) start();
}
