/**
 * Result list rendering. Everything from the index becomes text nodes (and <mark> elements around
 * matched words): a record title like `<img src=x onerror=…>` is shown as those characters.
 */
import type { SearchHit, SearchResults } from '../lib/search/engine.ts';
import { highlight } from '../lib/search/highlight.ts';

const TYPE_LABELS = { claim: 'Claim', finding: 'Finding', source: 'Source' } as const;
const VERDICT_LABELS: Record<string, string> = {
  accurate: 'Accurate',
  'missing-context': 'Missing context',
  misleading: 'Misleading',
  unsupported: 'Unsupported',
  false: 'False',
};
const SNIPPET = 220;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function highlighted<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string, matched: readonly string[]) {
  const node = element(tag, className);
  for (const segment of highlight(text, matched)) {
    node.append(segment.match ? element('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }
  return node;
}

/** A long text cut to a snippet around its first match. */
function snippet(text: string, matched: readonly string[]): string {
  if (text.length <= SNIPPET) return text;
  const first = highlight(text, matched).findIndex((segment) => segment.match);
  const offset = first <= 0 ? 0 : highlight(text, matched).slice(0, first).reduce((length, segment) => length + segment.text.length, 0);
  const start = Math.max(0, Math.min(offset - 60, text.length - SNIPPET));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + SNIPPET).trim()}${start + SNIPPET < text.length ? '…' : ''}`;
}

function resultItem(hit: SearchHit, index: number): HTMLLIElement {
  const { record, matched } = hit;
  const item = element('li');
  item.id = `search-result-${index}`;
  item.setAttribute('role', 'option');
  item.setAttribute('aria-selected', 'false');
  item.dataset['type'] = record.type;
  const head = element('p', 'result-head');
  head.append(element('span', 'result-type', TYPE_LABELS[record.type]));
  if (record.verdict) {
    const verdict = element('span', 'verdict', VERDICT_LABELS[record.verdict] ?? record.verdict);
    verdict.dataset['verdict'] = record.verdict;
    head.append(verdict);
  }
  item.append(head);
  const title = element('a', 'result-title');
  title.href = record.url;
  title.tabIndex = -1;
  title.append(...highlighted('span', '', record.title, matched).childNodes);
  item.append(element('h2', 'result-heading'));
  item.lastElementChild!.append(title);
  if (hit.figure) {
    const figure = element('p', 'result-figure');
    figure.append(highlighted('strong', 'figure-value', hit.figure.value, matched));
    if (hit.figure.condition) figure.append(document.createTextNode(' when: '), highlighted('span', 'figure-condition', snippet(hit.figure.condition, matched), matched));
    item.append(figure);
  }
  item.append(highlighted('p', 'result-text muted', snippet(record.text, matched), matched));
  return item;
}

export function renderResults(list: HTMLElement, results: SearchResults): void {
  list.replaceChildren(...results.hits.map(resultItem));
}

/** What to say above the list, and what to try when nothing matched. */
export function statusText(results: SearchResults, query: string, filtered: boolean): string {
  if (results.mode === 'empty') return '';
  if (results.total === 0) {
    const tips = [
      results.unknown.length > 0 ? `No record contains ${results.unknown.map((word) => `“${word}”`).join(', ')}.` : '',
      filtered ? 'Remove a filter.' : '',
      'Try fewer words, a model name (o3, Claude Opus 4), or a figure as it was printed (84%, 79/100).',
    ];
    return `Nothing matches “${query.trim()}”. ${tips.filter(Boolean).join(' ')}`;
  }
  const shown = results.hits.length < results.total ? ` (showing the first ${results.hits.length})` : '';
  const partial = results.mode === 'some' && query.trim() ? ' Ranked by the most distinctive words of the query.' : '';
  return `${results.total} ${results.total === 1 ? 'result' : 'results'}${shown}.${partial}`;
}
