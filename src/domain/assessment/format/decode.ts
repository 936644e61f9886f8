import type { core } from 'zod/mini';
import type { Problem, Result } from '../../result';
import { FORMAT_NAME, MAX_FILE_BYTES, SCHEMA_VERSION } from './constants';
import { AssessmentSchema, type Assessment } from './schema';
import { MIGRATIONS, type Migration } from './migrations';


export interface DecodeOptions {
  /** Version of the checklist this page was built with. */
  currentChecklistVersion: number;
  /** Name of the file, used in problems; defaults to "bestand". */
  fileName?: string;
  /** Migration registry; tests pass their own, the app uses MIGRATIONS. */
  migrations?: Readonly<Record<number, Migration>>;
}

/**
 * zod's issues as problems. The code says what is wrong in words the island translates
 * (`schema-too_big-string` → "at most {maximum} characters"); zod's own message stays as the fallback,
 * so no zod locale has to be shipped to the browser.
 */
function problemsFromIssues(file: string, issues: readonly core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => {
    const detail =
      issue.code === 'invalid_format' ? issue.format : issue.code === 'invalid_type' ? issue.expected : 'origin' in issue ? issue.origin : '';
    const params: Record<string, string | number> = {};
    if ('maximum' in issue) params.maximum = Number(issue.maximum);
    if ('minimum' in issue) params.minimum = Number(issue.minimum);
    if ('keys' in issue) params.keys = issue.keys.join(', ');
    if ('values' in issue) params.values = issue.values.map(String).join(', ');
    if ('expected' in issue) params.expected = String(issue.expected);
    return {
      file,
      field: issue.path.map(String).join('.'),
      message: issue.message,
      code: `schema-${issue.code}${detail ? `-${String(detail)}` : ''}`,
      params,
    };
  });
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
  if (!parsed.success) return { ok: false, issues: problemsFromIssues(file, parsed.error.issues) };
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
