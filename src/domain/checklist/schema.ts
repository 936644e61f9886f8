import { z } from 'zod';
import { IsoDateSchema, KeySchema, LocalizedTextSchema, SchoolTypeSchema } from '../content/common';
import { ACTIVITY_KINDS, ACTIVITY_TRAITS, CONCERNS, FUNDING, QUESTION_CONDITIONS, TOPICS } from '../vocabulary';

export { ACTIVITY_KINDS, TOPICS };
export type { ActivityKind } from '../vocabulary';
const ActivityKindSchema = z.enum(ACTIVITY_KINDS);
const TopicSchema = z.enum(TOPICS);

/**
 * What a "nee" or "deels" means (vocabulary.ts `CONCERNS`): `exclusion` (a pupil is or can be excluded or
 * treated differently: the law), `cost-barrier` (a cost keeps families out) or `information` (parents or
 * the MR miss information). Decides the activity's status and the action's place in the plan.
 */
const ConcernSchema = z.enum(CONCERNS);

const questionFields = {
  /** Stable id; answers in saved files refer to it, so it is never reused for another question. */
  id: KeySchema,
  /** Key of the principle this question tests (content/principles/<lang>/*.md `key`). */
  principle: KeySchema,
  /** What a "nee" or "deels" means: `exclusion`, `cost-barrier` or `information`. */
  concern: ConcernSchema,
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
  /**
   * Asked only for an activity with at least one of these (overnight, travel, abroad, entry-fee, food, gear,
   * outside-hours, separate-charge); left out, it is asked for every activity of its kinds.
   */
  onlyFor: z.array(z.enum(QUESTION_CONDITIONS)).default([]),
  /**
   * Asked only when parents pay something for the activity (through the contribution, a separate charge or
   * their own purchase), not when the school or a fund pays all of it: nobody can be checked for payment then.
   */
  onlyWhenParentsPay: z.boolean().default(false),
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
  /** What it usually involves; the school can change them. Decides, with the kind, which questions it gets. */
  traits: z.array(z.enum(ACTIVITY_TRAITS)).default([]),
  /** Who usually pays for it: school, contribution, separate-charge, fund, parents-purchase. */
  fundedBy: z.enum(FUNDING),
  /** Whether pupils usually choose to join (a ski trip), rather than the whole class going. */
  optional: z.boolean().default(false),
});
export type ActivityTemplate = z.output<typeof ActivityTemplateSchema>;

/** `content/checklist/checklist.yaml`: the version saved files are filled against. */
export const ChecklistMetaSchema = z.strictObject({
  /** Raised whenever a question is added or changed (and that question's `revised` set to it). */
  version: z.int().positive(),
  /** Date of this version (YYYY-MM-DD). */
  date: IsoDateSchema,
});

/** The whole checklist as the self-assessment uses it. */
export interface Checklist {
  version: number;
  date: string;
  schoolQuestions: SchoolQuestion[];
  activityQuestions: ActivityQuestion[];
  templates: ActivityTemplate[];
}
