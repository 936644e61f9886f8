import { useRef } from 'preact/hooks';
import type { AnswerValue } from '../../../domain';
import type { AssessedQuestion } from '../../../domain/assessment/assess';
import { LIMITS } from '../../../domain/assessment/format/constants';
import { useApp } from './context';
import { Choices, type Picked } from './Choices';
import { moveOnFrom } from './move-on';

const VALUES: AnswerValue[] = ['yes', 'partly', 'no', 'na'];

interface Props {
  scope: string;
  item: AssessedQuestion;
  /** Its place among the step's questions (1-based) and how many there are, as "Vraag 3 van 12". */
  number: number;
  count: number;
}

/**
 * One question: a fieldset of four native radios, what a "nee" means, help and principle one click away,
 * a note once answered. An answer taken over (from last school year's assessment, or from another activity)
 * shows as chosen, marked in words and shape, until the school confirms it ("Klopt") or chooses an answer
 * itself; the words say "Overgenomen", not where from, so they are true in both cases.
 */
export function QuestionField({ scope, item, number, count }: Props) {
  const { state, t, data } = useApp();
  const { question, answer, review, isNew, recheck } = item;
  const self = useRef<HTMLFieldSetElement>(null);
  const lang = data.lang;
  const id = `q-${scope}-${question.id}`;
  const principle = data.principles.find((p) => p.key === question.principle);
  const confirm = () => state.edit({ type: 'confirm', scope, questionId: question.id });
  const chosen = (value: AnswerValue, picked: Picked) => {
    state.answer(scope, question.id, value);
    if (picked.pointer) moveOnFrom(self.current);
  };
  const again = (_: AnswerValue, picked: Picked) => {
    if (!recheck) return;
    confirm();
    if (picked.pointer) moveOnFrom(self.current);
  };
  const modifier = recheck ? ' skc-question--recheck' : review || isNew ? ' skc-question--review' : '';
  return (
    <fieldset class={`skc-question${modifier}`} id={id} tabIndex={-1} ref={self}>
      <legend class="skc-question__legend">{question.text[lang]}</legend>
      <p class="skc-question__meta">
        {t('sa.question.number', { number, total: count })} · {t(`sa.question.concern.${question.concern}`)}
      </p>
      {review && <p class="skc-question__review"><strong>{t('sa.question.review')}</strong></p>}
      {isNew && <p class="skc-question__review"><strong>{t('sa.question.new')}</strong></p>}
      {recheck && (
        <p class="skc-question__recheck" id={`${id}-recheck`}>
          <span class="skc-recheck-mark" aria-hidden="true">?</span> <strong>{t('sa.question.recheck')}</strong> {t('sa.question.recheckHint')}
        </p>
      )}
      <Choices name={id} options={VALUES.map((value) => ({ value, label: t(`answer.${value}`) }))} value={answer?.value} onChange={chosen} onAgain={again} />
      {recheck && (
        <p>
          <button
            type="button"
            class="skc-button skc-button--secondary"
            aria-describedby={`${id}-recheck`}
            onClick={() => {
              confirm();
              // The button goes with the mark: the reader's place moves on rather than to the page's top.
              moveOnFrom(self.current);
            }}
          >
            {t('sa.question.confirm')}
          </button>
        </p>
      )}
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
