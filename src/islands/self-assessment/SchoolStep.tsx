import { schoolQuestionsFor } from '../../domain/assessment/applicable';
import { TOPICS } from '../../domain/vocabulary';
import { useApp } from './context';
import { QuestionField } from './QuestionField';
import { StatusText } from './StatusText';
import { StepHeading } from './StepHeading';

export function SchoolStep() {
  const { state, t } = useApp();
  const a = state.current.value!;
  const questions = schoolQuestionsFor(state.checklist, a.profile.schoolType);
  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.steps.school')}</StepHeading>
      <p><StatusText status={state.schoolStatus.value ?? 'incomplete'} /></p>
      {TOPICS.map((topic) => {
        const inTopic = questions.filter((q) => q.topic === topic);
        if (!inTopic.length) return null;
        return (
          <section key={topic} aria-labelledby={`sa-topic-${topic}`}>
            <h3 id={`sa-topic-${topic}`}>{t(`topic.${topic}`)}</h3>
            {inTopic.map((q) => (
              <QuestionField key={q.id} scope="school" question={q} answer={a.schoolAnswers[q.id]} />
            ))}
          </section>
        );
      })}
    </section>
  );
}
