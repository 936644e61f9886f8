import type { Lang } from '../../../domain';
import { formatEntry, type Params } from '../format';
import { monitorEn } from './en';
import { monitorNl, type MonitorDictionary, type MonitorKey } from './nl';

export const monitorDictionaries: Record<Lang, MonitorDictionary> = { nl: monitorNl, en: monitorEn };
export type { MonitorKey };

/** A translator of the monitor page's texts bound to one language, for its template. */
export function useMonitorTranslations(lang: Lang) {
  return (key: MonitorKey, params?: Params) => formatEntry(monitorDictionaries[lang][key], lang, params);
}
