import type { Translate, MonitorData } from '../data';

/** The names the results, the report and the CSV share, in the page's language. */
export function labelsFor(data: MonitorData, t: Translate) {
  const titles = new Map(data.principles.map((p) => [p.key, p.title]));
  return {
    type: (type: string) => t(`type.${type}`),
    kind: (kind: string) => t(`kind.${kind}`),
    status: (status: string) => t(`status.${status}`),
    mr: (answer: string) => t(`mon.mr.${answer}`),
    /** A principle another content folder does not have (a file from elsewhere) shows by its key. */
    principle: (key: string) => titles.get(key) ?? key,
    principleHref: (key: string) => data.principles.find((p) => p.key === key)?.href ?? null,
  };
}
export type Labels = ReturnType<typeof labelsFor>;
