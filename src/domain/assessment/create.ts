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
    profile: { ...DEFAULT_PROFILE, ...options.profile },
    schoolAnswers: {},
    activities: [],
    actionGroups: {},
    actions: {},
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
