// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { schoolQuestionsFor } from '../../src/domain/assessment/applicable';
import { seal } from '../../src/domain/assessment/format/seal';
import { SelfAssessmentApp } from '../../src/islands/self-assessment/views/App';
import { makeAssessment, testChecklist } from '../fixtures/checklist';
import { makeData, nl, questionText, typeKeys } from './support';

// The app builds its own state on the browser's storage and keeps the step in the address, as on the page.
beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  history.replaceState(null, '', '/nl/zelfevaluatie/');
  document.documentElement.lang = 'nl';
});

const storedKeys = (area: Storage) => Object.keys(area).filter((key) => key.startsWith('skc.assessment.'));

/**
 * Renders the app and starts a new assessment, which opens its first step (a chunk of its own), and chooses
 * what step 1 asks before the other steps open (the type of school, the MR's part).
 */
async function startNew() {
  render(<SelfAssessmentApp data={makeData()} />);
  fireEvent.click(screen.getByRole('button', { name: nl['sa.list.new'] }));
  await screen.findByRole('heading', { level: 2, name: nl['sa.steps.profile'] });
  fireEvent.click(screen.getByRole('radio', { name: nl['type.vo'] }));
  fireEvent.click(screen.getByRole('radio', { name: nl['sa.mr.yes'] }));
}

/** The list of steps at the top. */
const steps = () => screen.getByRole('navigation', { name: nl['sa.steps.label'] });
const currentStep = () => within(steps()).getAllByRole('button').filter((b) => b.getAttribute('aria-current') === 'step');
const heading = (name: string) => screen.findByRole('heading', { level: 2, name });

describe('the self-assessment app', () => {
  it('starts with the list of assessments', () => {
    render(<SelfAssessmentApp data={makeData()} />);
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.list.title'] })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('shows the seven steps as buttons, in order', async () => {
    await startNew();
    const names = within(steps()).getAllByRole('button').map((b) => b.textContent?.replace(/^\d+\s*/, ''));
    expect(names).toEqual(['profile', 'school', 'activities', 'summary', 'report', 'compare', 'parents'].map((step) => nl[`sa.steps.${step}` as keyof typeof nl]));
  });

  it('marks the step you are on, and only that one', async () => {
    await startNew();
    expect(currentStep()).toEqual([within(steps()).getByRole('button', { name: nl['sa.steps.profile'] })]);
  });

  it('moves to the next step with the next button', async () => {
    await startNew();
    fireEvent.click(screen.getByRole('button', { name: `Volgende stap: ${nl['sa.steps.school']} →` }));
    expect(await heading(nl['sa.steps.school'])).toBeTruthy();
    expect(currentStep()).toEqual([within(steps()).getByRole('button', { name: nl['sa.steps.school'] })]);
  });

  it('moves back with the previous button', async () => {
    await startNew();
    fireEvent.click(screen.getByRole('button', { name: `Volgende stap: ${nl['sa.steps.school']} →` }));
    await heading(nl['sa.steps.school']);
    fireEvent.click(screen.getByRole('button', { name: `← Vorige stap: ${nl['sa.steps.profile']}` }));
    expect(await heading(nl['sa.steps.profile'])).toBeTruthy();
  });

  it('has no previous button on the first step and no next button on the last', async () => {
    await startNew();
    expect(screen.queryByRole('button', { name: /^← Vorige stap/ })).toBeNull();
    fireEvent.click(within(steps()).getByRole('button', { name: nl['sa.steps.parents'] }));
    await waitFor(() => expect(currentStep()).toEqual([within(steps()).getByRole('button', { name: nl['sa.steps.parents'] })]));
    expect(screen.queryByRole('button', { name: /^Volgende stap/ })).toBeNull();
    expect(screen.getByRole('button', { name: `← ${nl['sa.previous'].replace('{step}', nl['sa.steps.compare'])}` })).toBeTruthy();
  });

  it('shows no next or previous step while merging a colleague’s file, which has its own way back', async () => {
    await startNew();
    fireEvent.click(within(steps()).getByRole('button', { name: nl['sa.steps.summary'] }));
    fireEvent.click(await screen.findByRole('button', { name: nl['sa.steps.merge'] }));
    expect(await screen.findByRole('heading', { level: 2, name: nl['sa.steps.merge'] })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Volgende stap/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Vorige stap/ })).toBeNull();
    expect(screen.getByRole('button', { name: nl['sa.merge.back'] })).toBeTruthy();
  });

  it('jumps to any step from the list of steps', async () => {
    await startNew();
    fireEvent.click(within(steps()).getByRole('button', { name: nl['sa.steps.summary'] }));
    expect(await heading(nl['sa.summary.title'])).toBeTruthy();
    expect(currentStep()).toEqual([within(steps()).getByRole('button', { name: nl['sa.steps.summary'] })]);
  });

  it('keeps "Activiteiten" marked while answering the questions of one activity', async () => {
    await startNew();
    fireEvent.click(within(steps()).getByRole('button', { name: nl['sa.steps.activities'] }));
    await heading(nl['sa.activities.title']);
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.addTemplate'] }));
    const first = testChecklist.templates.find((x) => x.schoolTypes.includes('po'))!.name.nl;
    fireEvent.click(screen.getByRole('button', { name: `${nl['sa.activities.answer']} ${first}` }));
    expect(await heading(first)).toBeTruthy();
    expect(currentStep()).toEqual([within(steps()).getByRole('button', { name: nl['sa.steps.activities'] })]);
  });

  it('counts answered questions as the school answers', async () => {
    await startNew();
    fireEvent.click(screen.getByRole('button', { name: `Volgende stap: ${nl['sa.steps.school']} →` }));
    await heading(nl['sa.steps.school']);
    // A new assessment is for a po school.
    const total = schoolQuestionsFor(testChecklist, 'po').length;
    const progress = screen.getByRole('progressbar', { name: `0 van ${total} vragen beantwoord` });
    fireEvent.click(within(screen.getByRole('group', { name: questionText('inform-parents') })).getByRole('radio', { name: nl['answer.yes'] }));
    expect(progress.getAttribute('value')).toBe('1');
    expect(screen.getByRole('progressbar', { name: `1 van ${total} vragen beantwoord` })).toBeTruthy();
  });

  it('goes back to the list of assessments', async () => {
    await startNew();
    fireEvent.click(screen.getByRole('button', { name: `← ${nl['sa.steps.back']}` }));
    expect(await heading(nl['sa.list.title'])).toBeTruthy();
    expect(screen.getByRole('button', { name: `${nl['sa.list.open']} ${nl['sa.list.unnamed']}` })).toBeTruthy();
  });
});

describe('the address', () => {
  it('names the assessment and the step, so a reload lands there', async () => {
    await startNew();
    fireEvent.click(within(steps()).getByRole('button', { name: nl['sa.steps.summary'] }));
    await heading(nl['sa.summary.title']);
    const id = storedKeys(window.localStorage)[0]!.slice('skc.assessment.'.length);
    expect(location.hash).toBe(`#${id}/summary`);
  });

  it('opens the step the address names', async () => {
    const stored = makeAssessment({ id: 'regenboog' });
    window.localStorage.setItem('skc.assessment.regenboog', seal(stored));
    history.replaceState(null, '', '/nl/zelfevaluatie/#regenboog/school');
    render(<SelfAssessmentApp data={makeData()} />);
    expect(await heading(nl['sa.steps.school'])).toBeTruthy();
  });

  it('moves back a step with the browser’s Back button', async () => {
    await startNew();
    fireEvent.click(screen.getByRole('button', { name: `Volgende stap: ${nl['sa.steps.school']} →` }));
    await heading(nl['sa.steps.school']);
    act(() => history.back());
    expect(await heading(nl['sa.steps.profile'])).toBeTruthy();
  });

  it('shows the list, and says why, for an address of an assessment this computer does not hold', () => {
    history.replaceState(null, '', '/nl/zelfevaluatie/#weg/summary');
    render(<SelfAssessmentApp data={makeData()} />);
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.list.title'] })).toBeTruthy();
    expect(screen.getByText(nl['sa.list.notFound'])).toBeTruthy();
  });
});

describe('keeping the work', () => {
  it('keeps the work on this computer as it is typed', async () => {
    await startNew();
    typeKeys(screen.getByRole('textbox', { name: nl['sa.profile.schoolName'] }) as HTMLInputElement, 'De Regenboog');
    const stored = storedKeys(window.localStorage);
    expect(stored).toHaveLength(1);
    expect(JSON.parse(window.localStorage.getItem(stored[0]!)!).assessment.profile.schoolName).toBe('De Regenboog');
  });

  it('keeps the work only in this tab when the school says so', async () => {
    await startNew();
    fireEvent.click(screen.getByRole('checkbox', { name: nl['sa.storage.keep'] }));
    typeKeys(screen.getByRole('textbox', { name: nl['sa.profile.schoolName'] }) as HTMLInputElement, 'De Regenboog');
    expect(storedKeys(window.localStorage)).toEqual([]);
    const inTab = storedKeys(window.sessionStorage);
    expect(inTab).toHaveLength(1);
    expect(JSON.parse(window.sessionStorage.getItem(inTab[0]!)!).assessment.profile.schoolName).toBe('De Regenboog');
  });

  it('asks before the page is left while the work is kept only in this tab', async () => {
    await startNew();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: nl['sa.storage.keep'] }));
    expect(leave()).toBe(true);
  });

  it('shows what another tab changed in the open assessment', async () => {
    await startNew();
    const key = storedKeys(window.localStorage)[0]!;
    const mine = JSON.parse(window.localStorage.getItem(key)!).assessment;
    const theirs = seal({ ...mine, profile: { ...mine.profile, schoolName: 'Naam uit het andere tabblad' }, updatedAt: '2030-01-01T00:00:00.000Z' });
    window.localStorage.setItem(key, theirs);
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key, newValue: theirs, storageArea: window.localStorage })));
    await waitFor(() => expect(screen.getByText(/Deze zelfevaluatie is in een ander tabblad gewijzigd/)).toBeTruthy());
    expect(screen.getByText(nl['sa.change.profile'])).toBeTruthy();
    expect((screen.getByRole('textbox', { name: nl['sa.profile.schoolName'] }) as HTMLInputElement).value).toBe('Naam uit het andere tabblad');
  });

  it('asks whether to keep an open assessment another tab deleted, and keeps it when asked', async () => {
    await startNew();
    const key = storedKeys(window.localStorage)[0]!;
    window.localStorage.removeItem(key);
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key, newValue: null, storageArea: window.localStorage })));
    const question = await screen.findByRole('group', { name: new RegExp(nl['sa.tabs.deletedElsewhere'].slice(0, 40)) });
    typeKeys(screen.getByRole('textbox', { name: nl['sa.profile.schoolName'] }) as HTMLInputElement, 'X');
    expect(window.localStorage.getItem(key)).toBeNull();
    fireEvent.click(within(question).getByRole('button', { name: nl['sa.tabs.keep'] }));
    expect(JSON.parse(window.localStorage.getItem(key)!).assessment.profile.schoolName).toBe('X');
  });
});
