import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

// The content folder's photos and drawings as images Astro optimises. The folder is chosen when the build
// starts (SKC_CONTENT_DIR), so no import in src/ can name its files: this module is made from what is in
// images/ at that moment, one `import` per file, which Astro's asset plugin turns into image data
// (size, format) that getImage() in src/middleware.ts can resize and convert. SVG and GIF are left out:
// SVG is already small and sharp, and converting would drop a GIF's animation. Those stay as copied files.

const CONTENT_IMAGES_MODULE = 'virtual:skc/content-images';
const RESOLVED = `\0${CONTENT_IMAGES_MODULE}`;
/** What Astro can read and make smaller. */
const OPTIMISABLE = /\.(?:png|jpe?g|webp|avif)$/i;

/** Every optimisable file below images/, as its path inside the content folder ("images/kaart.png"). */
function contentImageFiles(contentDir: string): string[] {
  const images = join(contentDir, 'images');
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (OPTIMISABLE.test(name)) found.push(relative(contentDir, path).split(sep).join('/'));
    }
  };
  if (existsSync(images)) walk(images);
  return found;
}

export function contentImagesPlugin(contentDir: string): Plugin {
  const imagesDir = join(contentDir, 'images');
  return {
    name: 'skc-content-images',
    resolveId: (id) => (id === CONTENT_IMAGES_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = contentImageFiles(contentDir);
      // Forward slashes: Vite reads "C:/…" on Windows, and a backslash in a string literal would escape.
      const imports = files.map((file, i) => `import i${i} from ${JSON.stringify(join(contentDir, file).split(sep).join('/'))};`);
      const entries = files.map((file, i) => `${JSON.stringify(file)}: i${i}`);
      return `${imports.join('\n')}\nexport default {${entries.join(', ')}};\n`;
    },
    // `npm run dev`: an image added or removed while the site runs is in the next page it renders.
    configureServer(server) {
      server.watcher.add(imagesDir);
      const changed = (file: string) => {
        if (!file.startsWith(imagesDir + sep) || !OPTIMISABLE.test(file)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
      };
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
  };
}
