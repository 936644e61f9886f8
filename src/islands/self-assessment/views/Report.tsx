import type { AssessedQuestion } from '../../../domain/assessment/assess';
import { ActionPlanTable } from './ActionPlanTable';
import { useApp } from './context';
import { StatusChart } from './StatusChart';
import { StatusText } from './StatusText';

function AnswerTable({ items }: { items: readonly AssessedQuestion[] }) {
  const { t, data } = useApp();
  return (
    <table class="skc-table skc-answer-table">
      <thead>
        <tr>
          <th scope="col">{t('sa.report.question')}</th>
          <th scope="col">{t('sa.report.answer')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map(({ question: q, answer }) => {
          return (
            <tr key={q.id}>
              <td>
                {q.text[data.lang]}
                {answer?.note && <span class="skc-block skc-hint skc-pre">{t('sa.report.note')}: {answer.note}</span>}
              </td>
              <td class="skc-answer-cell">{answer ? t(`answer.${answer.value}`) : t('sa.report.unanswered')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The printable report (A4, see self-assessment.css): everything derived from the answers. */
export function Report() {
  const { state, t, data } = useApp();
  const a = state.current.value!;
  const p = a.profile;
  const assessed = state.assessed.value!;
  const counts = assessed.counts;
  const dateFormat = new Intl.DateTimeFormat(data.lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' });
  const money = (n: number | null) => (n === null ? t('sa.report.none') : t('sa.report.euro', { amount: n.toLocaleString(data.lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) }));
  const principleTitle = (key: string) => data.principles.find((x) => x.key === key)?.title ?? key;

  return (
    <article class="skc-report" aria-labelledby="sa-report-title">
      <h2 id="sa-report-title" class="skc-report__title">{t('sa.report.title')}</h2>
      <p class="skc-report__school">{p.schoolName || t('sa.list.unnamed')}</p>

      <section class="skc-report__section" aria-labelledby="sa-report-cover">
        <h3 id="sa-report-cover">{t('sa.report.cover')}</h3>
        <dl class="skc-report__facts">
          <dt>{t('sa.profile.schoolName')}</dt><dd>{p.schoolName || '–'}</dd>
          <dt>{t('sa.profile.schoolType')}</dt><dd>{t(`type.${p.schoolType}`)}</dd>
          <dt>{t('sa.profile.schoolYear')}</dt><dd>{p.schoolYear || '–'}</dd>
          <dt>{t('sa.profile.contribution')}</dt><dd>{money(p.contribution)}</dd>
          <dt>{t('sa.profile.filledInBy')}</dt><dd>{p.filledInBy || '–'}</dd>
          <dt>{t('sa.profile.mrInvolved')}</dt><dd>{t(`sa.mr.${p.mrInvolved}`)}</dd>
          <dt>{t('sa.report.date')}</dt><dd>{dateFormat.format(new Date(a.updatedAt))}</dd>
          <dt>{t('sa.report.checklistVersion')}</dt><dd>{a.checklistVersion}</dd>
        </dl>
      </section>

      <section class="skc-report__section" aria-labelledby="sa-report-summary">
        <h3 id="sa-report-summary">{t('sa.report.summary')}</h3>
        <p>{t('sa.progress', { answered: counts.answered, total: counts.total })}</p>
        <p>{t('sa.summary.counts', counts.activities)}</p>
        <StatusChart />
      </section>

      <section class="skc-report__section" aria-labelledby="sa-report-principles">
        <h3 id="sa-report-principles">{t('sa.report.perPrinciple')}</h3>
        <table class="skc-table">
          <tbody>
            {assessed.principles.map((x) => (
              <tr key={x.principle}>
                <th scope="row">{principleTitle(x.principle)}</th>
                <td><StatusText status={x.status} /></td>
                <td>{t('sa.summary.answeredOf', { answered: x.answered, total: x.total })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="skc-report__section" aria-labelledby="sa-report-school">
        <h3 id="sa-report-school">{t('sa.report.schoolWide')}</h3>
        <p><StatusText status={assessed.school.status} /></p>
        <AnswerTable items={assessed.school.questions} />
      </section>

      <section class="skc-report__section" aria-labelledby="sa-report-activities">
        <h3 id="sa-report-activities">{t('sa.report.perActivity')}</h3>
        {assessed.activities.map(({ activity, status, questions }) => activity && (
          <section key={activity.id} class="skc-report__activity" aria-label={activity.name}>
            <h4>{activity.name}</h4>
            <p>
              <StatusText status={status} />
              <span class="skc-block skc-hint">
                {t(`kind.${activity.kind}`)} · {t('sa.report.cost')}: {money(activity.costPerPupil)} · {t(`sa.funding.${activity.fundedBy}`)}
              </span>
            </p>
            {activity.notes && <p class="skc-pre">{activity.notes}</p>}
            <AnswerTable items={questions} />
          </section>
        ))}
      </section>

      <section class="skc-report__section" aria-labelledby="sa-report-plan">
        <h3 id="sa-report-plan">{t('sa.report.actionPlan')}</h3>
        <ActionPlanTable editable={false} />
      </section>

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
    </article>
  );
}
