// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { activityQuestionsFor, templatesFor } from '../../src/domain/assessment/applicable';
import type { Assessment } from '../../src/domain/assessment/format/schema';
import { DEFAULT_TRAITS } from '../../src/domain/vocabulary';
import { ActivitiesStep } from '../../src/islands/self-assessment/views/ActivitiesStep';
import { answers, makeActivity, makeAssessment as vo, testChecklist } from '../fixtures/checklist';
import { expectFocusOnMessage, focus, leave, nl, renderWithState, Screens, typeKeys } from './support';

// A vo school whose step 1 is done (type and MR chosen), so its steps open; the templates offered come
// from the checklist under test.
const makeAssessment = (fields: Partial<Assessment> = {}): Assessment => {
  const base = vo(fields);
  return { ...base, profile: { ...base.profile, mrInvolved: 'yes' } };
};
const NAME = nl['sa.activities.name'];
const COST = nl['sa.activities.cost'];
const region = () => screen.getByRole('region', { name: nl['sa.activities.title'] });
/** The activities listed, by the name shown first in each (a removal's message may stand among them). */
const listed = () => within(region()).queryAllByRole('listitem').flatMap((item) => item.querySelector(':scope > div > strong')?.textContent ?? []);
/** The list entry of one activity, by its name. */
const entry = (name: string) => within(region()).getAllByRole('listitem').find((item) => item.querySelector(':scope > div > strong')?.textContent === name)!;
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

const withTwo = () =>
  makeAssessment({
    id: 'noorderlicht',
    activities: [
      makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', answers: answers({ 'everyone-joins': 'no' }) }),
      makeActivity({ id: 'laptop', name: 'Laptop', kind: 'materials-ict' }),
    ],
  });

/** The activities step as the app shows it, with the notice and the route's other steps. */
const renderActivities = (assessment = withTwo()) => renderWithState(<Screens />, { assessment, prepare: (state) => state.goStep('activities') });

describe('the activities step', () => {
  it('says there are no activities yet', () => {
    renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    expect(region().textContent).toContain(nl['sa.activities.none']);
    expect(listed()).toEqual([]);
  });

  it('offers only the templates for the school type, with their kind', () => {
    const { t } = renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    const select = screen.getByRole('combobox', { name: nl['sa.activities.fromTemplate'] });
    const options = within(select).getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(templatesFor(testChecklist, 'vo').map((x) => `${x.name.nl} (${t(`kind.${x.kind}`)})`));
  });

  it('adds the chosen template as an activity, with what it involves, who pays and its status in words', () => {
    const { state } = renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    const first = templatesFor(testChecklist, 'vo')[0]!;
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.addTemplate'] }));
    expect(listed()).toEqual([first.name.nl]);
    expect(within(region()).getByRole('listitem').textContent).toContain(nl['status.incomplete']);
    expect(state.current.value!.activities).toMatchObject([
      { name: first.name.nl, kind: first.kind, templateId: first.id, traits: first.traits, fundedBy: first.fundedBy, optional: first.optional },
    ]);
    expect(entry(first.name.nl).textContent).toContain(`${nl['sa.activities.payerTerm']}${nl[`sa.funding.${first.fundedBy}`]}`);
  });

  it('adds another template when it is chosen in the list', () => {
    const { state } = renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    const second = templatesFor(testChecklist, 'vo')[1]!;
    fireEvent.change(screen.getByRole('combobox', { name: nl['sa.activities.fromTemplate'] }), { target: { value: second.id } });
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.addTemplate'] }));
    expect(listed()).toEqual([second.name.nl]);
    expect(state.current.value!.activities).toMatchObject([{ name: second.name.nl, kind: second.kind }]);
  });

  it('shows each activity’s status in words as its answers say', () => {
    renderWithState(<ActivitiesStep />, {
      assessment: makeAssessment({
        activities: [
          makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', answers: answers({ 'everyone-joins': 'no' }) }),
          makeActivity({ id: 'party', name: 'Kerstfeest', kind: 'celebration', answers: answers({ 'everyone-joins': 'yes', 'cost-known': 'yes' }) }),
        ],
      }),
    });
    const [trip, party] = within(region()).getAllByRole('listitem');
    expect(trip!.textContent).toContain(nl['status.excludes']);
    expect(party!.textContent).toContain(nl['status.open']);
  });

  it('opens an activity to answer its questions', () => {
    const { state } = renderActivities();
    fireEvent.click(screen.getByRole('button', { name: 'Vragen beantwoorden Schoolreis' }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'noorderlicht', step: 'activity', activityId: 'trip' });
    expect(screen.getByRole('heading', { level: 2, name: 'Schoolreis' })).toBeTruthy();
  });
});

describe('adding an activity of the school’s own', () => {
  it('adds it with the name, kind and cost typed and chosen, the kind’s usual traits, and nobody chosen to pay', () => {
    const { state } = renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    typeKeys(field(NAME), 'Skireis');
    fireEvent.change(screen.getByRole('combobox', { name: nl['sa.activities.kind'] }), { target: { value: 'multi-day' } });
    typeKeys(field(COST), '12,50');
    expect(screen.queryByRole('combobox', { name: nl['sa.activities.fundedBy'] })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.add'] }));
    expect(state.current.value!.activities).toMatchObject([{ name: 'Skireis', kind: 'multi-day', costPerPupil: 12.5, traits: DEFAULT_TRAITS['multi-day'], fundedBy: null, templateId: null }]);
    expect(listed()).toEqual(['Skireis']);
    expect(entry('Skireis').textContent).toContain(`${nl['sa.activities.costTerm']}€ 12,50`);
    expect(entry('Skireis').textContent).toContain(`${nl['sa.activities.payerTerm']}${nl['sa.activities.notChosen']}`);
  });

  it('reads a cost written 1.250 as twelve hundred and fifty euros', () => {
    const { state } = renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    typeKeys(field(NAME), 'Werkweek');
    typeKeys(field(COST), '1.250');
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.add'] }));
    expect(state.current.value!.activities[0]?.costPerPupil).toBe(1250);
  });

  it('empties the name and cost fields after adding', () => {
    renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    typeKeys(field(NAME), 'Skireis');
    typeKeys(field(COST), '30');
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.add'] }));
    expect([field(NAME).value, field(COST).value]).toEqual(['', '']);
  });

  it('asks for a name, moves to the field and adds nothing when there is none', () => {
    const { state } = renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    typeKeys(field(NAME), '   ');
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.add'] }));
    const name = screen.getByRole('textbox', { name: NAME, description: nl['sa.activities.nameMissing'] });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(state.current.value!.activities).toEqual([]);
    expect(listed()).toEqual([]);
  });

  it('says a cost that is not an amount, moves to the field, and adds nothing', () => {
    const { state } = renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    typeKeys(field(NAME), 'Skireis');
    typeKeys(field(COST), '-5');
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.add'] }));
    const cost = screen.getByRole('textbox', { name: COST, description: `${nl['sa.parse.negative']} ${nl['sa.activities.costHint']}` });
    expect(cost.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(cost);
    expect(state.current.value!.activities).toEqual([]);
    // What was typed stays, to be corrected.
    expect([field(NAME).value, field(COST).value]).toEqual(['Skireis', '-5']);
  });

  it('clears the error once the activity is added', () => {
    renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.add'] }));
    focus(field(NAME));
    typeKeys(field(NAME), 'Skireis');
    leave(field(NAME));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.add'] }));
    expect(field(NAME).getAttribute('aria-invalid')).toBeNull();
    expect(field(NAME).getAttribute('aria-describedby')).toBeNull();
    expect(listed()).toEqual(['Skireis']);
  });

  it('says it was added', () => {
    renderActivities(makeAssessment());
    typeKeys(field(NAME), 'Skireis');
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.add'] }));
    expect(screen.getByText('“Skireis” is toegevoegd.')).toBeTruthy();
  });
});

describe('removing an activity from the list', () => {
  it('removes it, says so with focus on the message, and offers to undo', () => {
    const { state } = renderActivities();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen Schoolreis' }));
    expect(listed()).toEqual(['Laptop']);
    expect(state.current.value!.activities.map((a) => a.id)).toEqual(['laptop']);
    const notice = expectFocusOnMessage('“Schoolreis” is verwijderd.');
    expect(within(notice).getByRole('button', { name: nl['sa.list.undo'] })).toBeTruthy();
  });

  it('brings it back at its place, with its answers and status, on undo', () => {
    const { state } = renderActivities();
    const before = state.current.value!.activities;
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen Schoolreis' }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.undo'] }));
    expect(listed()).toEqual(['Schoolreis', 'Laptop']);
    expect(state.current.value!.activities).toEqual(before);
    // The message stands where the activity is back, just before it, and has focus.
    const items = within(region()).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('“Schoolreis” is teruggezet.');
    expect(document.activeElement).toBe(items[0]);
    expect(items[1]!.textContent).toContain(nl['status.excludes']);
    expect(screen.queryByRole('button', { name: nl['sa.list.undo'] })).toBeNull();
  });

  it('lets the message be closed', () => {
    renderActivities();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen Schoolreis' }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.notice.close'] }));
    expect(screen.queryByText('“Schoolreis” is verwijderd.')).toBeNull();
    expect(listed()).toEqual(['Laptop']);
  });
});

describe('the list of activities', () => {
  const listedSchool = () =>
    makeAssessment({
      activities: [
        makeActivity({ id: 'ski', name: 'Skireis', kind: 'multi-day', traits: ['overnight', 'travel'], costPerPupil: 650, fundedBy: 'separate-charge', yearGroup: 'klas 4', optional: true, answers: answers({ 'everyone-joins': 'yes' }) }),
        makeActivity({ id: 'sport', name: 'Sportdag', kind: 'one-day', costPerPupil: null, fundedBy: 'school' }),
      ],
    });

  it('shows per activity its cost per pupil, who pays and who it is for', () => {
    renderWithState(<ActivitiesStep />, { assessment: listedSchool() });
    const ski = entry('Skireis').textContent;
    expect(ski).toContain(`${nl['sa.activities.costTerm']}€ 650,00`);
    expect(ski).toContain(`${nl['sa.activities.payerTerm']}${nl['sa.funding.separate-charge']}`);
    expect(ski).toContain(`${nl['sa.activities.forTerm']}klas 4`);
    const sport = entry('Sportdag').textContent;
    expect(sport).toContain(`${nl['sa.activities.costTerm']}${nl['sa.activities.costNotFilled']}`);
    expect(sport).toContain(`${nl['sa.activities.forTerm']}${nl['sa.activities.wholeSchool']}`);
  });

  it('marks an activity pupils choose to join, and says its decision is still needed', () => {
    renderWithState(<ActivitiesStep />, { assessment: listedSchool() });
    expect(entry('Skireis').textContent).toContain(`${nl['sa.activities.optionalTerm']}${nl['sa.activities.decisionOpen']}`);
    expect(entry('Sportdag').textContent).not.toContain(nl['sa.activities.optionalTerm']);
  });

  it('says how many of its questions are answered', () => {
    const school = listedSchool();
    renderWithState(<ActivitiesStep />, { assessment: school });
    const total = activityQuestionsFor(testChecklist, 'vo', school.activities[0]!).length;
    expect(entry('Skireis').textContent).toContain(`1 van ${total} vragen beantwoord`);
  });
});
