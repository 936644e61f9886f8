import type { AnswerValue } from '../../../domain';
import type { AssessedQuestion } from '../../../domain/assessment/assess';
import { LIMITS } from '../../../domain/assessment/format/constants';
import { useApp } from './context';
import { Choices } from './Choices';

const VALUES: AnswerValue[] = ['yes', 'partly', 'no', 'na'];

interface Props {
  scope: string;
  item: AssessedQuestion;
}

/** One question: a fieldset of four native radios, help and principle one click away, a note once answered. */
export function QuestionField({ scope, item }: Props) {
  const { state, t, data } = useApp();
  const { question, answer, review, isNew } = item;
  const lang = data.lang;
  const id = `q-${scope}-${question.id}`;
  const principle = data.principles.find((p) => p.key === question.principle);
  return (
    <fieldset class={`skc-question${review || isNew ? ' skc-question--review' : ''}`} id={id}>
      <legend class="skc-question__legend">{question.text[lang]}</legend>
      <p class="skc-question__severity">{t(question.severity === 'critical' ? 'sa.critical' : 'sa.improvement')}</p>
      {review && <p class="skc-question__review"><strong>{t('sa.question.review')}</strong></p>}
      {isNew && <p class="skc-question__review"><strong>{t('sa.question.new')}</strong></p>}
      <Choices name={id} options={VALUES.map((value) => ({ value, label: t(`answer.${value}`) }))} value={answer?.value} onChange={(value) => state.answer(scope, question.id, value)} />
      <details class="skc-question__help">
        <summary>{t('sa.question.help')}</summary>
        <div dangerouslySetInnerHTML={{ __html: data.help[question.id] ?? '' }} />
        {principle && <p><a href={principle.href} target="_blank" rel="noopener">{t('sa.question.principleLink', { title: principle.title })}</a></p>}
      </details>
      {answer && (
        <div class="skc-field">
          <label for={`${id}-note`}>{t('sa.question.note')}</label>
          <textarea
            id={`${id}-note`}
            class="skc-input skc-textarea"
            rows={2}
            maxLength={LIMITS.longText}
            value={answer.note}
            onInput={(e) => state.setNote(scope, question.id, e.currentTarget.value)}
          />
        </div>
      )}
    </fieldset>
  );
}
