import * as z from 'zod/mini';
import { ACTION_STATES, FUNDING, MR_INVOLVEMENT, OPTIONAL_DECISIONS } from '../assessment/format/constants';
import { ACTIVITY_KINDS, ACTIVITY_TRAITS, SCHOOL_TYPES } from '../vocabulary';
import {
  ITEM_STATUSES,
  MONITOR_FORMAT,
  MONITOR_MAX_ACTIVITIES,
  MONITOR_MAX_NAME,
  MONITOR_MAX_PRINCIPLES,
  MONITOR_MAX_QUESTION_ROWS,
  MONITOR_SCHEMA_VERSION,
  PRINCIPLE_STATUSES,
  QUESTION_SCOPES,
  SCHOOL_YEAR_PATTERN,
} from './constants';

// The monitor file: what a school shares with the municipality. On purpose it holds no free text and no
// names of people: no notes, no activity names, no year groups, no action owners or "ingevuld door", only
// the school's name (or a code it chooses), choices from closed lists, amounts and counts. zod/mini, as the
// assessment's schema, because it runs in the browser (the monitor page's reader, loaded on demand).
// A JSON Schema generated from it is published as public/schemas/monitor-v1.schema.json.
//
// Fields added after the first files were made (`answers`, `actions.states`) have a default of null,
// "this file does not say", so files made before still read as version 1: a reader that knows the field
// counts only the files that carry it, and one that does not never sees a required field go missing.
// Null rather than an empty list or zeros, because zeros would claim that nothing fell short or was done.

const Count = z.int().check(z.minimum(0), z.maximum(1_000_000));
const Amount = z.nullable(z.number().check(z.minimum(0), z.maximum(100_000)));

const MonitorActivitySchema = z.strictObject({
  /** The kind of activity (one-day, multi-day, celebration, ...). */
  kind: z.enum(ACTIVITY_KINDS),
  /** What it involves (overnight, travel, abroad, entry-fee, food, gear, outside-hours). */
  traits: z.array(z.enum(ACTIVITY_TRAITS)).check(z.maxLength(ACTIVITY_TRAITS.length)),
  /** Cost per pupil in euros; null when the school did not fill it in. */
  costPerPupil: Amount,
  /** Who pays for it; null when the school did not say. */
  fundedBy: z.nullable(z.enum(FUNDING)),
  /** Pupils choose to join, rather than the whole group going. */
  optional: z.boolean(),
  /** For an optional activity: open to every pupil who wants to join, dropped, or null while undecided. */
  optionalDecision: z.nullable(z.enum(OPTIONAL_DECISIONS)),
  /** Its status as the self-assessment worked it out: excludes, incomplete, cost-barrier, information, open or dropped. */
  status: z.enum(ITEM_STATUSES),
});
export type MonitorActivity = z.output<typeof MonitorActivitySchema>;

const MonitorPrincipleSchema = z.strictObject({
  /** The principle's key, as in the content folder (content/principles/<lang>/*.md `key`). */
  principle: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(64)),
  /** Its status over the school-wide part and every activity; not-assessed when none of its questions applied. */
  status: z.enum(PRINCIPLE_STATUSES),
});

const Key = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(64));

const MonitorAnswersSchema = z.strictObject({
  /** The question's id, as in the checklist (content/checklist/*.yaml `id`); no question text. */
  question: Key,
  /** Where it was asked: `school` (the school-wide part) or the kind of activity. */
  scope: z.enum(QUESTION_SCOPES),
  /** How often it was asked there: once school-wide, once per activity of that kind it applies to. */
  asked: Count,
  /** How often the answer was "nee". */
  no: Count,
  /** How often the answer was "deels". */
  partly: Count,
});
export type MonitorAnswers = z.output<typeof MonitorAnswersSchema>;

/** Actions by how far they got. */
const ActionStatesSchema = z.strictObject(Object.fromEntries(ACTION_STATES.map((state) => [state, Count])) as Record<(typeof ACTION_STATES)[number], typeof Count>);

export const MonitorFileSchema = z.strictObject({
  format: z.literal(MONITOR_FORMAT),
  schemaVersion: z.literal(MONITOR_SCHEMA_VERSION),
  /** The checklist version the assessment was filled in against. */
  checklistVersion: z.int().check(z.positive()),
  /** When the file was made (ISO timestamp); of two files of one school and year, the later one counts. */
  createdAt: z.iso.datetime(),
  school: z.strictObject({
    /** The school's name, or a code the school chose instead of it. */
    name: z.string().check(z.minLength(1), z.maxLength(MONITOR_MAX_NAME)),
    /** po, vo or so. */
    type: z.enum(SCHOOL_TYPES),
    /** e.g. "2026-2027". */
    schoolYear: z.string().check(z.regex(SCHOOL_YEAR_PATTERN)),
  }),
  /** Yearly voluntary contribution per pupil in euros; null when none is asked. */
  contribution: Amount,
  /** Whether the MR took part in the assessment; null when the school did not say. */
  mrInvolved: z.nullable(z.enum(MR_INVOLVEMENT)),
  /** Questions answered (and confirmed) and asked in all: how far the assessment is. */
  questions: z.strictObject({ answered: Count, total: Count }),
  activities: z.array(MonitorActivitySchema).check(z.maxLength(MONITOR_MAX_ACTIVITIES)),
  principles: z.array(MonitorPrincipleSchema).check(z.maxLength(MONITOR_MAX_PRINCIPLES)),
  /**
   * Per question and place it was asked: how often, and how often the answer showed a shortfall ("nee",
   * "deels"). Answers taken over and not yet confirmed count as not answered. Null in files made before
   * this field existed.
   */
  answers: z._default(z.nullable(z.array(MonitorAnswersSchema).check(z.maxLength(MONITOR_MAX_QUESTION_ROWS))), null),
  /** The action plan in numbers: no action texts, owners or dates. */
  actions: z.strictObject({
    /** Actions by what they are about: exclusion (the law), cost-barrier, information. */
    byConcern: z.strictObject({ exclusion: Count, 'cost-barrier': Count, information: Count }),
    /** Groups of actions (per activity, per school-wide topic). */
    groups: Count,
    /** Actions with someone named to do them. */
    withOwner: Count,
    /** Actions with a deadline. */
    withDeadline: Count,
    /** Actions with both: planned. */
    planned: Count,
    /** Actions by how far they got: not-started, in-progress, done, dropped. Null in files made before this field existed. */
    states: z._default(z.nullable(ActionStatesSchema), null),
  }),
});
export type MonitorFile = z.output<typeof MonitorFileSchema>;
