import { DEFAULT_PROFILE, FORMAT_NAME, SCHEMA_VERSION } from './format/constants';
import type { Activity, Assessment, Profile } from './format/schema';

/**
 * A new, empty assessment, with the schema's defaults (a test checks that parsing a bare file gives the
 * same), so a new assessment and an imported file never disagree on what an unset field means. Built
 * without the schema, so that starting an assessment does not load zod in the browser.
 */
export function createAssessment(options: {
  id: string;
  now: Date;
  checklistVersion: number;
  profile?: Partial<Profile>;
}): Assessment {
  const timestamp = options.now.toISOString();
  return {
    format: FORMAT_NAME,
    schemaVersion: SCHEMA_VERSION,
    checklistVersion: options.checklistVersion,
    id: options.id,
    createdAt: timestamp,
    updatedAt: timestamp,
    predecessor: null,
    profile: { ...DEFAULT_PROFILE, ...options.profile },
    schoolAnswers: {},
    activities: [],
    actionGroups: {},
    actions: {},
    forParents: { contact: '', instalments: '', paysFor: '' },
    merges: [],
  };
}

/**
 * A copy to start from, typically last school year's assessment for the new year. Answers and activities are
 * kept: most activities return each year and the school only checks what changed. Action owners and
 * deadlines are kept too: the school reviews the plan anyway, and a stale deadline is easier to spot and
 * change than a forgotten owner is to remember. Answers keep their checklist versions, so questions revised
 * since are still marked for review.
 */
export function duplicateAssessment(
  source: Assessment,
  options: { id: string; now: Date; schoolYear?: string; schoolName?: string },
): Assessment {
  const copy = structuredClone(source);
  const timestamp = options.now.toISOString();
  copy.id = options.id;
  copy.createdAt = timestamp;
  copy.updatedAt = timestamp;
  if (options.schoolYear !== undefined) copy.profile.schoolYear = options.schoolYear;
  if (options.schoolName !== undefined) copy.profile.schoolName = options.schoolName;
  return copy;
}

/**
 * The school year after `year` in the way the school wrote it: "2026-2027" → "2027-2028", "2026/27" →
 * "2027/28", "2026" → "2027". Anything else gives '' so the school types it rather than trusting a guess.
 */
export function followingSchoolYear(year: string): string {
  const trimmed = year.trim();
  const pair = /^(\d{4})(\s*[-/–]\s*)(\d{2}|\d{4})$/.exec(trimmed);
  if (pair) {
    const first = Number(pair[1]) + 1;
    const second = pair[3]!.length === 2 ? String((Number(pair[3]) + 1) % 100).padStart(2, '0') : String(Number(pair[3]) + 1);
    return `${first}${pair[2]}${second}`;
  }
  if (/^\d{4}$/.test(trimmed)) return String(Number(trimmed) + 1);
  return '';
}

/**
 * Next school year's assessment, started from this one ("Volgend schooljaar"): the profile, the activities
 * with their costs and answers, and the actions with their owners, deadlines and state. Every answer is
 * taken over to check again (counted as unanswered until the school confirms or changes it), because a
 * year later each one may have changed. It knows its predecessor, so the two can be compared. Merge
 * records stay with last year's file: they describe how that one was made.
 */
export function nextSchoolYear(source: Assessment, options: { id: string; now: Date }): Assessment {
  const copy = duplicateAssessment(source, { id: options.id, now: options.now, schoolYear: followingSchoolYear(source.profile.schoolYear) });
  const recheck = (answers: Assessment['schoolAnswers']) =>
    Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, { ...answer, recheck: true }]));
  return {
    ...copy,
    predecessor: { id: source.id, schoolYear: source.profile.schoolYear },
    schoolAnswers: recheck(copy.schoolAnswers),
    activities: copy.activities.map((activity) => ({ ...activity, answers: recheck(activity.answers) })),
    merges: [],
  };
}

/** Same pattern as the schema's activity id; `school` is taken by the school-wide part of action keys. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const RESERVED_IDS = new Set(['school']);

/**
 * A fresh activity id. `random` is passed in (e.g. `() => crypto.randomUUID().slice(0, 8)`) so this stays
 * pure and testable. A value that is taken, reserved or not a valid id is drawn again; should `random` keep
 * failing, a numbered id is used so this always ends.
 */
export function newActivityId(existing: readonly Activity[], random: () => string): string {
  const taken = new Set(existing.map((activity) => activity.id));
  const free = (id: string) => ID_PATTERN.test(id) && !taken.has(id) && !RESERVED_IDS.has(id);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const id = random();
    if (free(id)) return id;
  }
  let n = existing.length + 1;
  while (!free(`activity-${n}`)) n += 1;
  return `activity-${n}`;
}
