import type { decodeAssessment } from '../../domain/assessment/codec';

// The full check of a file (zod and the assessment schema) is a third of the island's code, and most
// visits never need it: a new assessment, or entries this page sealed itself (seal.ts), open without it.
// It is loaded as a chunk of its own when a file is opened or a stored entry is not sealed.

let loaded: typeof decodeAssessment | null = null;

/** Loads the full check; resolves at once when it is loaded already. */
export async function loadCodec(): Promise<void> {
  loaded ??= (await import('./browser-codec')).decodeAssessment;
}

/** The full check for the state factory, or null while it is not loaded (the state then asks again). */
export const decode = (...args: Parameters<typeof decodeAssessment>): ReturnType<typeof decodeAssessment> | null =>
  loaded ? loaded(...args) : null;
