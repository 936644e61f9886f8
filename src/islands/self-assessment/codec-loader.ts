import type { decodeAssessment } from '../../domain/assessment/codec';
import { unseal } from '../../domain/assessment/seal';

// The full check of a file (zod and the assessment schema) is a third of the island's code, and most
// visits never need it: a new assessment, or entries this page sealed itself (seal.ts), open without it.
// It is loaded as a chunk of its own when a file is opened or a stored entry is not sealed.

let loaded: typeof decodeAssessment | null = null;

/** Loads the full check; resolves at once when it is loaded already. */
export async function loadCodec(): Promise<void> {
  loaded ??= (await import('./browser-codec')).decodeAssessment;
}

/** The full check, for the state factory; callers make sure `loadCodec` has resolved (see `whenReadable`). */
export const decode: typeof decodeAssessment = (text, options) => {
  if (!loaded) throw new Error('The file check is not loaded yet (loadCodec).');
  return loaded(text, options);
};

/** Runs `read` at once when every stored text opens without the full check, or once it is loaded. */
export function whenReadable(raws: readonly (string | null)[], checklistVersion: number, read: () => void): void {
  const needed = !loaded && raws.some((raw) => raw !== null && !unseal(raw, checklistVersion));
  if (needed) void loadCodec().then(read);
  else read();
}
