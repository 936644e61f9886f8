import { fill, formatEntry, type Plural } from './i18n/format';

// Browser-only: runs the query from `?q=` against the static Pagefind index of the page's language.
// The page works without this script (the form still submits; the page says search needs JavaScript).

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}
interface Texts {
  results: Plural;
  none: string;
  loading: string;
  failed: string;
}


/** Pagefind marks hits with <mark>; rebuild that as DOM nodes so no other markup can get in. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/g).filter(Boolean).map((part) => {
    const hit = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (hit ? hit[1]! : part).replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
    if (!hit) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

export async function runSearch(): Promise<void> {
  const root = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-list');
  if (!root || !status || !list) return;
  document.getElementById('search-no-script')?.remove();
  const texts = JSON.parse(root.dataset.texts ?? '{}') as Texts;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const input = document.getElementById('search-page-query') as HTMLInputElement | null;
  if (input) input.value = query;
  if (!query) return;

  status.textContent = texts.loading;
  try {
    const url = `${root.dataset.bundle ?? '/pagefind/'}pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const heading = document.createElement('h2');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        heading.append(link);
        const excerpt = document.createElement('p');
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(heading, excerpt);
        return item;
      }),
    );
    const count = search.results.length;
    status.textContent = count ? formatEntry(texts.results, document.documentElement.lang, { count, query }) : fill(texts.none, { query });
  } catch {
    status.textContent = texts.failed;
  }
}
