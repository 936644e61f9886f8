import type { Assessment } from '../assessment/format/schema';
import type { Checklist } from '../checklist/schema';
import type { Problem, Result } from '../result';
import { createAssessor } from '../assessment/assess';
import { FORMAT_NAME as ASSESSMENT_FORMAT } from '../assessment/format/constants';
import { decodeAssessment } from '../assessment/format/decode';
import { MONITOR_FORMAT, MONITOR_MAX_FILE_BYTES, MONITOR_SCHEMA_VERSION } from './constants';
import { monitorExtract } from './extract';
import { MonitorFileSchema, type MonitorFile } from './schema';

/** One school's file as read: its monitor data, where it came from, and what the reader should know. */
export interface ReadSchoolFile {
  file: MonitorFile;
  /** A monitor file, or a full export of the self-assessment that the monitor extracted itself. */
  source: 'monitor' | 'assessment';
  /** Read, but worth saying: filled in against another checklist version than this page's. */
  notes: Problem[];
}

export interface ReadOptions {
  fileName: string;
  /** The page's checklist: full exports are worked out with it, and other versions are pointed out. */
  checklist: Checklist;
  /** One assessor per checklist, shared by every file read with it (createAssessor). */
  assess?: ReturnType<typeof createAssessor>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A spreadsheet saved as CSV is the likeliest wrong file a policy officer picks: say so rather than
 * "not JSON". Several lines whose first holds a separator, and not something that opens like JSON.
 */
function looksLikeCsv(text: string): boolean {
  const lines = text.trim().split(/\r?\n/);
  return !/^[[{]/.test(text.trim()) && lines.length > 1 && /[;,\t]/.test(lines[0]!);
}

/**
 * Reads one file a school sent: a monitor file, or a full export of the self-assessment (from which the
 * monitor takes only what a monitor file holds). Never throws: every way a file can be wrong becomes a
 * problem with a stable code the page translates (too-large, empty, csv, not-json, not-ours,
 * version-missing, version-newer, version-unreadable, schema-*, no-school-type, no-school-year,
 * no-school-name, and those of decodeAssessment). A file filled in against another checklist version is
 * read, with a note saying so.
 */
export function readSchoolFile(text: string, options: ReadOptions): Result<ReadSchoolFile> {
  const file = options.fileName;
  const fail = (code: string, message: string, field = '', params: Problem['params'] = {}) => ({ ok: false as const, issues: [{ file, field, message, code, params }] });
  if (text.length > MONITOR_MAX_FILE_BYTES) return fail('too-large', 'file is larger than 10 MB');
  const trimmed = text.replace(/^\uFEFF/, '');
  if (trimmed.trim() === '') return fail('empty', 'the file is empty');
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    if (looksLikeCsv(trimmed)) return fail('csv', 'a CSV file (a spreadsheet), not a school file');
    return fail('not-json', `not a JSON file: ${error instanceof Error ? error.message : String(error)}`);
  }
  return readSchoolData(data, options, trimmed);
}

/** The same for data already parsed (the sample set holds its files as JSON values). */
export function readSchoolData(data: unknown, options: ReadOptions, text?: string): Result<ReadSchoolFile> {
  const file = options.fileName;
  const fail = (code: string, message: string, field = '', params: Problem['params'] = {}) => ({ ok: false as const, issues: [{ file, field, message, code, params }] });
  if (!isPlainObject(data)) return fail('not-ours', 'this is not a Schoolkostencheck file');
  if (data.format === ASSESSMENT_FORMAT) return fromAssessment(text ?? JSON.stringify(data), options);
  if (data.format !== MONITOR_FORMAT) return fail('not-ours', 'this is not a Schoolkostencheck file');

  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return fail('version-missing', 'missing or not a whole number', 'schemaVersion');
  if (version > MONITOR_SCHEMA_VERSION) return fail('version-newer', 'made with a newer version of this tool; update the page', 'schemaVersion');
  // Version 1 is the first: anything lower was never written. A version 2 adds a migration here.
  if (version < 1) return fail('version-unreadable', `version ${version} does not exist`, 'schemaVersion', { from: version });

  const parsed = MonitorFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({ file, field: issue.path.map(String).join('.'), message: issue.message, code: `schema-${issue.code}` })),
    };
  }
  return { ok: true, value: { file: parsed.data, source: 'monitor', notes: versionNotes(parsed.data, options) } };
}

function fromAssessment(text: string, options: ReadOptions): Result<ReadSchoolFile> {
  // Any checklist version is read: a newer one than the page's is pointed out below instead of refused,
  // because the municipality's page may simply lag behind the schools' copy.
  const decoded = decodeAssessment(text, { currentChecklistVersion: Number.MAX_SAFE_INTEGER, fileName: options.fileName });
  if (!decoded.ok) return decoded;
  const assessment: Assessment = decoded.value.assessment;
  const assess = options.assess ?? createAssessor(options.checklist);
  // The export's last change is when the school last worked on it: the later of two files of one year wins.
  const extracted = monitorExtract(assessment, assess(assessment), { now: new Date(assessment.updatedAt), fileName: options.fileName });
  if (!extracted.ok) return extracted;
  return { ok: true, value: { file: extracted.value, source: 'assessment', notes: versionNotes(extracted.value, options) } };
}

function versionNotes(monitor: MonitorFile, options: ReadOptions): Problem[] {
  if (monitor.checklistVersion === options.checklist.version) return [];
  return [
    {
      file: options.fileName,
      field: 'checklistVersion',
      message: `filled in against checklist version ${monitor.checklistVersion}; this page has version ${options.checklist.version}`,
      code: 'checklist-other',
      params: { file: monitor.checklistVersion, page: options.checklist.version },
    },
  ];
}
