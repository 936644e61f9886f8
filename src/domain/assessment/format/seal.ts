import { FORMAT_NAME, SCHEMA_VERSION } from './constants';
import type { Assessment } from './schema';

/**
 * How the browser keeps an assessment: `{"seal":"…","assessment":{…}}`, where the seal is a checksum of
 * the assessment's JSON. An entry whose seal matches was written by this page at this schema version,
 * after the state factory had kept every value within the schema, so it can be opened without loading
 * the schema (zod) into the page. Anything else (an older version, a damaged or hand-edited entry, a file
 * written by other means) goes through the full check in decode.ts.
 */
export function seal(assessment: Assessment): string {
  const json = JSON.stringify(assessment);
  return `{"seal":"${checksum(json)}","assessment":${json}}`;
}

/** The assessment of an intact sealed entry of the current version, or null when it needs the full check. */
export function unseal(raw: string, currentChecklistVersion: number): Assessment | null {
  let entry: unknown;
  try {
    entry = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof entry !== 'object' || entry === null || !('seal' in entry) || !('assessment' in entry)) return null;
  const assessment = entry.assessment as Assessment | null;
  if (typeof assessment !== 'object' || assessment === null || entry.seal !== checksum(JSON.stringify(assessment))) return null;
  const current = assessment.format === FORMAT_NAME && assessment.schemaVersion === SCHEMA_VERSION;
  return current && assessment.checklistVersion <= currentChecklistVersion ? assessment : null;
}

/** The text to check fully when `unseal` refused: the assessment inside an envelope, or the raw text. */
export function unsealedText(raw: string): string {
  try {
    const entry: unknown = JSON.parse(raw);
    if (typeof entry === 'object' && entry !== null && 'seal' in entry && 'assessment' in entry) return JSON.stringify(entry.assessment);
  } catch {
    // Not JSON: the full check says so.
  }
  return raw;
}

/** FNV-1a, 32 bits, over UTF-16 code units: detects damage and edits, not an adversary (the user owns the data). */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
