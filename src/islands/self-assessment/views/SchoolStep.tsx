import { TOPICS } from '../../../domain/vocabulary';
import type { SchoolQuestion } from '../../../domain';
import { useApp } from './context';
import { QuestionField } from './QuestionField';
import { StatusText } from './StatusText';
import { StepHeading } from './StepHeading';

export function SchoolStep() {
  const { state, t } = useApp();
  const school = state.assessed.value!.school;
  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.steps.school')}</StepHeading>
      <p><StatusText status={school.status} t={t} /></p>
      {TOPICS.map((topic) => {
        const inTopic = school.questions.filter((q) => (q.question as SchoolQuestion).topic === topic);
        if (!inTopic.length) return null;
        return (
          <section key={topic} aria-labelledby={`sa-topic-${topic}`}>
            <h3 id={`sa-topic-${topic}`}>{t(`topic.${topic}`)}</h3>
            {inTopic.map((q) => (
              <QuestionField key={q.question.id} scope="school" item={q} />
            ))}
          </section>
        );
      })}
    </section>
  );
}
