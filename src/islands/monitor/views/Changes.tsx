import type { ChangedItem, YearChange } from '../../../domain/monitor/aggregate';
import { BarChart, Figure, Legend } from './charts';
import type { SectionProps } from './sections';

// What got better and what got worse between the school year before and the one shown, per principle,
// per kind of activity, and per school.

const FIELDS = ['better', 'worse', 'same'] as const;

function CountTable({ caption, head, rows, t }: { caption: string; head: string; rows: { label: string; better: number; worse: number; same: number }[]; t: SectionProps['t'] }) {
  return (
    <table class="skc-table skc-mon-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          {FIELDS.map((field) => <th scope="col" key={field} class="skc-num">{t(`mon.changes.${field}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {FIELDS.map((field) => <td key={field} class="skc-num" data-label={t(`mon.changes.${field}`)}>{row[field]}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Changes({ result, year, t, labels }: SectionProps) {
  const change: YearChange | undefined = result.changes.find((c) => c.to === year.schoolYear);
  if (!change) {
    return (
      <section class="skc-mon-section" aria-labelledby="mon-changes">
        <h3 id="mon-changes">{t('mon.changes.heading')}</h3>
        <p>{t(result.years.length > 1 ? 'mon.changes.earliest' : 'mon.changes.only')}</p>
      </section>
    );
  }
  const principles = change.principles.map((row) => ({ label: labels.principle(row.principle), ...row }));
  const kinds = change.kinds.map((row) => ({ label: labels.kind(row.kind), ...row }));
  const item = (i: ChangedItem) => t('mon.changes.item', { name: i.what === 'principle' ? labels.principle(i.key) : labels.kind(i.key), from: labels.status(i.from), to: labels.status(i.to) });
  const bars = (rows: { label: string; better: number; worse: number; same: number }[]) => <BarChart rows={rows.map((row) => ({ label: row.label, segments: FIELDS.map((field) => ({ value: row[field], tone: field })) }))} />;
  const legend = <Legend items={FIELDS.map((field) => ({ tone: field, label: t(`mon.changes.${field}`) }))} />;
  return (
    <>
      <Figure
        id="mon-changes"
        wide
        title={t('mon.changes.title', { from: change.from, to: change.to })}
        intro={
          <p class="skc-mon-intro">
            {t('mon.changes.inBoth', { count: change.schoolsInBoth })} {t('mon.changes.rule')}
          </p>
        }
        chart={<>{bars(principles)}{legend}</>}
      >
        <CountTable caption={t('mon.changes.principles')} head={t('mon.principles.principle')} rows={principles} t={t} />
      </Figure>
      <div class="skc-mon-figure skc-mon-figure--wide">
        <div class="skc-mon-figure__chart">{bars(kinds)}{legend}</div>
        <div class="skc-mon-figure__table">
          <CountTable caption={t('mon.changes.kinds')} head={t('mon.activities.kind')} rows={kinds} t={t} />
        </div>
      </div>
      {change.schools.length === 0 ? (
        <p>{t('mon.changes.noSchools')}</p>
      ) : (
        <details class="skc-mon-details">
          <summary>{t('mon.changes.perSchoolCount', { count: change.schools.length })}</summary>
          <table class="skc-table skc-mon-table skc-mon-table--schools">
            <caption>{t('mon.changes.perSchool')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mon.schools.name')}</th>
                <th scope="col">{t('mon.changes.better')}</th>
                <th scope="col">{t('mon.changes.worse')}</th>
              </tr>
            </thead>
            <tbody>
              {change.schools.map((school) => (
                <tr key={school.key}>
                  <th scope="row">
                    {school.name} <span class="skc-hint">({labels.type(school.type)})</span>
                  </th>
                  <td data-label={t('mon.changes.better')}>
                    <ul class="skc-mon-changes">{school.better.map((i) => <li key={i.what + i.key}>{item(i)}</li>)}</ul>
                  </td>
                  <td data-label={t('mon.changes.worse')}>
                    <ul class="skc-mon-changes">{school.worse.map((i) => <li key={i.what + i.key}>{item(i)}</li>)}</ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </>
  );
}
