import { useLayoutEffect } from 'preact/hooks';
import { TOPICS } from '../../../domain/vocabulary';
import type { SchoolQuestion } from '../../../domain';
import { useApp } from './context';
import { bringIntoView } from './move-on';
import { QuestionField } from './QuestionField';
import { StatusText } from './StatusText';
import { StepHeading } from './StepHeading';

/**
 * The school-wide questions, by topic. Coming back to it (from another step, or after a reload) the
 * reader's place is the first open question: focus and scroll go there, and a link at the top says so.
 * The place is not stored: it follows from the answers, so it is right in every tab and after an import.
 */
export function SchoolStep() {
  const { state, t } = useApp();
  const school = state.assessed.value!.school;
  const byTopic = TOPICS.map((topic) => ({ topic, questions: school.questions.filter((q) => (q.question as SchoolQuestion).topic === topic) }));
  // Numbered as they are shown, across topics: "Vraag 3 van 20".
  const questions = byTopic.flatMap((group) => group.questions);
  const numbers = new Map(questions.map((q, i) => [q.question.id, i + 1]));
  const open = questions.findIndex((q) => !q.answer || q.recheck);
  const resume = open >= 0 && questions.some((q) => q.answer) ? questions[open]! : null;
  const toConfirm = school.toConfirm;
  const resumeId = resume ? `q-school-${resume.question.id}` : '';
  // Only on arrival: the place is where the person was, not where an answer just moved it.
  useLayoutEffect(() => {
    if (resumeId) bringIntoView(document.getElementById(resumeId));
  }, []);
  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.steps.school')}</StepHeading>
      <p>
        <StatusText status={school.status} t={t} /> · {t('sa.activities.answered', { answered: school.answered, total: school.total })}
        {toConfirm > 0 && <> · {t('sa.activities.toConfirm', { count: toConfirm })}</>}
      </p>
      {resume && (
        <p>
          <a
            href={`#${resumeId}`}
            class="skc-resume"
            onClick={(e) => {
              e.preventDefault();
              bringIntoView(document.getElementById(resumeId));
            }}
          >
            {t('sa.school.resume', { number: open + 1 })}
          </a>
        </p>
      )}
      {byTopic.map(({ topic, questions: inTopic }) => {
        if (!inTopic.length) return null;
        return (
          <section key={topic} aria-labelledby={`sa-topic-${topic}`}>
            <h3 id={`sa-topic-${topic}`}>{t(`topic.${topic}`)}</h3>
            {inTopic.map((q) => (
              <QuestionField key={q.question.id} scope="school" item={q} number={numbers.get(q.question.id)!} count={questions.length} />
            ))}
          </section>
        );
      })}
      <p>
        <button type="button" class="skc-button skc-questions-done" onClick={() => state.goStep('activities')}>
          {t('sa.continueTo', { step: t('sa.steps.activities') })}
        </button>
      </p>
    </section>
  );
}
