// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { activityQuestionsFor } from '../../src/domain/assessment/applicable';
import type { Activity, Assessment } from '../../src/domain/assessment/format/schema';
import { seal } from '../../src/domain/assessment/format/seal';
import { ACTIVITY_TRAITS } from '../../src/domain/vocabulary';
import { answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';
import { expectFocusOnMessage, focus, leave, nl, questionGroups, questionText, renderWithState, retype, Screens, typeKeys } from './support';

/** A vo school whose step 1 is done (type and MR chosen), so its steps open. */
const school = (fields: Partial<Assessment>): Assessment => {
  const base = makeAssessment(fields);
  return { ...base, profile: { ...base.profile, mrInvolved: 'yes' } };
};

const trip = (fields: Partial<Activity> = {}) =>
  makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', traits: ['travel'], fundedBy: 'contribution', answers: answers({ 'cost-known': 'yes' }), ...fields });

const withTrip = (fields: Partial<Activity> = {}) =>
  school({ id: 'noorderlicht', activities: [makeActivity({ id: 'camp', name: 'Kamp', kind: 'multi-day' }), trip(fields)] });

/** The step of the trip as the app shows it: open in the address, with the notice above it. */
const renderTrip = (assessment = withTrip()) => renderWithState(<Screens />, { assessment, prepare: (state) => state.openActivity('trip') });

const details = () => screen.getByRole('region', { name: nl['sa.activity.details'] });
const nameField = () => within(details()).getByRole('textbox', { name: nl['sa.activities.name'] }) as HTMLInputElement;
const trait = (key: (typeof ACTIVITY_TRAITS)[number]) => within(details()).getByRole('checkbox', { name: nl[`sa.trait.${key}`] }) as HTMLInputElement;
const payer = () => within(details()).getByRole('group', { name: nl['sa.activities.fundedBy'] });
const questionStatus = () => screen.getAllByRole('status').find((el) => el.classList.contains('skc-questions-changed'))!;
const trips = (state: { current: { value: Assessment | null } }) => state.current.value!.activities[1]!;
/** Answers a question with a mouse or finger: a press, then the click. */
const clickAnswer = (id: string, value: string) => {
  const radio = within(screen.getByRole('group', { name: questionText(id) })).getByRole('radio', { name: nl[`answer.${value}` as 'answer.no'] });
  fireEvent.pointerDown(radio);
  fireEvent.click(radio);
};

describe('the step for one activity', () => {
  it('asks the questions that fit its kind and what it involves, in checklist order', () => {
    renderTrip();
    const expected = activityQuestionsFor(testChecklist, 'vo', trip()).map((q) => questionText(q.id));
    expect(questionGroups()).toEqual(expected);
  });

  it('stores answers for this activity, not school-wide', () => {
    const { state } = renderTrip();
    fireEvent.click(within(screen.getByRole('group', { name: questionText('everyone-joins') })).getByRole('radio', { name: nl['answer.no'] }));
    expect(trips(state).answers['everyone-joins']?.value).toBe('no');
    expect(state.current.value!.schoolAnswers).toEqual({});
  });

  it('shows the status in words and how many of its questions are answered', () => {
    renderTrip();
    const region = screen.getByRole('region', { name: 'Schoolreis' });
    const total = activityQuestionsFor(testChecklist, 'vo', trip()).length;
    expect(region.textContent).toContain(nl['status.incomplete']);
    expect(region.textContent).toContain(`1 van ${total} vragen beantwoord`);
    fireEvent.click(within(screen.getByRole('group', { name: questionText('everyone-joins') })).getByRole('radio', { name: nl['answer.no'] }));
    expect(region.textContent).toContain(nl['status.excludes']);
    expect(region.textContent).toContain(`2 van ${total} vragen beantwoord`);
  });

  it('goes back to all activities from the top', () => {
    const { state } = renderTrip();
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activity.backToList'] }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'noorderlicht', step: 'activities' });
  });

  it('goes back to all activities when done with it', () => {
    const { state } = renderTrip();
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activity.done'] }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'noorderlicht', step: 'activities' });
  });
});

describe('answering faster', () => {
  it('moves to the next question once an answer is clicked', () => {
    renderTrip();
    const [first, second] = activityQuestionsFor(testChecklist, 'vo', trip());
    clickAnswer(first!.id, 'yes');
    expect(document.activeElement).toBe(screen.getByRole('group', { name: questionText(second!.id) }));
  });

  it('moves to “Klaar met deze activiteit” after the last question', () => {
    renderTrip();
    const last = activityQuestionsFor(testChecklist, 'vo', trip()).at(-1)!;
    clickAnswer(last.id, 'na');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: nl['sa.activity.done'] }));
  });

  it('stays in the question when the answer is chosen with the keyboard, so arrow keys keep moving within it', () => {
    renderTrip();
    const first = activityQuestionsFor(testChecklist, 'vo', trip())[0]!;
    const group = screen.getByRole('group', { name: questionText(first.id) });
    const radio = within(group).getByRole('radio', { name: nl['answer.partly'] });
    fireEvent.keyDown(radio, { key: 'ArrowRight' });
    radio.focus();
    fireEvent.click(radio);
    expect(document.activeElement).toBe(radio);
  });
});

describe('the details of an activity', () => {
  it('are in view, not folded away', () => {
    renderTrip();
    expect(details().closest('details')).toBeNull();
    expect(nameField()).toBeTruthy();
  });

  it('renames the activity as the new name is typed', () => {
    const { state } = renderTrip();
    retype(nameField(), 'Dagje Efteling');
    expect(trips(state).name).toBe('Dagje Efteling');
    expect(screen.getByRole('heading', { level: 2, name: 'Dagje Efteling' })).toBeTruthy();
  });

  it('keeps the old name when the name field is emptied, and asks for a name once the field is left', () => {
    const { state } = renderTrip();
    focus(nameField());
    fireEvent.input(nameField(), { target: { value: '' } });
    expect(trips(state).name).toBe('Schoolreis');
    expect(screen.queryByText(nl['sa.edit.name-missing'])).toBeNull();
    leave(nameField());
    expect(within(details()).getByRole('textbox', { name: nl['sa.activities.name'], description: nl['sa.edit.name-missing'] }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: 'Schoolreis' })).toBeTruthy();
  });

  it('stores the cost per pupil typed the Dutch way', () => {
    const { state } = renderTrip();
    const cost = within(details()).getByRole('textbox', { name: nl['sa.activities.cost'] }) as HTMLInputElement;
    focus(cost);
    typeKeys(cost, '27,50');
    leave(cost);
    expect(trips(state).costPerPupil).toBe(27.5);
    expect(cost.value).toBe('27,50');
  });

  it('stores the year group and the notes as typed', () => {
    const { state } = renderTrip();
    typeKeys(within(details()).getByRole('textbox', { name: nl['sa.activity.yearGroup'] }) as HTMLInputElement, 'klas 1');
    typeKeys(within(details()).getByRole('textbox', { name: nl['sa.activities.notes'] }) as HTMLTextAreaElement, 'Bus betaald door de school.');
    expect(trips(state)).toMatchObject({ yearGroup: 'klas 1', notes: 'Bus betaald door de school.' });
  });

  it('asks the questions of the new kind when the kind changes, keeping the answers given', () => {
    const { state } = renderTrip();
    fireEvent.change(within(details()).getByRole('combobox', { name: nl['sa.activities.kind'] }), { target: { value: 'materials-ict' } });
    const expected = activityQuestionsFor(testChecklist, 'vo', { ...trip(), kind: 'materials-ict' }).map((q) => questionText(q.id));
    expect(questionGroups()).toEqual(expected);
    expect(trips(state).answers['cost-known']?.value).toBe('yes');
  });
});

describe('what an activity involves', () => {
  it('offers every trait as a checkbox, ticked as the activity has them', () => {
    renderTrip();
    expect(within(details()).getByRole('group', { name: nl['sa.activity.traits'] })).toBeTruthy();
    for (const key of ACTIVITY_TRAITS) expect(trait(key).checked).toBe(key === 'travel');
  });

  it('adds the questions that fit a trait when it is ticked, and says so', () => {
    const { state } = renderTrip();
    expect(questionGroups()).not.toContain(questionText('gear-lent'));
    fireEvent.click(trait('gear'));
    expect(trips(state).traits).toEqual(['travel', 'gear']);
    expect(questionGroups()).toContain(questionText('gear-lent'));
    expect(questionStatus().textContent).toBe('1 vraag is erbij gekomen.');
  });

  it('leaves those questions out again when it is unticked, keeping their answers', () => {
    const { state } = renderTrip(withTrip({ traits: ['travel', 'gear'], answers: answers({ 'gear-lent': 'no' }) }));
    expect(questionGroups()).toContain(questionText('gear-lent'));
    fireEvent.click(trait('gear'));
    expect(questionGroups()).not.toContain(questionText('gear-lent'));
    expect(questionStatus().textContent).toBe('1 vraag past niet meer bij deze activiteit; het antwoord blijft bewaard.');
    expect(trips(state).answers['gear-lent']?.value).toBe('no');
  });
});

describe('who pays', () => {
  it('starts unchosen for an activity of the school’s own, and offers no “other”', () => {
    renderTrip(withTrip({ fundedBy: null }));
    const radios = within(payer()).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.some((radio) => radio.checked)).toBe(false);
    expect(radios.map((radio) => radio.value)).toEqual(['school', 'contribution', 'separate-charge', 'fund', 'parents-purchase']);
  });

  it('still shows “other” for an activity from an older file that has it', () => {
    renderTrip(withTrip({ fundedBy: 'other' }));
    expect((within(payer()).getByRole('radio', { name: nl['sa.funding.other'] }) as HTMLInputElement).checked).toBe(true);
  });

  it('leaves out the questions about paying when the school pays, and says how many', () => {
    const { state } = renderTrip();
    expect(questionGroups()).toContain(questionText('payment-unseen'));
    fireEvent.click(within(payer()).getByRole('radio', { name: nl['sa.funding.school'] }));
    expect(trips(state).fundedBy).toBe('school');
    expect(questionGroups()).not.toContain(questionText('payment-unseen'));
    expect(questionStatus().textContent).toMatch(/^1 vraag past niet meer/);
  });

  it('asks about the letter to parents when they get a separate voluntary charge', () => {
    renderTrip();
    fireEvent.click(within(payer()).getByRole('radio', { name: nl['sa.funding.separate-charge'] }));
    expect(questionGroups()).toContain(questionText('letter-voluntary'));
  });
});

describe('an activity pupils choose to join', () => {
  const optional = () => within(details()).getByRole('checkbox', { name: nl['sa.activity.optional'] });
  const decision = () => within(details()).getByRole('group', { name: nl['sa.activity.decision'] });

  it('asks for the one decision once it is marked optional, and is not finished until then', () => {
    const { state } = renderTrip();
    expect(within(details()).queryByRole('group', { name: nl['sa.activity.decision'] })).toBeNull();
    fireEvent.click(optional());
    expect(trips(state).optional).toBe(true);
    expect(decision().textContent).toContain(nl['sa.activity.decisionOpen']);
    expect(state.assessed.value!.byScope.get('trip')!.needsDecision).toBe(true);
    fireEvent.click(within(decision()).getByRole('radio', { name: nl['sa.activity.decision.free-for-all'] }));
    expect(trips(state).optionalDecision).toBe('free-for-all');
    expect(decision().textContent).not.toContain(nl['sa.activity.decisionOpen']);
  });

  it('has no questions left once the school drops it', () => {
    const { state } = renderTrip(withTrip({ optional: true }));
    fireEvent.click(within(decision()).getByRole('radio', { name: nl['sa.activity.decision.drop'] }));
    expect(trips(state).optionalDecision).toBe('drop');
    expect(questionGroups()).toEqual([]);
    expect(screen.getByText(nl['sa.activity.dropped'])).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Schoolreis' }).textContent).toContain('0 van 0 vragen beantwoord');
  });
});

describe('taking over answers from another activity', () => {
  const withTwoTrips = () =>
    school({
      id: 'noorderlicht',
      activities: [
        trip({ answers: answers({ 'everyone-joins': 'yes', 'equal-alternative': 'no', 'cost-known': 'yes' }) }),
        makeActivity({ id: 'museum', name: 'Museum', kind: 'one-day', traits: ['travel'], answers: answers({ 'cost-known': 'partly' }) }),
      ],
    });
  const renderMuseum = () => renderWithState(<Screens />, { assessment: withTwoTrips(), prepare: (state) => state.openActivity('museum') });
  const copyForm = () => screen.getByRole('form', { name: nl['sa.activity.copy.title'] });
  const museum = (state: { current: { value: Assessment | null } }) => state.current.value!.activities[1]!;
  const group = (id: string) => screen.getByRole('group', { name: questionText(id) });

  it('fills the open questions, marked to check, and says how many', () => {
    const { state } = renderMuseum();
    fireEvent.change(within(copyForm()).getByRole('combobox', { name: nl['sa.activity.copy.from'] }), { target: { value: 'trip' } });
    fireEvent.click(within(copyForm()).getByRole('button', { name: nl['sa.activity.copy.button'] }));
    expect(within(copyForm()).getByRole('status').textContent).toBe('2 antwoorden overgenomen van “Schoolreis”. Kijk ze na: kies “Klopt” of een ander antwoord.');
    expect((within(group('equal-alternative')).getByRole('radio', { name: nl['answer.no'] }) as HTMLInputElement).checked).toBe(true);
    expect(group('equal-alternative').textContent).toContain(nl['sa.question.recheck']);
    // Its own answer stays.
    expect(museum(state).answers['cost-known']).toMatchObject({ value: 'partly', recheck: false });
    // Taken over is not yet answered.
    expect(screen.getByRole('region', { name: 'Museum' }).textContent).toContain('2 overgenomen antwoorden nog na te kijken');
    expect(state.assessed.value!.byScope.get('museum')!.answered).toBe(1);
  });

  it('counts a taken-over answer once “Klopt” confirms it, and moves on', () => {
    const { state } = renderMuseum();
    fireEvent.click(within(copyForm()).getByRole('button', { name: nl['sa.activity.copy.button'] }));
    fireEvent.click(within(group('everyone-joins')).getByRole('button', { name: nl['sa.question.confirm'] }));
    expect(museum(state).answers['everyone-joins']).toMatchObject({ value: 'yes', recheck: false });
    expect(group('everyone-joins').textContent).not.toContain(nl['sa.question.recheck']);
    expect(document.activeElement).toBe(group('equal-alternative'));
  });

  it('counts it as confirmed when the school chooses an answer itself', () => {
    const { state } = renderMuseum();
    fireEvent.click(within(copyForm()).getByRole('button', { name: nl['sa.activity.copy.button'] }));
    fireEvent.click(within(group('equal-alternative')).getByRole('radio', { name: nl['answer.yes'] }));
    expect(museum(state).answers['equal-alternative']).toMatchObject({ value: 'yes', recheck: false });
    // Clicking the answer that was taken over confirms it too.
    fireEvent.click(within(group('everyone-joins')).getByRole('radio', { name: nl['answer.yes'] }));
    expect(museum(state).answers['everyone-joins']).toMatchObject({ value: 'yes', recheck: false });
  });

  it('says when there was nothing to take over', () => {
    renderWithState(<Screens />, { assessment: withTwoTrips(), prepare: (state) => state.openActivity('trip') });
    fireEvent.click(within(copyForm()).getByRole('button', { name: nl['sa.activity.copy.button'] }));
    expect(within(copyForm()).getByRole('status').textContent).toBe(nl['sa.activity.copy.none'].replace('{name}', 'Museum'));
  });

  it('is not offered when there is no other activity', () => {
    renderWithState(<Screens />, { assessment: school({ id: 'alleen', activities: [trip()] }), prepare: (state) => state.openActivity('trip') });
    expect(screen.queryByRole('form', { name: nl['sa.activity.copy.title'] })).toBeNull();
  });
});

describe('removing the activity from its step', () => {
  it('goes to the list of activities and says so, with focus on the message and an undo', () => {
    const { state } = renderTrip();
    fireEvent.click(within(details()).getByRole('button', { name: 'Verwijderen Schoolreis' }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'noorderlicht', step: 'activities' });
    expect(screen.queryByRole('region', { name: 'Schoolreis' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.activities.title'] })).toBeTruthy();
    // The button the person used is gone with the activity: focus goes to the message, Undo is next.
    const notice = expectFocusOnMessage('“Schoolreis” is verwijderd.');
    expect(within(notice).getByRole('button', { name: nl['sa.list.undo'] })).toBeTruthy();
  });

  it('brings the activity back with its answers, at its place, on undo', () => {
    const { state } = renderTrip();
    const before = state.current.value!.activities;
    fireEvent.click(within(details()).getByRole('button', { name: 'Verwijderen Schoolreis' }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.undo'] }));
    expect(state.current.value!.activities).toEqual(before);
    expect(screen.getByText('“Schoolreis” is teruggezet.')).toBeTruthy();
  });
});

describe('an activity removed in another tab while its step is open', () => {
  it('closes the step for the list of activities, and says why', async () => {
    const { state } = renderTrip();
    const theirs = { ...state.current.value!, activities: [state.current.value!.activities[0]!], updatedAt: '2025-10-01T12:05:00.000Z' };
    await act(() => state.takeExternal('skc.assessment.noorderlicht', seal(theirs)));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'noorderlicht', step: 'activities' });
    expect(screen.queryByRole('region', { name: 'Schoolreis' })).toBeNull();
    expect(screen.getByText(nl['sa.tabs.activityRemoved'])).toBeTruthy();
  });
});
