import { useState } from 'preact/hooks';
import type { AssessedPart, AssessedQuestion } from '../../../domain/assessment/assess';
import type { Assessment } from '../../../domain/assessment/format/schema';
import { formatAmount, formatDateLong } from '../../../domain/assessment/parse';
import type { Lang } from '../../../domain';
import type { Translate } from '../data';
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

/**
 * One part's actions (the school-wide questions or one activity), the law's critical ones first, with
 * who and by when. The report groups the plan this way so each activity's status, cost and actions stand
 * together, and no answer is printed twice (the answers themselves are an appendix the reader can add).
 */
function PartActions({ part, actions, t, lang }: { part: AssessedPart; actions: Assessment['actions']; t: Translate; lang: Lang }) {
  if (!part.actions.length) {
    // "No actions needed" would mislead while questions are open: the actions come from the answers.
    return <p class="skc-hint">{part.answered < part.total ? t('sa.report.notAnsweredYet', { answered: part.answered, total: part.total }) : t('sa.report.noActionsHere')}</p>;
  }
  const ordered = [...part.actions.filter((x) => x.severity === 'critical'), ...part.actions.filter((x) => x.severity !== 'critical')];
  return (
    <table class="skc-table skc-action-table skc-report-actions">
      <thead>
        <tr>
          <th scope="col">{t('sa.report.action')}</th>
          <th scope="col">{t('sa.summary.owner')}</th>
          <th scope="col">{t('sa.summary.deadline')}</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((action) => {
          const fields = Object.hasOwn(actions, action.key) ? actions[action.key] : undefined;
          return (
            <tr key={action.key}>
              <td>
                {action.suggestion[lang]}
                <span class="skc-hint skc-block">
                  {t(`severity.${action.severity}`)}, {t('sa.report.answer').toLowerCase()} {t(`answer.${action.answer}`)}: {action.question[lang]}
                </span>
                {action.note && <span class="skc-hint skc-block skc-pre">{t('sa.report.note')}: {action.note}</span>}
              </td>
              <td data-label={t('sa.summary.owner')}>{fields?.owner}</td>
              <td data-label={t('sa.summary.deadline')}>{formatDateLong(fields?.deadline ?? '', lang)}</td>
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
  const money = (n: number | null) => (n === null ? t('sa.report.none') : t('sa.report.euro', { amount: formatAmount(n, data.lang) }));
  const principleTitle = (key: string) => data.principles.find((x) => x.key === key)?.title ?? key;
  const [withAnswers, setWithAnswers] = useState(false);

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
                <td><StatusText status={x.status} t={t} /></td>
                <td>{t('sa.summary.answeredOf', { answered: x.answered, total: x.total })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="skc-report__section" aria-labelledby="sa-report-plan">
        <h3 id="sa-report-plan">{t('sa.report.actionPlan')}</h3>
        <section class="skc-report__activity" aria-labelledby="sa-report-school">
          <h4 id="sa-report-school">{t('sa.report.schoolWide')}</h4>
          <p><StatusText status={assessed.school.status} t={t} /></p>
          <PartActions part={assessed.school} actions={a.actions} t={t} lang={data.lang} />
        </section>
        {assessed.activities.map((part) => part.activity && (
          <section key={part.scope} class="skc-report__activity" aria-label={part.activity.name}>
            <h4>{part.activity.name}</h4>
            <p>
              <StatusText status={part.status} t={t} />
              <span class="skc-block skc-hint">
                {t(`kind.${part.activity.kind}`)} · {t('sa.report.cost')}: {part.activity.costPerPupil === null ? t('sa.report.costUnknown') : money(part.activity.costPerPupil)} · {t(`sa.funding.${part.activity.fundedBy}`)}
              </span>
            </p>
            {part.activity.notes && <p class="skc-pre">{part.activity.notes}</p>}
            <PartActions part={part} actions={a.actions} t={t} lang={data.lang} />
          </section>
        ))}
      </section>

      <div class="skc-field skc-field--inline skc-no-print">
        <input id="sa-report-answers" type="checkbox" checked={withAnswers} onChange={(e) => setWithAnswers(e.currentTarget.checked)} />
        <label for="sa-report-answers">{t('sa.report.withAnswers')}</label>
      </div>
      {withAnswers && (
        <section class="skc-report__section" aria-labelledby="sa-report-answers-title">
          <h3 id="sa-report-answers-title">{t('sa.report.answers')}</h3>
          {[assessed.school, ...assessed.activities].map((part) => (
            <section key={part.scope} class="skc-report__activity" aria-label={part.activity?.name ?? t('sa.report.schoolWide')}>
              <h4>{part.activity?.name ?? t('sa.report.schoolWide')}</h4>
              <AnswerTable items={part.questions} />
            </section>
          ))}
        </section>
      )}

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
