// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParentsStep } from '../../src/islands/self-assessment/views/ParentsStep';
import { answer, makeActivity, makeAssessment } from '../fixtures/checklist';
import { nl, renderWithState, Screens, typeKeys } from './support';

// The step "Voor ouders" as a school leader uses it: the warnings first, the school's own words typed in,
// the text as parents will read it, and copies for an e-mail and the website.

const NOTE = 'INTERNE-NOTITIE-7Q';
const FILLED_IN_BY = 'J. Jansen (directeur)';

/** A primary school: three activities, one of which (by its answers) can leave a pupil out. */
const school = (fields: Parameters<typeof makeAssessment>[0] = {}) => {
  const base = makeAssessment();
  return makeAssessment({
    id: 'regenboog',
    profile: { ...base.profile, schoolName: 'De Regenboog', schoolType: 'po', schoolYear: '2026-2027', contribution: 45.5, filledInBy: FILLED_IN_BY },
    activities: [
      makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', costPerPupil: 32.5, fundedBy: 'contribution', notes: NOTE, answers: { 'everyone-joins': answer('no', 2, NOTE) } }),
      makeActivity({ id: 'camp', name: 'Kamp', kind: 'multi-day', yearGroup: 'groep 8', costPerPupil: 85, fundedBy: 'separate-charge' }),
      makeActivity({ id: 'sint', name: 'Sinterklaasfeest', kind: 'celebration', costPerPupil: 0, fundedBy: 'school' }),
    ],
    actionGroups: { 'activity:trip': { owner: 'Meester Bram', deadline: '' } },
    ...fields,
  });
};

const step = () => screen.getByRole('region', { name: nl['sa.steps.parents'] });
const preview = () => screen.getByRole('article', { name: 'Schoolkosten en de vrijwillige ouderbijdrage' });
const warnings = () => screen.getByRole('heading', { name: nl['sa.parents.warningsTitle'] }).closest('div')!;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the step for parents', () => {
  it('shows the text as parents will read it: amount, what it pays for, voluntary, every child takes part, each activity', () => {
    renderWithState(<ParentsStep />, { assessment: school(), prepare: (s) => s.goStep('parents') });
    const text = preview().textContent!;
    expect(text).toContain('Wij vragen een vrijwillige ouderbijdrage van € 45,50 per kind per schooljaar.');
    expect(within(preview()).getByRole('heading', { name: 'Waar is de bijdrage voor?' })).toBeTruthy();
    expect(text).toContain('Deze bijdrage is vrijwillig.');
    expect(text).toContain('Alle kinderen doen mee met alle activiteiten van de school.');
    const items = within(preview()).getAllByRole('list').at(-1)!;
    expect(within(items).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Schoolreis: € 32,50 per kind. Wij betalen dit van de vrijwillige ouderbijdrage. Uw kind doet altijd mee.',
      'Kamp (groep 8): € 85,00 per kind. Hiervoor vragen wij een aparte bijdrage. Ook die is vrijwillig. Uw kind doet altijd mee.',
      'Sinterklaasfeest: gratis. De school betaalt dit. Uw kind doet altijd mee.',
    ]);
  });

  it('never shows a note, an owner or who filled the assessment in, in the text', () => {
    renderWithState(<ParentsStep />, { assessment: school() });
    const text = preview().textContent!;
    for (const secret of [NOTE, 'Meester Bram', FILLED_IN_BY]) expect(text).not.toContain(secret);
  });

  it('warns about an activity that can leave a pupil out, with a link that opens it', () => {
    const { state } = renderWithState(<Screens />, { assessment: school(), prepare: (s) => s.goStep('parents') });
    expect(warnings().textContent).toContain(nl['sa.parents.warning.excludes']);
    fireEvent.click(within(warnings()).getByRole('link', { name: 'Schoolreis' }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'regenboog', step: 'activity', activityId: 'trip' });
  });

  it('takes the warning away once the answers no longer leave anyone out', () => {
    const { state } = renderWithState(<ParentsStep />, { assessment: school() });
    expect(within(warnings()).queryByRole('link', { name: 'Schoolreis' })).not.toBeNull();
    act(() => state.answer('trip', 'everyone-joins', 'yes'));
    expect(screen.queryByText(nl['sa.parents.warning.excludes'])).toBeNull();
  });

  it('says when no contribution is filled in, and leads to the school details', () => {
    const base = school();
    const { state } = renderWithState(<Screens />, { assessment: { ...base, profile: { ...base.profile, contribution: null } }, prepare: (s) => s.goStep('parents') });
    expect(warnings().textContent).toContain(nl['sa.parents.warning.no-contribution']);
    expect(preview().textContent).toContain('Wij vragen dit schooljaar geen vrijwillige ouderbijdrage.');
    fireEvent.click(within(warnings()).getByRole('link', { name: 'Naar Schoolgegevens' }));
    expect(state.route.value).toMatchObject({ step: 'profile' });
  });

  it('keeps the warnings in a polite live region that is there before any warning is', () => {
    renderWithState(<ParentsStep />, { assessment: school() });
    expect(warnings().parentElement!.getAttribute('aria-live')).toBe('polite');
  });

  it('keeps every key of the contact as it is typed, and the text uses it', () => {
    const { state } = renderWithState(<ParentsStep />, { assessment: school() });
    const field = screen.getByLabelText(nl['sa.parents.contact']) as HTMLInputElement;
    typeKeys(field, 'de administratie, info@regenboog.nl');
    expect(field.value).toBe('de administratie, info@regenboog.nl');
    expect(state.current.value!.forParents.contact).toBe('de administratie, info@regenboog.nl');
    expect(preview().textContent).toContain('Neem dan contact op met de administratie, info@regenboog.nl.');
  });

  it('puts what the school writes about paying in parts and what else the contribution pays for in the text', () => {
    renderWithState(<ParentsStep />, { assessment: school() });
    typeKeys(screen.getByLabelText(nl['sa.parents.instalments']) as HTMLTextAreaElement, 'In drie delen.');
    typeKeys(screen.getByLabelText(nl['sa.parents.paysFor']) as HTMLTextAreaElement, 'De bibliotheek.');
    const text = preview().textContent!;
    expect(text).toContain('In drie delen.');
    expect(text).toContain('De bibliotheek.');
    expect(text).not.toContain('Wilt u in delen betalen?');
  });

  it('copies the text as plain text and says so in words', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderWithState(<ParentsStep />, { assessment: school() });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: nl['sa.parents.copyText'] })));
    const copied = writeText.mock.calls[0]![0] as string;
    expect(copied).toContain('Wij vragen een vrijwillige ouderbijdrage van € 45,50 per kind per schooljaar.');
    expect(copied).toContain('- Kamp (groep 8): € 85,00 per kind.');
    expect(copied).not.toContain('<');
    await screen.findByText(nl['sa.parents.copied.text']);
    expect(screen.getByRole('status').textContent).toBe(nl['sa.parents.copied.text']);
  });

  it('copies simple HTML with the school’s words escaped', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderWithState(<ParentsStep />, { assessment: school({ forParents: { contact: '<b>de balie</b>', instalments: '', paysFor: '' } }) });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: nl['sa.parents.copyHtml'] })));
    const html = writeText.mock.calls[0]![0] as string;
    expect(html.startsWith('<h2>Schoolkosten en de vrijwillige ouderbijdrage</h2>\n')).toBe(true);
    expect(html).toContain('<li>Schoolreis</li>');
    expect(html).toContain('&lt;b&gt;de balie&lt;/b&gt;');
    await screen.findByText(nl['sa.parents.copied.html']);
    expect(screen.getByRole('status').textContent).toBe(nl['sa.parents.copied.html']);
  });

  it('shows the text selected in a field when the clipboard cannot be written', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async () => Promise.reject(new Error('denied')) } });
    renderWithState(<ParentsStep />, { assessment: school() });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: nl['sa.parents.copyText'] })));
    const field = (await screen.findByLabelText(nl['sa.parents.copyField'])) as HTMLTextAreaElement;
    expect(field.value).toContain('Deze bijdrage is vrijwillig.');
    expect(document.activeElement).toBe(field);
    expect(screen.getByRole('status').textContent).toBe(nl['sa.parents.copyFailed']);
  });

  it('prints with the browser’s print dialog', () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderWithState(<ParentsStep />, { assessment: school() });
    fireEvent.click(within(step()).getByRole('button', { name: nl['sa.parents.print'] }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('is written in English on the English page', () => {
    renderWithState(<ParentsStep />, { assessment: school(), lang: 'en' });
    const article = screen.getByRole('article', { name: 'School costs and the voluntary parental contribution' });
    expect(article.textContent).toContain('We ask a voluntary parental contribution of € 45.50 per child per school year.');
    expect(article.textContent).toContain('Your child always takes part.');
  });
});
