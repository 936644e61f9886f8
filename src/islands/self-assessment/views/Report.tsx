import { useMemo, useState } from 'preact/hooks';
import type { Assessed, AssessedPart } from '../../../domain/assessment/assess';
import { ITEM_STATUSES } from '../../../domain/assessment/status';
import { formatDateLong } from '../../../domain/assessment/parse';
import type { Lang } from '../../../domain/vocabulary';
import type { Translate } from '../data';
import { useApp } from './context';
import { CostTotals, euros, YearGroupCosts } from './CostTotals';
import { groupTitle } from './group-title';
import { ReportAppendix } from './ReportAppendix';
import { ReportCompare } from './ReportCompare';
import { ownerLine, ReportPlan } from './ReportPlan';
import { useRunningHeader } from './running-header';
import { StatusLegend } from './StatusLegend';
import { StatusText } from './StatusText';

/** The first page names at most this many parts that need attention; the plan lists them all. */
const AT_RISK_NAMED = 12;
/** The first groups of the plan, shown on the first page as what comes first. */
const PRIORITIES = 5;

/** A moment as the local calendar date, ISO (`2027-03-01`), for formatDateLong. */
const localDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * Page 1: the parts that need attention by name, under their status, most serious first; then how many
 * are open to every pupil or dropped. Grouped by status, so a long status is written once, not per name.
 */
function AtRisk({ assessed, t }: { assessed: Assessed; t: Translate }) {
  const parts = [assessed.school, ...assessed.activities];
  const nameOf = (part: AssessedPart) => part.activity?.name ?? t('sa.summary.schoolWideScope');
  let left = AT_RISK_NAMED;
  const rows = ITEM_STATUSES.filter((status) => status !== 'open' && status !== 'dropped').flatMap((status) => {
    const names = parts.filter((part) => part.status === status).map(nameOf);
    if (!names.length) return [];
    const shown = names.slice(0, Math.max(left, 0));
    left -= names.length;
    return [{ status, names: shown, more: names.length - shown.length }];
  });
  const { open, dropped } = assessed.counts.activities;
  return (
    <section class="skc-report__section" aria-labelledby="sa-report-risk">
      <h3 id="sa-report-risk">{t('sa.report.atRisk')}</h3>
      {rows.length ? (
        <ul class="skc-report__risks">
          {rows.map(({ status, names, more }) => (
            <li key={status}>
              <StatusText status={status} t={t} />
              <span class="skc-block">{[...names, ...(more > 0 ? [t('sa.report.atRiskMore', { count: more })] : [])].join(', ')}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('sa.report.atRiskNone')}</p>
      )}
      {(open > 0 || dropped > 0) && (
        <ul class="skc-report__risks skc-report__fine">
          {(['open', 'dropped'] as const).filter((status) => assessed.counts.activities[status] > 0).map((status) => (
            <li key={status}>
              <StatusText status={status} t={t} />
              <span class="skc-block">{t('sa.summary.activityCount', { count: assessed.counts.activities[status] })}</span>
            </li>
          ))}
        </ul>
      )}
      <StatusLegend t={t} id="sa-report-legend" />
    </section>
  );
}

/** Page 1: the first groups of the plan, with who takes them on and by when. */
function Priorities({ assessed, t, lang }: { assessed: Assessed; t: Translate; lang: Lang }) {
  const first = assessed.groups.slice(0, PRIORITIES);
  return (
    <section class="skc-report__section" aria-labelledby="sa-report-priorities">
      <h3 id="sa-report-priorities">{t('sa.report.priorities')}</h3>
      {first.length ? (
        <ol class="skc-report__priorities">
          {first.map((group) => (
            <li key={group.key}>
              <strong>{groupTitle(group, t)}</strong> ({t('sa.plan.actions', { count: group.actions.length })}) · {ownerLine(group.owner, group.deadline, t, lang)}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('sa.summary.noActions')}</p>
      )}
    </section>
  );
}

/** After the plan: every activity with its cost, payer and status, and the costs per year group, for the MR's check of the budget. */
function ActivityCosts({ assessed, t, lang }: { assessed: Assessed; t: Translate; lang: Lang }) {
  if (!assessed.activities.length) return null;
  return (
    <section class="skc-report__section skc-report__long" aria-labelledby="sa-report-activities">
      <h3 id="sa-report-activities">{t('sa.report.activities')}</h3>
      <table class="skc-table skc-stack-table skc-report__activity-table">
        <thead>
          <tr>
            <th scope="col">{t('sa.report.activity')}</th>
            <th scope="col">{t('sa.report.for')}</th>
            <th scope="col">{t('sa.report.cost')}</th>
            <th scope="col">{t('sa.report.paidBy')}</th>
            <th scope="col">{t('sa.report.status')}</th>
          </tr>
        </thead>
        <tbody>
          {assessed.activities.map(({ activity, status }) => activity && (
            <tr key={activity.id}>
              <th scope="row">{activity.name}</th>
              <td data-label={t('sa.report.for')}>{activity.yearGroup.trim() || t('sa.report.wholeSchool')}</td>
              <td data-label={t('sa.report.cost')}>{activity.costPerPupil === null ? t('sa.report.costUnknown') : euros(t, lang, activity.costPerPupil)}</td>
              <td data-label={t('sa.report.paidBy')}>{t(`sa.funding.${activity.fundedBy ?? 'unknown'}`)}</td>
              <td data-label={t('sa.report.status')}><StatusText status={status} t={t} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <YearGroupCosts costs={assessed.costs} t={t} lang={lang} />
    </section>
  );
}

/**
 * The printable report for the MR (A4, see self-assessment.css). The first page says what matters: which
 * activities are at risk, what comes first, the costs and whether the MR took part; then only what needs
 * action; the answers themselves and the school's internal notes only when the reader asks for them.
 */
export function Report() {
  const { state, t, data } = useApp();
  const a = state.current.value!;
  const p = a.profile;
  const assessed = state.assessed.value!;
  const lang = data.lang;
  const [withAnswers, setWithAnswers] = useState(false);
  const [withNotes, setWithNotes] = useState(false);
  const printed = useMemo(() => formatDateLong(localDate(new Date()), lang), [lang]);
  const school = p.schoolName || t('sa.list.unnamed');
  const principleTitle = (key: string) => data.principles.find((x) => x.key === key)?.title ?? key;
  useRunningHeader([school, p.schoolYear].filter(Boolean).join(' · '), t('sa.report.printedOn', { date: printed }));
  const notChosen = t('sa.report.notChosen');

  return (
    <>
      <fieldset class="skc-field skc-report__options skc-no-print">
        <legend>{t('sa.report.options')}</legend>
        <div class="skc-field--inline">
          <input id="sa-report-answers" type="checkbox" checked={withAnswers} onChange={(e) => setWithAnswers(e.currentTarget.checked)} />
          <label for="sa-report-answers">{t('sa.report.withAnswers')}</label>
        </div>
        <div class="skc-field--inline">
          <input id="sa-report-notes" type="checkbox" checked={withNotes} aria-describedby="sa-report-notes-hint" onChange={(e) => setWithNotes(e.currentTarget.checked)} />
          <label for="sa-report-notes">{t('sa.report.withNotes')}</label>
          <p class="skc-hint" id="sa-report-notes-hint">{t('sa.report.withNotesHint')}</p>
        </div>
      </fieldset>

      <article class="skc-report" aria-labelledby="sa-report-title">
        <header class="skc-report__head">
          <h2 id="sa-report-title" class="skc-report__title">{t('sa.report.title')}</h2>
          <p class="skc-report__school">{school}</p>
        </header>

        <section class="skc-report__section" aria-labelledby="sa-report-cover">
          <h3 id="sa-report-cover" class="skc-visually-hidden">{t('sa.report.cover')}</h3>
          <dl class="skc-report__facts">
            <div><dt>{t('sa.profile.schoolYear')}</dt><dd>{p.schoolYear || '–'}</dd></div>
            <div><dt>{t('sa.report.date')}</dt><dd>{printed}</dd></div>
            <div><dt>{t('sa.profile.schoolType')}</dt><dd>{p.schoolType ? t(`type.${p.schoolType}`) : notChosen}</dd></div>
            <div><dt>{t('sa.report.mrInvolved')}</dt><dd>{p.mrInvolved ? t(`sa.mr.${p.mrInvolved}`) : notChosen}</dd></div>
            <div><dt>{t('sa.profile.filledInBy')}</dt><dd>{p.filledInBy || '–'}</dd></div>
            <div><dt>{t('sa.report.progress')}</dt><dd>{t('sa.progress', { answered: assessed.counts.answered, total: assessed.counts.total })}</dd></div>
            <div><dt>{t('sa.report.updated')}</dt><dd>{formatDateLong(localDate(new Date(a.updatedAt)), lang)}</dd></div>
            <div><dt>{t('sa.report.checklistVersion')}</dt><dd>{a.checklistVersion}</dd></div>
          </dl>
        </section>

        <AtRisk assessed={assessed} t={t} />
        <Priorities assessed={assessed} t={t} lang={lang} />

        <section class="skc-report__section" aria-labelledby="sa-report-costs">
          <h3 id="sa-report-costs">{t('sa.costs.title')}</h3>
          <CostTotals costs={assessed.costs} t={t} lang={lang} yearGroups={false} />
        </section>

        <ReportPlan assessed={assessed} t={t} lang={lang} withNotes={withNotes} />
        <ActivityCosts assessed={assessed} t={t} lang={lang} />

        <section class="skc-report__section" aria-labelledby="sa-report-principles">
          <h3 id="sa-report-principles">{t('sa.report.perPrinciple')}</h3>
          <table class="skc-table skc-stack-table">
            <thead>
              <tr>
                <th scope="col">{t('sa.report.principle')}</th>
                <th scope="col">{t('sa.report.status')}</th>
                <th scope="col">{t('sa.report.answered')}</th>
              </tr>
            </thead>
            <tbody>
              {assessed.principles.map((x) => (
                <tr key={x.principle}>
                  <th scope="row">{principleTitle(x.principle)}</th>
                  <td data-label={t('sa.report.status')}><StatusText status={x.status} t={t} /></td>
                  <td data-label={t('sa.report.answered')}>{t('sa.progress', { answered: x.answered, total: x.total })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <ReportCompare />
        <section class="skc-report__section skc-report__signatures" aria-labelledby="sa-report-sign">
          <h3 id="sa-report-sign">{t('sa.report.signatures')}</h3>
          <div class="skc-signature-grid">
            {['sa.report.signSchool', 'sa.report.signMr'].map((role) => (
              <div class="skc-signature" key={role}>
                <p><strong>{t(role)}</strong></p>
                <p>{t('sa.report.name')}: <span class="skc-signature__line" /></p>
                <p>{t('sa.report.date')}: <span class="skc-signature__line" /></p>
                <p>{t('sa.report.signature')}: <span class="skc-signature__line skc-signature__line--tall" /></p>
              </div>
            ))}
          </div>
        </section>

        {withAnswers && <ReportAppendix assessed={assessed} t={t} lang={lang} withNotes={withNotes} />}
      </article>
    </>
  );
}
