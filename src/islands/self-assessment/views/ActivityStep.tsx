import { useState } from 'preact/hooks';
import type { ActivityPatch } from '../../../domain/assessment/edit';
import { ActivityDetails } from './ActivityDetails';
import { useApp } from './context';
import { CopyAnswers } from './CopyAnswers';
import { QuestionField } from './QuestionField';
import { StatusText } from './StatusText';
import { StepHeading } from './StepHeading';

export function ActivityStep({ id }: { id: string }) {
  const { state, t } = useApp();
  // What a change of the details did to the questions, shown and announced ("3 vragen passen niet meer…").
  const [changed, setChanged] = useState('');
  const part = state.assessed.value?.byScope.get(id);
  // Removed meanwhile (in another tab): the state moves to the list of activities and says so.
  if (!part?.activity) return null;
  const activity = part.activity;
  const update = (patch: ActivityPatch) => {
    const before = new Set(part.questions.map((q) => q.question.id));
    if (!state.updateActivity(id, patch).ok) return;
    const after = new Set(state.assessed.value?.byScope.get(id)?.questions.map((q) => q.question.id) ?? []);
    const gone = [...before].filter((q) => !after.has(q)).length;
    const added = [...after].filter((q) => !before.has(q)).length;
    if (gone || added) {
      setChanged([gone ? t('sa.activity.questionsGone', { count: gone }) : '', added ? t('sa.activity.questionsAdded', { count: added }) : ''].filter(Boolean).join(' '));
    }
  };
  const dropped = activity.optional && activity.optionalDecision === 'drop';
  const toConfirm = part.toConfirm;
  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{activity.name}</StepHeading>
      <p>
        <StatusText status={part.status} t={t} /> · {t('sa.activities.answered', { answered: part.answered, total: part.total })}
        {toConfirm > 0 && <> · {t('sa.activities.toConfirm', { count: toConfirm })}</>}
      </p>
      <p>
        <button type="button" class="skc-link-button" onClick={() => state.goStep('activities')}>
          <span aria-hidden="true">← </span>{t('sa.activity.backToList')}
        </button>
      </p>
      <ActivityDetails part={part} update={update} />
      {part.questions.length > 0 && <CopyAnswers id={id} />}
      <h3 id="sa-act-questions">{t('sa.activity.questions')}</h3>
      <p role="status" class="skc-questions-changed">{changed}</p>
      {dropped && <p>{t('sa.activity.dropped')}</p>}
      {part.questions.map((q, i) => (
        <QuestionField key={q.question.id} scope={activity.id} item={q} number={i + 1} count={part.questions.length} />
      ))}
      <p>
        <button type="button" class="skc-button skc-questions-done" onClick={() => state.goStep('activities')}>
          {t('sa.activity.done')}
        </button>
      </p>
    </section>
  );
}
