// Images in the content's Markdown (![beschrijving](/images/kaart.png), written by an editor) become
// optimised files: smaller, in WebP, with their width and height so the text does not jump while the
// image loads. The renderer (src/lib/markdown.ts) is synchronous and Astro's getImage() is not, so the
// finished page is rewritten once, in src/middleware.ts; this file holds the rewriting, apart from Astro.

/** What an optimised image is published as. */
export interface OptimisedImage {
  src: string;
  width: number;
  height: number;
}

/** Optimises one image of the content folder ("images/kaart.png"); undefined leaves it as written. */
export type Optimise = (file: string) => Promise<OptimisedImage | undefined>;

const IMG = /<img\b[^>]*>/g;
const SRC = /\ssrc="([^"]*)"/;

const unescapeHtml = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The content folder's path of an image address on this site ("/schoolkosten/images/a%20b.png" → "images/a b.png"). */
export function contentImageOf(src: string, base: string): string | undefined {
  const address = unescapeHtml(src).split(/[?#]/)[0] ?? '';
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!address.startsWith(`${root}images/`)) return undefined;
  try {
    return decodeURIComponent(address.slice(root.length));
  } catch {
    return undefined;
  }
}

/** The class that keeps a content image inside the text column (src/styles/global.css). */
const CONTENT_IMAGE_CLASS = 'skc-content-image';

/**
 * Every <img> whose address is in the content folder's images/ gets the optimised file's address, width and
 * height, and loads when it comes near the screen. Its alt text (required by the content check) and any
 * other attribute stay. An image the optimiser does not know (SVG, GIF) keeps its address: the copied
 * original. Both get the class that keeps them inside the text column on a narrow screen.
 */
export async function optimiseContentImages(html: string, base: string, optimise: Optimise): Promise<string> {
  const tags = [...new Set(html.match(IMG) ?? [])];
  if (!tags.length) return html;
  const replacements = new Map<string, string>();
  for (const tag of tags) {
    const src = tag.match(SRC)?.[1];
    const file = src === undefined ? undefined : contentImageOf(src, base);
    if (!file) continue;
    const image = await optimise(file);
    const kept = tag
      .replace(/^<img\b/, '')
      .replace(/\/?>$/, '')
      .replace(image ? /\s(?:src|width|height|loading|decoding|class)="[^"]*"/g : /\sclass="[^"]*"/g, '');
    const escapedSrc = image?.src.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    replacements.set(
      tag,
      image
        ? `<img src="${escapedSrc}"${kept} width="${image.width}" height="${image.height}" loading="lazy" decoding="async" class="${CONTENT_IMAGE_CLASS}">`
        : `<img${kept} class="${CONTENT_IMAGE_CLASS}">`,
    );
  }
  return replacements.size ? html.replace(IMG, (tag) => replacements.get(tag) ?? tag) : html;
}
