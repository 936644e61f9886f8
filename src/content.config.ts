import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import {
  ActivityQuestionSchema,
  ActivityTemplateSchema,
  ChecklistMetaSchema,
  PageSchema,
  PrincipleSchema,
  SchemeSchema,
  SchoolQuestionSchema,
  SiteSettingsSchema,
  SituationSchema,
} from './domain';
import { forgivingInDev } from './integrations/forgiving-loader';

// Only wiring: loaders to schemas. The content folder can be swapped to publish another
// municipality's site from the same code (README: "Another municipality").
const root = (process.env.SKC_CONTENT_DIR ?? './content').replace(/\/$/, '');

// deferRender: bodies are rendered by our one markdown-it instance (src/lib/markdown.ts),
// never by Astro's own Markdown pipeline. The id is the path ("nl/01-x"): Astro's default would
// take the frontmatter `slug`, which is per language and would hide the language folder.
const markdown = (folder: string) =>
  forgivingInDev(glob({ pattern: '**/*.md', base: `${root}/${folder}`, deferRender: true, generateId: ({ entry }) => entry.replace(/\.md$/, '') }));

const checklistFile = (name: string) => forgivingInDev(glob({ pattern: name, base: `${root}/checklist` }));

export const collections = {
  principles: defineCollection({ loader: markdown('principles'), schema: PrincipleSchema }),
  pages: defineCollection({ loader: markdown('pages'), schema: PageSchema }),
  situations: defineCollection({ loader: markdown('situations'), schema: SituationSchema }),
  schemes: defineCollection({ loader: forgivingInDev(glob({ pattern: '*.yaml', base: `${root}/schemes` })), schema: SchemeSchema }),
  settings: defineCollection({ loader: forgivingInDev(glob({ pattern: 'site.yaml', base: `${root}/settings` })), schema: SiteSettingsSchema }),
  // The self-assessment checklist. Each list file is one entry whose data is the whole list, so the
  // editor's order is the order of the questions (Astro's file() loader does not keep it).
  checklistMeta: defineCollection({ loader: checklistFile('checklist.yaml'), schema: ChecklistMetaSchema }),
  schoolQuestions: defineCollection({ loader: checklistFile('school-wide.yaml'), schema: z.array(SchoolQuestionSchema) }),
  activityQuestions: defineCollection({ loader: checklistFile('activity.yaml'), schema: z.array(ActivityQuestionSchema) }),
  activityTemplates: defineCollection({ loader: checklistFile('templates.yaml'), schema: z.array(ActivityTemplateSchema) }),
};
