import { ACTION_STATES } from '../../../domain/assessment/format/constants';
import { formatAmount } from '../../../domain/assessment/parse';
import { MR_ANSWERS, SHORTFALL_STATUSES, type Aggregate, type YearAggregate } from '../../../domain/monitor/aggregate';
import { SCHOOL_TYPES, type Lang } from '../../../domain/vocabulary';
import type { Spread } from '../../../domain/monitor/stats';
import type { Translate } from '../data';
import { BarChart, Figure, Legend, RangeChart } from './charts';
import type { Labels } from './labels';

// The overviews of one school year: each a chart beside a table of the same numbers.

export interface SectionProps {
  year: YearAggregate;
  result: Aggregate;
  t: Translate;
  lang: Lang;
  labels: Labels;
}

const euro = (lang: Lang) => (value: number) => `€ ${formatAmount(value, lang)}`;
const amount = (lang: Lang, value: number | null) => (value === null ? '–' : euro(lang)(value));

export function Schools({ result, year, t, labels }: SectionProps) {
  const types = SCHOOL_TYPES.filter((type) => result.perYear.some((y) => y.schools[type] > 0));
  return (
    <Figure
      id="mon-schools"
      title={t('mon.schools.title')}
      chart={<BarChart rows={types.map((type) => ({ label: labels.type(type), segments: [{ value: year.schools[type], tone: 'neutral' }] }))} />}
    >
      <table class="skc-table skc-mon-table">
        <thead>
          <tr>
            <th scope="col">{t('mon.schools.type')}</th>
            {result.years.map((y) => <th scope="col" key={y} class="skc-num">{y}</th>)}
          </tr>
        </thead>
        <tbody>
          {types.map((type) => (
            <tr key={type}>
              <th scope="row">{labels.type(type)}</th>
              {result.perYear.map((y) => <td key={y.schoolYear} class="skc-num" data-label={y.schoolYear}>{y.schools[type]}</td>)}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('mon.schools.total')}</th>
            {result.perYear.map((y) => <td key={y.schoolYear} class="skc-num" data-label={y.schoolYear}>{y.schoolCount}</td>)}
          </tr>
        </tbody>
      </table>
    </Figure>
  );
}

export function SchoolList({ result, t, labels }: SectionProps) {
  return (
    <details class="skc-mon-details">
      <summary>{t('mon.schools.list', { count: result.schools.length })}</summary>
      <table class="skc-table skc-mon-table">
        <caption class="skc-mon-print-only">{t('mon.schools.list', { count: result.schools.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mon.schools.name')}</th>
            <th scope="col">{t('mon.schools.type')}</th>
            <th scope="col">{t('mon.schools.years')}</th>
          </tr>
        </thead>
        <tbody>
          {result.schools.map((school) => (
            <tr key={school.key}>
              <th scope="row">{school.name}</th>
              <td data-label={t('mon.schools.type')}>{labels.type(school.type)}</td>
              <td data-label={t('mon.schools.years')}>{school.years.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

const ACTIVITY_COLUMNS = ['open', 'excludes', 'cost-barrier', 'information', 'incomplete', 'dropped'] as const;

export function Activities({ year, t, labels }: SectionProps) {
  return (
    <Figure
      id="mon-activities"
      wide
      title={t('mon.activities.title')}
      intro={<p class="skc-mon-intro">{t('mon.activities.intro')}</p>}
      chart={
        <>
          <BarChart rows={year.activities.map((row) => ({ label: labels.kind(row.kind), segments: ACTIVITY_COLUMNS.map((status) => ({ value: row.counts[status], tone: status })) }))} />
          <Legend items={ACTIVITY_COLUMNS.map((status) => ({ tone: status, label: labels.status(status) }))} />
        </>
      }
    >
      <table class="skc-table skc-mon-table">
        <thead>
          <tr>
            <th scope="col">{t('mon.activities.kind')}</th>
            <th scope="col" class="skc-num">{t('mon.activities.total')}</th>
            {ACTIVITY_COLUMNS.map((status) => <th scope="col" key={status} class="skc-num">{labels.status(status)}</th>)}
            <th scope="col" class="skc-num">{t('mon.activities.atRisk')}</th>
          </tr>
        </thead>
        <tbody>
          {year.activities.map((row) => (
            <tr key={row.kind}>
              <th scope="row">{labels.kind(row.kind)}</th>
              <td class="skc-num" data-label={t('mon.activities.total')}>{row.total}</td>
              {ACTIVITY_COLUMNS.map((status) => <td key={status} class="skc-num" data-label={labels.status(status)}>{row.counts[status]}</td>)}
              <td class="skc-num" data-label={t('mon.activities.atRisk')}>{row.atRisk}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Figure>
  );
}

export function Principles({ year, t, labels }: SectionProps) {
  const others = ['open', 'incomplete', 'not-assessed'] as const;
  return (
    <Figure
      id="mon-principles"
      wide
      title={t('mon.principles.title')}
      intro={<p class="skc-mon-intro">{t('mon.principles.intro')}</p>}
      chart={
        <>
          <BarChart rows={year.principles.map((row) => ({ label: labels.principle(row.principle), segments: SHORTFALL_STATUSES.map((status) => ({ value: row.counts[status], tone: status })) }))} />
          <Legend items={SHORTFALL_STATUSES.map((status) => ({ tone: status, label: labels.status(status) }))} />
        </>
      }
    >
      <table class="skc-table skc-mon-table">
        <thead>
          <tr>
            <th scope="col">{t('mon.principles.principle')}</th>
            <th scope="col" class="skc-num">{t('mon.principles.short')}</th>
            {[...SHORTFALL_STATUSES, ...others].map((status) => <th scope="col" key={status} class="skc-num">{labels.status(status)}</th>)}
          </tr>
        </thead>
        <tbody>
          {year.principles.map((row) => {
            const href = labels.principleHref(row.principle);
            return (
              <tr key={row.principle}>
                <th scope="row">{href ? <a href={href}>{labels.principle(row.principle)}</a> : labels.principle(row.principle)}</th>
                <td class="skc-num" data-label={t('mon.principles.short')}>{row.shortfall}</td>
                {[...SHORTFALL_STATUSES, ...others].map((status) => <td key={status} class="skc-num" data-label={labels.status(status)}>{row.counts[status]}</td>)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Figure>
  );
}

/** The questions where the largest share of schools answered "nee" or "deels", with their text from the page's checklist. */
export function Questions({ year, t, labels }: SectionProps) {
  const { rows, short, without } = year.questions;
  const intro = (
    <>
      <p class="skc-mon-intro">{t('mon.questions.intro')}</p>
      {short > 0 && <p class="skc-mon-intro">{t('mon.questions.shown', { count: short, shown: rows.length })}</p>}
      {without > 0 && <p class="skc-mon-intro">{t('mon.questions.without', { count: without })}</p>}
    </>
  );
  const columns = [t('mon.questions.asked'), t('mon.questions.no'), t('mon.questions.partly'), t('mon.principles.short'), t('mon.questions.share')];
  return (
    <Figure
      id="mon-questions"
      wide
      title={t('mon.questions.title')}
      intro={intro}
      chart={
        rows.length > 0 && (
          <>
            <BarChart
              max={100}
              format={(total) => labels.percent(total / 100)}
              rows={rows.map((row) => ({
                label: labels.question(row.question),
                segments: [
                  { value: (row.no / row.asked) * 100, tone: 'no' },
                  { value: (row.partly / row.asked) * 100, tone: 'partly' },
                ],
              }))}
            />
            <Legend items={[{ tone: 'no', label: t('mon.questions.no') }, { tone: 'partly', label: t('mon.questions.partly') }]} />
          </>
        )
      }
    >
      {rows.length === 0 ? (
        <p>{t('mon.questions.none')}</p>
      ) : (
        <table class="skc-table skc-mon-table">
          <thead>
            <tr>
              <th scope="col">{t('mon.questions.question')}</th>
              <th scope="col">{t('mon.questions.where')}</th>
              {columns.map((label) => <th scope="col" key={label} class="skc-num">{label}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.question}>
                <th scope="row">{labels.question(row.question)}</th>
                <td data-label={t('mon.questions.where')}>{row.scopes.map(labels.scope).join(', ')}</td>
                {[row.asked, row.no, row.partly, row.shortfall].map((value, i) => <td key={i} class="skc-num" data-label={columns[i]}>{value}</td>)}
                <td class="skc-num" data-label={columns[4]}>{labels.percent(row.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Figure>
  );
}

function SpreadCells({ spread, t, lang }: { spread: Spread; t: Translate; lang: Lang }) {
  return (
    <>
      <td class="skc-num" data-label={t('mon.median')}>{amount(lang, spread.median)}</td>
      <td class="skc-num" data-label={t('mon.min')}>{amount(lang, spread.min)}</td>
      <td class="skc-num" data-label={t('mon.max')}>{amount(lang, spread.max)}</td>
    </>
  );
}

const spreadHeads = (t: Translate) => ['mon.median', 'mon.min', 'mon.max'].map((key) => <th scope="col" key={key} class="skc-num">{t(key)}</th>);

export function Contributions({ year, t, lang, labels }: SectionProps) {
  return (
    <Figure
      id="mon-contributions"
      title={t('mon.contributions.title')}
      chart={<RangeChart format={euro(lang)} rows={year.contributions.map((row) => ({ label: labels.type(row.type), ...row.spread }))} />}
    >
      <table class="skc-table skc-mon-table">
        <thead>
          <tr>
            <th scope="col">{t('mon.schools.type')}</th>
            <th scope="col" class="skc-num">{t('mon.contributions.asking')}</th>
            <th scope="col" class="skc-num">{t('mon.contributions.none')}</th>
            {spreadHeads(t)}
          </tr>
        </thead>
        <tbody>
          {year.contributions.map((row) => (
            <tr key={row.type}>
              <th scope="row">{labels.type(row.type)}</th>
              <td class="skc-num" data-label={t('mon.contributions.asking')}>{row.spread.count}</td>
              <td class="skc-num" data-label={t('mon.contributions.none')}>{row.none}</td>
              <SpreadCells spread={row.spread} t={t} lang={lang} />
            </tr>
          ))}
        </tbody>
      </table>
    </Figure>
  );
}

export function Trips({ year, t, lang, labels }: SectionProps) {
  const rows = [{ label: t('mon.trips.all'), spread: year.multiDay.all }, ...year.multiDay.byType.map((row) => ({ label: labels.type(row.type), spread: row.spread }))];
  return (
    <Figure
      id="mon-trips"
      title={t('mon.trips.title')}
      intro={
        <p class="skc-mon-intro">
          {t('mon.trips.intro')}
          {year.multiDay.withoutCost > 0 && ` ${t('mon.trips.withoutCost', { count: year.multiDay.withoutCost })}`}
        </p>
      }
      chart={<RangeChart format={euro(lang)} rows={rows.map((row) => ({ label: row.label, ...row.spread }))} />}
    >
      <table class="skc-table skc-mon-table">
        <thead>
          <tr>
            <th scope="col">{t('mon.schools.type')}</th>
            <th scope="col" class="skc-num">{t('mon.trips.count')}</th>
            {spreadHeads(t)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td class="skc-num" data-label={t('mon.trips.count')}>{row.spread.count}</td>
              <SpreadCells spread={row.spread} t={t} lang={lang} />
            </tr>
          ))}
        </tbody>
      </table>
    </Figure>
  );
}

export function Mr({ year, t, labels }: SectionProps) {
  return (
    <Figure id="mon-mr" title={t('mon.mr.title')} chart={<BarChart rows={MR_ANSWERS.map((answer) => ({ label: labels.mr(answer), segments: [{ value: year.mr[answer], tone: answer === 'yes' ? 'open' : 'neutral' }] }))} />}>
      <table class="skc-table skc-mon-table">
        <thead>
          <tr>
            <th scope="col">{t('mon.mr.answer')}</th>
            <th scope="col" class="skc-num">{t('mon.count')}</th>
          </tr>
        </thead>
        <tbody>
          {MR_ANSWERS.map((answer) => (
            <tr key={answer}>
              <th scope="row">{labels.mr(answer)}</th>
              <td class="skc-num" data-label={t('mon.count')}>{year.mr[answer]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Figure>
  );
}

export function Actions({ year, t }: SectionProps) {
  const a = year.actions;
  const rows: [string, number, string][] = [
    [t('mon.actions.total'), a.total, 'neutral'],
    [t('mon.actions.exclusion'), a.byConcern.exclusion, 'excludes'],
    [t('mon.actions.cost-barrier'), a.byConcern['cost-barrier'], 'cost-barrier'],
    [t('mon.actions.information'), a.byConcern.information, 'information'],
    [t('mon.actions.withOwner'), a.withOwner, 'neutral'],
    [t('mon.actions.withDeadline'), a.withDeadline, 'neutral'],
    [t('mon.actions.planned'), a.planned, 'open'],
  ];
  return (
    <Figure id="mon-actions" title={t('mon.actions.title')} chart={<BarChart rows={rows.map(([label, value, tone]) => ({ label, segments: [{ value, tone }] }))} />}>
      <table class="skc-table skc-mon-table">
        <thead>
          <tr>
            <th scope="col">{t('mon.actions.measure')}</th>
            <th scope="col" class="skc-num">{t('mon.actions.number')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td class="skc-num" data-label={t('mon.actions.number')}>{value}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('mon.actions.schools')}</th>
            <td class="skc-num" data-label={t('mon.count')}>{a.schoolsWithActions}</td>
          </tr>
          <tr>
            <th scope="row">{t('mon.actions.complete')}</th>
            <td class="skc-num" data-label={t('mon.count')}>{year.complete}</td>
          </tr>
        </tbody>
      </table>
    </Figure>
  );
}

/** How far the actions got, per school type and over all schools, with the share done. */
export function ActionStates({ year, t, labels }: SectionProps) {
  const { rows, without } = year.actionStates;
  const group = (type: string) => (type === 'all' ? t('mon.states.all') : labels.type(type));
  const percent = (share: number | null) => (share === null ? '–' : labels.percent(share));
  return (
    <Figure
      id="mon-action-states"
      wide
      title={t('mon.states.title')}
      intro={
        <>
          <p class="skc-mon-intro">{t('mon.states.intro')}</p>
          {without > 0 && <p class="skc-mon-intro">{t('mon.states.without', { count: without })}</p>}
        </>
      }
      chart={
        <>
          <BarChart
            max={100}
            format={(total) => labels.percent(total / 100)}
            rows={rows.map((row) => ({ label: group(row.type), segments: [{ value: (row.doneShare ?? 0) * 100, tone: 'done' }] }))}
          />
          <Legend items={[{ tone: 'done', label: t('mon.states.doneShare') }]} />
        </>
      }
    >
      <table class="skc-table skc-mon-table">
        <thead>
          <tr>
            <th scope="col">{t('mon.schools.type')}</th>
            <th scope="col" class="skc-num">{t('mon.states.schools')}</th>
            <th scope="col" class="skc-num">{t('mon.states.total')}</th>
            {ACTION_STATES.map((state) => <th scope="col" key={state} class="skc-num">{t(`mon.states.${state}`)}</th>)}
            <th scope="col" class="skc-num">{t('mon.states.doneShare')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.type}>
              <th scope="row">{group(row.type)}</th>
              <td class="skc-num" data-label={t('mon.states.schools')}>{row.schools}</td>
              <td class="skc-num" data-label={t('mon.states.total')}>{row.total}</td>
              {ACTION_STATES.map((state) => <td key={state} class="skc-num" data-label={t(`mon.states.${state}`)}>{row.states[state]}</td>)}
              <td class="skc-num" data-label={t('mon.states.doneShare')}>{percent(row.doneShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Figure>
  );
}
