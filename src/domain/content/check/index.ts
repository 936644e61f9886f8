export { checkContent, type ContentFolder, type SiteRoutes } from './check-folder';
export { formatLinkList, listLinks } from './link-list';
export { markTranslated } from './mark-translated';
export { describeField, describeMark, formatProblemLine, formatReport, SCHEMA_MESSAGES_NL } from './messages';
export type { ContentProblem } from './problem';
export { CHECKLIST_TRANSLATIONS_FILE, ChecklistTranslationsSchema } from './translation-status';
