import { ActivityQuestionSchema, ActivityTemplateSchema, ChecklistMetaSchema, SchoolQuestionSchema } from '../checklist/schema';
import { PageSchema } from '../content/page';
import { PrincipleSchema } from '../content/principle';
import { SchemeSchema } from '../content/scheme';
import { SiteSettingsSchema } from '../content/settings';
import { SituationSchema } from '../content/situation';
import { LANGS } from '../vocabulary';
import type { Editing } from './editing';
import { cmsFields, type CmsField, type I18nMode } from './fields';

/**
 * The configuration of the editing screen at /admin/ (Sveltia CMS, https://sveltiacms.app/en/docs),
 * generated from the content schemas so the two never drift (design.md, convention 2). Served as
 * /admin/config.json by src/pages/admin/config.json.ts.
 */

/** Where content images go, inside the content folder; Markdown and site.yaml refer to them as `/images/<file>`. */
const IMAGES_FOLDER = 'images';

export interface CmsConfigInput {
  /** The content folder in use, relative to the repository's root, e.g. `content`. */
  contentDir: string;
  /** The repository the screen saves to. */
  editing: Editing;
  /** Shown as the screen's title, e.g. "Schoolkostenwijzer Voorbeeldstad". */
  title: string;
  /** The published site, linked from the screen; absent before it has an address. */
  siteUrl?: string | undefined;
  /** The municipality's logo on the sign-in screen, as a URL on this site. */
  logoUrl?: string | undefined;
}

/** The `backend` part: which git host, repository and branch, and how editors sign in. */
export function cmsBackend(editing: Editing): Record<string, unknown> {
  const common = { repo: editing.repo, branch: editing.branch };
  if (editing.host === 'github') {
    // Without a sign-in service (an OAuth helper), GitHub only allows a personal access token in the browser.
    return editing.authUrl ? { name: 'github', ...common, base_url: editing.authUrl } : { name: 'github', ...common, auth_methods: ['token'] };
  }
  const server = editing.gitlabUrl ? { base_url: editing.gitlabUrl, api_root: `${editing.gitlabUrl}/api/v4` } : {};
  // PKCE needs no server of our own, only the Application ID GitLab gives.
  return editing.appId
    ? { name: 'gitlab', ...common, ...server, auth_type: 'pkce', app_id: editing.appId }
    : { name: 'gitlab', ...common, ...server, auth_methods: ['token'] };
}

/** Fields that are the same in every language of an entry: the key that links the two files, positions and lists of keys. */
const SHARED_ACROSS_LANGUAGES = new Set(['key', 'order', 'topic', 'schoolTypes', 'principles']);
const perLanguage = (name: string): I18nMode => (SHARED_ACROSS_LANGUAGES.has(name) ? 'duplicate' : true);

const body = (label: string): CmsField => ({
  name: 'body',
  label,
  widget: 'markdown',
  i18n: true,
  required: false,
  // Only Markdown: raw HTML is refused by the content check, and a block of code means nothing to a parent.
  editor_components: ['image'],
});

/**
 * A folder of Markdown files with one subfolder per language (`principles/nl/x.md`, `principles/en/x.md`).
 * The two files of one entry are linked by their `key`, so they may have different names (a page's
 * file is named after its slug in each language).
 */
function markdownCollection(name: string, dir: string, labels: { label: string; singular: string; body: string }, fields: CmsField[], options: Record<string, unknown>) {
  return {
    name,
    label: labels.label,
    label_singular: labels.singular,
    folder: `${dir}/${name}`,
    extension: 'md',
    format: 'yaml-frontmatter',
    i18n: { canonical_slug: { key: 'key', value: '{{fields.key}}' } },
    slug: '{{fields.key}}',
    identifier_field: 'title',
    fields: [...fields, body(labels.body)],
    ...options,
  };
}

/** A checklist file: one list at the top level of the file, edited as a list of items. */
function listFile(name: string, label: string, file: string, itemLabel: string, summary: string, fields: CmsField[]) {
  return {
    name,
    label,
    file,
    format: 'yaml',
    fields: [{ name: 'items', label: itemLabel, widget: 'list', root: true, collapsed: true, summary, fields }],
  };
}

/** The whole configuration of the editing screen for one content folder. */
export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const dir = input.contentDir.replace(/^\.\//, '').replace(/\/+$/, '');
  const questionFields = (schema: Parameters<typeof cmsFields>[0]) => cmsFields(schema, { collection: 'questions' });
  return {
    backend: cmsBackend(input.editing),
    app_title: input.title,
    ...(input.siteUrl ? { site_url: input.siteUrl, display_url: input.siteUrl } : {}),
    ...(input.logoUrl ? { logo: { src: input.logoUrl } } : {}),
    media_folder: `${dir}/${IMAGES_FOLDER}`,
    public_folder: `/${IMAGES_FOLDER}`,
    i18n: { structure: 'multiple_folders', locales: [...LANGS], default_locale: 'nl' },
    // Without the preview, the second pane shows the other language: Dutch and English side by side.
    editor: { preview: false },
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      markdownCollection(
        'principles',
        dir,
        { label: 'Uitgangspunten', singular: 'Uitgangspunt', body: 'Wat betekent dit?' },
        cmsFields(PrincipleSchema, { collection: 'principles', i18n: perLanguage }),
        { summary: '{{fields.order}}. {{fields.title}}', sortable_fields: ['order', 'title'] },
      ),
      markdownCollection(
        'situations',
        dir,
        { label: 'Mag de school dit vragen?', singular: 'Situatie', body: 'Meer uitleg' },
        cmsFields(SituationSchema, { collection: 'situations', i18n: perLanguage }),
        { summary: '{{fields.order}}. {{fields.title}}', sortable_fields: ['order', 'title'] },
      ),
      // The site knows seven pages and where each goes (src/lib/routes.ts): they can be edited, not added or removed.
      markdownCollection(
        'pages',
        dir,
        { label: 'Pagina’s', singular: 'Pagina', body: 'Tekst' },
        cmsFields(PageSchema, { collection: 'pages', i18n: perLanguage }),
        // The kind in the list (home, parents, …): the home page's title alone does not say it is the home page.
        { create: false, delete: false, summary: '{{fields.title}} ({{fields.key}})' },
      ),
      {
        name: 'schemes',
        label: 'Regelingen',
        label_singular: 'Regeling',
        folder: `${dir}/schemes`,
        extension: 'yaml',
        format: 'yaml',
        create: true,
        slug: '{{fields.name}}',
        identifier_field: 'name',
        summary: '{{fields.name}}',
        sortable_fields: ['order', 'name'],
        fields: cmsFields(SchemeSchema, { collection: 'schemes' }),
      },
      {
        name: 'checklist',
        label: 'Checklist zelfevaluatie',
        files: [
          { name: 'meta', label: 'Versie van de checklist', file: `${dir}/checklist/checklist.yaml`, format: 'yaml', fields: cmsFields(ChecklistMetaSchema, { collection: 'meta' }) },
          listFile('school-wide', 'Vragen voor de hele school', `${dir}/checklist/school-wide.yaml`, 'Vragen', '{{fields.id}}: {{fields.text.nl}}', questionFields(SchoolQuestionSchema)),
          listFile('activity', 'Vragen per activiteit', `${dir}/checklist/activity.yaml`, 'Vragen', '{{fields.id}}: {{fields.text.nl}}', questionFields(ActivityQuestionSchema)),
          listFile('templates', 'Voorbeeldactiviteiten', `${dir}/checklist/templates.yaml`, 'Activiteiten', '{{fields.name.nl}}', cmsFields(ActivityTemplateSchema, { collection: 'templates' })),
        ],
      },
      {
        name: 'settings',
        label: 'Instellingen',
        files: [{ name: 'site', label: 'Gemeente, huisstijl en contact', file: `${dir}/settings/site.yaml`, format: 'yaml', fields: cmsFields(SiteSettingsSchema, { collection: 'settings' }) }],
      },
    ],
  };
}
