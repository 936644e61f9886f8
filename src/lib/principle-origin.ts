import type { Lang, Principle, SchoolType } from '../domain';
import { translate } from './i18n';

// How a principle's origin is told to readers: which agreement and when, or the municipality's own
// addition, and which school types it applies to beyond those the agreement covers.

const MONTH_ONLY = { nl: 'nl-NL', en: 'en-GB' } as const;

/** "2021" → "2021"; "2021-07" → "juli 2021"; "2021-07-01" → "1 juli 2021". */
export function formatPartialDate(lang: Lang, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const value = new Date(Date.UTC(year!, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(MONTH_ONLY[lang], options).format(value);
}

/** The agreement's name with its date, as far as known: "Uitvoeringsagenda vo (2021)". */
export function agreementName(lang: Lang, origin: Extract<Principle['origin'], { kind: 'agreement' }>): string {
  return origin.date ? `${origin.agreement} (${formatPartialDate(lang, origin.date)})` : origin.agreement;
}

/** School types as a reader says them: "basisonderwijs (po) en speciaal onderwijs (so)". */
export function schoolTypeList(lang: Lang, types: readonly SchoolType[]): string {
  const names = types.map((type) => translate(lang, `type.${type}`));
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${translate(lang, 'origin.and')} ${names.at(-1)}`;
}

/** The school types the municipality adds to those of the agreement; empty for its own principles. */
export function extendedSchoolTypes(principle: Pick<Principle, 'origin' | 'schoolTypes'>): SchoolType[] {
  const { origin } = principle;
  return origin.kind === 'agreement' ? principle.schoolTypes.filter((type) => !origin.schoolTypes.includes(type)) : [];
}

/** One line for lists: "Uit het akkoord: …" or "Toegevoegd door de gemeente". */
export function originShort(lang: Lang, origin: Principle['origin']): string {
  return origin.kind === 'agreement' ? translate(lang, 'origin.short.agreement', { agreement: agreementName(lang, origin) }) : translate(lang, 'origin.short.municipality');
}
