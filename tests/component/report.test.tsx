// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { formatDateLong } from '../../src/domain/assessment/parse';
import { Report } from '../../src/islands/self-assessment/views/Report';
import { answer, answers, makeActivity, makeAssessment } from '../fixtures/checklist';
import { nl, questionText, renderWithState } from './support';

/**
 * A secondary school with a trip that leaves pupils out, a werkweek whose cost is a barrier, a laptop
 * nobody answered for yet, and a gala that is open to all.
 */
const assessment = () => {
  const base = makeAssessment();
  return makeAssessment({
    profile: { ...base.profile, schoolName: 'Het Noorderlicht', schoolYear: '2026-2027', contribution: 75, filledInBy: 'J. de Vries', mrInvolved: 'yes' },
    schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'no', 'no-payer-lists': 'yes' }),
    activities: [
      makeActivity({ id: 'gala', name: 'Gala', kind: 'celebration', costPerPupil: 15, fundedBy: 'contribution', answers: answers({ 'everyone-joins': 'yes', 'cost-known': 'yes', 'payment-unseen': 'yes' }) }),
      makeActivity({
        id: 'week',
        name: 'Werkweek',
        kind: 'multi-day',
        traits: ['gear'],
        yearGroup: 'klas 3',
        costPerPupil: 450,
        fundedBy: 'separate-charge',
        answers: answers({ 'everyone-joins': 'yes', 'equal-alternative': 'yes', 'cost-known': 'yes', 'gear-lent': 'partly', 'payment-unseen': 'yes', 'letter-voluntary': 'yes' }),
      }),
      makeActivity({ id: 'laptop', name: 'Laptop', kind: 'materials-ict', fundedBy: 'school' }),
      makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', costPerPupil: 27.5, fundedBy: 'contribution', answers: answers({ 'everyone-joins': 'no', 'equal-alternative': 'yes', 'cost-known': 'yes', 'payment-unseen': 'yes' }) }),
    ],
  });
};

const report = () => screen.getByRole('article', { name: nl['sa.report.title'] });
const section = (name: string) => within(report()).getByRole('region', { name });
const today = () => {
  const d = new Date();
  return formatDateLong(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`, 'nl');
};

describe('the first page of the report', () => {
  it('names the school, the school year, the date in words and whether the MR took part', () => {
    renderWithState(<Report />, { assessment: assessment() });
    expect(within(report()).getByText('Het Noorderlicht')).toBeTruthy();
    const facts = section(nl['sa.report.cover']);
    const pairs = within(facts).getAllByRole('term').map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        `${nl['sa.profile.schoolYear']}: 2026-2027`,
        `${nl['sa.report.date']}: ${today()}`,
        `${nl['sa.report.mrInvolved']}: ${nl['sa.mr.yes']}`,
        `${nl['sa.profile.schoolType']}: ${nl['type.vo']}`,
        `${nl['sa.report.updated']}: 1 oktober 2025`,
      ]),
    );
  });

  it('calls a school without a name "Naamloze school" and says what is not chosen yet', () => {
    const base = makeAssessment();
    renderWithState(<Report />, { assessment: { ...base, profile: { ...base.profile, schoolType: null } } });
    expect(report().textContent).toContain(nl['sa.list.unnamed']);
    expect(section(nl['sa.report.cover']).textContent).toContain(`${nl['sa.profile.schoolType']}${nl['sa.report.notChosen']}`);
  });

  it('names the parts at risk under their status, the most serious first, and counts those open to all', () => {
    renderWithState(<Report />, { assessment: assessment() });
    const [risks, fine] = within(section(nl['sa.report.atRisk'])).getAllByRole('list');
    expect(within(risks!).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `${nl['status.excludes']}${nl['sa.summary.schoolWideScope']}, Schoolreis`,
      `${nl['status.incomplete']}Laptop`,
      `${nl['status.cost-barrier']}Werkweek`,
    ]);
    expect(within(fine!).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`${nl['status.open']}1 activiteit`]);
    expect(section(nl['sa.report.atRisk']).textContent).not.toContain('Gala');
  });

  it('names at most twelve at risk on the first page, and says how many more the plan has', () => {
    const base = assessment();
    const trips = Array.from({ length: 15 }, (_, i) => makeActivity({ id: `trip-${i}`, name: `Reis ${i + 1}`, kind: 'one-day', answers: answers({ 'everyone-joins': 'no' }) }));
    renderWithState(<Report />, { assessment: { ...base, schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'yes', 'no-payer-lists': 'yes' }), activities: trips } });
    const [risks] = within(section(nl['sa.report.atRisk'])).getAllByRole('list');
    expect(risks!.textContent).toContain('Reis 12, en nog 3 andere (zie het actieplan)');
    expect(risks!.textContent).not.toContain('Reis 13');
  });

  it('explains every status in a legend', () => {
    renderWithState(<Report />, { assessment: assessment() });
    const legend = within(report()).getByRole('group', { name: nl['sa.legend.title'] });
    expect(within(legend).getAllByRole('term').map((dt) => dt.textContent)).toEqual(
      ['excludes', 'incomplete', 'cost-barrier', 'information', 'open', 'dropped'].map((s) => nl[`status.${s}` as keyof typeof nl]),
    );
  });

  it('puts the first groups of the plan first, with who takes them on and by when', () => {
    const base = assessment();
    renderWithState(<Report />, { assessment: { ...base, actionGroups: { 'activity:trip': { owner: 'Teamleider', deadline: '2027-03-01' } } } });
    const items = within(section(nl['sa.report.priorities'])).getAllByRole('listitem').map((li) => li.textContent);
    // The law first: the school-wide MR topic and the trip; then the werkweek's cost barrier.
    expect(items[0]).toContain(`${nl['sa.summary.schoolWideScope']}: ${nl['topic.mr-consent']}`);
    expect(items[1]).toBe(`Schoolreis (1 actie) · ${nl['sa.summary.owner']}: Teamleider · ${nl['sa.summary.deadline']}: 1 maart 2027`);
    expect(items[2]).toContain('Werkweek');
  });

  it('gives the cost totals and the contribution', () => {
    renderWithState(<Report />, { assessment: assessment() });
    const costs = section(nl['sa.costs.title']).textContent;
    expect(costs).toContain(`${nl['sa.costs.contribution']}€ 75,00`);
    expect(costs).toContain(`${nl['sa.costs.total']}€ 492,50`);
    expect(costs).toContain(`${nl['sa.costs.askedOnTop']}€ 450,00`);
    expect(costs).toContain('1 activiteit zonder bedrag');
  });
});

describe('the action plan in the report', () => {
  it('has a section per group of actions, the law first, without fields to fill in', () => {
    renderWithState(<Report />, { assessment: assessment() });
    const plan = section(nl['sa.report.actionPlan']);
    expect(within(plan).queryByRole('textbox')).toBeNull();
    expect(within(plan).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      `${nl['sa.summary.schoolWideScope']}: ${nl['topic.mr-consent']}`,
      'Schoolreis',
      'Werkweek',
      nl['sa.report.unfinished'],
    ]);
  });

  it('says what each action is about in the words of its status, and the group’s owner and deadline in words', () => {
    const base = assessment();
    renderWithState(<Report />, { assessment: { ...base, actionGroups: { 'activity:week': { owner: 'Mevrouw Jansen', deadline: '2027-04-15' } } } });
    const week = within(section(nl['sa.report.actionPlan'])).getByRole('region', { name: 'Werkweek' });
    expect(week.textContent).toContain(`${nl['sa.summary.owner']}: Mevrouw Jansen · ${nl['sa.summary.deadline']}: 15 april 2027`);
    const [action] = within(week).getAllByRole('listitem');
    expect(action!.textContent).toContain(`${nl['status.cost-barrier']} · Antwoord deels: ${questionText('gear-lent')}`);
    // The activity's facts an MR weighs: for whom, what it costs, who pays.
    expect(week.textContent).toContain(`${nl['sa.report.for']}: klas 3`);
    expect(week.textContent).toContain(`${nl['sa.report.cost']}: € 450,00`);
    expect(week.textContent).toContain(`${nl['sa.report.paidBy']}: ${nl['sa.funding.separate-charge']}`);
  });

  it('prints an action’s own owner or date only where it differs from its group’s', () => {
    const base = assessment();
    renderWithState(<Report />, {
      assessment: { ...base, actionGroups: { 'activity:trip': { owner: 'Teamleider', deadline: '' } }, actions: { 'trip:everyone-joins': { owner: '', deadline: '2027-01-10', state: 'not-started' as const, stateReason: '' } } },
    });
    const trip = within(section(nl['sa.report.actionPlan'])).getByRole('region', { name: 'Schoolreis' });
    expect(within(trip).getByRole('listitem').textContent).toContain(`${nl['sa.summary.owner']}: Teamleider · ${nl['sa.summary.deadline']}: 10 januari 2027`);
  });

  it('lists what is not finished yet, with how far it is', () => {
    renderWithState(<Report />, { assessment: assessment() });
    const unfinished = within(section(nl['sa.report.actionPlan'])).getByRole('region', { name: nl['sa.report.unfinished'] });
    expect(unfinished.textContent).toMatch(/Laptop: 0 van \d+ vragen beantwoord/);
  });

  it('asks for the decision an optional activity still needs', () => {
    const base = assessment();
    renderWithState(<Report />, {
      assessment: { ...base, activities: [makeActivity({ id: 'ski', name: 'Skireis', kind: 'multi-day', optional: true, fundedBy: 'separate-charge' })] },
    });
    const unfinished = within(section(nl['sa.report.actionPlan'])).getByRole('region', { name: nl['sa.report.unfinished'] });
    expect(unfinished.textContent).toContain(nl['sa.report.needsDecision']);
  });
});

describe('what the reader chooses to print', () => {
  const withNotes = () => {
    const base = assessment();
    return {
      ...base,
      schoolAnswers: { ...base.schoolAnswers, 'mr-approved': answer('no', 2, 'Penningmeester weet wie betaalde') },
      activities: base.activities.map((a) => (a.id === 'trip' ? { ...a, notes: 'Bus: € 5 per leerling, familie Jansen betaalt niet' } : a)),
    };
  };

  it('leaves the school’s internal notes out unless the reader chooses to print them', () => {
    renderWithState(<Report />, { assessment: withNotes() });
    const notes = screen.getByRole('checkbox', { name: nl['sa.report.withNotes'] }) as HTMLInputElement;
    expect(notes.checked).toBe(false);
    expect(report().textContent).not.toContain('Penningmeester weet wie betaalde');
    expect(report().textContent).not.toContain('familie Jansen');
    fireEvent.click(notes);
    expect(report().textContent).toContain(`${nl['sa.report.note']}: Penningmeester weet wie betaalde`);
    expect(report().textContent).toContain('Bus: € 5 per leerling, familie Jansen betaalt niet');
  });

  it('leaves the full list of answers out unless the reader adds it as an appendix', () => {
    renderWithState(<Report />, { assessment: assessment() });
    const appendix = screen.getByRole('checkbox', { name: nl['sa.report.withAnswers'] }) as HTMLInputElement;
    expect(appendix.checked).toBe(false);
    expect(within(report()).queryByRole('region', { name: nl['sa.report.answers'] })).toBeNull();
    fireEvent.click(appendix);
    expect(within(report()).getByRole('region', { name: nl['sa.report.answers'] })).toBeTruthy();
  });

  it('gives, in the appendix, the answer to every question that applies, and says which are unanswered', () => {
    renderWithState(<Report />, { assessment: assessment() });
    fireEvent.click(screen.getByRole('checkbox', { name: nl['sa.report.withAnswers'] }));
    const school = within(section(nl['sa.report.answers'])).getByRole('region', { name: nl['sa.report.schoolWide'] });
    const cells = within(school).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((c) => c.textContent));
    expect(cells).toEqual([
      [questionText('inform-parents'), nl['answer.yes']],
      [questionText('mr-approved'), nl['answer.no']],
      [questionText('no-payer-lists'), nl['answer.yes']],
    ]);
    const laptop = within(section(nl['sa.report.answers'])).getByRole('region', { name: 'Laptop' });
    expect(within(laptop).getAllByRole('row').slice(1).every((row) => row.textContent?.endsWith(nl['sa.report.unanswered']))).toBe(true);
  });
});

describe('the rest of the report', () => {
  it('lists every activity with its cost, who pays and its status', () => {
    renderWithState(<Report />, { assessment: assessment() });
    const rows = within(within(section(nl['sa.report.activities'])).getAllByRole('table')[0]!).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Gala', 'Werkweek', 'Laptop', 'Schoolreis']);
    expect(within(rows[2]!).getAllByRole('cell').map((c) => c.textContent)).toEqual([nl['sa.report.wholeSchool'], nl['sa.report.costUnknown'], nl['sa.funding.school'], nl['status.incomplete']]);
  });

  it('gives the costs per year group after the plan, not on the first page', () => {
    renderWithState(<Report />, { assessment: assessment() });
    expect(within(section(nl['sa.costs.title'])).queryByRole('table')).toBeNull();
    const table = within(section(nl['sa.report.activities'])).getByRole('table', { name: nl['sa.costs.byYearGroup'] });
    // Klas 3 meets the werkweek and the three activities for the whole school.
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['klas 3€ 492,50€ 450,004']);
  });

  it('gives the status per principle with what its count counts', () => {
    const { state, data } = renderWithState(<Report />, { assessment: assessment() });
    const rows = within(section(nl['sa.report.perPrinciple'])).getAllByRole('row').slice(1);
    const first = state.assessed.value!.principles[0]!;
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe(data.principles.find((p) => p.key === first.principle)!.title);
    expect(within(rows[0]!).getAllByRole('cell')[1]!.textContent).toBe(`${first.answered} van ${first.total} vragen beantwoord`);
  });

  it('ends with places to sign for the school leader and for the MR', () => {
    renderWithState(<Report />, { assessment: assessment() });
    const text = section(nl['sa.report.signatures']).textContent ?? '';
    expect(text).toContain(nl['sa.report.signSchool']);
    expect(text).toContain(nl['sa.report.signMr']);
    for (const label of [nl['sa.report.name'], nl['sa.report.date'], nl['sa.report.signature']]) expect(text.split(`${label}:`)).toHaveLength(3);
  });
});
