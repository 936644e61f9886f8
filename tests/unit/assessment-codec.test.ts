import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createAssessment,
  decodeAssessment,
  duplicateAssessment,
  encodeAssessment,
  MAX_FILE_BYTES,
  newActivityId,
  type Assessment,
  MIGRATIONS,
  type Migration,
} from '../../src/domain/assessment';
import { DEFAULT_TRAITS } from '../../src/domain/vocabulary';
import type { Problem } from '../../src/domain/result';

const fixtures = new URL('../fixtures/assessments/', import.meta.url).pathname;
const fixtureText = readFileSync(join(fixtures, 'v3-vo-school.json'), 'utf8');
const v2Text = readFileSync(join(fixtures, 'v2-vo-school.json'), 'utf8');
/** The same school as saved by the first release (schema version 1). */
const v1Text = readFileSync(join(fixtures, 'v1-vo-school.json'), 'utf8');
const opts = { currentChecklistVersion: 1 };

/** The fixture as data, to break one field at a time (`any`: the tests write wrong shapes on purpose). */
const fixtureData = (): any => JSON.parse(fixtureText);
const text = (data: unknown) => JSON.stringify(data);

/** The problems of a decode that must fail, as file, field and English message (codes are tested apart). */
function problems(input: string, options: Parameters<typeof decodeAssessment>[1] = opts): Problem[] {
  const result = decodeAssessment(input, options);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues.map(({ file, field, message }) => ({ file, field, message }));
}

/** The codes the page translates, for problems that have one. */
function codes(input: string, options: Parameters<typeof decodeAssessment>[1] = opts) {
  const result = decodeAssessment(input, options);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}

function decoded(input: string, options: Parameters<typeof decodeAssessment>[1] = opts) {
  const result = decodeAssessment(input, options);
  if (!result.ok) throw new Error(`expected the file to be read: ${JSON.stringify(result.issues)}`);
  return result.value;
}

describe('encoding an assessment', () => {
  it('reads back exactly what was written', () => {
    const { assessment } = decoded(fixtureText);
    expect(decoded(encodeAssessment(assessment)).assessment).toEqual(assessment);
  });

  it('reads back a brand-new assessment', () => {
    const fresh = createAssessment({ id: 'new', now: new Date('2025-10-01T00:00:00Z'), checklistVersion: 1 });
    expect(decoded(encodeAssessment(fresh))).toEqual({ assessment: fresh, migratedFrom: null });
  });

  it('writes JSON indented by two spaces, ending in a newline', () => {
    const encoded = encodeAssessment(decoded(fixtureText).assessment);
    expect(encoded.startsWith('{\n  "format": "schoolkostencheck-assessment",\n')).toBe(true);
    expect(encoded.endsWith('}\n')).toBe(true);
  });

  it('writes keys in schema order whatever order they had in memory', () => {
    const { assessment } = decoded(fixtureText);
    const shuffled = Object.fromEntries(Object.entries(assessment).reverse()) as Assessment;
    shuffled.profile = Object.fromEntries(Object.entries(assessment.profile).reverse()) as Assessment['profile'];
    expect(encodeAssessment(shuffled)).toBe(encodeAssessment(assessment));
    expect(Object.keys(JSON.parse(encodeAssessment(shuffled)))).toEqual([
      'format', 'schemaVersion', 'checklistVersion', 'id', 'createdAt', 'updatedAt', 'predecessor', 'profile', 'schoolAnswers', 'activities', 'actionGroups', 'actions', 'forParents', 'merges',
    ]);
  });

  it('writes the same data in the same key order as the committed fixture', () => {
    // The fixture puts short answers on one line, so compare compact forms.
    const encoded = encodeAssessment(decoded(fixtureText).assessment);
    expect(JSON.stringify(JSON.parse(encoded))).toBe(JSON.stringify(JSON.parse(fixtureText)));
  });

  it('still exports an assessment that is mid-edit and not valid yet', () => {
    const { assessment } = decoded(fixtureText);
    const midEdit = { ...assessment, activities: [{ ...assessment.activities[0]!, name: '' }] };
    expect(() => encodeAssessment(midEdit)).not.toThrow();
  });
});

describe('decoding an export file', () => {
  it('reads the fixture without migrating it', () => {
    const { assessment, migratedFrom } = decoded(fixtureText);
    expect(migratedFrom).toBeNull();
    expect(assessment.profile.schoolName).toBe('Voorbeeldcollege, locatie Noord');
    expect(assessment.activities).toHaveLength(3);
  });

  it('fills in defaults for fields an older or hand-made file leaves out', () => {
    const data = fixtureData();
    delete data.actions;
    delete data.activities[0].notes;
    const { assessment } = decoded(text(data));
    expect(assessment.actions).toEqual({});
    expect(assessment.activities[0]?.notes).toBe('');
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(decodeAssessment(`\uFEFF${fixtureText}`, opts).ok).toBe(true);
  });

  it('refuses a file larger than 10 MB before parsing it', () => {
    expect(problems(' '.repeat(MAX_FILE_BYTES + 1))).toEqual([{ file: 'bestand', field: '', message: 'file is larger than 10 MB' }]);
  });

  it('refuses text that is not JSON, with the parser\'s message', () => {
    const [problem, ...rest] = problems('{"format": ');
    expect(rest).toEqual([]);
    expect(problem?.message).toMatch(/^not a JSON file: .+/);
  });

  it('gives every problem of its own a code the page can translate', () => {
    expect(codes(' '.repeat(MAX_FILE_BYTES + 1))).toEqual(['too-large']);
    expect(codes('{"format": ')).toEqual(['not-json']);
    expect(codes('[]')).toEqual(['not-ours']);
    expect(codes(text({ ...fixtureData(), schemaVersion: 4 }))).toEqual(['version-newer']);
    expect(codes(text({ ...fixtureData(), schemaVersion: 'one' }))).toEqual(['version-missing']);
    expect(codes(text({ ...fixtureData(), checklistVersion: 3 }), { currentChecklistVersion: 2 })).toEqual(['checklist-newer']);
  });

  it('names the file it was given in every problem', () => {
    expect(problems('nope', { ...opts, fileName: 'zelfevaluatie.json' })[0]?.file).toBe('zelfevaluatie.json');
  });

  it.each([
    ['an array', '[1, 2]'],
    ['a string', '"schoolkostencheck-assessment"'],
    ['null', 'null'],
    ['an object without a format', '{"schemaVersion": 1}'],
    ['an object of another format', text({ ...fixtureData(), format: 'something-else' })],
  ])('refuses %s as not one of ours', (_, input) => {
    expect(problems(input)).toEqual([{ file: 'bestand', field: '', message: 'this is not a Schoolkostencheck file' }]);
  });

  it('refuses a file made with a newer version of the tool', () => {
    expect(problems(text({ ...fixtureData(), schemaVersion: 4 }))).toEqual([
      { file: 'bestand', field: 'schemaVersion', message: 'made with a newer version of this tool; update the page' },
    ]);
  });

  it.each([undefined, '1', 1.5, -1])('refuses a schema version that is not a whole number: %j', (schemaVersion) => {
    expect(problems(text({ ...fixtureData(), schemaVersion }))[0]?.field).toBe('schemaVersion');
  });

  it('names the path of a missing field', () => {
    const data = fixtureData();
    delete data.activities[2].name;
    expect(problems(text(data)).map((p) => p.field)).toEqual(['activities.2.name']);
  });

  it('names the path of a wrong answer value inside an activity', () => {
    const data = fixtureData();
    data.activities[2].answers['act-x'] = { value: 'maybe', checklistVersion: 1 };
    expect(problems(text(data)).map((p) => p.field)).toEqual(['activities.2.answers.act-x.value']);
  });

  it('names the path of a field of the wrong type', () => {
    const data = fixtureData();
    data.profile.contribution = '85';
    data.checklistVersion = 'one';
    expect(problems(text(data)).map((p) => p.field).sort()).toEqual(['checklistVersion', 'profile.contribution']);
  });

  it('refuses fields it does not know', () => {
    const result = decodeAssessment(text({ ...fixtureData(), password: 'x' }), opts);
    expect(result.ok ? [] : result.issues).toMatchObject([{ field: '', code: 'schema-unrecognized_keys', params: { keys: 'password' } }]);
  });

  it('refuses an answer key that is not an id', () => {
    const data = fixtureData();
    data.schoolAnswers['<script>'] = { value: 'yes', checklistVersion: 1 };
    expect(problems(text(data)).map((p) => p.field)).toEqual(['schoolAnswers.<script>']);
  });

  it('never lets a __proto__ answer key change an object\'s prototype', () => {
    const input = fixtureText.replace('"schoolAnswers": {', '"schoolAnswers": { "__proto__": { "value": "no", "checklistVersion": 1, "polluted": true },');
    const result = decodeAssessment(input, opts);
    // The file is read, but the key is dropped: it can never be a question id.
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { schoolAnswers } = result.value.assessment;
    expect(Object.getPrototypeOf(schoolAnswers)).toBe(Object.prototype);
    expect(Object.hasOwn(schoolAnswers, '__proto__')).toBe(false);
    expect(Object.keys(schoolAnswers)).toEqual(['inform-parents', 'mr-approved', 'no-payer-lists']);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('refuses two activities with the same id', () => {
    const data = fixtureData();
    data.activities[2].id = data.activities[0].id;
    expect(problems(text(data))).toEqual([
      { file: 'bestand', field: 'activities.2.id', message: '"a1b2c3d4" is also used by activity 0; ids must be unique' },
    ]);
  });

  it('refuses an activity with the id "school", which action keys reserve for the school-wide part', () => {
    const data = fixtureData();
    data.activities[1].id = 'school';
    expect(problems(text(data)).map((p) => p.field)).toEqual(['activities.1.id']);
  });

  it('refuses a file filled in against a newer checklist than this page has', () => {
    expect(problems(text({ ...fixtureData(), checklistVersion: 3 }), { currentChecklistVersion: 2 })).toEqual([
      {
        file: 'bestand',
        field: 'checklistVersion',
        message: "filled in against checklist version 3, newer than this page's version 2; update the page",
      },
    ]);
  });

  it('reads a file filled in against an older checklist', () => {
    expect(decodeAssessment(fixtureText, { currentChecklistVersion: 5 }).ok).toBe(true);
  });
});

describe('every committed export file keeps decoding', () => {
  // Files made by earlier releases live here; a new schema version must migrate them, never refuse them.
  const files = readdirSync(fixtures).filter((file) => file.endsWith('.json'));

  it('has at least one fixture', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s', (file) => {
    const result = decodeAssessment(readFileSync(join(fixtures, file), 'utf8'), { currentChecklistVersion: 1, fileName: file });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describe('migrating older files', () => {
  // A made-up version 0 that called the school "school" and had no format version of its own.
  const v0 = () => {
    const data = JSON.parse(v1Text);
    data.schemaVersion = 0;
    data.profile.school = data.profile.schoolName;
    delete data.profile.schoolName;
    return data;
  };
  const migrations: Record<number, Migration> = {
    0: (data) => {
      const { school, ...profile } = data.profile;
      return { ...data, profile: { ...profile, schoolName: school } };
    },
    1: MIGRATIONS[1]!,
    2: MIGRATIONS[2]!,
  };

  it('runs each step up to the current version and says where it started', () => {
    const { assessment, migratedFrom } = decoded(text(v0()), { ...opts, migrations });
    expect(migratedFrom).toBe(0);
    expect(assessment).toEqual(decoded(v1Text).assessment);
  });

  it('records the version each step reaches, so a step need not set it', () => {
    expect(decoded(text(v0()), { ...opts, migrations }).assessment.schemaVersion).toBe(3);
  });

  it('opens a file of the first release without losing anything, its activities keeping their usual questions', () => {
    const before = JSON.parse(v1Text);
    const { assessment, migratedFrom } = decoded(v1Text);
    expect(migratedFrom).toBe(1);
    expect(assessment.profile).toEqual(before.profile);
    for (const [key, fields] of Object.entries(before.actions as Record<string, object>)) expect(assessment.actions[key]).toEqual({ ...fields, state: 'not-started', stateReason: '' });
    expect(Object.keys(assessment.actions)).toEqual(Object.keys(before.actions));
    expect(assessment.actionGroups).toEqual({});
    assessment.activities.forEach((activity, i) => {
      const old = before.activities[i];
      expect(activity).toMatchObject({ id: old.id, name: old.name, kind: old.kind, costPerPupil: old.costPerPupil, fundedBy: old.fundedBy, notes: old.notes });
      expect(activity.traits).toEqual(DEFAULT_TRAITS[activity.kind]);
      expect(activity).toMatchObject({ yearGroup: '', optional: false, optionalDecision: null });
      for (const [id, answer] of Object.entries(old.answers as Record<string, object>)) expect(activity.answers[id]).toEqual({ note: '', ...answer, recheck: false });
    });
  });

  it('opens a version 2 file without losing anything: no predecessor, every action not started, no merges', () => {
    const before = JSON.parse(v2Text);
    const { assessment, migratedFrom } = decoded(v2Text);
    expect(migratedFrom).toBe(2);
    expect(assessment.predecessor).toBeNull();
    expect(assessment.merges).toEqual([]);
    expect(assessment.forParents).toEqual({ contact: '', instalments: '', paysFor: '' });
    expect(assessment.profile).toEqual(before.profile);
    expect(assessment.schoolAnswers).toEqual(before.schoolAnswers);
    expect(assessment.activities).toEqual(before.activities);
    expect(assessment.actionGroups).toEqual(before.actionGroups);
    expect(Object.keys(assessment.actions)).toEqual(Object.keys(before.actions));
    for (const [key, fields] of Object.entries(before.actions as Record<string, object>)) expect(assessment.actions[key]).toEqual({ ...fields, state: 'not-started', stateReason: '' });
  });

  it('reads the version 3 fields: the predecessor, each action\'s state and reason, the words for parents and the merge records', () => {
    const { assessment } = decoded(fixtureText);
    const data = fixtureData();
    expect(assessment.predecessor).toEqual(data.predecessor);
    expect(assessment.actions).toEqual(data.actions);
    expect(assessment.merges).toEqual(data.merges);
    expect(assessment.forParents).toEqual(data.forParents);
  });

  it('refuses an action state it does not know, naming the action', () => {
    const data = fixtureData();
    data.actions['school:no-payer-lists'].state = 'finished';
    expect(problems(text(data)).map((p) => p.field)).toEqual(['actions.school:no-payer-lists.state']);
  });

  it('keeps what the first release wrote for a school that chose nothing: primary school, MR unknown, paid from the contribution', () => {
    const bare = JSON.parse(v1Text);
    delete bare.profile.schoolType;
    delete bare.profile.mrInvolved;
    delete bare.activities[0].fundedBy;
    const { assessment } = decoded(text(bare));
    expect(assessment.profile).toMatchObject({ schoolType: 'po', mrInvolved: 'unknown' });
    expect(assessment.activities[0]?.fundedBy).toBe('contribution');
  });

  it('refuses a version for which no migration exists', () => {
    expect(problems(text(v0()), { ...opts, migrations: {} })).toEqual([
      { file: 'bestand', field: 'schemaVersion', message: 'version 0 can no longer be read (no migration to version 1)' },
    ]);
  });

  it('turns a failing migration into a problem instead of an exception', () => {
    const broken: Record<number, Migration> = { 0: () => { throw new Error('profile missing'); } };
    expect(problems(text(v0()), { ...opts, migrations: broken })[0]?.message).toBe('could not bring the file from version 0 to 1: profile missing');
  });

  it('validates the migrated result like any other file', () => {
    const careless: Record<number, Migration> = { 0: (data) => data, 1: MIGRATIONS[1]!, 2: MIGRATIONS[2]! };
    expect(problems(text(v0()), { ...opts, migrations: careless }).map((p) => p.field).sort()).toEqual(['profile']);
  });
});

// Creating and duplicating live next to the codec tests: whatever they produce must export and import.
describe('creating an assessment', () => {
  const now = new Date('2025-10-01T09:00:00Z');

  it('starts empty, with the schema\'s defaults and the given checklist version', () => {
    expect(createAssessment({ id: 'new', now, checklistVersion: 3 })).toEqual({
      format: 'schoolkostencheck-assessment',
      schemaVersion: 3,
      checklistVersion: 3,
      id: 'new',
      createdAt: '2025-10-01T09:00:00.000Z',
      updatedAt: '2025-10-01T09:00:00.000Z',
      predecessor: null,
      profile: { schoolName: '', schoolType: null, schoolYear: '', contribution: null, filledInBy: '', mrInvolved: null },
      schoolAnswers: {},
      activities: [],
      actionGroups: {},
      actions: {},
      forParents: { contact: '', instalments: '', paysFor: '' },
      merges: [],
    });
  });

  it('takes the profile fields it is given', () => {
    const created = createAssessment({ id: 'new', now, checklistVersion: 1, profile: { schoolType: 'vo', schoolName: 'Voorbeeldcollege' } });
    expect(created.profile).toMatchObject({ schoolType: 'vo', schoolName: 'Voorbeeldcollege', schoolYear: '' });
  });
});

describe('duplicating an assessment', () => {
  const source = decoded(fixtureText).assessment;
  const copy = duplicateAssessment(source, { id: 'next-year', now: new Date('2026-08-20T10:00:00Z'), schoolYear: '2026-2027' });

  it('gets a new id, new timestamps and the new school year', () => {
    expect(copy).toMatchObject({ id: 'next-year', createdAt: '2026-08-20T10:00:00.000Z', updatedAt: '2026-08-20T10:00:00.000Z' });
    expect(copy.profile.schoolYear).toBe('2026-2027');
  });

  it('keeps answers, activities and action owners and deadlines', () => {
    expect({ ...copy, id: source.id, createdAt: source.createdAt, updatedAt: source.updatedAt, profile: source.profile }).toEqual(source);
  });

  it('keeps the school year when no new one is given', () => {
    expect(duplicateAssessment(source, { id: 'copy', now: new Date() }).profile.schoolYear).toBe('2025-2026');
  });

  it('shares nothing with the original, so editing the copy leaves it alone', () => {
    const copy = duplicateAssessment(source, { id: 'copy', now: new Date() });
    copy.activities[0]!.answers['everyone-joins']!.value = 'no';
    copy.actions['school:no-payer-lists']!.owner = 'Iemand anders';
    expect(source.activities[0]?.answers['everyone-joins']?.value).toBe('yes');
    expect(source.actions['school:no-payer-lists']?.owner).toBe('Administratie');
  });
});

describe('a new activity id', () => {
  const existing = decoded(fixtureText).assessment.activities;
  const sequence = (...values: string[]) => () => values.shift() ?? 'a1b2c3d4';

  it('is the random value when that is free', () => {
    expect(newActivityId(existing, sequence('x1y2z3'))).toBe('x1y2z3');
  });

  it('draws again when the value is taken, reserved or not a valid id', () => {
    expect(newActivityId(existing, sequence('a1b2c3d4', 'school', 'not valid!', '', 'fresh'))).toBe('fresh');
  });

  it('falls back to a numbered id when the random source keeps failing', () => {
    expect(newActivityId(existing, () => 'a1b2c3d4')).toBe('activity-4');
  });
});
