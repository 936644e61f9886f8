import { describe, expect, it } from 'vitest';
import { comparisonCsv, type CompareCsvLabels } from '../../src/domain/assessment/compare-csv';
import { compareAssessments, normaliseSchoolName, orderForComparison, verdictOf } from '../../src/domain/assessment/compare';
import { answer, answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';
import { nextYearOf, now, yearN } from '../fixtures/compare-years';

// Every expected value below is worked out by hand from the small checklist in tests/fixtures/checklist.ts
// (a vo school: three school-wide questions; a one-day trip paid by the school gets everyone-joins,
// equal-alternative and cost-known; a laptop gets cost-known and devices-on-loan).


describe('how a status moved', () => {
  it.each([
    ['excludes', 'open', 'better'],
    ['open', 'excludes', 'worse'],
    ['information', 'cost-barrier', 'worse'],
    ['cost-barrier', 'information', 'better'],
    ['open', 'open', 'same'],
    ['excludes', 'dropped', 'better'],
    ['open', 'dropped', 'same'],
    ['dropped', 'information', 'worse'],
    ['open', 'incomplete', 'unfinished'],
    ['incomplete', 'excludes', 'unfinished'],
    ['incomplete', 'incomplete', 'unfinished'],
    [null, 'open', 'new'],
    ['excludes', null, 'gone'],
    ['not-assessed', 'open', 'new'],
    ['open', 'not-assessed', 'gone'],
    ['not-assessed', 'not-assessed', 'same'],
  ] as const)('from %s to %s is %s', (before, after, verdict) => {
    expect(verdictOf(before, after)).toBe(verdict);
  });
});

describe('comparing last school year with next year’s copy', () => {
  // Three answers changed, two actions marked done; every other answer only taken over.
  const next = nextYearOf(yearN);
  const comparison = compareAssessments(yearN, next, testChecklist);

  it('lists exactly the three answers that changed', () => {
    expect(comparison.answers.map(({ scope, name, questionId, before, after }) => ({ scope, name, questionId, before, after }))).toEqual([
      { scope: 'school', name: null, questionId: 'no-payer-lists', before: 'partly', after: 'yes' },
      { scope: 'trip', name: 'Schoolreis', questionId: 'equal-alternative', before: 'no', after: 'partly' },
      { scope: 'laptop', name: 'Laptop', questionId: 'devices-on-loan', before: 'no', after: 'yes' },
    ]);
    expect(comparison.answers[0]!.question).toEqual({ nl: 'Vraag no-payer-lists?', en: 'Question no-payer-lists?' });
    expect(comparison.counts.answers).toBe(3);
  });

  it('says which of last year’s actions were marked done, and which are no longer needed', () => {
    expect(comparison.actions.map(({ key, origin, before, after, noLongerNeeded, markedDone }) => ({ key, origin, before, after, noLongerNeeded, markedDone }))).toEqual([
      // The plan's order: the law first (the school-wide topic, then the laptop), then missing information.
      { key: 'school:no-payer-lists', origin: 'earlier', before: 'not-started', after: null, noLongerNeeded: 'answered', markedDone: false },
      { key: 'laptop:devices-on-loan', origin: 'earlier', before: 'not-started', after: null, noLongerNeeded: 'answered', markedDone: false },
      { key: 'trip:equal-alternative', origin: 'earlier', before: 'not-started', after: 'done', noLongerNeeded: null, markedDone: true },
      // Its answer ("deels") is only taken over, not yet confirmed: the action still stands, and it is done.
      { key: 'trip:cost-known', origin: 'earlier', before: 'in-progress', after: 'done', noLongerNeeded: null, markedDone: true },
    ]);
    expect(comparison.counts.markedDone).toBe(2);
    expect(comparison.counts.earlierActions).toEqual({ 'not-started': 0, 'in-progress': 0, done: 2, dropped: 0 });
  });

  it('calls every part unfinished while next year’s answers still wait to be confirmed', () => {
    expect([comparison.school, ...comparison.activities].map(({ name, before, after, verdict, toConfirm }) => ({ name, before, after, verdict, toConfirm }))).toEqual([
      { name: null, before: 'excludes', after: 'incomplete', verdict: 'unfinished', toConfirm: 2 },
      { name: 'Schoolreis', before: 'information', after: 'incomplete', verdict: 'unfinished', toConfirm: 2 },
      { name: 'Laptop', before: 'excludes', after: 'incomplete', verdict: 'unfinished', toConfirm: 1 },
    ]);
    expect(comparison.counts.activities).toEqual({ worse: 0, better: 0, unfinished: 2, new: 0, gone: 0, same: 0 });
  });

  it('has nothing to warn about, and names both years', () => {
    expect(comparison.warnings).toEqual([]);
    expect(comparison.before).toMatchObject({ id: 'year-n', schoolYear: '2025-2026' });
    expect(comparison.after).toMatchObject({ id: 'year-n1', schoolYear: '2026-2027' });
  });

  it('puts last year first, whichever of the two is open', () => {
    expect(orderForComparison(next, yearN)).toEqual({ before: yearN, after: next });
    expect(orderForComparison(yearN, next)).toEqual({ before: yearN, after: next });
  });
});

describe('comparing two assessments made apart', () => {
  const before = makeAssessment({
    id: 'x',
    createdAt: '2025-09-01T08:00:00.000Z',
    profile: { schoolName: 'Het Kompas', schoolType: 'vo', schoolYear: '2025-2026', contribution: 50, filledInBy: '', mrInvolved: 'yes' },
    schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'yes', 'no-payer-lists': 'yes' }),
    activities: [
      makeActivity({ id: 'a1', name: 'Schoolreis', kind: 'one-day', costPerPupil: 20, answers: answers({ 'everyone-joins': 'no', 'equal-alternative': 'yes', 'cost-known': 'yes' }) }),
      makeActivity({ id: 'a2', name: 'Laptop', kind: 'materials-ict', costPerPupil: 300, answers: answers({ 'cost-known': 'yes', 'devices-on-loan': 'yes' }) }),
      makeActivity({ id: 'a3', name: 'Musical', kind: 'celebration', costPerPupil: 5, answers: answers({ 'everyone-joins': 'yes', 'cost-known': 'no' }) }),
      makeActivity({ id: 'a4', name: 'Skireis', kind: 'one-day', costPerPupil: 40, optional: true, optionalDecision: 'free-for-all', answers: answers({ 'everyone-joins': 'partly', 'equal-alternative': 'yes', 'cost-known': 'yes' }) }),
    ],
  });
  const after = makeAssessment({
    id: 'y',
    createdAt: '2026-09-01T08:00:00.000Z',
    profile: { schoolName: ' het  kompas ', schoolType: 'vo', schoolYear: '2026-2027', contribution: 55, filledInBy: '', mrInvolved: 'yes' },
    schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'yes', 'no-payer-lists': 'yes' }),
    activities: [
      // Same name and kind, another id: the same activity. Paid from the contribution now, so one more question.
      makeActivity({ id: 'b1', name: 'schoolreis', kind: 'one-day', costPerPupil: 25, fundedBy: 'contribution', answers: answers({ 'everyone-joins': 'yes', 'equal-alternative': 'yes', 'cost-known': 'yes', 'payment-unseen': 'yes' }) }),
      makeActivity({ id: 'a2', name: 'Laptop', kind: 'materials-ict', costPerPupil: 300, answers: answers({ 'cost-known': 'no', 'devices-on-loan': 'yes' }) }),
      makeActivity({ id: 'a4', name: 'Skireis', kind: 'one-day', costPerPupil: 40, optional: true, optionalDecision: 'drop', answers: answers({ 'everyone-joins': 'partly', 'equal-alternative': 'yes', 'cost-known': 'yes' }) }),
      makeActivity({ id: 'a5', name: 'Sportdag', kind: 'one-day', costPerPupil: null, answers: answers({ 'everyone-joins': 'yes', 'equal-alternative': 'yes', 'cost-known': 'yes' }) }),
    ],
  });
  const comparison = compareAssessments(before, after, testChecklist);

  it('matches activities by id, then by name and kind, and says how each moved', () => {
    expect(comparison.activities.map(({ beforeId, afterId, name, before: b, after: a, verdict }) => [beforeId, afterId, name, b, a, verdict])).toEqual([
      ['a1', 'b1', 'schoolreis', 'excludes', 'open', 'better'],
      ['a2', 'a2', 'Laptop', 'open', 'information', 'worse'],
      ['a4', 'a4', 'Skireis', 'excludes', 'dropped', 'better'],
      [null, 'a5', 'Sportdag', null, 'open', 'new'],
      ['a3', null, 'Musical', 'information', null, 'gone'],
    ]);
    expect(comparison.school).toMatchObject({ before: 'open', after: 'open', verdict: 'same' });
    expect(comparison.counts.activities).toEqual({ worse: 1, better: 2, unfinished: 0, new: 1, gone: 1, same: 0 });
  });

  it('says per principle how it moved, in the checklist’s order', () => {
    expect(comparison.principles.map(({ principle, before: b, after: a, verdict }) => [principle, b, a, verdict])).toEqual([
      ['voluntary', 'information', 'information', 'same'],
      ['mr-consent', 'open', 'open', 'same'],
      ['no-singling-out', 'open', 'open', 'same'],
      ['transport', 'not-assessed', 'not-assessed', 'same'],
      ['everyone-takes-part', 'excludes', 'open', 'better'],
      ['materials', 'open', 'open', 'same'],
    ]);
  });

  it('lists the answers of matched activities that changed, including a question asked only now', () => {
    expect(comparison.answers.map(({ scope, questionId, before: b, after: a }) => [scope, questionId, b, a])).toEqual([
      ['b1', 'everyone-joins', 'no', 'yes'],
      ['b1', 'payment-unseen', null, 'yes'],
      ['a2', 'cost-known', 'yes', 'no'],
    ]);
  });

  it('compares the contribution, the totals and each activity’s cost and payer', () => {
    expect(comparison.costs).toEqual({
      contribution: { before: 50, after: 55 },
      // 20 + 300 + 5 + 40, and 25 + 300 (the ski trip is dropped, the sports day has no amount yet).
      total: { before: 365, after: 325 },
      askedOnTop: { before: 0, after: 0 },
      withoutCost: { before: 0, after: 1 },
    });
    expect(comparison.activities.filter((x) => x.costChanged).map(({ name, costBefore, costAfter, fundedByBefore, fundedByAfter }) => [name, costBefore, costAfter, fundedByBefore, fundedByAfter])).toEqual([
      ['schoolreis', 20, 25, 'school', 'contribution'],
      ['Sportdag', null, null, null, 'school'],
      ['Musical', 5, null, 'school', null],
    ]);
  });

  it('follows each action of either plan', () => {
    expect(comparison.actions.map(({ key, origin, before: b, after: a, noLongerNeeded }) => [key, origin, b, a, noLongerNeeded])).toEqual([
      ['b1:everyone-joins', 'earlier', 'not-started', null, 'answered'],
      ['a4:everyone-joins', 'earlier', 'not-started', null, 'not-asked'],
      ['a3:cost-known', 'earlier', 'not-started', null, 'activity-gone'],
      ['a2:cost-known', 'later', null, 'not-started', null],
    ]);
    expect(comparison.counts.markedDone).toBe(0);
  });

  it('finds nothing to warn about when only the spelling of the school’s name differs', () => {
    expect(comparison.warnings).toEqual([]);
    expect(normaliseSchoolName('Sint-Jozef  School')).toBe(normaliseSchoolName('sint jozefschool'));
    expect(normaliseSchoolName('Cæcilia')).not.toBe(normaliseSchoolName('Regenboog'));
  });

  it('warns when the other assessment is of another school or another checklist version', () => {
    const other = { ...after, checklistVersion: 1, profile: { ...after.profile, schoolName: 'De Regenboog' } };
    expect(compareAssessments(before, other, testChecklist).warnings).toEqual(['other-school', 'other-checklist']);
  });

  it('orders by school year when neither continues the other', () => {
    expect(orderForComparison(after, before)).toEqual({ before, after });
    expect(orderForComparison(before, after)).toEqual({ before, after });
  });

  it('writes the comparison as a spreadsheet in the page’s language', () => {
    const labels: CompareCsvLabels = {
      headers: ['Onderdeel', 'Naam', 'Wat', 'Eerder', 'Nu', 'Uitkomst'],
      sections: { activity: 'Activiteit', principle: 'Uitgangspunt', answer: 'Antwoord', cost: 'Kosten', action: 'Actie' },
      schoolWide: 'Hele school',
      status: (s) => s ?? '–',
      verdict: { worse: 'slechter', better: 'beter', unfinished: 'nog niet af', new: 'nieuw', gone: 'weg', same: 'gelijk' },
      answer: (v) => v ?? '–',
      actionState: (s) => s ?? '–',
      markedDone: 'afgerond',
      amount: (n) => (n === null ? '' : n.toFixed(2).replace('.', ',')),
      funding: (f) => f ?? '?',
      costs: { contribution: 'Bijdrage', total: 'Totaal', askedOnTop: 'Apart', withoutCost: 'Zonder bedrag' },
      costPerPupil: 'Per leerling',
      paidBy: 'Betaler',
      principle: (key) => key.toUpperCase(),
    };
    const csv = comparisonCsv(comparison, 'nl', labels);
    expect(csv.startsWith('\uFEFF"Onderdeel";"Naam";"Wat";"Eerder";"Nu";"Uitkomst"\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain('"Activiteit";"Hele school";"";"open";"open";"gelijk"');
    expect(lines).toContain('"Activiteit";"schoolreis";"";"excludes";"open";"beter"');
    expect(lines).toContain('"Uitgangspunt";"EVERYONE-TAKES-PART";"";"excludes";"open";"beter"');
    expect(lines).toContain('"Antwoord";"Laptop";"Vraag cost-known?";"yes";"no";""');
    expect(lines).toContain('"Kosten";"Bijdrage";"";"50,00";"55,00";""');
    expect(lines).toContain('"Kosten";"schoolreis";"Betaler";"school";"contribution";""');
    expect(lines).toContain('"Actie";"Musical";"Actie voor cost-known.";"not-started";"–";""');
    // 1 header, 6 parts, 6 principles, 3 answers, 4 totals, 3 costs and 3 payers that changed, 4 actions, and the end.
    expect(lines).toHaveLength(1 + 6 + 6 + 3 + 4 + 3 + 3 + 4 + 1);
    expect(comparisonCsv(comparison, 'en', labels).slice(1).split('\r\n')[0]).toBe('"Onderdeel","Naam","Wat","Eerder","Nu","Uitkomst"');
  });
});

describe('comparing an assessment with itself', () => {
  const a = makeAssessment({ id: 'same', schoolAnswers: { 'inform-parents': answer('yes'), 'mr-approved': answer('yes'), 'no-payer-lists': answer('no') } });

  it('says so, and finds nothing that changed', () => {
    const comparison = compareAssessments(a, a, testChecklist);
    expect(comparison.warnings).toEqual(['itself']);
    expect(comparison.answers).toEqual([]);
    expect(comparison.school.verdict).toBe('same');
    expect(comparison.counts.markedDone).toBe(0);
  });

  it('says so too for a copy with the very same content read from its file', () => {
    expect(compareAssessments(a, structuredClone(a), testChecklist).warnings).toEqual(['itself']);
  });

  it('does not say so for a later version of the same assessment', () => {
    const later = { ...a, updatedAt: '2026-01-01T00:00:00.000Z', schoolAnswers: { ...a.schoolAnswers, 'no-payer-lists': answer('yes') } };
    expect(compareAssessments(a, later, testChecklist).warnings).toEqual([]);
  });
});
