// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../src/domain/assessment/create';
import { LIMITS } from '../../src/domain/assessment/format/constants';
import { hashToRoute } from '../../src/islands/self-assessment/state/screen';
import { ProfileStep } from '../../src/islands/self-assessment/views/ProfileStep';
import { makeAssessment } from '../fixtures/checklist';
import { clear, focus, leave, nl, renderWithState, retype, Screens, typeKeys } from './support';

const contributionField = () => screen.getByRole('textbox', { name: nl['sa.profile.contribution'] }) as HTMLInputElement;
const withContribution = (contribution: number | null) => makeAssessment({ profile: { ...makeAssessment().profile, contribution } });

describe('the school details step', () => {
  it('stores the school name as it is typed', () => {
    const { state } = renderWithState(<ProfileStep />, { assessment: makeAssessment() });
    const field = screen.getByRole('textbox', { name: nl['sa.profile.schoolName'] }) as HTMLInputElement;
    typeKeys(field, 'Het Noorderlicht');
    expect(state.current.value!.profile.schoolName).toBe('Het Noorderlicht');
    expect(field.value).toBe('Het Noorderlicht');
  });

  it('stores the type of school chosen', () => {
    const { state } = renderWithState(<ProfileStep />, { assessment: makeAssessment() });
    fireEvent.click(screen.getByRole('radio', { name: nl['type.so'] }));
    expect(state.current.value!.profile.schoolType).toBe('so');
    expect((screen.getByRole('radio', { name: nl['type.so'] }) as HTMLInputElement).checked).toBe(true);
  });

  it('stores whether the MR is involved', () => {
    const { state } = renderWithState(<ProfileStep />, { assessment: makeAssessment() });
    expect(screen.getByRole('group', { name: nl['sa.profile.mrInvolved'] })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: nl['sa.mr.planned'] }));
    expect(state.current.value!.profile.mrInvolved).toBe('planned');
  });

  it('explains the school year field with an example', () => {
    renderWithState(<ProfileStep />, { assessment: makeAssessment() });
    expect(screen.getByRole('textbox', { name: nl['sa.profile.schoolYear'], description: nl['sa.profile.schoolYearHint'] })).toBeTruthy();
  });
});

describe('the contribution', () => {
  it('is a text field that shows the stored amount the Dutch way', () => {
    renderWithState(<ProfileStep />, { assessment: withContribution(45.5) });
    expect(contributionField().type).toBe('text');
    expect(contributionField().value).toBe('45,50');
  });

  it('stores 45,50 typed key by key as forty-five euros fifty', () => {
    const { state } = renderWithState(<ProfileStep />, { assessment: makeAssessment() });
    focus(contributionField());
    typeKeys(contributionField(), '45,50');
    expect(state.current.value!.profile.contribution).toBe(45.5);
    expect(contributionField().value).toBe('45,50');
  });

  it('reads 12.50, 1.250 and € 30 as a person means them, and shows them the Dutch way afterwards', () => {
    const { state } = renderWithState(<ProfileStep />, { assessment: makeAssessment() });
    const cases: [string, number, string][] = [['12.50', 12.5, '12,50'], ['1.250', 1250, '1250'], ['€ 30', 30, '30']];
    for (const [typed, stored, shown] of cases) {
      retype(contributionField(), typed);
      expect(state.current.value!.profile.contribution).toBe(stored);
      expect(contributionField().value).toBe(shown);
    }
  });

  it('stores no contribution when the field is emptied', () => {
    const { state } = renderWithState(<ProfileStep />, { assessment: withContribution(30) });
    focus(contributionField());
    clear(contributionField());
    leave(contributionField());
    expect(state.current.value!.profile.contribution).toBeNull();
    expect(contributionField().value).toBe('');
  });

  it('never stores a negative amount, and says why under the label once the field is left', () => {
    const { state, storage } = renderWithState(<ProfileStep />, { assessment: withContribution(30) });
    focus(contributionField());
    clear(contributionField());
    typeKeys(contributionField(), '-5');
    expect(screen.queryByText(nl['sa.parse.negative'])).toBeNull();
    leave(contributionField());
    const field = screen.getByRole('textbox', { name: nl['sa.profile.contribution'], description: `${nl['sa.parse.negative']} ${nl['sa.profile.contributionHint']}` });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((field as HTMLInputElement).value).toBe('-5');
    // Emptying the field stored "none" on the way; the negative amount itself is never stored.
    expect(state.current.value!.profile.contribution).toBeNull();
    expect(JSON.parse(storage.device.map.get(`skc.assessment.${state.current.value!.id}`)!).assessment.profile.contribution).toBeNull();
  });

  it('never stores an amount over the limit, and says it is too large', () => {
    const { state } = renderWithState(<ProfileStep />, { assessment: withContribution(30) });
    focus(contributionField());
    typeKeys(contributionField(), '0000');
    leave(contributionField());
    // Each amount on the way is stored as it is typed; the last one, over the limit, is not.
    expect(contributionField().value).toBe('300000');
    expect(state.current.value!.profile.contribution).toBe(30_000);
    expect(screen.getByText(nl['sa.parse.too-large'].replace('{maximum}', String(LIMITS.amount)))).toBeTruthy();
  });

  it('says letters are not an amount', () => {
    const { state } = renderWithState(<ProfileStep />, { assessment: withContribution(30) });
    retype(contributionField(), 'dertig');
    expect(screen.getByText(nl['sa.parse.not-a-number'])).toBeTruthy();
    expect(state.current.value!.profile.contribution).toBeNull();
  });
});

describe('what step 1 asks before the questions start', () => {
  /** A new assessment, as "Nieuwe zelfevaluatie" makes it: nothing chosen for the school. */
  const fresh = () => createAssessment({ id: 'nieuw', now: new Date('2025-10-01T12:00:00Z'), checklistVersion: 2 });
  const typeGroup = () => screen.getByRole('group', { name: nl['sa.profile.schoolType'] });
  const mrGroup = () => screen.getByRole('group', { name: nl['sa.profile.mrInvolved'] });
  const checked = (group: HTMLElement) => (within(group).getAllByRole('radio') as HTMLInputElement[]).filter((radio) => radio.checked);
  /** The error summary: the element that takes focus, holding the alert with the list of what is missing. */
  const errorSummary = () => screen.getByRole('alert').parentElement!;
  const missingLinks = () => within(screen.getByRole('alert')).queryAllByRole('link').map((link) => link.textContent);

  it('chooses no type of school and no MR involvement for the school', () => {
    renderWithState(<ProfileStep />, { assessment: fresh() });
    expect(checked(typeGroup())).toEqual([]);
    expect(checked(mrGroup())).toEqual([]);
    expect(screen.getByText(nl['sa.profile.first'])).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stays on step 1 when another step is asked for, with a summary of what is missing that takes focus', () => {
    const { state } = renderWithState(<Screens />, { assessment: fresh() });
    act(() => state.goStep('school'));
    expect(state.route.value).toMatchObject({ step: 'profile', wanted: 'school' });
    expect(missingLinks()).toEqual([nl['sa.profile.schoolTypeMissing'], nl['sa.profile.mrInvolvedMissing']]);
    expect(screen.getByRole('alert').textContent).toContain(nl['sa.profile.errorsIntro'].replace('{step}', nl['sa.steps.school']));
    expect(document.activeElement).toBe(errorSummary());
    // Each field says so too, as its description.
    expect(screen.getByRole('group', { name: nl['sa.profile.schoolType'], description: `${nl['sa.profile.errorPrefix']} ${nl['sa.profile.schoolTypeMissing']}` })).toBeTruthy();
  });

  it('shows step 1 with the message for an address of a later step, as after a reload', () => {
    const { state } = renderWithState(<Screens />, { assessment: fresh() });
    act(() => state.go(hashToRoute('#nieuw/activity/iets')));
    expect(state.route.value).toMatchObject({ step: 'profile', wanted: 'activities' });
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.steps.profile'] })).toBeTruthy();
    expect(missingLinks()).toHaveLength(2);
  });

  it('moves to the first choice of a missing field from its link in the summary', () => {
    const { state } = renderWithState(<Screens />, { assessment: fresh() });
    act(() => state.goStep('summary'));
    fireEvent.click(within(screen.getByRole('alert')).getByRole('link', { name: nl['sa.profile.mrInvolvedMissing'] }));
    expect(document.activeElement).toBe(within(mrGroup()).getAllByRole('radio')[0]);
    expect(state.route.value).toMatchObject({ step: 'profile' });
  });

  it('lists only what is still missing, then offers to go on to the step asked for', () => {
    const { state } = renderWithState(<Screens />, { assessment: fresh() });
    act(() => state.goStep('activities'));
    fireEvent.click(within(typeGroup()).getByRole('radio', { name: nl['type.vo'] }));
    expect(missingLinks()).toEqual([nl['sa.profile.mrInvolvedMissing']]);
    fireEvent.click(within(mrGroup()).getByRole('radio', { name: nl['sa.mr.planned'] }));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: nl['sa.continueTo'].replace('{step}', nl['sa.steps.activities']) }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'nieuw', step: 'activities' });
  });

  it('opens the other steps once both are chosen', () => {
    const { state } = renderWithState(<Screens />, { assessment: { ...fresh(), profile: { ...fresh().profile, schoolType: 'po', mrInvolved: 'no' } } });
    act(() => state.goStep('school'));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'nieuw', step: 'school' });
  });
});
