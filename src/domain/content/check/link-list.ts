import type { Lang } from '../../vocabulary';
import type { ContentFolder } from './check-folder';

// `npm run check -- --links`: every address of another site that the content names, with where it is
// written, so an editor can visit each official page once a year and see whether it still says what the
// site says. Read from the text itself (bodies, fields, YAML), so a link in any field is found.

/** One address and every place it is written, as "file:line". */
export interface ListedLink {
  url: string;
  places: string[];
}

// A host with a dot, then up to white space or what closes Markdown or YAML around it: ) ] > " ' `.
const ADDRESS = /https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:[/?#][^\s)\]>"'`]*)?/gi;
// A YAML comment is not published (and may hold an example address).
const YAML_COMMENT = /^\s*#/;

/** Every https:// and http:// address in the folder's Markdown and YAML, sorted, each with its places. */
export function listLinks(folder: Pick<ContentFolder, 'texts'>): ListedLink[] {
  const byUrl = new Map<string, string[]>();
  for (const [file, text] of [...folder.texts].sort(([a], [b]) => a.localeCompare(b))) {
    const yaml = /\.ya?ml$/i.test(file);
    text.split('\n').forEach((line, i) => {
      if (yaml && YAML_COMMENT.test(line)) return;
      for (const [match] of line.matchAll(ADDRESS)) {
        // A full stop or comma after an address ends the sentence, not the address.
        const url = match.replace(/[.,;:!?]+$/, '');
        const places = byUrl.get(url) ?? [];
        places.push(`${file}:${i + 1}`);
        byUrl.set(url, places);
      }
    });
  }
  return [...byUrl].sort(([a], [b]) => a.localeCompare(b)).map(([url, places]) => ({ url, places }));
}

const WORDS = {
  nl: (count: number, folder: string) => `${count} ${count === 1 ? 'adres' : 'adressen'} van andere sites in ${folder}, met waar ze staan (bestand:regel):`,
  en: (count: number, folder: string) => `${count} ${count === 1 ? 'address' : 'addresses'} of other sites in ${folder}, with where they are written (file:line):`,
} as const;

/** The list as the command prints it; `folder` is put before each file, as the editor knows it. */
export function formatLinkList(links: readonly ListedLink[], folder: string, lang: Lang): string {
  const lines = links.flatMap((link) => [link.url, ...link.places.map((place) => `    ${folder}/${place}`)]);
  return [WORDS[lang](links.length, folder), '', ...lines].join('\n');
}
