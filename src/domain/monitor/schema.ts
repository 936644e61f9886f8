import * as z from 'zod/mini';
import { FUNDING, MR_INVOLVEMENT, OPTIONAL_DECISIONS } from '../assessment/format/constants';
import { ACTIVITY_KINDS, ACTIVITY_TRAITS, SCHOOL_TYPES } from '../vocabulary';
import {
  ITEM_STATUSES,
  MONITOR_FORMAT,
  MONITOR_MAX_ACTIVITIES,
  MONITOR_MAX_NAME,
  MONITOR_MAX_PRINCIPLES,
  MONITOR_SCHEMA_VERSION,
  PRINCIPLE_STATUSES,
  SCHOOL_YEAR_PATTERN,
} from './constants';

// The monitor file: what a school shares with the municipality. On purpose it holds no free text and no
// names of people: no notes, no activity names, no year groups, no action owners or "ingevuld door", only
// the school's name (or a code it chooses), choices from closed lists, amounts and counts. zod/mini, as the
// assessment's schema, because it runs in the browser (the monitor page's reader, loaded on demand).
// A JSON Schema generated from it is published as public/schemas/monitor-v1.schema.json.

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
  }),
});
export type MonitorFile = z.output<typeof MonitorFileSchema>;
