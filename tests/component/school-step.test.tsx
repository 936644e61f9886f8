// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { schoolQuestionsFor } from '../../src/domain/assessment/applicable';
import type { Assessment } from '../../src/domain/assessment/format/schema';
import { TOPICS } from '../../src/domain/vocabulary';
import { answers, makeAssessment, testChecklist } from '../fixtures/checklist';
import { nl, questionGroups, questionText, renderWithState, Screens } from './support';

/** A vo school whose step 1 is done, on the school-wide step as the app shows it. */
const renderSchool = (fields: Partial<Assessment> = {}) => {
  const base = makeAssessment({ id: 'noorderlicht', ...fields });
  return renderWithState(<Screens />, { assessment: { ...base, profile: { ...base.profile, mrInvolved: 'yes' } }, prepare: (state) => state.goStep('school') });
};
/** The school-wide questions as the step shows them: by topic, in the flow's order. */
const shown = TOPICS.flatMap((topic) => schoolQuestionsFor(testChecklist, 'vo').filter((q) => q.topic === topic));
const group = (id: string) => screen.getByRole('group', { name: questionText(id) });
const resume = () => screen.queryByRole('link', { name: /^Verder bij vraag \d+$/ });

describe('the school-wide step', () => {
  it('asks the questions for this type of school, numbered as shown', () => {
    renderSchool();
    expect(questionGroups()).toEqual(shown.map((q) => questionText(q.id)));
    shown.forEach((q, i) => expect(group(q.id).textContent).toContain(`Vraag ${i + 1} van ${shown.length}`));
  });

  it('starts at the top when nothing is answered yet', () => {
    renderSchool();
    expect(resume()).toBeNull();
    expect(document.activeElement).not.toBe(group(shown[0]!.id));
  });

  it('goes back to the first open question on coming back, with a link to it at the top', () => {
    renderSchool({ schoolAnswers: answers({ [shown[0]!.id]: 'yes' }) });
    expect(resume()!.textContent).toBe('Verder bij vraag 2');
    expect(document.activeElement).toBe(group(shown[1]!.id));
    (document.activeElement as HTMLElement).blur();
    fireEvent.click(resume()!);
    expect(document.activeElement).toBe(group(shown[1]!.id));
  });

  it('has no link once every question is answered', () => {
    renderSchool({ schoolAnswers: answers(Object.fromEntries(shown.map((q) => [q.id, 'yes']))) });
    expect(resume()).toBeNull();
  });

  it('moves to the next question when an answer is clicked, and to the next step after the last one', () => {
    const { state } = renderSchool();
    const click = (id: string) => {
      const radio = within(group(id)).getByRole('radio', { name: nl['answer.yes'] });
      fireEvent.pointerDown(radio);
      fireEvent.click(radio);
    };
    click(shown[0]!.id);
    expect(document.activeElement).toBe(group(shown[1]!.id));
    click(shown.at(-1)!.id);
    const next = screen.getByRole('button', { name: nl['sa.continueTo'].replace('{step}', nl['sa.steps.activities']) });
    expect(document.activeElement).toBe(next);
    fireEvent.click(next);
    expect(state.route.value).toEqual({ name: 'assessment', id: 'noorderlicht', step: 'activities' });
  });
});
