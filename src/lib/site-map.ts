import { LANGS, type Lang, type PageKey } from '../domain';
import { getPage, getPrinciples, getSituations, loadContent } from './content';
import { homePath, monitorPath, pagePath, principlePath, principlesPath, searchPath, selfAssessmentPath, situationPath, situationsPath } from './routes';

/** What a route shows; the page component picks its view from this. */
type View =
  | { kind: 'home' }
  | { kind: 'principles' }
  | { kind: 'principle'; key: string }
  | { kind: 'page'; key: Exclude<PageKey, 'home'> }
  | { kind: 'situations' }
  | { kind: 'situation'; key: string }
  | { kind: 'search' }
  | { kind: 'self-assessment' }
  | { kind: 'monitor' };

/** The self-assessment's paths; its pages live in src/pages/{nl,en}/ so its CSS and script stay there. */
export const selfAssessmentAlternates = () => Object.fromEntries(LANGS.map((lang) => [lang, selfAssessmentPath(lang)])) as Record<Lang, string>;
/** The monitor's paths; like the self-assessment, its pages live in src/pages/{nl,en}/. */
export const monitorAlternates = () => Object.fromEntries(LANGS.map((lang) => [lang, monitorPath(lang)])) as Record<Lang, string>;

/** One built page: its path, language, view, and the same page in every language. */
export interface SiteRoute {
  path: string;
  lang: Lang;
  view: View;
  alternates: Record<Lang, string>;
}

/**
 * The one list of every page of the site. Routing, the sitemap and the language switch all read it,
 * so a page cannot exist in one language without its alternate.
 */
export async function buildSiteMap(): Promise<SiteRoute[]> {
  const { pages, situations } = await loadContent();
  const routes: SiteRoute[] = [];
  const each = (view: View, pathFor: (lang: Lang) => Promise<string> | string) => async () => {
    const alternates = Object.fromEntries(await Promise.all(LANGS.map(async (lang) => [lang, await pathFor(lang)]))) as Record<Lang, string>;
    for (const lang of LANGS) routes.push({ path: alternates[lang], lang, view, alternates });
  };
  const pageKeys = [...new Set(pages.map((page) => page.data.key))].filter((key) => key !== 'home') as Exclude<PageKey, 'home'>[];
  const principleKeys = (await getPrinciples('nl')).map((entry) => entry.data.key);
  const slugOf = async (lang: Lang, key: string) => (await getPrinciples(lang)).find((entry) => entry.data.key === key)?.data.slug ?? key;
  const parentsSlug = async (lang: Lang) => (await getPage(lang, 'parents')).data.slug;
  const situationKeys = (await getSituations('nl')).map((entry) => entry.data.key);
  const situationSlug = async (lang: Lang, key: string) => (await getSituations(lang)).find((entry) => entry.data.key === key)?.data.slug ?? key;

  const steps = [
    each({ kind: 'home' }, homePath),
    each({ kind: 'principles' }, principlesPath),
    ...principleKeys.map((key) => each({ kind: 'principle', key }, async (lang) => principlePath(lang, await slugOf(lang, key)))),
    ...pageKeys.map((key) => each({ kind: 'page', key }, async (lang) => pagePath(lang, (await getPage(lang, key)).data.slug))),
    // A content folder without situations publishes no empty list.
    ...(situations.length ? [each({ kind: 'situations' }, async (lang) => situationsPath(lang, await parentsSlug(lang)))] : []),
    ...situationKeys.map((key) => each({ kind: 'situation', key }, async (lang) => situationPath(lang, await parentsSlug(lang), await situationSlug(lang, key)))),
    each({ kind: 'self-assessment' }, selfAssessmentPath),
    each({ kind: 'monitor' }, monitorPath),
    each({ kind: 'search' }, searchPath),
  ];
  for (const step of steps) await step();
  return routes;
}
