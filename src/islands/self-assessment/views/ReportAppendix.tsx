import type { Assessed, AssessedQuestion } from '../../../domain/assessment/assess';
import type { Lang } from '../../../domain/vocabulary';
import type { Translate } from '../data';

interface Props {
  t: Translate;
  lang: Lang;
  withNotes: boolean;
}

function AnswerTable({ items, t, lang, withNotes }: Props & { items: readonly AssessedQuestion[] }) {
  return (
    <table class="skc-table skc-answer-table">
      <thead>
        <tr>
          <th scope="col">{t('sa.report.question')}</th>
          <th scope="col">{t('sa.report.answer')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map(({ question, answer, recheck }) => (
          <tr key={question.id}>
            <td>
              {question.text[lang]}
              {withNotes && answer?.note && <span class="skc-block skc-hint skc-pre">{t('sa.report.note')}: {answer.note}</span>}
            </td>
            <td class="skc-answer-cell">
              {answer ? t(`answer.${answer.value}`) : t('sa.report.unanswered')}
              {recheck && <span class="skc-block skc-hint">{t('sa.report.recheck')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The appendix the reader can add: every question that applies, per part, with its answer. */
export function ReportAppendix({ assessed, t, lang, withNotes }: Props & { assessed: Assessed }) {
  return (
    <section class="skc-report__section skc-report__appendix" aria-labelledby="sa-report-answers-title">
      <h3 id="sa-report-answers-title">{t('sa.report.answers')}</h3>
      {[assessed.school, ...assessed.activities].map((part) => (
        <section key={part.scope} class="skc-report__part" aria-label={part.activity?.name ?? t('sa.report.schoolWide')}>
          <h4>{part.activity?.name ?? t('sa.report.schoolWide')}</h4>
          {part.questions.length ? <AnswerTable items={part.questions} t={t} lang={lang} withNotes={withNotes} /> : <p>{t('sa.report.noQuestions')}</p>}
        </section>
      ))}
    </section>
  );
}
