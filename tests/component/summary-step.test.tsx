// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SummaryStep } from '../../src/islands/self-assessment/views/SummaryStep';
import { answers, makeActivity, makeAssessment } from '../fixtures/checklist';
import { nl, questionText, renderWithState, Screens } from './support';

/** A vo school: the school-wide part and three activities, each in another state. */
const school = () => {
  const base = makeAssessment();
  return makeAssessment({
    id: 'noorderlicht',
    profile: { ...base.profile, contribution: 75 },
    schoolAnswers: answers({ 'inform-parents': 'no', 'mr-approved': 'yes', 'no-payer-lists': 'yes' }),
    activities: [
      makeActivity({ id: 'gala', name: 'Gala', kind: 'celebration', costPerPupil: 15, fundedBy: 'contribution', answers: answers({ 'everyone-joins': 'yes', 'cost-known': 'yes', 'payment-unseen': 'yes' }) }),
      makeActivity({ id: 'laptop', name: 'Laptop', kind: 'materials-ict', fundedBy: 'school' }),
      makeActivity({
        id: 'trip',
        name: 'Schoolreis',
        kind: 'one-day',
        yearGroup: 'klas 1',
        costPerPupil: 27.5,
        fundedBy: 'separate-charge',
        answers: answers({ 'everyone-joins': 'partly', 'equal-alternative': 'yes', 'cost-known': 'yes', 'payment-unseen': 'yes', 'letter-voluntary': 'yes' }),
      }),
    ],
  });
};

const summary = () => screen.getByRole('region', { name: nl['sa.summary.title'] });
const statusList = () => within(summary()).getAllByRole('list')[0]!;

describe('the summary', () => {
  it('shows progress over every question that applies', () => {
    const { state } = renderWithState(<SummaryStep />, { assessment: school() });
    const { answered, total } = state.assessed.value!.counts;
    expect(summary().textContent).toContain(`${answered} van ${total} vragen beantwoord`);
  });

  it('lists the school-wide part first, then the activities most serious first, each status in words with what its count counts', () => {
    const { state } = renderWithState(<SummaryStep />, { assessment: school() });
    const parts = state.assessed.value!.byScope;
    const count = (scope: string) => `${parts.get(scope)!.answered} van ${parts.get(scope)!.total} vragen beantwoord`;
    expect(within(statusList()).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `${nl['sa.summary.schoolWideScope']}${nl['status.information']}${count('school')}`,
      `Schoolreis${nl['status.excludes']}${count('trip')}`,
      `Laptop${nl['status.incomplete']}${count('laptop')}`,
      `Gala${nl['status.open']}${count('gala')}`,
    ]);
  });

  it('counts the activities per status, saying what it counts', () => {
    renderWithState(<SummaryStep />, { assessment: school() });
    const counts = within(summary()).getByRole('list', { name: nl['sa.summary.countsTitle'] });
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `1 activiteit${nl['status.excludes']}`,
      `1 activiteit${nl['status.incomplete']}`,
      `1 activiteit${nl['status.open']}`,
    ]);
  });

  it('explains every status in a legend, most serious first', () => {
    renderWithState(<SummaryStep />, { assessment: school() });
    const legend = within(summary()).getByRole('group', { name: nl['sa.legend.title'] });
    const terms = within(legend).getAllByRole('term').map((dt) => dt.textContent);
    expect(terms.slice(0, 6)).toEqual(['excludes', 'incomplete', 'cost-barrier', 'information', 'open', 'dropped'].map((s) => nl[`status.${s}` as keyof typeof nl]));
    expect(within(legend).getAllByRole('definition')[0]!.textContent).toBe(nl['sa.legend.excludes']);
  });

  it('shows a mark of its own for each status, hidden from screen readers because the words say it', () => {
    renderWithState(<SummaryStep />, { assessment: school() });
    const legend = within(summary()).getByRole('group', { name: nl['sa.legend.title'] });
    const marks = [...legend.querySelectorAll('.skc-status-mark')];
    expect(marks).toHaveLength(within(legend).getAllByRole('term').length);
    expect(marks.every((mark) => mark.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(new Set(marks.map((mark) => mark.innerHTML)).size).toBe(marks.length);
  });

  it('opens an activity from its name, and the school-wide questions from theirs', () => {
    const { state } = renderWithState(<Screens />, { assessment: school(), prepare: (s) => s.goStep('summary') });
    fireEvent.click(within(statusList()).getByRole('button', { name: 'Schoolreis' }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'noorderlicht', step: 'activity', activityId: 'trip' });
    act(() => state.goStep('summary'));
    fireEvent.click(within(statusList()).getByRole('button', { name: nl['sa.summary.schoolWideScope'] }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'noorderlicht', step: 'school' });
  });

  it('lists the status per principle in words, with what its count counts', () => {
    const { state, data } = renderWithState(<SummaryStep />, { assessment: school() });
    const items = within(within(summary()).getAllByRole('list').find((list) => list.textContent?.includes(data.principles[0]!.title))!).getAllByRole('listitem');
    expect(items).toHaveLength(state.assessed.value!.principles.length);
    const first = state.assessed.value!.principles[0]!;
    const title = data.principles.find((p) => p.key === first.principle)!.title;
    expect(items[0]!.textContent).toBe(`${title}${nl[`status.${first.status}` as keyof typeof nl] as string}${first.answered} van ${first.total} vragen beantwoord`);
  });

  it('links each question to review to the step where it is asked', () => {
    const { state } = renderWithState(<Screens />, {
      assessment: makeAssessment({ id: 'oud', checklistVersion: 1, schoolAnswers: answers({ 'no-payer-lists': 'yes' }, 1) }),
      prepare: (s) => s.goStep('summary'),
    });
    fireEvent.click(screen.getByRole('link', { name: `Hele school: ${questionText('no-payer-lists')} (vraag veranderd)` }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'oud', step: 'school' });
  });
});

describe('the costs in the summary', () => {
  const costs = () => within(summary()).getByText(nl['sa.costs.total']).closest('.skc-costs') as HTMLElement;

  it('gives the contribution, all activities together and what parents are asked on top', () => {
    renderWithState(<SummaryStep />, { assessment: school() });
    const pairs = within(costs()).getAllByRole('term').map((dt) => `${dt.textContent} = ${dt.nextElementSibling?.textContent}`);
    expect(pairs).toEqual([`${nl['sa.costs.contribution']} = € 75,00`, `${nl['sa.costs.total']} = € 42,50`, `${nl['sa.costs.askedOnTop']} = € 27,50`]);
  });

  it('says how many activities have no amount, per payer, and per year group named', () => {
    renderWithState(<SummaryStep />, { assessment: school() });
    expect(costs().textContent).toContain('1 activiteit zonder bedrag: de totalen kunnen hoger zijn.');
    const payers = within(costs()).getByRole('list', { name: nl['sa.costs.byFunding'] });
    expect(within(payers).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `${nl['sa.funding.contribution']}: € 15,00`,
      `${nl['sa.funding.separate-charge']}: € 27,50`,
    ]);
    const table = within(costs()).getByRole('table', { name: nl['sa.costs.byYearGroup'] });
    // Klas 1 meets its own trip and the activities for the whole school.
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['klas 1€ 42,50€ 27,503']);
  });

  it('says when the school asks no contribution', () => {
    const base = school();
    renderWithState(<SummaryStep />, { assessment: { ...base, profile: { ...base.profile, contribution: null } } });
    expect(within(costs()).getAllByRole('definition')[0]!.textContent).toBe(nl['sa.costs.noContribution']);
  });
});

describe('the action plan as a spreadsheet', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Clicks the button and returns the text of the file offered for download. */
  async function downloaded(): Promise<string> {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:plan'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: nl['sa.file.csv'] }));
    return (await blob!.text()).replace(/^\uFEFF/, '');
  }

  it('on the Dutch page: separated by semicolons, with groups, the status words and principle titles', async () => {
    const { data } = renderWithState(<SummaryStep />, { assessment: school() });
    const [header, ...rows] = (await downloaded()).trim().split('\r\n');
    expect(header).toBe(nl['sa.csv.headers'].split('|').map((h) => `"${h}"`).join(';'));
    const trip = rows.find((row) => row.startsWith('"Schoolreis";'))!;
    const title = data.principles.find((p) => p.key === 'everyone-takes-part')!.title;
    expect(trip.split(';')).toEqual(['"Schoolreis"', `"${questionText('everyone-joins')}"`, '"deels"', `"${nl['status.excludes']}"`, '"Actie voor everyone-joins."', '""', '""', `"${title}"`, `"${nl['sa.actionState.not-started']}"`, '""']);
    expect(rows.some((row) => row.startsWith(`"${nl['sa.summary.schoolWideScope']}: ${nl['topic.information']}";`))).toBe(true);
  });

  it('on the English page: separated by commas', async () => {
    renderWithState(<SummaryStep />, { assessment: school(), lang: 'en' });
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:plan'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Action plan as a spreadsheet (.csv)' }));
    const header = (await blob!.text()).replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).toBe('"Group","Question","Answer","What it means","Suggested action","Who","Done by","Principle","State","Why dropped"');
  });
});
