import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  ActionFieldsSchema,
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
import { decodeAssessment } from '../../src/domain/assessment/codec';
import { createAssessmentState } from '../../src/islands/self-assessment/state';
import { memoryStorage } from '../../src/islands/self-assessment/storage';
import { testChecklist } from '../fixtures/checklist';

// Entries this page sealed open without zod (the island's file check loads only when needed), so the
// seal must refuse everything it did not write at this version, and the zod-free constants must agree
// with the schema.
const fixture = JSON.parse(readFileSync(new URL('../fixtures/assessments/v1-vo-school.json', import.meta.url), 'utf8'));
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
    expect(unseal(seal({ ...assessment, schemaVersion: 0 as 1 }), CURRENT)).toBeNull();
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
  it('opens sealed entries without the full check, and checks the others', () => {
    const storage = memoryStorage();
    const mine = createAssessment({ id: 'mine', now: new Date('2026-01-01T00:00:00Z'), checklistVersion: testChecklist.version });
    storage.save(mine);
    const decode = vi.fn(decodeAssessment);
    createAssessmentState({ checklist: testChecklist, storage, decode }).load();
    expect(decode).not.toHaveBeenCalled();

    storage.map.set('skc.assessment.foreign', JSON.stringify({ ...mine, id: 'foreign' }));
    storage.map.set('skc.assessment.edited', storage.map.get('skc.assessment.mine')!.replace('"schoolName":""', '"schoolName":5'));
    const state = createAssessmentState({ checklist: testChecklist, storage, decode });
    state.load();
    expect(decode).toHaveBeenCalledTimes(2);
    expect(state.assessments.value.map((a) => a.id).sort()).toEqual(['foreign', 'mine']);
    expect(state.unreadable.value.map((entry) => entry.key)).toEqual(['skc.assessment.edited']);
  });
});

describe('the state before the full check has loaded', () => {
  it('reads nothing and says so while an entry needs the check, then reads everything once it is there', () => {
    const storage = memoryStorage();
    const mine = createAssessment({ id: 'mine', now: new Date('2026-01-01T00:00:00Z'), checklistVersion: testChecklist.version });
    storage.save(mine);
    storage.map.set('skc.assessment.foreign', JSON.stringify({ ...mine, id: 'foreign' }));
    let loaded = false;
    const state = createAssessmentState({ checklist: testChecklist, storage, decode: (...args) => (loaded ? decodeAssessment(...args) : null) });
    expect(state.load()).toBe(false);
    expect(state.assessments.value).toEqual([]);
    expect(state.unreadable.value).toEqual([]);
    loaded = true;
    expect(state.load()).toBe(true);
    expect(state.assessments.value.map((a) => a.id).sort()).toEqual(['foreign', 'mine']);
  });

  it("leaves another tab's unsealed change for later, and takes a sealed one at once", () => {
    const storage = memoryStorage();
    let loaded = false;
    const state = createAssessmentState({ checklist: testChecklist, storage, decode: (...args) => (loaded ? decodeAssessment(...args) : null) });
    expect(state.load()).toBe(true);
    const other = createAssessment({ id: 'other', now: new Date('2026-01-01T00:00:00Z'), checklistVersion: testChecklist.version });
    expect(state.onExternalChange('skc.assessment.other', JSON.stringify(other))).toBe(false);
    expect(state.assessments.value).toEqual([]);
    expect(state.onExternalChange('skc.assessment.other', seal(other))).toBe(true);
    expect(state.assessments.value.map((a) => a.id)).toEqual(['other']);
    loaded = true;
    expect(state.onExternalChange('skc.assessment.other', JSON.stringify({ ...other, updatedAt: '2026-02-01T00:00:00.000Z' }))).toBe(true);
    expect(state.assessments.value[0]?.updatedAt).toBe('2026-02-01T00:00:00.000Z');
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
    expect(FIELD_ORDER.action).toEqual(Object.keys(ActionFieldsSchema.shape));
  });
});
