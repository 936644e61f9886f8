import { useMemo, useState } from 'preact/hooks';
import { aggregate } from '../../../domain/monitor/aggregate';
import { labelsFor } from './labels';
import type { ResultsProps } from './LazyResults';
import { monitorCsv } from './monitor-csv';
import { Actions, ActionStates, Activities, Contributions, Mr, Principles, Questions, SchoolList, Schools, Trips, type SectionProps } from './sections';
import { Changes } from './Changes';
import { download } from '../../shared/download';

/** The overviews of the chosen school year, with the report's heading, the print and CSV buttons. */
export function Results({ data, t, counted, sampleShown }: ResultsProps) {
  const { lang } = data;
  const labels = useMemo(() => labelsFor(data, t), [data, t]);
  const result = useMemo(() => aggregate(counted.map((outcome) => ({ fileName: outcome.fileName, file: outcome.file }))), [counted]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const year = result.perYear.find((y) => y.schoolYear === chosen) ?? result.perYear.at(-1);
  if (!year) return null;
  const date = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  const props: SectionProps = { year, result, t, lang, labels };

  return (
    <section class="skc-mon-results" aria-labelledby="mon-report-title">
      <header class="skc-mon-report-head">
        <h2 id="mon-report-title">{t('mon.report.title', { municipality: data.municipality })}</h2>
        <p class="skc-mon-report-meta">{t('mon.report.meta', { year: year.schoolYear, schools: t('mon.schools', { count: year.schoolCount }), date })}</p>
        {sampleShown && <p class="skc-mon-sample-note">{t('mon.report.sample')}</p>}
      </header>

      <div class="skc-mon-toolbar skc-no-print">
        {result.years.length > 1 && (
          <p class="skc-mon-year">
            <label for="skc-mon-year">{t('mon.year')}</label>
            <select id="skc-mon-year" class="skc-input" value={year.schoolYear} onChange={(event) => setChosen(event.currentTarget.value)}>
              {result.years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </p>
        )}
        <div class="skc-button-row">
          <button type="button" class="skc-button" onClick={() => window.print()}>{t('mon.print')}</button>
          <button
            type="button"
            class="skc-button skc-button--secondary"
            onClick={() => {
              download(`${t('mon.csv.fileName')}-${date.replace(/\s+/g, '-').toLowerCase()}.csv`, monitorCsv(result, lang, t, labels), 'text/csv;charset=utf-8');
              setSaid(t('mon.csvDone'));
            }}
          >
            {t('mon.csv')}
          </button>
        </div>
        <p role="status" class="skc-status">{said}</p>
      </div>

      {result.duplicates.length > 0 && (
        <section class="skc-mon-refused skc-no-print" aria-labelledby="mon-duplicates">
          <h3 id="mon-duplicates">{t('mon.duplicates.title', { count: result.duplicates.length })}</h3>
          <ul>
            {result.duplicates.map((d) => (
              <li key={d.fileName}>{t('mon.duplicate', { file: d.fileName, school: d.name, year: d.schoolYear, kept: d.keptFileName })}</li>
            ))}
          </ul>
        </section>
      )}

      <Schools {...props} />
      <SchoolList {...props} />
      <Activities {...props} />
      <Principles {...props} />
      <Questions {...props} />
      <Contributions {...props} />
      <Trips {...props} />
      <Mr {...props} />
      <Actions {...props} />
      <ActionStates {...props} />
      <Changes {...props} />
    </section>
  );
}
