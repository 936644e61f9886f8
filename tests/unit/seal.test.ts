import { engine } from '../../src/islands/self-assessment/state/engine';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  ActionFieldsSchema,
  ActionSchema,
  ForParentsSchema,
  MergeRecordSchema,
  PredecessorSchema,
  ActivitySchema,
  AnswerSchema,
  AssessmentSchema,
  createAssessment,
  DEFAULT_PROFILE,
  FIELD_ORDER,
  FORMAT_NAME,
  ProfileSchema,
  SCHEMA_VERSION,
  seal,
  unseal,
  unsealedText,
} from '../../src/domain/assessment';
import { decodeAssessment } from '../../src/domain/assessment/format/decode';
import { createAssessmentState } from '../../src/islands/self-assessment/state/assessment-state';
import { memoryStorage } from '../../src/islands/self-assessment/storage/entries';
import { testChecklist } from '../fixtures/checklist';

// Entries this page sealed open without zod (the island's file check loads only when needed), so the
// seal must refuse everything it did not write at this version, and the zod-free constants must agree
// with the schema.
const fixture = JSON.parse(readFileSync(new URL('../fixtures/assessments/v3-vo-school.json', import.meta.url), 'utf8'));
const assessment = AssessmentSchema.parse(fixture);
const CURRENT = 1;

describe('sealed entries', () => {
  it('open as they were saved', () => {
    expect(unseal(seal(assessment), CURRENT)).toEqual(assessment);
  });

  it('are refused when anything in them changed', () => {
    const raw = seal(assessment);
    const edited = raw.replace(`"schoolName":"${assessment.profile.schoolName}"`, '"schoolName":"Iets anders"');
    expect(edited).not.toBe(raw);
    expect(unseal(edited, CURRENT)).toBeNull();
    expect(unseal(raw.replace('"value":"yes"', '"value":"maybe"'), CURRENT)).toBeNull();
    expect(unseal(raw.slice(0, -10), CURRENT)).toBeNull();
  });

  it('are refused when not of this version, or not sealed at all', () => {
    expect(unseal(seal({ ...assessment, schemaVersion: 1 as 3 }), CURRENT)).toBeNull();
    expect(unseal(seal({ ...assessment, checklistVersion: CURRENT + 1 }), CURRENT)).toBeNull();
    expect(unseal(JSON.stringify(assessment), CURRENT)).toBeNull();
    for (const raw of ['', 'null', '[]', '{"seal":"00000000","assessment":null}', '{"seal":1}']) expect(unseal(raw, CURRENT)).toBeNull();
  });

  it('give their assessment to the full check when refused', () => {
    const damaged = seal(assessment).replace('"seal":"', '"seal":"x');
    const decoded = decodeAssessment(unsealedText(damaged), { currentChecklistVersion: CURRENT });
    expect(decoded.ok && decoded.value.assessment).toEqual(assessment);
    expect(unsealedText('not json')).toBe('not json');
  });
});

describe('the state reading stored entries', () => {
  const mine = createAssessment({ id: 'mine', now: new Date('2026-01-01T00:00:00Z'), checklistVersion: testChecklist.version });

  it('opens sealed entries without loading the full check', async () => {
    const storage = memoryStorage();
    storage.write(mine, 'device');
    const loadFileCheck = vi.fn(async () => decodeAssessment);
    const state = createAssessmentState({ engine, checklist: testChecklist, storage, loadFileCheck });
    await state.load();
    expect(loadFileCheck).not.toHaveBeenCalled();
    expect(state.model.entries.value.map((e) => e.assessment)).toEqual([mine]);
  });

  it('loads the full check once for the entries that need it, and sets aside what it refuses', async () => {
    const storage = memoryStorage();
    storage.write(mine, 'device');
    storage.device.map.set('skc.assessment.foreign', JSON.stringify({ ...mine, id: 'foreign' }));
    storage.device.map.set('skc.assessment.edited', storage.device.map.get('skc.assessment.mine')!.replace('"schoolName":""', '"schoolName":5').replaceAll('mine', 'edited'));
    const decode = vi.fn(decodeAssessment);
    const loadFileCheck = vi.fn(async () => decode);
    const state = createAssessmentState({ engine, checklist: testChecklist, storage, loadFileCheck });
    await state.load();
    expect(loadFileCheck).toHaveBeenCalledTimes(1);
    expect(decode).toHaveBeenCalledTimes(2);
    expect(state.model.entries.value.map((e) => e.assessment.id).sort()).toEqual(['foreign', 'mine']);
    expect(state.model.unreadable.value.map((entry) => entry.key)).toEqual(['skc.assessment.edited']);
  });

  it('sets aside an entry whose assessment has another id than its key', async () => {
    const storage = memoryStorage();
    storage.device.map.set('skc.assessment.other', seal(mine));
    const state = createAssessmentState({ engine, checklist: testChecklist, storage, loadFileCheck: async () => decodeAssessment });
    await state.load();
    expect(state.model.entries.value).toEqual([]);
    expect(state.model.unreadable.value).toMatchObject([{ key: 'skc.assessment.other', id: 'other', reason: 'damaged' }]);
  });

  it('stores what it saves sealed, so it opens again without the full check', () => {
    const storage = memoryStorage();
    const state = createAssessmentState({ engine, checklist: testChecklist, storage, loadFileCheck: () => Promise.reject(new Error('offline')), newId: () => 'new' });
    state.create();
    state.updateProfile({ schoolName: 'De Regenboog' });
    expect(unseal(storage.device.map.get('skc.assessment.new')!, testChecklist.version)).toEqual(state.current.value);
  });
});

describe('the state before the full check has loaded', () => {
  const mine = createAssessment({ id: 'mine', now: new Date('2026-01-01T00:00:00Z'), checklistVersion: testChecklist.version });

  it('lists the sealed entries at once, and the others once the check has loaded', async () => {
    const storage = memoryStorage();
    storage.write(mine, 'device');
    storage.device.map.set('skc.assessment.foreign', JSON.stringify({ ...mine, id: 'foreign' }));
    let finish: (decode: typeof decodeAssessment) => void = () => {};
    const state = createAssessmentState({ engine, checklist: testChecklist, storage, loadFileCheck: () => new Promise((resolve) => (finish = resolve)) });
    const loading = state.load();
    expect(state.model.entries.value.map((e) => e.assessment.id)).toEqual(['mine']);
    expect(state.model.unchecked.value.map((e) => e.id)).toEqual(['foreign']);
    expect(state.model.fileCheck.value).toBe('loading');
    expect(state.model.unreadable.value).toEqual([]);
    finish(decodeAssessment);
    await loading;
    expect(state.model.entries.value.map((e) => e.assessment.id).sort()).toEqual(['foreign', 'mine']);
    expect(state.model.unchecked.value).toEqual([]);
    expect(state.model.fileCheck.value).toBe('idle');
  });

  it("leaves another tab's unsealed change waiting, takes a sealed one at once, and the unsealed one once the check loads", async () => {
    const storage = memoryStorage();
    let loaded = false;
    const state = createAssessmentState({ engine,
      checklist: testChecklist,
      storage,
      loadFileCheck: () => (loaded ? Promise.resolve(decodeAssessment) : Promise.reject(new Error('offline'))),
    });
    await state.load();
    const other = createAssessment({ id: 'other', now: new Date('2026-01-01T00:00:00Z'), checklistVersion: testChecklist.version });
    await state.takeExternal('skc.assessment.other', JSON.stringify(other));
    expect(state.model.entries.value).toEqual([]);
    expect(state.model.fileCheck.value).toBe('failed');
    await state.takeExternal('skc.assessment.other', seal(other));
    expect(state.model.entries.value.map((e) => e.assessment.id)).toEqual(['other']);
    loaded = true;
    await state.takeExternal('skc.assessment.other', JSON.stringify({ ...other, updatedAt: '2026-02-01T00:00:00.000Z' }));
    expect(state.model.entries.value[0]?.assessment.updatedAt).toBe('2026-02-01T00:00:00.000Z');
  });
});

describe('zod-free constants agree with the schema', () => {
  it('a new assessment is what the schema makes of a bare file', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const made = createAssessment({ id: 'x', now, checklistVersion: 3 });
    const bare = { format: FORMAT_NAME, schemaVersion: SCHEMA_VERSION, checklistVersion: 3, id: 'x', createdAt: now.toISOString(), updatedAt: now.toISOString(), profile: {} };
    expect(made).toEqual(AssessmentSchema.parse(bare));
    expect(DEFAULT_PROFILE).toEqual(ProfileSchema.parse({}));
  });

  it('export key order is the schema order', () => {
    expect(FIELD_ORDER.assessment).toEqual(Object.keys(AssessmentSchema.shape));
    expect(FIELD_ORDER.profile).toEqual(Object.keys(ProfileSchema.shape));
    expect(FIELD_ORDER.activity).toEqual(Object.keys(ActivitySchema.shape));
    expect(FIELD_ORDER.answer).toEqual(Object.keys(AnswerSchema.shape));
    expect(FIELD_ORDER.action).toEqual(Object.keys(ActionSchema.shape));
    expect(FIELD_ORDER.actionGroup).toEqual(Object.keys(ActionFieldsSchema.shape));
    expect(FIELD_ORDER.predecessor).toEqual(Object.keys(PredecessorSchema.shape));
    expect(FIELD_ORDER.forParents).toEqual(Object.keys(ForParentsSchema.shape));
    expect(FIELD_ORDER.merge).toEqual(Object.keys(MergeRecordSchema.shape));
  });
});
