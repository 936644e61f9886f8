import { getCollection } from 'astro:content';
import { checkChecklist, checkSituationLinks, checkTranslations, formatProblem, type Checklist, type Lang, type PageKey } from '../domain';

// Reads the validated collections once per build and answers the questions pages ask.
// Cross-file rules (every key in every language) are checked here, so a missing translation
// fails the build with a message that names the file.

const langOf = (id: string) => id.split('/')[0] as Lang;

async function load() {
  const [principles, pages, situations, schemes, settings, checklistMeta, schoolQuestions, activityQuestions, templates] = await Promise.all([
    getCollection('principles'),
    getCollection('pages'),
    getCollection('situations'),
    getCollection('schemes'),
    getCollection('settings'),
    getCollection('checklistMeta'),
    getCollection('schoolQuestions'),
    getCollection('activityQuestions'),
    getCollection('activityTemplates'),
  ]);
  const meta = checklistMeta[0]?.data;
  if (!meta) throw new Error('content/checklist/checklist.yaml is missing: it gives the checklist version.');
  const checklist: Checklist = {
    version: meta.version,
    date: meta.date.toISOString().slice(0, 10),
    schoolQuestions: schoolQuestions[0]?.data ?? [],
    activityQuestions: activityQuestions[0]?.data ?? [],
    templates: templates[0]?.data ?? [],
  };
  const site = settings[0];
  if (!site) throw new Error('content/settings/site.yaml is missing: it names the municipality and its contact.');

  const problems = [
    ...checkTranslations(principles.map((e) => ({ file: e.filePath ?? e.id, lang: langOf(e.id), key: e.data.key, slug: e.data.slug, order: e.data.order }))),
    ...checkTranslations(pages.map((e) => ({ file: e.filePath ?? e.id, lang: langOf(e.id), key: e.data.key, slug: e.data.slug }))),
    ...checkTranslations(situations.map((e) => ({ file: e.filePath ?? e.id, lang: langOf(e.id), key: e.data.key, slug: e.data.slug, order: e.data.order }))),
    ...checkSituationLinks(situations.map((e) => ({ file: e.filePath ?? e.id, principles: e.data.principles })), [...new Set(principles.map((e) => e.data.key))]),
    ...checkChecklist(checklist, [...new Set(principles.map((e) => e.data.key))], {
      meta: checklistMeta[0]?.filePath ?? 'checklist/checklist.yaml',
      schoolQuestions: schoolQuestions[0]?.filePath ?? 'checklist/school-wide.yaml',
      activityQuestions: activityQuestions[0]?.filePath ?? 'checklist/activity.yaml',
      templates: templates[0]?.filePath ?? 'checklist/templates.yaml',
    }),
  ];
  if (problems.length) throw new Error(`Content does not fit together:\n${problems.map(formatProblem).join('\n')}`);

  return {
    principles: principles.sort((a, b) => a.data.order - b.data.order),
    pages,
    situations: situations.sort((a, b) => a.data.order - b.data.order),
    schemes: schemes.sort((a, b) => a.data.order - b.data.order),
    settings: site.data,
    // Messages about a setting name this file: under SKC_CONTENT_DIR it is not content/settings/site.yaml.
    settingsFile: site.filePath ?? 'content/settings/site.yaml',
    checklist,
  };
}

let cache: ReturnType<typeof load> | undefined;
export const loadContent = () => (cache ??= load());

export async function getPrinciples(lang: Lang) {
  return (await loadContent()).principles.filter((entry) => langOf(entry.id) === lang);
}
export async function getPage(lang: Lang, key: PageKey) {
  const page = (await loadContent()).pages.find((entry) => langOf(entry.id) === lang && entry.data.key === key);
  if (!page) throw new Error(`content/pages/${lang}: no page with key "${key}"; add one (see README, "Content").`);
  return page;
}
export async function getSituations(lang: Lang) {
  return (await loadContent()).situations.filter((entry) => langOf(entry.id) === lang);
}
export const getSchemes = async () => (await loadContent()).schemes.map((entry) => entry.data);
export const getSettings = async () => (await loadContent()).settings;
export const getSettingsFile = async () => (await loadContent()).settingsFile;
export const getChecklist = async () => (await loadContent()).checklist;
