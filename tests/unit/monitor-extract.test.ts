import { describe, expect, it } from 'vitest';
import { createAssessor } from '../../src/domain/assessment/assess';
import { encodeAssessment } from '../../src/domain/assessment/format/encode';
import type { Assessment } from '../../src/domain/assessment/format/schema';
import { normaliseSchoolYear } from '../../src/domain/monitor/constants';
import { monitorExtract } from '../../src/domain/monitor/extract';
import { readSchoolFile } from '../../src/domain/monitor/read';
import { MonitorFileSchema } from '../../src/domain/monitor/schema';
import { answer, answers, makeActivity, makeAssessment, testChecklist as checklist } from '../fixtures/checklist';

// What a school shares with the municipality, and how the monitor page reads any file it is given.

const now = new Date('2026-11-20T10:00:00Z');
const assess = createAssessor(checklist);

/** A school with a noted answer, named owners and a year group: everything a monitor file must leave out. */
function school(fields: Partial<Assessment['profile']> = {}): Assessment {
  return makeAssessment({
    profile: { schoolName: 'De Testschool', schoolType: 'vo', schoolYear: '2026/27', contribution: 45, filledInBy: 'Jan Jansen (directeur)', mrInvolved: 'yes', ...fields },
    schoolAnswers: { 'inform-parents': answer('no', 2, 'Geheime notitie over de ouderbrief'), 'mr-approved': answer('yes') },
    activities: [
      makeActivity({ id: 'a1', name: 'Werkweek Ardennen', kind: 'multi-day', yearGroup: 'klas 3', costPerPupil: 240, fundedBy: 'separate-charge', traits: ['overnight', 'travel'], notes: 'Notitie: bus van Pietersen', answers: answers({ 'everyone-joins': 'no' }) }),
      makeActivity({ id: 'a2', name: 'Skireis', kind: 'multi-day', costPerPupil: 650, optional: true, optionalDecision: 'drop' }),
      makeActivity({ id: 'a3', name: 'Laptop', kind: 'materials-ict', costPerPupil: null, answers: answers({ 'cost-known': 'yes', 'devices-on-loan': 'yes' }) }),
    ],
    actionGroups: { 'topic:information': { owner: 'Marieke de Vries', deadline: '2027-01-31' } },
    actions: { 'a1:everyone-joins': { owner: 'Piet Pietersen', deadline: '', state: 'not-started' as const, stateReason: '' } },
  });
}

describe('the monitor file of one assessment', () => {
  it('holds the school, its year, contribution, activities with status, principles and action counts', () => {
    const assessment = school();
    const assessed = assess(assessment);
    const result = monitorExtract(assessment, assessed, { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const file = result.value;
    expect(MonitorFileSchema.safeParse(file).success).toBe(true);
    expect(file.school).toEqual({ name: 'De Testschool', type: 'vo', schoolYear: '2026-2027' });
    expect(file.createdAt).toBe(now.toISOString());
    expect(file.checklistVersion).toBe(assessment.checklistVersion);
    expect(file.contribution).toBe(45);
    expect(file.mrInvolved).toBe('yes');
    expect(file.activities.map((a) => [a.kind, a.costPerPupil, a.status])).toEqual(assessed.activities.map((p) => [p.activity!.kind, p.activity!.costPerPupil, p.status]));
    expect(file.activities[1]!.status).toBe('dropped');
    expect(file.principles).toEqual(assessed.principles.map((p) => ({ principle: p.principle, status: p.status })));
    expect(file.questions).toEqual({ answered: assessed.counts.answered, total: assessed.counts.total });
    // Two actions: the school-wide "no" (information, owner and deadline from its group) and the trip's (own owner, no deadline).
    expect(assessed.plan).toHaveLength(2);
    // Neither action has been started: the trip's is stored as not started, the school-wide one has no state yet.
    const states = { 'not-started': 2, 'in-progress': 0, done: 0, dropped: 0 };
    expect(file.actions).toEqual({ byConcern: assessed.counts.actions, groups: assessed.groups.length, withOwner: 2, withDeadline: 1, planned: 1, states });
  });

  it('counts per question and place how often it was asked and answered "nee" or "deels", from the school’s answers', () => {
    const taken = { ...answer('no'), recheck: true };
    const assessment = makeAssessment({
      profile: { ...school().profile },
      // "no-payer-lists" was taken over and not confirmed: asked, but not counted as answered.
      schoolAnswers: { 'inform-parents': answer('no', 2, 'Geheime notitie'), 'mr-approved': answer('partly'), 'no-payer-lists': taken },
      activities: [
        makeActivity({ id: 't1', name: 'Dierentuin', kind: 'one-day', answers: answers({ 'everyone-joins': 'no', 'equal-alternative': 'partly' }) }),
        makeActivity({ id: 't2', name: 'Museum', kind: 'one-day', answers: answers({ 'everyone-joins': 'partly' }) }),
        makeActivity({ id: 'm1', name: 'Skireis', kind: 'multi-day', optional: true, optionalDecision: 'drop', answers: answers({ 'everyone-joins': 'no' }) }),
        makeActivity({ id: 'l1', name: 'Laptop', kind: 'materials-ict', answers: answers({ 'cost-known': 'yes', 'devices-on-loan': 'no' }) }),
      ],
    });
    const result = monitorExtract(assessment, assess(assessment), { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Worked out by hand from tests/fixtures/checklist.ts for a vo school whose activities the school pays:
    // the school-wide questions for vo; for a one-day trip without gear or a separate charge, the three trip
    // questions; for the laptop, two. The dropped ski trip is asked nothing, whatever it once answered.
    const expected = [
      { question: 'inform-parents', scope: 'school', asked: 1, no: 1, partly: 0 },
      { question: 'mr-approved', scope: 'school', asked: 1, no: 0, partly: 1 },
      { question: 'no-payer-lists', scope: 'school', asked: 1, no: 0, partly: 0 },
      { question: 'everyone-joins', scope: 'one-day', asked: 2, no: 1, partly: 1 },
      { question: 'equal-alternative', scope: 'one-day', asked: 2, no: 0, partly: 1 },
      { question: 'cost-known', scope: 'one-day', asked: 2, no: 0, partly: 0 },
      { question: 'cost-known', scope: 'materials-ict', asked: 1, no: 0, partly: 0 },
      { question: 'devices-on-loan', scope: 'materials-ict', asked: 1, no: 1, partly: 0 },
    ];
    const order = (rows: readonly { scope: string; question: string }[]) => [...rows].sort((a, b) => `${a.scope}|${a.question}`.localeCompare(`${b.scope}|${b.question}`));
    expect(order(result.value.answers ?? [])).toEqual(order(expected));
    expect(MonitorFileSchema.safeParse(result.value).success).toBe(true);
    // Ids and counts only: no question text, note or activity name.
    const text = JSON.stringify(result.value);
    for (const secret of ['Vraag ', 'Geheime notitie', 'Dierentuin', 'Museum', 'Skireis', 'Laptop']) expect(text).not.toContain(secret);
  });

  it('counts the actions by how far they got', () => {
    const base = school();
    // The school-wide "no" (inform-parents) and the trip's "no" (everyone-joins) each give an action.
    const assessment = {
      ...base,
      actions: {
        'school:inform-parents': { owner: '', deadline: '', state: 'done' as const, stateReason: '' },
        'a1:everyone-joins': { owner: 'Piet Pietersen', deadline: '', state: 'dropped' as const, stateReason: 'Bus van Pietersen komt niet' },
      },
    };
    const result = monitorExtract(assessment, assess(assessment), { now });
    expect(result.ok && result.value.actions.states).toEqual({ 'not-started': 0, 'in-progress': 0, done: 1, dropped: 1 });
    expect(JSON.stringify(result.ok && result.value)).not.toContain('Bus van Pietersen');
  });

  it('leaves out every note, activity name, year group and person', () => {
    const assessment = school();
    const result = monitorExtract(assessment, assess(assessment), { now });
    const text = JSON.stringify(result.ok && result.value);
    for (const secret of ['Geheime notitie', 'Werkweek', 'Skireis', 'Laptop', 'klas 3', 'Pietersen', 'Marieke', 'Jan Jansen', '2027-01-31']) {
      expect(text).not.toContain(secret);
    }
  });

  it('uses the code the school chose instead of its name', () => {
    const assessment = school();
    const result = monitorExtract(assessment, assess(assessment), { now, schoolCode: '  VO-17 ' });
    expect(result.ok && result.value.school.name).toBe('VO-17');
    expect(JSON.stringify(result.ok && result.value)).not.toContain('Testschool');
  });

  it('is refused, naming the field, without a school type, a readable school year or a name', () => {
    const assessment = school({ schoolType: null, schoolYear: 'dit jaar', schoolName: ' ' });
    const result = monitorExtract(assessment, assess(assessment), { now });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.field])).toEqual([
      ['no-school-type', 'profile.schoolType'],
      ['no-school-year', 'profile.schoolYear'],
      ['no-school-name', 'profile.schoolName'],
    ]);
  });
});

describe('a school year as schools type it', () => {
  it.each([
    ['2026-2027', '2026-2027'],
    ['2026/2027', '2026-2027'],
    [' 2026 – 27 ', '2026-2027'],
    ['1999-00', '1999-2000'],
    ['2026-2028', null],
    ['2026', null],
    ['dit jaar', null],
  ])('"%s" is %s', (typed, year) => {
    expect(normaliseSchoolYear(typed)).toBe(year);
  });
});

describe('reading any file a policy officer drops on the monitor page', () => {
  const read = (text: string, fileName = 'x.json') => readSchoolFile(text, { fileName, checklist });
  const codes = (text: string) => {
    const result = read(text);
    return result.ok ? [] : result.issues.map((issue) => issue.code);
  };
  const monitorFile = () => {
    const assessment = school();
    const result = monitorExtract(assessment, assess(assessment), { now });
    if (!result.ok) throw new Error('no extract');
    return result.value;
  };

  it('reads a monitor file as it is', () => {
    const file = monitorFile();
    const result = read(JSON.stringify(file));
    expect(result.ok && result.value).toEqual({ file, source: 'monitor', notes: [] });
  });

  it('reads a full export of the self-assessment and takes only what a monitor file holds', () => {
    const assessment = school();
    const result = read(encodeAssessment(assessment));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.source).toBe('assessment');
    // The export's last change is when the school last worked on it.
    expect(result.value.file).toEqual({ ...monitorFile(), createdAt: assessment.updatedAt });
    expect(JSON.stringify(result.value)).not.toContain('Geheime notitie');
  });

  it('reads a monitor file made before it said per question and per action state, as not saying', () => {
    const { answers: _answers, ...older } = monitorFile();
    const { states: _states, ...actions } = older.actions;
    const result = read(JSON.stringify({ ...older, actions }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.file.answers).toBeNull();
    expect(result.value.file.actions.states).toBeNull();
    expect(result.value.file.principles).toEqual(older.principles);
  });

  it('refuses a monitor file whose answers per question carry text', () => {
    const file = monitorFile();
    const result = read(JSON.stringify({ ...file, answers: [{ ...file.answers![0], text: 'Vraag inform-parents?' }] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.field])).toEqual([['schema-unrecognized_keys', 'answers.0']]);
  });

  it('reads a file of another checklist version and says so', () => {
    const result = read(JSON.stringify({ ...monitorFile(), checklistVersion: 7 }));
    expect(result.ok && result.value.notes.map((n) => [n.code, n.params])).toEqual([['checklist-other', { file: 7, page: checklist.version }]]);
  });

  it('refuses what is not a school file, each with its own reason', () => {
    expect(codes('{"format": "schoolkostencheck-monitor", "schemaVersion": 1,')).toEqual(['not-json']);
    expect(codes('school;type;jaar\nDe Wulp;po;2026-2027\n')).toEqual(['csv']);
    expect(codes('   ')).toEqual(['empty']);
    expect(codes('[1, 2, 3]')).toEqual(['not-ours']);
    expect(codes('{"format": "something-else", "schemaVersion": 1}')).toEqual(['not-ours']);
    expect(codes(JSON.stringify({ ...monitorFile(), schemaVersion: 2 }))).toEqual(['version-newer']);
    expect(codes(JSON.stringify({ ...monitorFile(), schemaVersion: '1' }))).toEqual(['version-missing']);
    expect(codes(JSON.stringify({ ...monitorFile(), schemaVersion: 0 }))).toEqual(['version-unreadable']);
    expect(codes('x'.repeat(10 * 1024 * 1024 + 1))).toEqual(['too-large']);
  });

  it('refuses a monitor file with notes in it, naming the field', () => {
    const file = monitorFile();
    const result = read(JSON.stringify({ ...file, activities: [{ ...file.activities[0], notes: 'x' }] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.field])).toEqual([['schema-unrecognized_keys', 'activities.0']]);
  });

  it('refuses a full export without a school type, naming the reason', () => {
    expect(codes(encodeAssessment(school({ schoolType: null })))).toEqual(['no-school-type']);
  });
});
