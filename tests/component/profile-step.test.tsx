// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ProfileStep } from '../../src/islands/self-assessment/ProfileStep';
import { makeAssessment } from '../fixtures/checklist';
import { nl, renderWithState } from './support';

describe('the school details step', () => {
  it('stores the school name as it is typed', () => {
    const { state } = renderWithState(<ProfileStep />, { assessment: makeAssessment() });
    fireEvent.input(screen.getByRole('textbox', { name: nl['sa.profile.schoolName'] }), { target: { value: 'Het Noorderlicht' } });
    expect(state.current.value!.profile.schoolName).toBe('Het Noorderlicht');
  });

  it('stores the type of school chosen', () => {
    const { state } = renderWithState(<ProfileStep />, { assessment: makeAssessment() });
    fireEvent.click(screen.getByRole('radio', { name: nl['type.so'] }));
    expect(state.current.value!.profile.schoolType).toBe('so');
  });

  it('stores whether the MR is involved', () => {
    const { state } = renderWithState(<ProfileStep />, { assessment: makeAssessment() });
    const group = screen.getByRole('group', { name: nl['sa.profile.mrInvolved'] });
    expect(group).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: nl['sa.mr.planned'] }));
    expect(state.current.value!.profile.mrInvolved).toBe('planned');
  });

  it('stores the contribution as a number, and an empty field as none', () => {
    const { state } = renderWithState(<ProfileStep />, { assessment: makeAssessment() });
    const field = screen.getByRole('spinbutton', { name: nl['sa.profile.contribution'] });
    fireEvent.input(field, { target: { value: '45.5' } });
    expect(state.current.value!.profile.contribution).toBe(45.5);
    fireEvent.input(field, { target: { value: '' } });
    expect(state.current.value!.profile.contribution).toBeNull();
  });

  it('explains the school year field with an example', () => {
    renderWithState(<ProfileStep />, { assessment: makeAssessment() });
    expect(screen.getByRole('textbox', { name: nl['sa.profile.schoolYear'], description: nl['sa.profile.schoolYearHint'] })).toBeTruthy();
  });
});
