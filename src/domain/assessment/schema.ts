import { z } from 'zod';
import { ActivityKindSchema } from '../checklist/schema';
import { SchoolTypeSchema } from '../content/common';

/** The export file's format name; a file without it is not one of ours. */
export const FORMAT_NAME = 'schoolkostencheck-assessment';
/** Raised when the stored shape changes; older files are migrated (codec.ts), never refused. */
export const SCHEMA_VERSION = 1;

// No custom messages here: these reach users, and zod's own messages come in the page's language
// (the island sets zod's locale).
/** Limits of what is stored; the island's fields enforce the same, so a value typed is a value kept. */
export const LIMITS = { shortText: 500, longText: 10_000, amount: 100_000 } as const;
const ShortText = z.string().max(LIMITS.shortText);
const LongText = z.string().max(LIMITS.longText);
const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** ja / deels / nee / n.v.t., stored language-neutral. */
export const AnswerValueSchema = z.enum(['yes', 'partly', 'no', 'na']);
export type AnswerValue = z.output<typeof AnswerValueSchema>;

export const AnswerSchema = z.strictObject({
  /** The answer given. */
  value: AnswerValueSchema,
  /** An explanation or evidence, Markdown shown as text. */
  note: LongText.default(''),
  /** Checklist version the answer was given against; a later revision of the question marks it for review. */
  checklistVersion: z.int().positive(),
});
export type Answer = z.output<typeof AnswerSchema>;

/** Answers by question id. Ids are checked, so `__proto__` and friends cannot become keys. */
const AnswersSchema = z.record(Id, AnswerSchema);

export const ProfileSchema = z.strictObject({
  /** Name of the school (or location). */
  schoolName: ShortText.default(''),
  /** po, vo or so; decides which questions and templates apply. */
  schoolType: SchoolTypeSchema.default('po'),
  /** e.g. "2026-2027". */
  schoolYear: ShortText.default(''),
  /** Yearly voluntary contribution per pupil in euros; null when none is asked. */
  contribution: z.number().min(0).max(LIMITS.amount).nullable().default(null),
  /** Who filled it in (names, roles). */
  filledInBy: ShortText.default(''),
  /** Whether the MR was involved in this assessment. */
  mrInvolved: z.enum(['yes', 'no', 'planned', 'unknown']).default('unknown'),
});
export type Profile = z.output<typeof ProfileSchema>;

export const FUNDING = ['contribution', 'school', 'other'] as const;

export const ActivitySchema = z.strictObject({
  /** Stable id within the assessment. */
  id: Id,
  /** The template it was added from, if any. */
  templateId: Id.nullable().default(null),
  /** Name as the school calls it. */
  name: ShortText.min(1),
  /** Decides which questions it gets. */
  kind: ActivityKindSchema,
  /** Cost per pupil in euros, if known. */
  costPerPupil: z.number().min(0).max(LIMITS.amount).nullable().default(null),
  /** Who pays for it. */
  fundedBy: z.enum(FUNDING).default('contribution'),
  /** Free notes. */
  notes: LongText.default(''),
  /** Answers to the activity questions. */
  answers: AnswersSchema.default({}),
});
export type Activity = z.output<typeof ActivitySchema>;

/** What the school fills in for an action: who does it, by when. The action text itself is derived. */
export const ActionFieldsSchema = z.strictObject({
  owner: ShortText.default(''),
  /** ISO date (YYYY-MM-DD) or empty. */
  deadline: z.union([z.iso.date(), z.literal('')]).default(''),
});
export type ActionFields = z.output<typeof ActionFieldsSchema>;

/** One self-assessment, as stored in the browser and in the export file. */
export const AssessmentSchema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Checklist version this assessment was started or last brought up to date against. */
  checklistVersion: z.int().positive(),
  id: Id,
  /** ISO timestamps. */
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  profile: ProfileSchema,
  /** Answers to the school-wide questions. */
  schoolAnswers: AnswersSchema.default({}),
  activities: z.array(ActivitySchema).max(1000).default([]),
  /** Owner and deadline per action, by action key (`school:<question>` or `<activity>:<question>`). */
  actions: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_-]{1,64}$/), ActionFieldsSchema).default({}),
});
export type Assessment = z.output<typeof AssessmentSchema>;
