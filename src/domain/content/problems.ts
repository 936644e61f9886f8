import type { z } from 'zod';
import type { Problem, Result } from '../result';

/** Turns zod's issues into problems that name the file and the field. */
function problemsFromZod(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Validates one content file's data against its schema. */
export function validateEntry<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): Result<z.output<S>> {
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: problemsFromZod(file, parsed.error) };
}
