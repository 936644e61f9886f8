// Formatting of one interface text, shared by the pages (build time), the search script and the island.
// Kept apart from the dictionaries so browser code does not bundle every text.

export type Params = Record<string, string | number>;
export type Plural = { readonly one: string; readonly other: string };
export type Entry = string | Plural;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than disappearing. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A text or plural in one language; the plural form comes from Intl.PluralRules and `params.count`. */
export function formatEntry(entry: Entry, lang: string, params: Params = {}): string {
  if (typeof entry === 'string') return fill(entry, params);
  const form = new Intl.PluralRules(lang).select(Number(params.count ?? 0)) === 'one' ? 'one' : 'other';
  return fill(entry[form], params);
}
