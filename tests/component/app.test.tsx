// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { SelfAssessmentApp } from '../../src/islands/self-assessment/App';
import { makeData, nl } from './support';

// The app builds its own state on the browser's storage, as on the page.
beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'nl';
});

/** Renders the app and starts a new assessment, which opens its first step. */
function startNew() {
  render(<SelfAssessmentApp data={makeData()} />);
  fireEvent.click(screen.getByRole('button', { name: nl['sa.list.new'] }));
}

/** The list of steps at the top (the pager at the bottom has the same name). */
const steps = () => screen.getAllByRole('navigation', { name: nl['sa.steps.label'] })[0]!;
const currentStep = () => within(steps()).getAllByRole('button').filter((b) => b.getAttribute('aria-current') === 'step');

describe('the self-assessment app', () => {
  it('starts with the list of assessments', () => {
    render(<SelfAssessmentApp data={makeData()} />);
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.list.title'] })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('shows the five steps as buttons, in order', () => {
    startNew();
    const names = within(steps()).getAllByRole('button').map((b) => b.textContent?.replace(/^\d+\s*/, ''));
    expect(names).toEqual(['Schoolgegevens', 'Hele school', 'Activiteiten', 'Samenvatting en actieplan', 'Rapport']);
  });

  it('marks the step you are on, and only that one', () => {
    startNew();
    expect(currentStep()).toEqual([within(steps()).getByRole('button', { name: nl['sa.steps.profile'] })]);
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.steps.profile'] })).toBeTruthy();
  });

  it('moves to the next step with the next button', () => {
    startNew();
    fireEvent.click(screen.getByRole('button', { name: 'Volgende stap: Hele school →' }));
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.steps.school'] })).toBeTruthy();
    expect(currentStep()).toEqual([within(steps()).getByRole('button', { name: nl['sa.steps.school'] })]);
  });

  it('moves back with the previous button', () => {
    startNew();
    fireEvent.click(screen.getByRole('button', { name: 'Volgende stap: Hele school →' }));
    fireEvent.click(screen.getByRole('button', { name: '← Vorige stap: Schoolgegevens' }));
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.steps.profile'] })).toBeTruthy();
  });

  it('has no previous button on the first step and no next button on the last', () => {
    startNew();
    expect(screen.queryByRole('button', { name: /^← Vorige stap/ })).toBeNull();
    fireEvent.click(within(steps()).getByRole('button', { name: nl['sa.steps.report'] }));
    expect(screen.queryByRole('button', { name: /^Volgende stap/ })).toBeNull();
    expect(screen.getByRole('article', { name: nl['sa.report.title'] })).toBeTruthy();
  });

  it('jumps to any step from the list of steps', () => {
    startNew();
    fireEvent.click(within(steps()).getByRole('button', { name: nl['sa.steps.summary'] }));
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.summary.title'] })).toBeTruthy();
    expect(currentStep()).toEqual([within(steps()).getByRole('button', { name: nl['sa.steps.summary'] })]);
  });

  it('keeps "Activiteiten" marked while answering the questions of one activity', () => {
    startNew();
    fireEvent.click(within(steps()).getByRole('button', { name: nl['sa.steps.activities'] }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.addTemplate'] }));
    fireEvent.click(screen.getByRole('button', { name: 'Vragen beantwoorden Schoolreis' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Schoolreis' })).toBeTruthy();
    expect(currentStep()).toEqual([within(steps()).getByRole('button', { name: nl['sa.steps.activities'] })]);
  });

  it('counts answered questions as the school answers', () => {
    startNew();
    fireEvent.click(screen.getByRole('button', { name: 'Volgende stap: Hele school →' }));
    // A new assessment is po: three school-wide questions in the test checklist.
    const progress = screen.getByRole('progressbar', { name: '0 van 3 vragen beantwoord' });
    fireEvent.click(within(screen.getByRole('group', { name: 'Vraag inform-parents?' })).getByRole('radio', { name: 'ja' }));
    expect(progress.getAttribute('value')).toBe('1');
    expect(screen.getByRole('progressbar', { name: '1 van 3 vragen beantwoord' })).toBeTruthy();
  });

  it('keeps the work in the browser’s storage', () => {
    startNew();
    fireEvent.input(screen.getByRole('textbox', { name: nl['sa.profile.schoolName'] }), { target: { value: 'De Regenboog' } });
    const stored = Object.keys(window.localStorage).filter((key) => key.startsWith('skc.assessment.'));
    expect(stored).toHaveLength(1);
    expect(JSON.parse(window.localStorage.getItem(stored[0]!)!).assessment.profile.schoolName).toBe('De Regenboog');
  });

  it('stops keeping the work on this computer when the school says so', () => {
    startNew();
    fireEvent.click(screen.getByRole('checkbox', { name: nl['sa.storage.keep'] }));
    fireEvent.input(screen.getByRole('textbox', { name: nl['sa.profile.schoolName'] }), { target: { value: 'De Regenboog' } });
    expect(Object.keys(window.localStorage).filter((key) => key.startsWith('skc.assessment.'))).toEqual([]);
  });

  it('goes back to the list of assessments', () => {
    startNew();
    fireEvent.click(screen.getByRole('button', { name: `← ${nl['sa.steps.back']}` }));
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.list.title'] })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });
});
