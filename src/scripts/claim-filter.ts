/**
 * Combines facet filters in the URL query on the claims list (?verdict=misleading&model=o3).
 * Without JavaScript each facet link opens its own pre-rendered page; with it, a click toggles
 * that facet in the query and the list hides what does not match.
 */
const list = document.querySelector<HTMLElement>('[data-claim-list]');
const summary = document.querySelector<HTMLElement>('[data-claim-count]');
const listPath = document.querySelector<HTMLAnchorElement>('[data-reset]')?.pathname ?? '/claims/';

function apply(query: URLSearchParams): void {
  if (!list) return;
  let shown = 0;
  for (const item of list.querySelectorAll<HTMLElement>('li[data-verdict]')) {
    const match = [...query].every(([facet, value]) => (item.dataset[facet] ?? '').split(' ').includes(value));
    item.hidden = !match;
    if (match) shown += 1;
  }
  if (summary) summary.textContent = `${shown} ${shown === 1 ? 'claim' : 'claims'}${query.size ? ' match the filters' : ''}`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-facet]')) {
    const on = query.get(link.dataset['facet'] ?? '') === link.dataset['value'];
    if (on) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

/** Filters now in force: the query on the list page, or the facet a pre-rendered page stands for. */
function current(): URLSearchParams {
  const query = new URLSearchParams(location.search);
  const here = document.querySelector<HTMLElement>('[data-active-facet]');
  if (here?.dataset['activeFacet'] && here.dataset['activeValue']) query.set(here.dataset['activeFacet'], here.dataset['activeValue']);
  return query;
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-facet]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const facet = link.dataset['facet']!;
  const value = link.dataset['value']!;
  const query = current();
  if (query.get(facet) === value) query.delete(facet);
  else query.set(facet, value);
  event.preventDefault();
  const target = `${listPath}${query.size ? `?${query}` : ''}`;
  if (location.pathname === listPath) {
    history.pushState(null, '', target);
    apply(query);
  } else location.assign(target);
});

addEventListener('popstate', () => apply(current()));
apply(current());
