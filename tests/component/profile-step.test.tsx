// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/assessment/format/constants';
import { ProfileStep } from '../../src/islands/self-assessment/views/ProfileStep';
import { makeAssessment } from '../fixtures/checklist';
import { clear, focus, leave, nl, renderWithState, retype, typeKeys } from './support';

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
