// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useApp } from '../../src/islands/self-assessment/context';
import { QuestionField } from '../../src/islands/self-assessment/QuestionField';
import { answers, makeAssessment, testChecklist } from '../fixtures/checklist';
import { nl, renderWithState } from './support';

/** One school-wide question, showing the answer the state holds, as SchoolStep does. */
function SchoolQuestion({ id }: { id: string }) {
  const { state } = useApp();
  const question = testChecklist.schoolQuestions.find((q) => q.id === id)!;
  return <QuestionField scope="school" question={question} answer={state.current.value!.schoolAnswers[id]} />;
}

const NOTE = nl['sa.question.note'];

describe('a question', () => {
  it('offers the four answers as radio buttons in a group named by the question', () => {
    renderWithState(<SchoolQuestion id="inform-parents" />, { assessment: makeAssessment() });
    const group = screen.getByRole('group', { name: 'Vraag inform-parents?' });
    const names = within(group).getAllByRole('radio').map((radio) => radio.getAttribute('value'));
    expect(names).toEqual(['yes', 'partly', 'no', 'na']);
    for (const name of ['ja', 'deels', 'nee', 'n.v.t.']) expect(within(group).getByRole('radio', { name })).toBeTruthy();
  });

  it('has no answer chosen before the school answers', () => {
    renderWithState(<SchoolQuestion id="inform-parents" />, { assessment: makeAssessment() });
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.some((radio) => radio.checked)).toBe(false);
  });

  it('stores the answer the school chooses', () => {
    const { state } = renderWithState(<SchoolQuestion id="inform-parents" />, { assessment: makeAssessment() });
    fireEvent.click(screen.getByRole('radio', { name: 'deels' }));
    expect(state.current.value!.schoolAnswers['inform-parents']?.value).toBe('partly');
    expect((screen.getByRole('radio', { name: 'deels' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows an earlier answer as chosen', () => {
    renderWithState(<SchoolQuestion id="inform-parents" />, {
      assessment: makeAssessment({ schoolAnswers: answers({ 'inform-parents': 'no' }) }),
    });
    expect((screen.getByRole('radio', { name: 'nee' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows the note field only once the question is answered', () => {
    renderWithState(<SchoolQuestion id="inform-parents" />, { assessment: makeAssessment() });
    expect(screen.queryByRole('textbox', { name: NOTE })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'ja' }));
    expect(screen.getByRole('textbox', { name: NOTE })).toBeTruthy();
  });

  it('stores the note the school types', () => {
    const { state } = renderWithState(<SchoolQuestion id="inform-parents" />, {
      assessment: makeAssessment({ schoolAnswers: answers({ 'inform-parents': 'partly' }) }),
    });
    fireEvent.input(screen.getByRole('textbox', { name: NOTE }), { target: { value: 'Staat in de schoolgids.' } });
    expect(state.current.value!.schoolAnswers['inform-parents']?.note).toBe('Staat in de schoolgids.');
  });

  it('keeps the note when the answer is changed', () => {
    const { state } = renderWithState(<SchoolQuestion id="inform-parents" />, {
      assessment: makeAssessment({ schoolAnswers: answers({ 'inform-parents': 'partly' }) }),
    });
    fireEvent.input(screen.getByRole('textbox', { name: NOTE }), { target: { value: 'Staat in de schoolgids.' } });
    fireEvent.click(screen.getByRole('radio', { name: 'ja' }));
    expect(state.current.value!.schoolAnswers['inform-parents']).toMatchObject({ value: 'yes', note: 'Staat in de schoolgids.' });
    expect((screen.getByRole('textbox', { name: NOTE }) as HTMLTextAreaElement).value).toBe('Staat in de schoolgids.');
  });

  it('asks the school to check an answer given before the question was revised', () => {
    // no-payer-lists was revised in checklist version 2; this answer was given against version 1.
    renderWithState(<SchoolQuestion id="no-payer-lists" />, {
      assessment: makeAssessment({ checklistVersion: 1, schoolAnswers: answers({ 'no-payer-lists': 'yes' }, 1) }),
    });
    expect(screen.getByRole('group', { name: 'Vraag no-payer-lists?' }).textContent).toContain(nl['sa.question.review']);
  });

  it('does not ask for a check when the answer is newer than the question', () => {
    renderWithState(<SchoolQuestion id="no-payer-lists" />, {
      assessment: makeAssessment({ schoolAnswers: answers({ 'no-payer-lists': 'yes' }, 2) }),
    });
    expect(screen.getByRole('group', { name: 'Vraag no-payer-lists?' }).textContent).not.toContain(nl['sa.question.review']);
  });

  it('stops asking for a check once the school answers the revised question again', () => {
    renderWithState(<SchoolQuestion id="no-payer-lists" />, {
      assessment: makeAssessment({ checklistVersion: 1, schoolAnswers: answers({ 'no-payer-lists': 'yes' }, 1) }),
    });
    fireEvent.click(screen.getByRole('radio', { name: 'nee' }));
    expect(screen.getByRole('group', { name: 'Vraag no-payer-lists?' }).textContent).not.toContain(nl['sa.question.review']);
  });

  it('marks a question that is new since the assessment was filled in, until it is answered', () => {
    renderWithState(<SchoolQuestion id="no-payer-lists" />, {
      assessment: makeAssessment({ checklistVersion: 1, schoolAnswers: answers({ 'inform-parents': 'yes' }, 1) }),
    });
    const group = () => screen.getByRole('group', { name: 'Vraag no-payer-lists?' });
    expect(group().textContent).toContain(nl['sa.question.new']);
    fireEvent.click(screen.getByRole('radio', { name: 'ja' }));
    expect(group().textContent).not.toContain(nl['sa.question.new']);
  });

  it('links to the principle behind the question', () => {
    renderWithState(<SchoolQuestion id="mr-approved" />, { assessment: makeAssessment() });
    const link = screen.getByRole('link', { name: 'Lees het uitgangspunt: De MR stemt in (opent in een nieuw tabblad)' });
    expect(link.getAttribute('href')).toBe('/uitgangspunten/mr/');
  });
});
