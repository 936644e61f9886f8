import { getImage } from 'astro:assets';
import { defineMiddleware } from 'astro:middleware';
import images from 'virtual:skc/content-images';
import { optimiseContentImages, type OptimisedImage } from './lib/content-images';

// Every page passes here once while it is built (and on each request in `npm run dev`): images from the
// content folder go through Astro's image optimisation (src/lib/content-images.ts says why here).
// The files stay on this site (_astro/), so the Content-Security-Policy's img-src 'self' still holds.

/** Wide enough for the text column on a screen with twice the pixels; a larger photo is scaled down. */
const MAX_WIDTH = 1600;

// Each image once per build, however many pages show it; keyed by the image data, which `npm run dev`
// makes anew when images/ changes.
const done = new WeakMap<object, Promise<OptimisedImage | undefined>>();

function optimise(file: string): Promise<OptimisedImage | undefined> {
  const source = images[file];
  if (!source) return Promise.resolve(undefined);
  let result = done.get(source);
  if (!result) {
    result = getImage({ src: source, format: 'webp', width: Math.min(source.width, MAX_WIDTH) }).then((image) => ({
      src: image.src,
      width: Number(image.attributes.width),
      height: Number(image.attributes.height),
    }));
    done.set(source, result);
  }
  return result;
}

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const optimised = await optimiseContentImages(html, import.meta.env.BASE_URL, optimise);
  // The text may have grown: a length the page was first given would cut it off.
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(optimised, { status: response.status, statusText: response.statusText, headers });
});
