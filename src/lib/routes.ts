import type { Lang } from '../domain';

/**
 * URL segments per language. These are the routes users and other sites rely on
 * (design.md, "Contracts"): change them only with redirects.
 */
const SECTIONS = {
  principles: { nl: 'uitgangspunten', en: 'principles' },
  search: { nl: 'zoeken', en: 'search' },
  selfAssessment: { nl: 'zelfevaluatie', en: 'self-assessment' },
  situations: { nl: 'mag-de-school-dit-vragen', en: 'can-the-school-ask-this' },
  monitor: { nl: 'monitor', en: 'monitor' },
} as const satisfies Record<string, Record<Lang, string>>;

/**
 * The base path of the public address ("/" or "/schoolkosten/", astro.config.mjs). Every path below starts
 * with it, so a link made with these helpers works wherever the site is published. Outside Vite (a
 * Playwright test importing this file) there is no import.meta.env: the site is then at the root.
 */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A path inside the site ("/nl/x/", "/favicon.svg") as the link to it, with the base path in front. */
export const withBase = (path: string) => `${BASE}${path.replace(/^\//, '')}`;
/** The other way round: a link made here, as the path Astro's routes are named by ("/nl/x/"). */
export const withoutBase = (href: string) => (href.startsWith(BASE) ? `/${href.slice(BASE.length)}` : href);

export const homePath = (lang: Lang) => withBase(`/${lang}/`);
export const principlesPath = (lang: Lang) => withBase(`/${lang}/${SECTIONS.principles[lang]}/`);
export const principlePath = (lang: Lang, slug: string) => `${principlesPath(lang)}${slug}/`;
export const searchPath = (lang: Lang) => withBase(`/${lang}/${SECTIONS.search[lang]}/`);
export const selfAssessmentPath = (lang: Lang) => withBase(`/${lang}/${SECTIONS.selfAssessment[lang]}/`);
/** The municipality's overview of all schools (issue 12). */
export const monitorPath = (lang: Lang) => withBase(`/${lang}/${SECTIONS.monitor[lang]}/`);
/** General pages take their slug from content; the home page's slug is empty. */
export const pagePath = (lang: Lang, slug: string) => (slug ? withBase(`/${lang}/${slug}/`) : homePath(lang));
/** "Can the school ask this?" lives below the parents' page, whose slug comes from content. */
export const situationsPath = (lang: Lang, parentsSlug: string) => `${pagePath(lang, parentsSlug)}${SECTIONS.situations[lang]}/`;
export const situationPath = (lang: Lang, parentsSlug: string, slug: string) => `${situationsPath(lang, parentsSlug)}${slug}/`;
