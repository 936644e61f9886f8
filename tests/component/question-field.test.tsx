// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { QuestionField } from '../../src/islands/self-assessment/views/QuestionField';
import { useApp } from '../../src/islands/self-assessment/views/context';
import { answer, answers, makeActivity, makeAssessment } from '../fixtures/checklist';
import { nl, questionText, renderWithState, typeKeys } from './support';

/** One question of a part (school-wide or an activity), as the state works it out, as the steps show it. */
function Question({ id, scope = 'school' }: { id: string; scope?: string }) {
  const { state } = useApp();
  const item = state.assessed.value!.byScope.get(scope)!.questions.find((q) => q.question.id === id)!;
  return <QuestionField scope={scope} item={item} number={3} count={12} />;
}

const NOTE = nl['sa.question.note'];
const group = (id: string) => screen.getByRole('group', { name: questionText(id) });

describe('a question', () => {
  it('offers the four answers as radio buttons in a group named by the question', () => {
    renderWithState(<Question id="inform-parents" />, { assessment: makeAssessment() });
    const values = within(group('inform-parents')).getAllByRole('radio').map((radio) => radio.getAttribute('value'));
    expect(values).toEqual(['yes', 'partly', 'no', 'na']);
    for (const value of ['yes', 'partly', 'no', 'na']) expect(within(group('inform-parents')).getByRole('radio', { name: nl[`answer.${value}` as keyof typeof nl] as string })).toBeTruthy();
  });

  it('has no answer chosen before the school answers', () => {
    renderWithState(<Question id="inform-parents" />, { assessment: makeAssessment() });
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.some((radio) => radio.checked)).toBe(false);
  });

  it('stores the answer the school chooses', () => {
    const { state } = renderWithState(<Question id="inform-parents" />, { assessment: makeAssessment() });
    fireEvent.click(screen.getByRole('radio', { name: nl['answer.partly'] }));
    expect(state.current.value!.schoolAnswers['inform-parents']?.value).toBe('partly');
    expect((screen.getByRole('radio', { name: nl['answer.partly'] }) as HTMLInputElement).checked).toBe(true);
  });

  it('stores the answer for the activity it is asked for, not school-wide', () => {
    const assessment = makeAssessment({ activities: [makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day' })] });
    const { state } = renderWithState(<Question id="everyone-joins" scope="trip" />, { assessment });
    fireEvent.click(screen.getByRole('radio', { name: nl['answer.no'] }));
    expect(state.current.value!.activities[0]!.answers['everyone-joins']?.value).toBe('no');
    expect(state.current.value!.schoolAnswers).toEqual({});
  });

  it('shows an earlier answer as chosen', () => {
    renderWithState(<Question id="inform-parents" />, { assessment: makeAssessment({ schoolAnswers: answers({ 'inform-parents': 'no' }) }) });
    expect((screen.getByRole('radio', { name: nl['answer.no'] }) as HTMLInputElement).checked).toBe(true);
  });

  it('says in words what a “nee” or “deels” means: exclusion (the law), a cost barrier or missing information', () => {
    const assessment = makeAssessment({ activities: [makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', traits: ['gear'] })] });
    renderWithState(<><Question id="mr-approved" /><Question id="inform-parents" /><Question id="gear-lent" scope="trip" /></>, { assessment });
    expect(group('mr-approved').textContent).toContain(nl['sa.question.concern.exclusion']);
    expect(group('inform-parents').textContent).toContain(nl['sa.question.concern.information']);
    expect(group('gear-lent').textContent).toContain(nl['sa.question.concern.cost-barrier']);
  });

  it('says where it stands among the step’s questions', () => {
    renderWithState(<Question id="inform-parents" />, { assessment: makeAssessment() });
    expect(group('inform-parents').textContent).toContain('Vraag 3 van 12');
  });

  it('shows the note field only once the question is answered', () => {
    renderWithState(<Question id="inform-parents" />, { assessment: makeAssessment() });
    expect(screen.queryByRole('textbox', { name: NOTE })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: nl['answer.yes'] }));
    expect(screen.getByRole('textbox', { name: NOTE })).toBeTruthy();
  });

  it('stores the note the school types', () => {
    const { state } = renderWithState(<Question id="inform-parents" />, {
      assessment: makeAssessment({ schoolAnswers: answers({ 'inform-parents': 'partly' }) }),
    });
    typeKeys(screen.getByRole('textbox', { name: NOTE }) as HTMLTextAreaElement, 'Staat in de schoolgids.');
    expect(state.current.value!.schoolAnswers['inform-parents']?.note).toBe('Staat in de schoolgids.');
  });

  it('keeps the note when the answer is changed', () => {
    const { state } = renderWithState(<Question id="inform-parents" />, {
      assessment: makeAssessment({ schoolAnswers: answers({ 'inform-parents': 'partly' }) }),
    });
    typeKeys(screen.getByRole('textbox', { name: NOTE }) as HTMLTextAreaElement, 'Staat in de schoolgids.');
    fireEvent.click(screen.getByRole('radio', { name: nl['answer.yes'] }));
    expect(state.current.value!.schoolAnswers['inform-parents']).toMatchObject({ value: 'yes', note: 'Staat in de schoolgids.' });
    expect((screen.getByRole('textbox', { name: NOTE }) as HTMLTextAreaElement).value).toBe('Staat in de schoolgids.');
  });

  it('asks the school to check an answer given before the question was revised', () => {
    // no-payer-lists was revised in checklist version 2; this answer was given against version 1.
    renderWithState(<Question id="no-payer-lists" />, {
      assessment: makeAssessment({ checklistVersion: 1, schoolAnswers: answers({ 'no-payer-lists': 'yes' }, 1) }),
    });
    expect(group('no-payer-lists').textContent).toContain(nl['sa.question.review']);
  });

  it('does not ask for a check when the answer is newer than the question', () => {
    renderWithState(<Question id="no-payer-lists" />, {
      assessment: makeAssessment({ schoolAnswers: answers({ 'no-payer-lists': 'yes' }, 2) }),
    });
    expect(group('no-payer-lists').textContent).not.toContain(nl['sa.question.review']);
  });

  it('stops asking for a check once the school answers the revised question again', () => {
    renderWithState(<Question id="no-payer-lists" />, {
      assessment: makeAssessment({ checklistVersion: 1, schoolAnswers: answers({ 'no-payer-lists': 'yes' }, 1) }),
    });
    fireEvent.click(screen.getByRole('radio', { name: nl['answer.no'] }));
    expect(group('no-payer-lists').textContent).not.toContain(nl['sa.question.review']);
  });

  it('marks a question that is new since the assessment was filled in, until it is answered', () => {
    renderWithState(<Question id="no-payer-lists" />, {
      assessment: makeAssessment({ checklistVersion: 1, schoolAnswers: answers({ 'inform-parents': 'yes' }, 1) }),
    });
    expect(group('no-payer-lists').textContent).toContain(nl['sa.question.new']);
    fireEvent.click(screen.getByRole('radio', { name: nl['answer.yes'] }));
    expect(group('no-payer-lists').textContent).not.toContain(nl['sa.question.new']);
  });

  it('links to the principle behind the question, opening in a new tab', () => {
    renderWithState(<Question id="mr-approved" />, { assessment: makeAssessment() });
    const link = screen.getByRole('link', { name: 'Lees het uitgangspunt: De MR stemt in (opent in een nieuw tabblad)' });
    expect(link.getAttribute('href')).toBe('/uitgangspunten/mr/');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});

describe('an answer taken over from another activity', () => {
  const takenOver = () =>
    makeAssessment({
      activities: [makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', answers: { 'everyone-joins': { ...answer('no'), recheck: true } } })],
    });

  it('shows the answer chosen, marked in words, with a button to confirm it', () => {
    renderWithState(<Question id="everyone-joins" scope="trip" />, { assessment: takenOver() });
    expect((within(group('everyone-joins')).getByRole('radio', { name: nl['answer.no'] }) as HTMLInputElement).checked).toBe(true);
    expect(group('everyone-joins').textContent).toContain(nl['sa.question.recheck']);
    expect(within(group('everyone-joins')).getByRole('button', { name: nl['sa.question.confirm'], description: `${nl['sa.question.recheck']} ${nl['sa.question.recheckHint']}` })).toBeTruthy();
  });

  it('is confirmed by “Klopt”, keeping the answer', () => {
    const { state } = renderWithState(<Question id="everyone-joins" scope="trip" />, { assessment: takenOver() });
    fireEvent.click(screen.getByRole('button', { name: nl['sa.question.confirm'] }));
    expect(state.current.value!.activities[0]!.answers['everyone-joins']).toMatchObject({ value: 'no', recheck: false });
    expect(group('everyone-joins').textContent).not.toContain(nl['sa.question.recheck']);
    expect(screen.queryByRole('button', { name: nl['sa.question.confirm'] })).toBeNull();
  });

  it('is confirmed by choosing the same answer again, or replaced by choosing another', () => {
    const { state } = renderWithState(<Question id="everyone-joins" scope="trip" />, { assessment: takenOver() });
    fireEvent.click(screen.getByRole('radio', { name: nl['answer.no'] }));
    expect(state.current.value!.activities[0]!.answers['everyone-joins']).toMatchObject({ value: 'no', recheck: false });
    const again = renderWithState(<Question id="everyone-joins" scope="trip" />, { assessment: { ...takenOver(), id: 'other' } });
    fireEvent.click(within(again.container as HTMLElement).getByRole('radio', { name: nl['answer.yes'] }));
    expect(again.state.current.value!.activities[0]!.answers['everyone-joins']).toMatchObject({ value: 'yes', recheck: false });
  });
});
