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
} as const satisfies Record<string, Record<Lang, string>>;

export const homePath = (lang: Lang) => `/${lang}/`;
export const principlesPath = (lang: Lang) => `/${lang}/${SECTIONS.principles[lang]}/`;
export const principlePath = (lang: Lang, slug: string) => `${principlesPath(lang)}${slug}/`;
export const searchPath = (lang: Lang) => `/${lang}/${SECTIONS.search[lang]}/`;
export const selfAssessmentPath = (lang: Lang) => `/${lang}/${SECTIONS.selfAssessment[lang]}/`;
/** General pages take their slug from content; the home page's slug is empty. */
export const pagePath = (lang: Lang, slug: string) => (slug ? `/${lang}/${slug}/` : homePath(lang));
/** "Can the school ask this?" lives below the parents' page, whose slug comes from content. */
export const situationsPath = (lang: Lang, parentsSlug: string) => `${pagePath(lang, parentsSlug)}${SECTIONS.situations[lang]}/`;
export const situationPath = (lang: Lang, parentsSlug: string, slug: string) => `${situationsPath(lang, parentsSlug)}${slug}/`;
