/**
 * Result list rendering. Everything from the index becomes text nodes (and <mark> elements around
 * matched words): a record title like `<img src=x onerror=…>` is shown as those characters.
 */
import type { SearchHit, SearchResults } from '../lib/search/engine.ts';
import { unnamedModelText } from '../lib/search/figure-line.ts';
import { highlight } from '../lib/search/highlight.ts';
import type { AddressRelation, SearchFigure } from '../lib/search/records.ts';

const TYPE_LABELS = { claim: 'Claim', finding: 'Finding', source: 'Source' } as const;
const VERDICT_LABELS: Record<string, string> = {
  accurate: 'Accurate',
  'missing-context': 'Missing context',
  misleading: 'Misleading',
  unsupported: 'Unsupported',
  false: 'False',
};
const SNIPPET = 220;
const ADDRESS_LABELS: Record<AddressRelation, string> = {
  appeared: 'Appeared at the pasted address',
  is: 'The pasted address is this source',
  cites: 'Cites the pasted address',
};

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

/**
 * "3/100 (3%) for Claude 3.7 Sonnet when: No instruction to allow shutdown. (Palisade Research ·
 * May 2025 thread, post 4)": a number never stands without the model it was measured on.
 */
function figureLine(figure: SearchFigure, matched: readonly string[], id: string): HTMLParagraphElement {
  const line = element('p', 'result-figure');
  line.id = id;
  line.append(highlighted('strong', 'figure-value', figure.value, matched));
  const unnamed = unnamedModelText(figure);
  if (figure.model) line.append(' for ', element('span', 'figure-model', figure.model));
  else if (unnamed) line.append(' ', element('span', 'figure-model', unnamed));
  if (figure.condition) line.append(' when: ', highlighted('span', 'figure-condition', snippet(figure.condition, matched), matched));
  if (figure.where) line.append(' ', element('span', 'figure-where muted', `(${figure.where})`));
  return line;
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
  const heading = element('h2', 'result-heading');
  heading.id = `${item.id}-title`;
  heading.append(title);
  item.append(heading);
  // The option is named by its title and described by why it matched, so a screen reader reads the figure with its model.
  const described: HTMLElement[] = [];
  if (hit.address) described.push(element('p', 'result-address', ADDRESS_LABELS[hit.address]));
  hit.figures.forEach((figure, i) => described.push(figureLine(figure, matched, `${item.id}-figure-${i}`)));
  described.forEach((line, i) => (line.id ||= `${item.id}-match-${i}`));
  item.append(...described);
  item.setAttribute('aria-labelledby', heading.id);
  if (described.length > 0) item.setAttribute('aria-describedby', described.map((line) => line.id).join(' '));
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
