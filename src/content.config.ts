import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PageSchema, PrincipleSchema, SchemeSchema, SiteSettingsSchema } from './domain';

// Only wiring: loaders to schemas. The content folder can be swapped to publish another
// municipality's site from the same code (README: "Another municipality").
const root = (process.env.SKC_CONTENT_DIR ?? './content').replace(/\/$/, '');

// deferRender: bodies are rendered by our one markdown-it instance (src/lib/markdown.ts),
// never by Astro's own Markdown pipeline. The id is the path ("nl/01-x"): Astro's default would
// take the frontmatter `slug`, which is per language and would hide the language folder.
const markdown = (folder: string) =>
  glob({ pattern: '**/*.md', base: `${root}/${folder}`, deferRender: true, generateId: ({ entry }) => entry.replace(/\.md$/, '') });

export const collections = {
  principles: defineCollection({ loader: markdown('principles'), schema: PrincipleSchema }),
  pages: defineCollection({ loader: markdown('pages'), schema: PageSchema }),
  schemes: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/schemes` }), schema: SchemeSchema }),
  settings: defineCollection({ loader: glob({ pattern: 'site.yaml', base: `${root}/settings` }), schema: SiteSettingsSchema }),
};
