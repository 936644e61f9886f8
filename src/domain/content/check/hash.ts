/**
 * A short code for a text (FNV-1a, 32 bits, as 8 hex digits). Not for security: it only has to change when
 * the text changes, the same in the build, the tests and the browser, without Node's crypto.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.replace(/\r\n?/g, '\n').trim()) {
    const code = char.codePointAt(0) ?? 0;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
