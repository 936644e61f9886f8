import type { z } from 'zod';
import type { Finding, ProblemCode, Subject } from './problem';
import type { FieldPath, YamlSource } from './yaml-source';

// zod's issues, turned into findings with a line, a field and a code that messages.ts can say in Dutch or
// English. zod's own wording is English and names types ("expected string, received number"); an editor
// needs "put the phone number between quotes".

/** Marks zod's own message: every message that is not this one was written in a schema (a custom message). */
const ZOD_DEFAULT = '\u0000';

/** The custom messages that mean "this is no date": they get the date advice with a suggestion. */
const DATE_MESSAGES = new Set(['must be a date written as YYYY-MM-DD', 'is not a day of the calendar; write the date as YYYY-MM-DD']);

type Issue = z.core.$ZodIssue;

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);

/** What kind of value an editor wrote, in the words messages.ts uses. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value instanceof Date) return 'date';
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'object') return 'fields';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  return 'text';
}

const EXPECTED: Record<string, string> = { string: 'text', number: 'number', int: 'number', array: 'list', object: 'fields', boolean: 'boolean', date: 'date' };

/** "7-10-2020" (day-month-year, as Dutch editors write it) as 2020-10-07, or undefined. */
function dateSuggestion(written: string): { suggestion: string; day: number; month: number; year: number } | undefined {
  const match = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(written.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const suggestion = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${suggestion}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || !date.toISOString().startsWith(suggestion) ? undefined : { suggestion, day, month, year };
}

const unquote = (raw: string) => raw.replace(/^(["'])([\s\S]*)\1$/, '$2');

/**
 * Validates `data` (the item at `base` in `source`) and returns its value or the findings. `base` is where the
 * item sits in the file (a question's position in its list); `field` in a finding is inside the item, so a
 * message says `question "x", field "text.en"`, never `17.text.en`.
 */
export function checkSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  source: YamlSource,
  base: FieldPath = [],
  subject?: Subject,
): { ok: true; value: z.output<S> } | { ok: false; findings: Finding[] } {
  const parsed = schema.safeParse(data, { error: () => ZOD_DEFAULT });
  if (parsed.success) return { ok: true, value: parsed.data };
  const findings = parsed.error.issues.flatMap((issue) => toFindings(issue, [], data, source, base, subject));
  return { ok: false, findings };
}

function toFindings(issue: Issue, prefix: readonly PropertyKey[], data: unknown, source: YamlSource, base: FieldPath, subject?: Subject): Finding[] {
  const path = [...prefix, ...issue.path].map((key) => (typeof key === 'number' ? key : String(key)));
  const at = [...base, ...path];
  const make = (code: ProblemCode, params: Record<string, string | number> = {}, field: FieldPath = path, line = source.lineOf(at)): Finding => ({
    severity: 'error',
    line,
    subject,
    field,
    code,
    params,
  });
  const custom = issue.message !== ZOD_DEFAULT;
  const value = valueAt(data, path);
  const raw = source.rawOf(at);
  const name = String(path.at(-1) ?? '');

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => make('field-unknown', { name: key }, [...path, key], source.lineOfKey(at, key)));
  }
  // A value left out is missing; an empty one (`colour:`, or `colour: #fff` which YAML reads as empty plus a
  // comment) gets the schema's own advice when it has one.
  if (value === undefined || (value === null && !custom)) {
    return [make('field-missing', { name, empty: value === null ? 1 : 0 })];
  }
  if (issue.code === 'invalid_union') {
    if (issue.discriminator !== undefined && !issue.errors.length) {
      const options = 'options' in issue ? (issue.options ?? []) : [];
      return [make('choose-one', { options: options.map(String).join(', '), raw: raw ?? String(value) })];
    }
    // An either-or field (a page's slug: a key, or empty for the home page): the first alternative says most.
    const first = issue.errors[0];
    return first?.length ? toFindings(first[0]!, path, data, source, base, subject) : [make('schema-rule', { en: 'has the wrong form' })];
  }
  if (custom && DATE_MESSAGES.has(issue.message)) {
    const written = unquote(raw ?? String(value));
    const suggestion = dateSuggestion(written);
    const params: Record<string, string | number> = { raw: written, ...suggestion };
    if (issue.message.startsWith('is not a day')) params.noSuchDay = 1;
    return [make('date-format', params)];
  }
  if (issue.code === 'invalid_type' && !custom) {
    if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
      const written = raw ?? String(value);
      const phoneLike = name === 'phone' || /^\+?\d[\d\s-]{5,}$/.test(written);
      return [make(phoneLike ? 'phone-as-number' : 'number-as-text', { raw: written, read: String(value) })];
    }
    return [make('wrong-type', { expected: EXPECTED[issue.expected] ?? issue.expected, got: kindOf(value) })];
  }
  if (issue.code === 'invalid_value' && !custom) {
    return [make('choose-one', { options: issue.values.map(String).join(', '), raw: raw ?? String(value) })];
  }
  if (!custom && (issue.code === 'too_small' || issue.code === 'too_big')) {
    const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    const origin = issue.origin === 'array' || issue.origin === 'string' ? issue.origin : 'number';
    return [make(issue.code === 'too_small' ? 'too-small' : 'too-big', { limit, origin, inclusive: issue.inclusive === false ? 0 : 1 })];
  }
  return [make('schema-rule', { en: custom ? issue.message : 'has the wrong form' })];
}
