import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ActivityQuestionSchema, ActivityTemplateSchema, ChecklistMetaSchema, PageSchema, PrincipleSchema, SchemeSchema, SchoolQuestionSchema, SiteSettingsSchema, SituationSchema } from '../../src/domain';
import { cmsBackend, cmsConfig } from '../../src/domain/cms/config';
import { adminCsp } from '../../src/domain/cms/csp';
import { EditingSchema, type Editing } from '../../src/domain/cms/editing';
import { jsonSchemaOf, type CmsField } from '../../src/domain/cms/fields';
import { FIELD_TEXTS } from '../../src/domain/cms/labels';
import { adminPage, contentDirInRepository, editingOf, sveltiaFiles } from '../../src/lib/cms';
import { DEFAULT_CONTENT_DIR, FICTIONAL_CONTENT_DIR, projectRoot, readContent } from '../support/content-reader';

// The editing screen's configuration is generated from the content schemas (src/domain/cms/). These tests
// fail when a schema field would not reach the screen, would reach it without Dutch words, or when the
// screen would save somewhere the site does not read.

const github: Editing = EditingSchema.parse({ host: 'github', repo: 'gemeente-voorbeeld/schoolkosten' });
const config = cmsConfig({ contentDir: 'content', editing: github, title: 'Schoolkosten Voorbeeld' });

interface Collection {
  name: string;
  folder?: string;
  fields?: CmsField[];
  files?: { name: string; file: string; fields: CmsField[] }[];
}
const collections = config.collections as Collection[];
const collection = (name: string) => collections.find((c) => c.name === name)!;
const file = (name: string) => collection('checklist').files!.find((f) => f.name === name)!;
/** A checklist file is one list at its top level; its items carry the schema's fields. */
const itemFields = (name: string) => (file(name).fields[0]!.fields as CmsField[]);

/** Every field path a schema has, e.g. "origin.source.url"; a field that comes in kinds has each kind's fields. */
function schemaPaths(schema: z.ZodType): string[] {
  const paths: string[] = [];
  const walk = (node: ReturnType<typeof jsonSchemaOf>, prefix: string) => {
    for (const alt of node.oneOf ?? node.anyOf ?? []) walk(alt, prefix);
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      paths.push(`${prefix}${name}`);
      walk(property, `${prefix}${name}.`);
    }
    if (node.items) walk(node.items, prefix);
  };
  walk(jsonSchemaOf(schema), '');
  return [...new Set(paths)].sort();
}

/** Every field path the editing screen shows, in the same form. */
function screenPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return [
    ...new Set(
      fields.flatMap((field) => {
        const path = `${prefix}${field.name}`;
        const nested = [
          ...((field.fields as CmsField[] | undefined) ?? []),
          ...((field.types as { fields?: CmsField[] }[] | undefined) ?? []).flatMap((type) => type.fields ?? []),
        ];
        // A field that comes in kinds saves its kind under `typeKey` (origin.kind).
        const kind = field.typeKey ? [`${path}.${String(field.typeKey)}`] : [];
        return [path, ...kind, ...screenPaths(nested, `${path}.`)];
      }),
    ),
  ].sort();
}

const withoutBody = (fields: readonly CmsField[]) => fields.filter((field) => field.name !== 'body');
const SCREENS: [string, z.ZodType, () => readonly CmsField[]][] = [
  ['principles', PrincipleSchema, () => withoutBody(collection('principles').fields!)],
  ['situations', SituationSchema, () => withoutBody(collection('situations').fields!)],
  ['pages', PageSchema, () => withoutBody(collection('pages').fields!)],
  ['schemes', SchemeSchema, () => collection('schemes').fields!],
  ['settings (site.yaml)', SiteSettingsSchema, () => collection('settings').files![0]!.fields],
  ['checklist.yaml', ChecklistMetaSchema, () => file('meta').fields],
  ['school-wide.yaml', SchoolQuestionSchema, () => itemFields('school-wide')],
  ['activity.yaml', ActivityQuestionSchema, () => itemFields('activity')],
  ['templates.yaml', ActivityTemplateSchema, () => itemFields('templates')],
];

const everyField = (fields: readonly CmsField[]): CmsField[] =>
  fields.flatMap((field) => [
    field,
    ...everyField((field.fields as CmsField[] | undefined) ?? []),
    ...everyField(((field.types as { fields?: CmsField[] }[] | undefined) ?? []).flatMap((type) => type.fields ?? [])),
  ]);

describe('the editing screen asks for exactly what the content schemas accept', () => {
  it.each(SCREENS)('%s: every field of the schema is on the screen, and nothing else', (_name, schema, fields) => {
    expect(screenPaths(fields())).toEqual(schemaPaths(schema));
  });

  it.each(SCREENS)('%s: every field has a Dutch label of its own', (_name, _schema, fields) => {
    const bare = everyField(fields()).filter((field) => field.label === field.name);
    expect(bare.map((field) => field.name)).toEqual([]);
  });

  it('has no label for a field that no schema has any more', () => {
    const known = new Set(SCREENS.flatMap(([, schema]) => schemaPaths(schema)).flatMap((path) => path.split('.').map((_, i, parts) => parts.slice(i).join('.'))));
    const stale = Object.keys(FIELD_TEXTS).filter((key) => !known.has(key.replace(/^[a-z]+:/, '')) && !['questions', 'templates'].includes(key));
    expect(stale).toEqual([]);
  });

  it('keeps a required field required and an optional one optional', () => {
    const principle = collection('principles').fields!;
    expect(principle.find((f) => f.name === 'title')).toMatchObject({ required: true, widget: 'string', maxlength: 80 });
    expect(principle.find((f) => f.name === 'translationOf')).toMatchObject({ required: false, readonly: true });
    const settings = collection('settings').files![0]!.fields;
    // A field with a default (the house colour, the licence) may be left empty: the build fills it in.
    expect(settings.find((f) => f.name === 'colour')).toMatchObject({ required: false, widget: 'color' });
    expect(settings.find((f) => f.name === 'logo')).toMatchObject({ required: false, widget: 'image' });
    expect(settings.find((f) => f.name === 'agreement')!.fields).toContainEqual(expect.objectContaining({ name: 'date', widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' }));
  });

  it('shows a field that comes in kinds with a choice of kind, saving the kind under its own name', () => {
    const origin = collection('principles').fields!.find((f) => f.name === 'origin')!;
    expect(origin.typeKey).toBe('kind');
    expect((origin.types as { name: string }[]).map((t) => t.name)).toEqual(['agreement', 'municipality']);
  });
});

describe('languages on the editing screen', () => {
  it.each(['principles', 'situations', 'pages'])('%s: one file per language, linked by their key, with the text below the frontmatter in each language', (name) => {
    const c = collection(name) as Collection & Record<string, unknown>;
    expect(config.i18n).toMatchObject({ structure: 'multiple_folders', locales: ['nl', 'en'], default_locale: 'nl' });
    expect(c.i18n).toEqual({ canonical_slug: { key: 'key', value: '{{fields.key}}' } });
    const byName = Object.fromEntries(c.fields!.map((f) => [f.name, f.i18n]));
    expect(byName.key).toBe('duplicate');
    expect(byName.title).toBe(true);
    expect(byName.body).toBe(true);
  });

  it('shows Dutch and English side by side rather than a preview', () => {
    expect(config.editor).toEqual({ preview: false });
  });

  it('does not let an editor add or remove one of the pages the site places itself, or move one', () => {
    expect(collection('pages')).toMatchObject({ create: false, delete: false });
    // The home page's slug is empty: kept as it is, never refused as missing or left out on saving.
    expect(collection('pages').fields!.find((f) => f.name === 'slug')).toMatchObject({ widget: 'hidden' });
  });
});

describe('where the editing screen saves', () => {
  it.each([DEFAULT_CONTENT_DIR, FICTIONAL_CONTENT_DIR])('every file and folder it edits exists in %s', (dir) => {
    const relativeDir = contentDirInRepository({ SKC_CONTENT_DIR: dir }, projectRoot);
    const each = cmsConfig({ contentDir: relativeDir, editing: github, title: 'x' }).collections as Collection[];
    const paths = each.flatMap((c) => (c.folder ? [c.folder] : c.files!.map((f) => f.file)));
    expect(paths.filter((path) => !existsSync(join(projectRoot, path)))).toEqual([]);
    expect(paths.every((path) => path.startsWith(`${relativeDir}/`))).toBe(true);
  });

  it('keeps images in the content folder, referred to as /images/<file>', () => {
    expect(cmsConfig({ contentDir: './tests/fixtures/content-fictional/', editing: github, title: 'x' })).toMatchObject({
      media_folder: 'tests/fixtures/content-fictional/images',
      public_folder: '/images',
    });
  });

  it('signs in to GitHub with a token, or with a sign-in service when site.yaml names one', () => {
    expect(cmsBackend(github)).toEqual({ name: 'github', repo: 'gemeente-voorbeeld/schoolkosten', branch: 'main', auth_methods: ['token'] });
    expect(cmsBackend({ ...github, authUrl: 'https://auth.voorbeeld.nl' })).toMatchObject({ base_url: 'https://auth.voorbeeld.nl' });
    expect(cmsBackend({ ...github, authUrl: 'https://auth.voorbeeld.nl' })).not.toHaveProperty('auth_methods');
  });

  it('signs in to GitLab, on gitlab.com or the municipality\'s own server, with its application ID when given', () => {
    const gitlab = EditingSchema.parse({ host: 'gitlab', repo: 'gemeente/web/schoolkosten', branch: 'productie', gitlabUrl: 'https://git.voorbeeld.nl/', appId: 'abc' });
    expect(cmsBackend(gitlab)).toEqual({
      name: 'gitlab',
      repo: 'gemeente/web/schoolkosten',
      branch: 'productie',
      base_url: 'https://git.voorbeeld.nl',
      api_root: 'https://git.voorbeeld.nl/api/v4',
      auth_type: 'pkce',
      app_id: 'abc',
    });
  });

  it('refuses a repository that is not written as owner/name, saying how to write it', () => {
    const parsed = EditingSchema.safeParse({ host: 'github', repo: 'https://github.com/x/y' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/owner\/name/);
  });

  const settings = readContent(DEFAULT_CONTENT_DIR).settings;
  it('edits the repository a ready-made workflow builds in, keeping the sign-in settings of site.yaml for that host', () => {
    const withService = { ...settings, editing: { ...github, authUrl: 'https://auth.voorbeeld.nl' } };
    expect(editingOf(withService, { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'gemeente-b/kosten', GITHUB_REF_NAME: 'live' })).toEqual({
      host: 'github',
      repo: 'gemeente-b/kosten',
      branch: 'live',
      authUrl: 'https://auth.voorbeeld.nl',
    });
    expect(editingOf({ ...settings, editing: undefined }, { GITLAB_CI: 'true', CI_PROJECT_PATH: 'groep/kosten', CI_COMMIT_BRANCH: 'main', CI_SERVER_URL: 'https://gitlab.com' })).toEqual({
      host: 'gitlab',
      repo: 'groep/kosten',
      branch: 'main',
    });
    expect(editingOf({ ...settings, editing: undefined }, { NETLIFY: 'true', REPOSITORY_URL: 'https://github.com/gemeente-c/kosten', BRANCH: 'main' })).toMatchObject({ host: 'github', repo: 'gemeente-c/kosten' });
  });

  it('uses site.yaml on a computer, and knows nothing when site.yaml is silent too', () => {
    expect(editingOf({ ...settings, editing: github }, {})).toEqual(github);
    expect(editingOf({ ...settings, editing: undefined }, {})).toBeNull();
  });
});

describe('the /admin/ page', () => {
  it('allows only this site\'s scripts, and the git host as the one other origin it may reach', () => {
    const policy = adminCsp(github);
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(policy).toContain("connect-src 'self' data: blob: https://api.github.com https://www.githubstatus.com;");
    expect(adminCsp(EditingSchema.parse({ host: 'gitlab', repo: 'a/b', gitlabUrl: 'https://git.voorbeeld.nl' }))).toContain("connect-src 'self' data: blob: https://git.voorbeeld.nl;");
  });

  it('loads the CMS and its configuration from this site, under the base path', () => {
    const html = adminPage({ title: 'Schoolkosten Voorbeeld', base: '/schoolkosten/', csp: adminCsp(github) });
    expect(html).toContain('<script src="/schoolkosten/admin/sveltia-cms.js"></script>');
    expect(html).toContain('<link rel="cms-config-url" href="/schoolkosten/admin/config.json" type="application/json">');
    expect(html).toMatch(/<meta name="robots" content="noindex/);
  });

  it('says what to set, and loads no script, when it does not know where to save', () => {
    const html = adminPage({ title: 'Schoolkosten Voorbeeld', base: '/', csp: null });
    expect(html).toContain('Het bewerkscherm is nog niet ingesteld');
    expect(html).toContain('<code>editing</code>');
    expect(html).not.toContain('<script');
  });

  it('serves Sveltia CMS with every file it would fetch from a CDN: fonts, interface texts, its version', () => {
    const files = sveltiaFiles('/schoolkosten/');
    const script = files.find((f) => f.name === 'sveltia-cms.js')!.text!;
    expect(script).not.toMatch(/cdn\.jsdelivr\.net\/fontsource|unpkg\.com\/@sveltia\/cms/);
    expect(script).toContain('/schoolkosten/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2');
    const names = files.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['sveltia/package.json', 'fonts/material-symbols-outlined-latin-wght-normal.woff2', 'sveltia-cms.LICENSE.txt']));
    expect(names.some((name) => /^sveltia@[\d.]+\/locales\/nl\.json$/.test(name))).toBe(true);
    expect(files.filter((f) => f.path && !existsSync(f.path))).toEqual([]);
  });
});
