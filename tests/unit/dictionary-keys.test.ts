import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/lib/i18n/nl';

// An interface text nobody shows still has to be translated and kept in step (i18n.test.ts): dead weight
// that hides which words the site really uses. A key counts as used when the code outside the
// dictionaries names it in quotes, or builds it in a template literal such as t(`sa.steps.${name}`).
// The patterns are read from the code, not kept by hand, so a key is only excused by code that can make it.

const root = new URL('../../src/', import.meta.url).pathname;
const dictionaries = new Set(['lib/i18n/nl.ts', 'lib/i18n/en.ts']);
const sources = readdirSync(root, { recursive: true })
  .map(String)
  .filter((file) => /\.(ts|tsx|astro|mjs|js)$/.test(file) && !dictionaries.has(file.split('\\').join('/')))
  .map((file) => readFileSync(join(root, file), 'utf8'));
const code = sources.join('\n');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `sa.steps.${name}` → /^sa\.steps\.[^.]+$/: each ${…} stands for one part of a dotted key. */
function dynamicKeyPatterns(text: string): RegExp[] {
  const templates = text.matchAll(/`([a-z][\w-]*(?:\.[\w-]+)*\.\$\{[^`]*)`/gi);
  return [...templates].map(([, body]) => new RegExp(`^${body!.split(/\$\{[^}]*\}/).map(escapeRegExp).join('[^.]+')}$`));
}

const patterns = dynamicKeyPatterns(code);
const quoted = (key: string) => ['\'', '"', '`'].some((quote) => code.includes(`${quote}${key}${quote}`));
const isUsed = (key: string) => quoted(key) || patterns.some((pattern) => pattern.test(key));

describe('interface texts in use', () => {
  it('finds the keys the code builds from parts', () => {
    // Guards the scan itself: the steps' names are built as t(`sa.steps.${name}`) in the island.
    expect(patterns.some((pattern) => pattern.test('sa.steps.profile'))).toBe(true);
    expect(patterns.some((pattern) => pattern.test('sa.steps'))).toBe(false);
  });

  it('has no Dutch interface text that the site never shows', () => {
    const unused = Object.keys(nl).filter((key) => !isUsed(key));
    expect(unused).toEqual([]);
  });
});
