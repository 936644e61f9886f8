import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, buildWorkDir } from '../support/astro-build.mjs';
import { FICTIONAL_CONTENT_DIR, listFiles, readContent } from '../support/content-reader';
import { contentImageOf } from '../../src/lib/content-images';

// An editor puts a photo in the content folder's images/ and writes ![beschrijving](/images/foto.png).
// The published page must show an optimised copy (smaller, WebP, with width and height so the text does
// not jump) under the site's base path, with the editor's description as alt text. The fictional folder is
// built as it would be published (its site.yaml's url has a path); which images it uses is read from it.
const fixture = FICTIONAL_CONTENT_DIR;
const { settings } = readContent(fixture);
const BASE = new URL(settings.url ?? 'https://example.org/').pathname;
const work = buildWorkDir('skc-images');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dist = join(work, 'dist');
const built = astroBuild({ outDir: dist, cacheDir: join(work, 'cache'), contentDir: fixture, siteUrl: null, local: false });

/** Every ![alt](/images/name) of a photo in the folder's Markdown, with the file that writes it. */
const references = listFiles(fixture)
  .filter((file) => file.endsWith('.md'))
  .flatMap((file) =>
    [...readFileSync(join(fixture, file), 'utf8').matchAll(/!\[([^\]]+)\]\(\/(images\/[^)\s]+\.(?:png|jpe?g))\)/gi)].map(([, alt = '', image = '']) => ({ file, alt, image })),
  );

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
const images = built.status === 0 ? htmlFiles(dist).flatMap((page) => (readFileSync(page, 'utf8').match(/<img\b[^>]*>/g) ?? []).map((tag) => ({ page, tag }))) : [];
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A PNG's size in pixels, from its header. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  return bytes.toString('latin1', 12, 16) === 'IHDR' ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : undefined;
}

describe('photos from the content folder on the published site', () => {
  it('builds', () => {
    expect(built.status).toBe(0);
  });

  it('the fictional content folder shows at least one photo from its images folder', () => {
    expect(references.map((reference) => reference.file)).not.toEqual([]);
  });

  it.each(references)('$file shows $image as a smaller WebP copy with its description, width and height', ({ alt, image }) => {
    const shown = images.filter(({ tag }) => attr(tag, 'alt') === escapeHtml(alt));
    expect(shown.length, `a page with <img alt="${alt}">`).toBeGreaterThan(0);
    const source = join(fixture, image);
    for (const { page, tag } of shown) {
      const src = attr(tag, 'src') ?? '';
      expect(src, relative(dist, page)).toMatch(new RegExp(`^${BASE}_astro/[^"/]+\\.webp$`));
      const published = join(dist, src.slice(BASE.length));
      expect(statSync(published).size).toBeLessThan(statSync(source).size);
      const width = Number(attr(tag, 'width'));
      const height = Number(attr(tag, 'height'));
      expect(width).toBeGreaterThan(0);
      expect(height).toBeGreaterThan(0);
      const original = pngSize(source);
      // Not wider than 1600 px, the text column at twice the pixels; the shape stays the same.
      if (original) expect(Math.abs(width / height - original.width / original.height)).toBeLessThan(0.01);
      expect(width).toBeLessThanOrEqual(1600);
      // Kept inside the text column on a narrow screen (the 320 px test in tests/e2e/pages.spec.ts).
      expect(attr(tag, 'class')).toBe('skc-content-image');
    }
  });

  it('no page shows an original photo instead of its optimised copy', () => {
    const originals = images.filter(({ tag }) => /\.(?:png|jpe?g)$/i.test(attr(tag, 'src') ?? '') && (attr(tag, 'src') ?? '').startsWith(`${BASE}images/`));
    expect(originals.map(({ page, tag }) => `${relative(dist, page)}: ${tag}`)).toEqual([]);
  });

  it('reads an image address written with spaces and the base path back to its file in the content folder', () => {
    expect(contentImageOf('/schoolkosten/images/kaart%20scholen.png', '/schoolkosten/')).toBe('images/kaart scholen.png');
    expect(contentImageOf('/images/kaart.png', '/schoolkosten/')).toBeUndefined();
    expect(contentImageOf('https://example.org/images/kaart.png', '/')).toBeUndefined();
  });
});
