import type { Lang } from '../domain';

/**
 * URL segments per language. These are the routes users and other sites rely on
 * (design.md, "Contracts"): change them only with redirects.
 */
const SECTIONS = {
  principles: { nl: 'uitgangspunten', en: 'principles' },
  search: { nl: 'zoeken', en: 'search' },
  selfAssessment: { nl: 'zelfevaluatie', en: 'self-assessment' },
} as const satisfies Record<string, Record<Lang, string>>;

export const homePath = (lang: Lang) => `/${lang}/`;
export const principlesPath = (lang: Lang) => `/${lang}/${SECTIONS.principles[lang]}/`;
export const principlePath = (lang: Lang, slug: string) => `${principlesPath(lang)}${slug}/`;
export const searchPath = (lang: Lang) => `/${lang}/${SECTIONS.search[lang]}/`;
export const selfAssessmentPath = (lang: Lang) => `/${lang}/${SECTIONS.selfAssessment[lang]}/`;
/** General pages take their slug from content; the home page's slug is empty. */
export const pagePath = (lang: Lang, slug: string) => (slug ? `/${lang}/${slug}/` : homePath(lang));
