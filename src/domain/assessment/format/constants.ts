import type { Profile } from './schema';

// Values the assessment's schema and the island share, without zod: the island imports these on
// every page view, while the schema itself is loaded only when a file has to be checked.

/** The export file's format name; a file without it is not one of ours. */
export const FORMAT_NAME = 'schoolkostencheck-assessment';
/** Raised when the stored shape changes; older files are migrated (migrations.ts, run by decode.ts), never refused. */
export const SCHEMA_VERSION = 3;
/** Limits of what is stored; the island's fields enforce the same, so a value typed is a value kept. */
export const LIMITS = { shortText: 500, longText: 10_000, amount: 100_000 } as const;
/**
 * Largest export file accepted. A real assessment is a few hundred kilobytes at most (1,000 activities with
 * notes); anything far bigger is not ours, and parsing it would freeze the page on a school laptop.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Who pays for an activity (vocabulary.ts; `other` only from files made before the list was split up). */
export { FUNDING } from '../../vocabulary';
/** What the school decides for an activity pupils choose to join: open to every pupil who wants, or dropped. */
export const OPTIONAL_DECISIONS = ['free-for-all', 'drop'] as const;
/** How far an action got; `dropped` comes with a reason. */
export const ACTION_STATES = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type ActionState = (typeof ACTION_STATES)[number];
/** Merge records one assessment keeps, and differences one record lists: far above real use. */
export const MAX_MERGES = 200;
export const MAX_MERGE_ITEMS = 20_000;
/** Whether the MR took part in the assessment. */
export const MR_INVOLVEMENT = ['yes', 'no', 'planned', 'unknown'] as const;
/** Most activities one assessment holds: far above any school's year, low enough to stay responsive. */
export const MAX_ACTIVITIES = 1000;

/** The profile of a new assessment: the schema's defaults (a test checks that they agree). */
export const DEFAULT_PROFILE: Profile = {
  schoolName: '',
  schoolType: null,
  schoolYear: '',
  contribution: null,
  filledInBy: '',
  mrInvolved: null,
};

/**
 * Key order of each object in an export file: the schema's order (a test checks that they agree), so
 * files are readable and two exports of the same assessment are identical.
 */
export const FIELD_ORDER = {
  assessment: ['format', 'schemaVersion', 'checklistVersion', 'id', 'createdAt', 'updatedAt', 'predecessor', 'profile', 'schoolAnswers', 'activities', 'actionGroups', 'actions', 'forParents', 'merges'],
  profile: ['schoolName', 'schoolType', 'schoolYear', 'contribution', 'filledInBy', 'mrInvolved'],
  activity: ['id', 'templateId', 'name', 'kind', 'traits', 'yearGroup', 'costPerPupil', 'fundedBy', 'optional', 'optionalDecision', 'notes', 'answers'],
  answer: ['value', 'note', 'checklistVersion', 'recheck'],
  action: ['owner', 'deadline', 'state', 'stateReason'],
  actionGroup: ['owner', 'deadline'],
  predecessor: ['id', 'schoolYear'],
  forParents: ['contact', 'instalments', 'paysFor'],
  merge: ['at', 'fileName', 'fromId', 'fromSchoolName', 'fromUpdatedAt', 'taken', 'kept'],
} as const;
