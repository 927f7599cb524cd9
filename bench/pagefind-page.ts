/**
 * The reference page for Pagefind in the benchmark: the same "type and see results" loop as the
 * search page, with Pagefind's own API, and the same user-timing marks.
 */
export const PAGEFIND_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind reference</title></head>
<body><input id="q" type="search" autocomplete="off"><ol id="results"></ol>
<script type="module" src="./pagefind-bench.js"></script></body></html>
`;

export const PAGEFIND_PAGE_SCRIPT = `
let loading;
const load = () => (loading ??= import('/pagefind/pagefind.js').then(async (pagefind) => { await pagefind.init(); return pagefind; }));
const input = document.querySelector('#q');
const list = document.querySelector('#results');
let firstInputAt;
let latest = 0;
async function top(pagefind, query) {
  const search = await pagefind.search(query);
  return Promise.all(search.results.slice(0, 10).map((result) => result.data()));
}
input.addEventListener('focus', load, { once: true });
input.addEventListener('input', async () => {
  if (firstInputAt === undefined && !performance.getEntriesByName('search-first-result').length) firstInputAt = performance.now();
  const id = ++latest;
  const data = await top(await load(), input.value);
  if (id !== latest) return;
  list.replaceChildren(...data.map((page) => { const item = document.createElement('li'); item.textContent = page.meta.title ?? page.url; return item; }));
  if (firstInputAt !== undefined && data.length > 0) {
    performance.measure('search-first-result', { start: firstInputAt, end: performance.now() });
    firstInputAt = undefined;
  }
});
window.timeQuery = async (query) => {
  const pagefind = await load();
  const start = performance.now();
  await top(pagefind, query);
  return performance.now() - start;
};
`;

/** A plain page per record, for Pagefind to index when a corpus is too large to build with Astro. */
export function recordPage(title: string, paragraphs: string[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</main></body></html>`;
}
