import { problemsFromZod } from '../content/problems';
import type { Problem, Result } from '../result';
import {
  ActionFieldsSchema,
  ActivitySchema,
  AnswerSchema,
  AssessmentSchema,
  FORMAT_NAME,
  ProfileSchema,
  SCHEMA_VERSION,
  type Assessment,
} from './schema';

/**
 * Largest export file accepted. A real assessment is a few hundred kilobytes at most (1,000 activities with
 * notes); anything far bigger is not ours, and parsing it would freeze the page on a school laptop.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * One step of the stored shape: turns data of version n into data of version n + 1. `any`, because it
 * works on an older shape that no current type describes; validation after the last step catches mistakes.
 */
export type Migration = (data: any) => any;

/**
 * Migrations by the version they start from. Empty while version 1 is the only release; when the shape
 * changes, add `1: (data) => ...` here, raise SCHEMA_VERSION and keep the old file in
 * tests/fixtures/assessments/ so it keeps decoding.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Copies `value`'s known keys in the order of `keys`; unknown keys are left out. */
function ordered<T extends object>(value: T, keys: readonly string[]): T {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(source, key)) out[key] = source[key];
  return out as T;
}

function orderedRecord<V>(record: Readonly<Record<string, V>>, order: (value: V) => V): Record<string, V> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, order(value)]));
}

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);

/**
 * The export file: JSON with 2-space indentation and keys in schema order, so files are readable and two
 * exports of the same assessment are identical. Keys are ordered by hand rather than by parsing, because
 * the assessment in the browser may be mid-edit (an activity without a name yet) and export must still work.
 */
export function encodeAssessment(assessment: Assessment): string {
  const answer = (a: Assessment['schoolAnswers'][string]) => ordered(a, keysOf(AnswerSchema));
  const data = ordered(
    {
      ...assessment,
      profile: ordered(assessment.profile, keysOf(ProfileSchema)),
      schoolAnswers: orderedRecord(assessment.schoolAnswers, answer),
      activities: assessment.activities.map((activity) =>
        ordered({ ...activity, answers: orderedRecord(activity.answers, answer) }, keysOf(ActivitySchema)),
      ),
      actions: orderedRecord(assessment.actions, (fields) => ordered(fields, keysOf(ActionFieldsSchema))),
    },
    keysOf(AssessmentSchema),
  );
  return `${JSON.stringify(data, null, 2)}\n`;
}

export interface DecodeOptions {
  /** Version of the checklist this page was built with. */
  currentChecklistVersion: number;
  /** Name of the file, used in problems; defaults to "bestand". */
  fileName?: string;
  /** Migration registry; tests pass their own, the app uses MIGRATIONS. */
  migrations?: Readonly<Record<number, Migration>>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an export file. Every way a file can be wrong becomes a problem naming the field, never an
 * exception: the file comes from anywhere (another tool, a hand edit, a newer version of this page).
 * `migratedFrom` is the file's schema version if it was migrated, so the page can say so.
 */
export function decodeAssessment(
  text: string,
  options: DecodeOptions,
): Result<{ assessment: Assessment; migratedFrom: number | null }> {
  const file = options.fileName ?? 'bestand';
  const fail = (code: string, message: string, field = '', params: Problem['params'] = {}): { ok: false; issues: Problem[] } => ({
    ok: false,
    issues: [{ file, field, message, code, params }],
  });

  // Characters, not bytes: the caller checks File.size before reading; this guards text from elsewhere.
  if (text.length > MAX_FILE_BYTES) return fail('too-large', 'file is larger than 10 MB');

  let data: unknown;
  try {
    // Editors on Windows may save JSON with a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('not-json', `not a JSON file: ${reason}`, '', { reason });
  }

  if (!isPlainObject(data) || data.format !== FORMAT_NAME) return fail('not-ours', 'this is not a Schoolkostencheck file');

  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('version-missing', 'missing or not a whole number', 'schemaVersion');
  }
  if (version > SCHEMA_VERSION) return fail('version-newer', 'made with a newer version of this tool; update the page', 'schemaVersion');

  const migrations = options.migrations ?? MIGRATIONS;
  let migrated: unknown = data;
  for (let from = version; from < SCHEMA_VERSION; from += 1) {
    const step = Object.hasOwn(migrations, from) ? migrations[from] : undefined;
    if (!step) return fail('version-unreadable', `version ${from} can no longer be read (no migration to version ${from + 1})`, 'schemaVersion', { from });
    try {
      migrated = step(migrated);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail('migration-failed', `could not bring the file from version ${from} to ${from + 1}: ${reason}`, '', { from, to: from + 1 });
    }
    if (!isPlainObject(migrated)) return fail('migration-failed', `could not bring the file from version ${from} to ${from + 1}`, '', { from, to: from + 1 });
    // The loop, not each migration, records the version reached, so a migration cannot forget it.
    migrated = { ...migrated, schemaVersion: from + 1 };
  }

  const parsed = AssessmentSchema.safeParse(migrated);
  if (!parsed.success) return { ok: false, issues: problemsFromZod(file, parsed.error) };
  const assessment = parsed.data;

  // Checks the schema cannot express: activity ids key the action plan, so they must be unique, and
  // `school` would collide with the school-wide part's action keys.
  const issues: Problem[] = [];
  const seen = new Map<string, number>();
  assessment.activities.forEach((activity, index) => {
    const first = seen.get(activity.id);
    if (activity.id === 'school') {
      issues.push({ file, field: `activities.${index}.id`, message: '"school" is reserved; use another id', code: 'reserved-id' });
    } else if (first !== undefined) {
      issues.push({ file, field: `activities.${index}.id`, message: `"${activity.id}" is also used by activity ${first}; ids must be unique`, code: 'duplicate-id', params: { id: activity.id } });
    } else {
      seen.set(activity.id, index);
    }
  });
  if (assessment.checklistVersion > options.currentChecklistVersion) {
    issues.push({
      file,
      field: 'checklistVersion',
      message: `filled in against checklist version ${assessment.checklistVersion}, newer than this page's version ${options.currentChecklistVersion}; update the page`,
      code: 'checklist-newer',
      params: { file: assessment.checklistVersion, page: options.currentChecklistVersion },
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  return { ok: true, value: { assessment, migratedFrom: version < SCHEMA_VERSION ? version : null } };
}
