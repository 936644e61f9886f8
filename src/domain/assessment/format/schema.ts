import * as z from 'zod/mini';
import { ACTIVITY_KINDS, ACTIVITY_TRAITS, SCHOOL_TYPES } from '../../vocabulary';
import { ACTION_STATES, FORMAT_NAME, FUNDING, LIMITS, MAX_ACTIVITIES, MAX_MERGES, MAX_MERGE_ITEMS, MR_INVOLVEMENT, OPTIONAL_DECISIONS, SCHEMA_VERSION } from './constants';

// zod/mini, not full zod: this schema runs in the browser when a file is opened, and mini's functional
// API lets the bundler keep only what is used (BENCHMARKS.md). The island loads it only then (see
// src/islands/self-assessment/storage/load-file-check.ts), so nothing else in the island may import this module's
// values: constants live in constants.ts. The content schemas, used only at build time, keep full zod.

// No custom messages here: problems reach users through their zod issue code, translated by the
// island (format/decode.ts `problemsFromIssues`).
const ShortText = z.string().check(z.maxLength(LIMITS.shortText));
const LongText = z.string().check(z.maxLength(LIMITS.longText));
const Id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const Amount = z.nullable(z.number().check(z.minimum(0), z.maximum(LIMITS.amount)));
const Version = z.int().check(z.positive());

/** ja / deels / nee / n.v.t., stored language-neutral. */
const AnswerValueSchema = z.enum(['yes', 'partly', 'no', 'na']);
export type AnswerValue = z.output<typeof AnswerValueSchema>;

export const AnswerSchema = z.strictObject({
  /** The answer given. */
  value: AnswerValueSchema,
  /** An explanation or evidence, Markdown shown as text. */
  note: z._default(LongText, ''),
  /** Checklist version the answer was given against; a later revision of the question marks it for review. */
  checklistVersion: Version,
  /**
   * Taken over from another activity (or an earlier year) and not yet confirmed by the school: shown with the
   * answer filled in, counted as unanswered until someone confirms or changes it.
   */
  recheck: z._default(z.boolean(), false),
});
export type Answer = z.output<typeof AnswerSchema>;

/** Answers by question id. Ids are checked, so `__proto__` and friends cannot become keys. */
const AnswersSchema = z.record(Id, AnswerSchema);

export const ProfileSchema = z.strictObject({
  /** Name of the school (or location). */
  schoolName: z._default(ShortText, ''),
  /** po, vo or so; decides which questions and templates apply. Null until the school chooses: no questions before that. */
  schoolType: z._default(z.nullable(z.enum(SCHOOL_TYPES)), null),
  /** e.g. "2026-2027". */
  schoolYear: z._default(ShortText, ''),
  /** Yearly voluntary contribution per pupil in euros; null when none is asked. */
  contribution: z._default(Amount, null),
  /** Who filled it in (names, roles). */
  filledInBy: z._default(ShortText, ''),
  /** Whether the MR was involved in this assessment; null until the school says. */
  mrInvolved: z._default(z.nullable(z.enum(MR_INVOLVEMENT)), null),
});
export type Profile = z.output<typeof ProfileSchema>;


export const ActivitySchema = z.strictObject({
  /** Stable id within the assessment. */
  id: Id,
  /** The template it was added from, if any. */
  templateId: z._default(z.nullable(Id), null),
  /** Name as the school calls it. */
  name: z.string().check(z.minLength(1), z.maxLength(LIMITS.shortText)),
  /** Decides, with its traits, which questions it gets. */
  kind: z.enum(ACTIVITY_KINDS),
  /** What it involves (overnight, travel, abroad, entry-fee, food, gear, outside-hours): which questions fit. */
  traits: z._default(z.array(z.enum(ACTIVITY_TRAITS)).check(z.maxLength(ACTIVITY_TRAITS.length)), []),
  /** Year group(s) it is for, as the school names them ("klas 1", "groep 8"); empty for the whole school. */
  yearGroup: z._default(ShortText, ''),
  /** Cost per pupil in euros, if known. */
  costPerPupil: z._default(Amount, null),
  /** Who pays for it; null until the school says. */
  fundedBy: z._default(z.nullable(z.enum(FUNDING)), null),
  /** Pupils choose to join (a ski trip), rather than the whole group going. */
  optional: z._default(z.boolean(), false),
  /** For an optional activity: open to every pupil who wants to join, paid or not, or dropped; null while undecided. */
  optionalDecision: z._default(z.nullable(z.enum(OPTIONAL_DECISIONS)), null),
  /** Free notes. */
  notes: z._default(LongText, ''),
  /** Answers to the activity questions. */
  answers: z._default(AnswersSchema, {}),
});
export type Activity = z.output<typeof ActivitySchema>;

/** What the school fills in for an action: who does it, by when. The action text itself is derived. */
export const ActionFieldsSchema = z.strictObject({
  owner: z._default(ShortText, ''),
  /** ISO date (YYYY-MM-DD) or empty. */
  deadline: z._default(z.union([z.iso.date(), z.literal('')]), ''),
});
export type ActionFields = z.output<typeof ActionFieldsSchema>;

/**
 * One action as the school keeps it: its own owner and deadline (overriding its group's) and how far it
 * got, so next year's assessment shows what was done. `stateReason` says why an action was dropped.
 */
export const ActionSchema = z.strictObject({
  owner: z._default(ShortText, ''),
  deadline: z._default(z.union([z.iso.date(), z.literal('')]), ''),
  state: z._default(z.enum(ACTION_STATES), 'not-started'),
  stateReason: z._default(ShortText, ''),
});
export type Action = z.output<typeof ActionSchema>;

/**
 * What the school adds to the text for parents (parents-text.ts): whom parents contact with questions (a role
 * or an address, not a person's name), how to pay in parts, and what else the contribution pays for beyond
 * the activities the assessment lists as paid from it. Empty fields give a plain default sentence.
 */
export const ForParentsSchema = z.strictObject({
  contact: z._default(ShortText, ''),
  instalments: z._default(LongText, ''),
  paysFor: z._default(LongText, ''),
});
export type ForParents = z.output<typeof ForParentsSchema>;

/** The assessment this one continues (last school year's), by id and school year. */
export const PredecessorSchema = z.strictObject({
  id: Id,
  schoolYear: z._default(ShortText, ''),
});

/**
 * A colleague's file merged in: which file, whose assessment, and which differences were taken from it
 * (by difference key, merge.ts); every other difference kept this assessment's value.
 */
export const MergeRecordSchema = z.strictObject({
  at: z.iso.datetime(),
  fileName: z._default(ShortText, ''),
  fromId: Id,
  fromSchoolName: z._default(ShortText, ''),
  fromUpdatedAt: z.iso.datetime(),
  taken: z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(MAX_MERGE_ITEMS)), []),
  kept: z._default(z.int().check(z.minimum(0)), 0),
});
export type MergeRecord = z.output<typeof MergeRecordSchema>;

/** One self-assessment, as stored in the browser and in the export file. */
export const AssessmentSchema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Checklist version this assessment was started or last brought up to date against. */
  checklistVersion: Version,
  id: Id,
  /** ISO timestamps. */
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Last school year's assessment this one was started from ("Volgend schooljaar"), or null. */
  predecessor: z._default(z.nullable(PredecessorSchema), null),
  profile: ProfileSchema,
  /** Answers to the school-wide questions. */
  schoolAnswers: z._default(AnswersSchema, {}),
  activities: z._default(z.array(ActivitySchema).check(z.maxLength(MAX_ACTIVITIES)), []),
  /**
   * Owner and deadline per group of actions: `activity:<id>` for an activity's actions, `topic:<topic>` for a
   * school-wide topic's. An action's own owner or deadline (below) overrides its group's.
   */
  actionGroups: z._default(z.record(z.string().check(z.regex(/^(activity|topic):[A-Za-z0-9_-]{1,64}$/)), ActionFieldsSchema), {}),
  /** Owner, deadline and state per action, by action key (`school:<question>` or `<activity>:<question>`). */
  actions: z._default(z.record(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_-]{1,64}$/)), ActionSchema), {}),
  /** The school's own words for the text for parents and the schoolgids. */
  forParents: z._default(ForParentsSchema, { contact: '', instalments: '', paysFor: '' }),
  /** Colleagues' files merged into this one, oldest first. */
  merges: z._default(z.array(MergeRecordSchema).check(z.maxLength(MAX_MERGES)), []),
});
export type Assessment = z.output<typeof AssessmentSchema>;
