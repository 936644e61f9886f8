// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/islands/self-assessment/views/Report';
import { answers, makeActivity, makeAssessment } from '../fixtures/checklist';
import { nl, questionText, renderWithState } from './support';

const assessment = () => {
  const base = makeAssessment();
  return makeAssessment({
    profile: { ...base.profile, schoolName: 'Het Noorderlicht', schoolYear: '2025-2026', contribution: 45, filledInBy: 'J. de Vries' },
    schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'no' }),
    activities: [
      makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', costPerPupil: 27.5, answers: answers({ 'everyone-joins': 'no' }) }),
      makeActivity({ id: 'laptop', name: 'Laptop', kind: 'materials-ict', fundedBy: 'school' }),
    ],
  });
};

const report = () => screen.getByRole('article', { name: nl['sa.report.title'] });
const section = (name: string) => within(report()).getByRole('region', { name });

describe('the report', () => {
  it('names the school', () => {
    renderWithState(<Report />, { assessment: assessment() });
    expect(report().textContent).toContain('Het Noorderlicht');
    const facts = section(nl['sa.report.cover']);
    expect(within(facts).getAllByRole('term').map((dt) => dt.textContent)).toContain(nl['sa.profile.schoolName']);
    expect(within(facts).getAllByRole('definition').map((dd) => dd.textContent)).toEqual(
      expect.arrayContaining(['Het Noorderlicht', '2025-2026', '€ 45,00', 'J. de Vries', '1 oktober 2025']),
    );
  });

  it('calls a school without a name "Naamloze school"', () => {
    renderWithState(<Report />, { assessment: makeAssessment() });
    expect(report().textContent).toContain(nl['sa.list.unnamed']);
  });

  it('has a heading for the school-wide part and every activity', () => {
    renderWithState(<Report />, { assessment: assessment() });
    const plan = section(nl['sa.report.actionPlan']);
    expect(within(plan).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([nl['sa.report.schoolWide'], 'Schoolreis', 'Laptop']);
  });

  it('leaves the full list of answers out unless the reader adds it as an appendix', () => {
    renderWithState(<Report />, { assessment: assessment() });
    expect(within(report()).queryByRole('region', { name: nl['sa.report.answers'] })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: nl['sa.report.withAnswers'] }));
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
      [questionText('no-payer-lists'), nl['sa.report.unanswered']],
    ]);
  });

  it('shows the status of each activity in words', () => {
    renderWithState(<Report />, { assessment: assessment() });
    expect(within(report()).getByRole('region', { name: 'Schoolreis' }).textContent).toContain(nl['status.excludes']);
    expect(within(report()).getByRole('region', { name: 'Laptop' }).textContent).toContain(nl['status.incomplete']);
  });

  it('draws a chart of activities per outcome as an image with a name', () => {
    renderWithState(<Report />, { assessment: assessment() });
    const chart = within(report()).getByRole('img', { name: nl['sa.report.chartTitle'] });
    expect(chart.tagName.toLowerCase()).toBe('svg');
  });

  it('includes the action plan per activity without fields to fill in, deadlines written out', () => {
    renderWithState(<Report />, { assessment: { ...assessment(), actions: { 'trip:everyone-joins': { owner: 'Teamleider', deadline: '2026-04-01' } } } });
    const plan = section(nl['sa.report.actionPlan']);
    expect(within(plan).queryByRole('textbox')).toBeNull();
    const trip = within(plan).getByRole('region', { name: 'Schoolreis' });
    const rows = within(trip).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent).slice(1)).toEqual(['Teamleider', '1 april 2026']);
    // The school-wide "nee" is an action too; the laptop has none (yet).
    expect(within(within(plan).getByRole('region', { name: nl['sa.report.schoolWide'] })).getAllByRole('row')).toHaveLength(2);
    // Not "no actions needed" while its questions are open: that would tell the MR the wrong thing.
    const laptop = within(plan).getByRole('region', { name: 'Laptop' }).textContent;
    expect(laptop).not.toContain(nl['sa.report.noActionsHere']);
    expect(laptop).toMatch(/Nog niet alle vragen beantwoord \(0 van \d+\)/);
    // A cost left empty is "not filled in", never "none" (which reads as free).
    expect(laptop).toContain(`${nl['sa.report.cost']}: ${nl['sa.report.costUnknown']}`);
  });

  it('shows notes given with answers and on activities, as typed', () => {
    const base = assessment();
    renderWithState(<Report />, {
      assessment: {
        ...base,
        schoolAnswers: { ...base.schoolAnswers, 'mr-approved': { value: 'no', note: '<b>Nog niet</b> besproken', checklistVersion: 2 } },
        activities: [{ ...base.activities[0]!, notes: 'Bus: € 5 per leerling' }, base.activities[1]!],
      },
    });
    expect(within(section(nl['sa.report.actionPlan'])).getByRole('region', { name: nl['sa.report.schoolWide'] }).textContent).toContain(`${nl['sa.report.note']}: <b>Nog niet</b> besproken`);
    expect(within(report()).getByRole('region', { name: 'Schoolreis' }).textContent).toContain('Bus: € 5 per leerling');
  });

  it('counts the activities per outcome in words', () => {
    const { t } = renderWithState(<Report />, { assessment: assessment() });
    // The trip can exclude pupils; the laptop's questions are not answered yet.
    expect(section(nl['sa.report.summary']).textContent).toContain(t('sa.summary.counts', { open: 0, attention: 0, excludes: 1, incomplete: 1 }));
  });

  it('ends with places to sign for the school leader and for the MR', () => {
    renderWithState(<Report />, { assessment: assessment() });
    const signatures = section(nl['sa.report.signatures']);
    expect(signatures.textContent).toContain('Schoolleider');
    expect(signatures.textContent).toContain('Namens de MR');
    const text = signatures.textContent ?? '';
    for (const label of [nl['sa.report.name'], nl['sa.report.date'], nl['sa.report.signature']]) {
      expect(text.split(`${label}:`)).toHaveLength(3);
    }
  });
});
