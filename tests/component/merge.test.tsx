// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { encodeAssessment } from '../../src/domain/assessment/format/encode';
import type { Assessment } from '../../src/domain/assessment/format/schema';
import { describeProblem } from '../../src/islands/self-assessment/views/problems';
import { answer, makeActivity, makeAssessment } from '../fixtures/checklist';
import { createAssessmentState } from '../../src/islands/self-assessment/state/assessment-state';
import { engine } from '../../src/islands/self-assessment/state/engine';
import { fileCheckLoaded, nl, questionText, renderWithState, Screens } from './support';

// Merging a colleague's file on the step "Werk van een collega samenvoegen": five differences, each shown
// side by side and chosen one by one, nothing taken without a choice, and Undo afterwards.

const mine: Assessment = makeAssessment({
  id: 'mine',
  profile: { schoolName: 'Het Kompas', schoolType: 'vo', schoolYear: '2025-2026', contribution: 50, filledInBy: '', mrInvolved: 'yes' },
  schoolAnswers: { 'mr-approved': answer('no') },
  activities: [makeActivity({ id: 'trip', kind: 'one-day', name: 'Schoolreis', costPerPupil: 20 })],
});
/** The colleague's copy: contribution, an answer, a cost, a new activity and the words for parents differ. */
const colleague: Assessment = {
  ...mine,
  updatedAt: '2025-10-02T08:00:00.000Z',
  profile: { ...mine.profile, contribution: 60 },
  schoolAnswers: { 'mr-approved': answer('yes') },
  activities: [{ ...mine.activities[0]!, costPerPupil: 25 }, makeActivity({ id: 'camp', kind: 'multi-day', name: 'Werkweek' })],
  forParents: { contact: '', instalments: 'In drie termijnen.', paysFor: '' },
};
const FILE = 'werk-van-an.json';
const fileOf = (a: Assessment, name = FILE) => new File([encodeAssessment(a)], name, { type: 'application/json' });

function renderMerge(storage?: ReturnType<typeof renderWithState>['storage']) {
  return renderWithState(<Screens />, { assessment: mine, storage, prepare: (state) => state.goStep('merge') });
}
async function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText(nl['sa.merge.chooseFile']), { target: { files: [file] } });
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A radio's name: whose side and its value ("Van mij: nee"); the colon is hidden on screen, so spacing may vary. */
const side = (whose: string, value = '') => new RegExp(`^${escape(whose)}\\s*:\\s*${value ? `${escape(value)}$` : ''}`);
const item = (legend: string) => screen.getByRole('group', { name: legend });
const pick = (legend: string, which: 'mine' | 'theirs') =>
  fireEvent.click(within(item(legend)).getByRole('radio', { name: which === 'mine' ? side('Van mij') : side(`Van ${FILE}`) }));
const LEGENDS = {
  contribution: nl['sa.profile.contribution'],
  answer: `Antwoord: ${questionText('mr-approved')}`,
  cost: nl['sa.activities.cost'],
  camp: nl['sa.merge.field.activity'],
  instalments: nl['sa.parents.instalments'],
};

describe('merging a colleague’s file', () => {
  it('shows every difference side by side with nothing chosen, and counts the choices still to make', async () => {
    renderMerge();
    await chooseFile(fileOf(colleague));
    await screen.findByRole('heading', { name: `5 verschillen met ${FILE}` });
    const contribution = item(LEGENDS.contribution);
    expect((within(contribution).getByRole('radio', { name: side('Van mij', '€ 50,00') }) as HTMLInputElement).checked).toBe(false);
    expect((within(contribution).getByRole('radio', { name: side(`Van ${FILE}`, '€ 60,00') }) as HTMLInputElement).checked).toBe(false);
    expect(within(item(LEGENDS.answer)).getByRole('radio', { name: side('Van mij', 'nee') })).toBeTruthy();
    expect(within(item(LEGENDS.answer)).getByRole('radio', { name: side(`Van ${FILE}`, 'ja') })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Nog 5 keuzes te maken');
    pick(LEGENDS.cost, 'theirs');
    expect(screen.getByRole('status').textContent).toContain('Nog 4 keuzes te maken');
  });

  it('merges nothing while a difference has no choice, and lists what is unchosen', async () => {
    const { state } = renderMerge();
    await chooseFile(fileOf(colleague));
    await screen.findByRole('heading', { name: `5 verschillen met ${FILE}` });
    pick(LEGENDS.contribution, 'theirs');
    fireEvent.click(screen.getByRole('button', { name: 'Samenvoegen' }));
    const errors = await screen.findByRole('alert');
    expect(within(errors).getAllByRole('link')).toHaveLength(4);
    expect(within(errors).getByRole('link', { name: /Activiteit “Schoolreis”: Kosten per leerling/ })).toBeTruthy();
    expect(state.current.value!.profile.contribution).toBe(50);
    expect(state.current.value!.merges).toEqual([]);
  });

  it('honours each choice, says what was merged from which file, and Undo puts everything back, also after a reload', async () => {
    const { state, storage } = renderMerge();
    await chooseFile(fileOf(colleague));
    await screen.findByRole('heading', { name: `5 verschillen met ${FILE}` });
    pick(LEGENDS.contribution, 'theirs');
    pick(LEGENDS.answer, 'mine');
    pick(LEGENDS.cost, 'theirs');
    pick(LEGENDS.camp, 'theirs');
    pick(LEGENDS.instalments, 'mine');
    expect(screen.getByRole('status').textContent).toContain(nl['sa.merge.allChosen']);
    fireEvent.click(screen.getByRole('button', { name: 'Samenvoegen' }));

    const notice = await screen.findByText(`5 verschillen samengevoegd uit ${FILE}: 3 overgenomen, 2 van u gehouden.`);
    expect(screen.getByRole('heading', { name: nl['sa.summary.title'] })).toBeTruthy();
    expect(screen.getByText(new RegExp(`${FILE} \\(Het Kompas\\): 3 overgenomen, 2 van u gehouden`))).toBeTruthy();
    const merged = state.current.value!;
    expect(merged.profile.contribution).toBe(60);
    expect(merged.schoolAnswers['mr-approved']!.value).toBe('no');
    expect(merged.activities.map((a) => [a.name, a.costPerPupil])).toEqual([['Schoolreis', 25], ['Werkweek', null]]);
    expect(merged.forParents.instalments).toBe('');

    fireEvent.click(within(notice.closest('[tabindex="-1"]') as HTMLElement).getByRole('button', { name: 'Ongedaan maken' }));
    await screen.findByText(`Het samenvoegen met ${FILE} is ongedaan gemaakt.`);
    const { updatedAt: _, ...back } = state.current.value!;
    const { updatedAt: __, ...was } = mine;
    expect(back).toEqual(was);
    state.flush();

    // A new page on the same storage: the undone merge was saved like any other change.
    const reloaded = createAssessmentState({ engine, checklist: state.checklist, storage, loadFileCheck: fileCheckLoaded });
    await reloaded.load();
    const { updatedAt: ___, ...stored } = reloaded.model.entries.value.find((e) => e.assessment.id === 'mine')!.assessment;
    expect(stored).toEqual(was);
  });

  it('takes a whole group, or everything, with one button', async () => {
    const { state } = renderMerge();
    await chooseFile(fileOf(colleague));
    await screen.findByRole('heading', { name: `5 verschillen met ${FILE}` });
    fireEvent.click(screen.getAllByRole('button', { name: 'Alles van de collega nemen' })[0]!);
    expect(screen.getByRole('status').textContent).toContain(nl['sa.merge.allChosen']);
    fireEvent.click(screen.getAllByRole('button', { name: 'Alles van mij houden' })[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Samenvoegen' }));
    await screen.findByText(`5 verschillen samengevoegd uit ${FILE}: 0 overgenomen, 5 van u gehouden.`);
    expect(state.current.value!.profile.contribution).toBe(50);
    expect(state.current.value!.merges).toHaveLength(1);
  });

  it('says so when the file is the same, and offers nothing to merge', async () => {
    renderMerge();
    await chooseFile(fileOf(mine, 'kopie.json'));
    await screen.findByText(nl['sa.merge.same']);
    expect(screen.queryByRole('button', { name: 'Samenvoegen' })).toBeNull();
  });

  it('warns before any choice when the file is another school’s, and offers to merge anyway', async () => {
    renderMerge();
    await chooseFile(fileOf({ ...colleague, profile: { ...colleague.profile, schoolName: 'De Regenboog' } }));
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain('Dit bestand is van een andere school: “De Regenboog”.');
    expect(screen.queryByRole('radio')).toBeNull();
    fireEvent.click(within(warning).getByRole('button', { name: 'Toch samenvoegen' }));
    const heading = await screen.findByRole('heading', { name: `6 verschillen met ${FILE}` });
    // The button is gone once clicked; the keyboard user continues at the differences.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toBe(heading);
  });

  it('takes a colleague’s copy (“<school> (kopie)”) for the same school, and says how to keep the name', async () => {
    renderMerge();
    await chooseFile(fileOf({ ...colleague, profile: { ...colleague.profile, schoolName: 'Het Kompas (kopie)' } }));
    await screen.findByRole('heading', { name: `6 verschillen met ${FILE}` });
    expect(screen.queryByRole('button', { name: nl['sa.merge.anyway'] })).toBeNull();
    expect(screen.queryByText(/andere school/)).toBeNull();
    expect(screen.getByText('Dit bestand is een kopie van deze zelfevaluatie (“Het Kompas (kopie)”). Wilt u de naam “Het Kompas” houden? Kies dan bij Schoolgegevens “Van mij”.')).toBeTruthy();
  });

  it('warns about another checklist version before any choice', async () => {
    renderMerge();
    await chooseFile(fileOf({ ...colleague, checklistVersion: 1 }));
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain('andere versie van de vragenlijst (versie 1; deze zelfevaluatie: versie 2)');
    expect(screen.queryByRole('radio')).toBeNull();
    fireEvent.click(within(warning).getByRole('button', { name: nl['sa.merge.anyway'] }));
    expect(await screen.findByRole('heading', { name: `5 verschillen met ${FILE}` })).toBeTruthy();
  });

  it('says when the file is an older save of this very assessment, and still shows the differences', async () => {
    renderMerge();
    await chooseFile(fileOf({ ...colleague, updatedAt: '2025-09-01T08:00:00.000Z' }));
    await screen.findByRole('heading', { name: `5 verschillen met ${FILE}` });
    expect(screen.getByText(nl['sa.merge.warning.older-save'])).toBeTruthy();
  });

  it('shows a file it cannot read in the same words as opening it would', async () => {
    const { t } = renderMerge();
    await chooseFile(new File(['{"format":"something-else"}'], 'raar.json'));
    const errors = await screen.findByRole('alert');
    expect(errors.textContent).toContain(nl['sa.merge.fileProblems']);
    const decoded = (await fileCheckLoaded())('{"format":"something-else"}', { currentChecklistVersion: 2, fileName: 'raar.json' });
    if (decoded.ok) throw new Error('expected problems');
    expect(errors.textContent).toContain(describeProblem(decoded.issues[0]!, t));
  });

  it('lists earlier merges on the step itself', async () => {
    renderWithState(<Screens />, {
      assessment: { ...mine, merges: [{ at: '2025-10-01T10:00:00.000Z', fileName: 'oud.json', fromId: 'x', fromSchoolName: 'Het Kompas', fromUpdatedAt: '2025-09-30T10:00:00.000Z', taken: ['profile:contribution'], kept: 2 }] },
      prepare: (state) => state.goStep('merge'),
    });
    expect(screen.getByRole('list', { name: nl['sa.merge.recordsTitle'] }).textContent).toContain('1 oktober 2025: oud.json (Het Kompas): 1 overgenomen, 2 van u gehouden');
  });
});
