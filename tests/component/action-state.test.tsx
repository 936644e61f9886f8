// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain';
import { memoryStorage } from '../../src/islands/self-assessment/storage/entries';
import { ActionPlan } from '../../src/islands/self-assessment/views/PlanGroups';
import { ProfileStep } from '../../src/islands/self-assessment/views/ProfileStep';
import { Report } from '../../src/islands/self-assessment/views/Report';
import { answers, makeActivity, makeAssessment } from '../fixtures/checklist';
import { focus, leave, nl, questionText, renderWithState, Screens, typeKeys } from './support';

/** A vo school with three actions: a school-wide one (no MR consent) and two on a werkweek (cost, letter). */
const noorderlicht = (fields: Partial<Assessment> = {}) =>
  makeAssessment({
    id: 'noorderlicht',
    profile: { ...makeAssessment().profile, schoolName: 'Het Noorderlicht', schoolYear: '2025-2026' },
    schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'no', 'no-payer-lists': 'yes' }),
    activities: [
      makeActivity({
        id: 'week',
        name: 'Werkweek',
        kind: 'multi-day',
        fundedBy: 'separate-charge',
        answers: answers({ 'everyone-joins': 'yes', 'equal-alternative': 'yes', 'cost-known': 'no', 'payment-unseen': 'yes', 'letter-voluntary': 'no' }),
      }),
    ],
    ...fields,
  });

const STATE_WORDS = [nl['sa.actionState.not-started'], nl['sa.actionState.in-progress'], nl['sa.actionState.done'], nl['sa.actionState.dropped']];
const select = (n: number) => screen.getByRole('combobox', { name: `${nl['sa.plan.state']}, actie ${n}` }) as HTMLSelectElement;
const choose = (n: number, word: string) => {
  const option = within(select(n)).getByRole('option', { name: word }) as HTMLOptionElement;
  fireEvent.change(select(n), { target: { value: option.value } });
};
const reason = (n: number) => screen.queryByRole('textbox', { name: `Waarom is actie ${n} vervallen?` }) as HTMLInputElement | null;
const counts = (done: number, inProgress: number, notStarted: number, dropped: number) =>
  `${done} ${done === 1 ? 'actie' : 'acties'} klaar, ${inProgress} bezig, ${notStarted} niet begonnen, ${dropped} vervallen`;
/** The action (list item) whose suggestion is the checklist's for this question. */
const actionFor = (questionId: string) => screen.getByText(`Actie voor ${questionId}.`).closest('li')!;

describe('how far each action got, in the action plan', () => {
  it('offers every action the four states, "Niet begonnen" until the school chooses', () => {
    renderWithState(<ActionPlan />, { assessment: noorderlicht() });
    for (const n of [1, 2, 3]) {
      expect(select(n).value).toBe('not-started');
      expect(within(select(n)).getAllByRole('option').map((o) => o.textContent)).toEqual(STATE_WORDS);
    }
    expect(screen.getByText(counts(0, 0, 3, 0))).toBeTruthy();
  });

  it('keeps the state chosen, shows it in words beside a shape of its own, and counts it', () => {
    const { state } = renderWithState(<ActionPlan />, { assessment: noorderlicht() });
    choose(1, nl['sa.actionState.done']);
    choose(2, nl['sa.actionState.in-progress']);
    expect(state.current.value!.actions['school:mr-approved']?.state).toBe('done');
    expect(select(1).value).toBe('done');
    expect(select(2).value).toBe('in-progress');
    // The shape next to the choice differs per state (not colour alone).
    const shape = (n: number) => select(n).parentElement!.querySelector('svg path')!.getAttribute('d');
    expect(new Set([shape(1), shape(2), shape(3)]).size).toBe(3);
    expect(screen.getByText(counts(1, 1, 1, 0))).toBeTruthy();
  });

  it('asks why an action was dropped, keeps the reason typed key by key, and says so when it is left empty', () => {
    const { state } = renderWithState(<ActionPlan />, { assessment: noorderlicht() });
    expect(reason(3)).toBeNull();
    choose(3, nl['sa.actionState.dropped']);
    const field = reason(3)!;
    expect(field.required).toBe(true);
    // Not an error yet: the person has only just chosen "Vervallen".
    expect(screen.queryByText(nl['sa.plan.stateReasonMissing'])).toBeNull();
    focus(field);
    leave(field);
    expect(screen.getByRole('textbox', { name: 'Waarom is actie 3 vervallen?', description: `${nl['sa.profile.errorPrefix']} ${nl['sa.plan.stateReasonMissing']}` }).getAttribute('aria-invalid')).toBe('true');
    focus(field);
    typeKeys(field, 'Werkweek gaat niet door');
    leave(field);
    const dropped = Object.entries(state.current.value!.actions).filter(([, action]) => action.state === 'dropped');
    expect(dropped).toEqual([[expect.stringMatching(/^week:/), expect.objectContaining({ stateReason: 'Werkweek gaat niet door' })]]);
    expect(screen.queryByText(nl['sa.plan.stateReasonMissing'])).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText(counts(0, 0, 2, 1))).toBeTruthy();
  });

  it('says at once that a reason is missing for an action that was already dropped without one', () => {
    renderWithState(<ActionPlan />, { assessment: noorderlicht({ actions: { 'school:mr-approved': { owner: '', deadline: '', state: 'dropped', stateReason: '' } } }) });
    expect(reason(1)!.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(nl['sa.plan.stateReasonMissing'])).toBeTruthy();
  });

  it('hides the reason once the action is taken up again', () => {
    renderWithState(<ActionPlan />, { assessment: noorderlicht({ actions: { 'school:mr-approved': { owner: '', deadline: '', state: 'dropped', stateReason: 'MR stemt niet in' } } }) });
    expect(reason(1)!.value).toBe('MR stemt niet in');
    choose(1, nl['sa.actionState.in-progress']);
    expect(reason(1)).toBeNull();
  });

  it('speaks the page’s language on the English page', () => {
    renderWithState(<ActionPlan />, { assessment: noorderlicht(), lang: 'en' });
    const english = screen.getByRole('combobox', { name: 'State, action 1' });
    expect(within(english).getAllByRole('option').map((o) => o.textContent)).toEqual(['Not started', 'In progress', 'Done', 'Dropped']);
    fireEvent.change(english, { target: { value: 'dropped' } });
    expect(screen.getByRole('textbox', { name: 'Why was action 1 dropped?' })).toBeTruthy();
    expect(screen.getByText('0 actions done, 0 in progress, 2 not started, 1 dropped')).toBeTruthy();
  });

  it('still shows the states after a reload, and after the file is saved and opened on another computer', async () => {
    const storage = memoryStorage();
    const first = renderWithState(<ActionPlan />, { assessment: noorderlicht(), storage });
    choose(1, nl['sa.actionState.done']);
    choose(3, nl['sa.actionState.dropped']);
    typeKeys(reason(3)!, 'Te duur');
    act(() => first.state.flush());
    const file = first.state.exportText();
    cleanup();

    // Reload: the same storage, a new page.
    renderWithState(<ActionPlan />, { storage, prepare: (state) => state.open('noorderlicht') });
    expect([select(1).value, select(2).value, select(3).value]).toEqual(['done', 'not-started', 'dropped']);
    expect(reason(3)!.value).toBe('Te duur');
    cleanup();

    // Another computer: nothing stored, the file opened.
    const other = renderWithState(<Screens />);
    await other.loaded;
    await act(async () => void (await other.state.importFile({ name: 'noorderlicht.json', size: file.length, text: async () => file })));
    act(() => other.state.goStep('summary'));
    expect([select(1).value, select(2).value, select(3).value]).toEqual(['done', 'not-started', 'dropped']);
    expect(reason(3)!.value).toBe('Te duur');
  });
});

describe('how far each action got, in the report', () => {
  const done = () =>
    noorderlicht({
      actions: {
        'school:mr-approved': { owner: '', deadline: '', state: 'done', stateReason: '' },
        'week:cost-known': { owner: '', deadline: '', state: 'dropped', stateReason: 'Werkweek gaat niet door' },
      },
    });

  it('prints each action’s state in words, and why a dropped one was dropped', () => {
    renderWithState(<Report />, { assessment: done() });
    expect(actionFor('mr-approved').textContent).toContain(`${nl['sa.plan.state']}: ${nl['sa.actionState.done']}`);
    expect(actionFor('cost-known').textContent).toContain(`${nl['sa.plan.state']}: ${nl['sa.actionState.dropped']} — Werkweek gaat niet door`);
    expect(actionFor('letter-voluntary').textContent).toContain(`${nl['sa.plan.state']}: ${nl['sa.actionState.not-started']}`);
    expect(actionFor('mr-approved').querySelector('.skc-action-state svg')).not.toBeNull();
  });

  it('counts the plan’s actions by state', () => {
    renderWithState(<Report />, { assessment: done() });
    const plan = screen.getByRole('region', { name: nl['sa.report.actionPlan'] });
    expect(plan.textContent).toContain(counts(1, 0, 1, 1));
  });

  it('says when a dropped action has no reason yet', () => {
    renderWithState(<Report />, { assessment: noorderlicht({ actions: { 'school:mr-approved': { owner: '', deadline: '', state: 'dropped', stateReason: '' } } }) });
    expect(actionFor('mr-approved').textContent).toContain(`${nl['sa.actionState.dropped']} — ${nl['sa.plan.stateReasonNotGiven']}`);
  });
});

describe('next school year, from the list', () => {
  const withYear = (schoolYear: string) => {
    const storage = memoryStorage();
    storage.write(noorderlicht({ profile: { ...noorderlicht().profile, schoolYear }, actions: { 'week:cost-known': { owner: 'Penningmeester', deadline: '', state: 'done', stateReason: '' } } }), 'device');
    return renderWithState(<Screens />, { storage });
  };

  it('has a button per assessment that names the school', () => {
    withYear('2025-2026');
    expect(screen.getByRole('button', { name: /^Volgend schooljaar voor Het Noorderlicht(, .+)?$/ })).toBeTruthy();
  });

  it('opens next year at its first step, with the school year after it and where it came from', () => {
    const { state } = withYear('2025-2026');
    fireEvent.click(screen.getByRole('button', { name: /^Volgend schooljaar voor Het Noorderlicht(, .+)?$/ }));
    expect(state.model.entries.value).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.steps.profile'] })).toBeTruthy();
    expect(screen.getByText('Vervolg op schooljaar 2025-2026.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: nl['sa.profile.schoolYear'] }) as HTMLInputElement).value).toBe('2026-2027');
    expect(screen.queryByText(nl['sa.profile.schoolYearMissing'])).toBeNull();
  });

  it('leaves the school year empty and asks for it when last year’s could not be read as a year', () => {
    withYear('dit jaar');
    fireEvent.click(screen.getByRole('button', { name: /^Volgend schooljaar voor Het Noorderlicht(, .+)?$/ }));
    expect(screen.getByText('Vervolg op schooljaar dit jaar.')).toBeTruthy();
    const field = screen.getByRole('textbox', { name: nl['sa.profile.schoolYear'] }) as HTMLInputElement;
    expect(field.value).toBe('');
    expect(screen.getByRole('textbox', { name: nl['sa.profile.schoolYear'], description: `${nl['sa.profile.schoolYearMissing']} ${nl['sa.profile.schoolYearHint']}` })).toBe(field);
    typeKeys(field, '2026-2027');
    expect(screen.queryByText(nl['sa.profile.schoolYearMissing'])).toBeNull();
  });

  it('says it follows on from an earlier assessment when that one had no school year', () => {
    renderWithState(<ProfileStep />, { assessment: noorderlicht({ predecessor: { id: 'earlier', schoolYear: '' } }) });
    expect(screen.getByText(nl['sa.profile.predecessorNoYear'])).toBeTruthy();
  });

  it('says nothing about a predecessor for an assessment started afresh', () => {
    renderWithState(<ProfileStep />, { assessment: noorderlicht() });
    expect(document.querySelector('.skc-predecessor')).toBeNull();
    expect(screen.queryByText(nl['sa.profile.schoolYearMissing'])).toBeNull();
  });

  it('counts every answer taken over as not answered, and says how many wait for "Klopt", on each step and in the report', () => {
    const { state } = withYear('2025-2026');
    fireEvent.click(screen.getByRole('button', { name: /^Volgend schooljaar voor Het Noorderlicht(, .+)?$/ }));
    const school = state.assessed.value!.school;
    act(() => state.goStep('school'));
    expect(document.body.textContent).toContain(nl['sa.activities.answered'].replace('{answered}', '0').replace('{total}', String(school.total)));
    expect(document.body.textContent).toContain(`${school.total} overgenomen antwoorden nog na te kijken`);

    act(() => state.goStep('summary'));
    const total = state.assessed.value!.counts.total;
    const parts = [state.assessed.value!.school, ...state.assessed.value!.activities];
    const taken = parts.reduce((n, part) => n + part.questions.filter((q) => q.answer).length, 0);
    expect(taken).toBeGreaterThan(school.total);
    expect(document.body.textContent).toContain(`0 van ${total} vragen beantwoord · ${taken} overgenomen antwoorden nog na te kijken`);
    // Nothing counts until confirmed, so there is no plan yet.
    expect(document.body.textContent).toContain(nl['sa.summary.noActions']);

    act(() => state.goStep('report'));
    const unfinished = screen.getByRole('region', { name: nl['sa.report.unfinished'] });
    expect(unfinished.textContent).toContain(`${nl['sa.summary.schoolWideScope']}: 0 van ${school.total} vragen beantwoord · ${school.total} overgenomen antwoorden nog na te kijken`);
    expect(unfinished.textContent).toContain('Werkweek: 0 van');
  });

  it('brings last year’s state back with an action once its "nee" is confirmed', () => {
    const { state } = withYear('2025-2026');
    fireEvent.click(screen.getByRole('button', { name: /^Volgend schooljaar voor Het Noorderlicht(, .+)?$/ }));
    const week = state.current.value!.activities[0]!.id;
    act(() => state.openActivity(week));
    const question = screen.getByRole('group', { name: questionText('cost-known') });
    fireEvent.click(within(question).getByRole('button', { name: nl['sa.question.confirm'] }));
    act(() => state.goStep('summary'));
    expect(select(1).value).toBe('done');
    expect(screen.getByText(counts(1, 0, 0, 0))).toBeTruthy();
  });
});
