import { z } from 'zod';
import { KeySchema, LocalizedTextSchema, SchoolTypeSchema } from '../content/common';
import { ACTIVITY_KINDS, TOPICS } from '../vocabulary';

export { ACTIVITY_KINDS, TOPICS };
export type { ActivityKind } from '../vocabulary';
const ActivityKindSchema = z.enum(ACTIVITY_KINDS);
const TopicSchema = z.enum(TOPICS);

/** `critical`: a "nee" means a pupil can be excluded or singled out. `improvement`: anything else. */
const SeveritySchema = z.enum(['critical', 'improvement']);
export type Severity = z.output<typeof SeveritySchema>;

const questionFields = {
  /** Stable id; answers in saved files refer to it, so it is never reused for another question. */
  id: KeySchema,
  /** Key of the principle this question tests (content/principles/<lang>/*.md `key`). */
  principle: KeySchema,
  /** Whether a "nee" can exclude a pupil (critical) or is a point to improve. */
  severity: SeveritySchema,
  /** School types the question applies to. */
  schoolTypes: z.array(SchoolTypeSchema).min(1, 'name at least one school type (po, vo, so)'),
  /** Checklist version in which this question last changed; older answers to it are marked for review. */
  revised: z.int().positive(),
  /** The question, phrased so that "ja" is the good answer. */
  text: LocalizedTextSchema,
  /** Help text (Markdown). */
  help: LocalizedTextSchema,
  /** Suggested action for a "nee" or "deels". */
  action: LocalizedTextSchema,
};

/** A school-wide question: `content/checklist/school-wide.yaml`. */
export const SchoolQuestionSchema = z.strictObject({ ...questionFields, /** Its topic. */ topic: TopicSchema });
export type SchoolQuestion = z.output<typeof SchoolQuestionSchema>;

/** A question asked per activity: `content/checklist/activity.yaml`. */
export const ActivityQuestionSchema = z.strictObject({
  ...questionFields,
  /** The kinds of activity it is asked for. */
  kinds: z.array(ActivityKindSchema).min(1, 'name at least one kind of activity'),
});
export type ActivityQuestion = z.output<typeof ActivityQuestionSchema>;

/** A ready-made activity to add: `content/checklist/templates.yaml`. */
export const ActivityTemplateSchema = z.strictObject({
  /** Stable id. */
  id: KeySchema,
  /** Which questions it gets. */
  kind: ActivityKindSchema,
  /** School types that are offered this template. */
  schoolTypes: z.array(SchoolTypeSchema).min(1),
  /** Its name. */
  name: LocalizedTextSchema,
});
export type ActivityTemplate = z.output<typeof ActivityTemplateSchema>;

/** `content/checklist/checklist.yaml`: the version saved files are filled against. */
export const ChecklistMetaSchema = z.strictObject({
  /** Raised whenever a question is added or changed (and that question's `revised` set to it). */
  version: z.int().positive(),
  /** Date of this version. */
  date: z.coerce.date(),
});

/** The whole checklist as the self-assessment uses it. */
export interface Checklist {
  version: number;
  date: string;
  schoolQuestions: SchoolQuestion[];
  activityQuestions: ActivityQuestion[];
  templates: ActivityTemplate[];
}
