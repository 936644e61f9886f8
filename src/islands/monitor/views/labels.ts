import type { Translate, MonitorData } from '../data';

/** The names the results, the report and the CSV share, in the page's language. */
export function labelsFor(data: MonitorData, t: Translate) {
  const titles = new Map(data.principles.map((p) => [p.key, p.title]));
  const questions = new Map([...data.checklist.schoolQuestions, ...data.checklist.activityQuestions].map((q) => [q.id, q.text[data.lang].trim()]));
  const percent = new Intl.NumberFormat(data.lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 });
  return {
    type: (type: string) => t(`type.${type}`),
    kind: (kind: string) => t(`kind.${kind}`),
    status: (status: string) => t(`status.${status}`),
    mr: (answer: string) => t(`mon.mr.${answer}`),
    /** A principle another content folder does not have (a file from elsewhere) shows by its key. */
    principle: (key: string) => titles.get(key) ?? key,
    principleHref: (key: string) => data.principles.find((p) => p.key === key)?.href ?? null,
    /** A question by its text in the page's checklist; one this checklist does not have shows by its id. */
    question: (id: string) => questions.get(id) || id,
    /** Where a question was asked: the whole school, or a kind of activity. */
    scope: (scope: string) => (scope === 'school' ? t('mon.questions.school') : t(`kind.${scope}`)),
    /** A share from 0 to 1 as a whole percentage, as the table and the report show it ("46%"). */
    percent: (share: number) => percent.format(Math.round(share * 100) / 100),
    /** The same whole percentage as a number, for the CSV. */
    percentNumber: (share: number) => Math.round(share * 100),
  };
}
export type Labels = ReturnType<typeof labelsFor>;
