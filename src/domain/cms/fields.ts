import { z } from 'zod';
import { IsoDateSchema } from '../content/common';
import { fieldText, type FieldText } from './labels';

/**
 * The fields of the editing screen (Sveltia CMS), made from a zod content schema through its JSON Schema
 * (zod's own z.toJSONSchema), so the screen asks for exactly what the build accepts. A schema shape this
 * file does not know throws with the field's path: tests/unit/cms-config.test.ts then fails, before an
 * editor could meet a field the screen silently leaves out.
 */

/** One field of the CMS configuration (https://sveltiacms.app/en/docs/fields). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  [option: string]: unknown;
}

/** The part of JSON Schema (draft 2020-12) that z.toJSONSchema writes for our content schemas. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number)[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  default?: unknown;
}

/** How each field is stored per language in a Markdown collection with one file per language. */
export type I18nMode = boolean | 'duplicate';

export interface FieldOptions {
  /** Which labels apply (labels.ts): `principles`, `pages`, `questions`, ... */
  collection: string;
  /** For collections with a file per language: how each top-level field is stored per language. */
  i18n?: (name: string) => I18nMode;
}

/** The input side of a schema: what an editor writes, before defaults and transforms. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    // YAML reads an unquoted date as a date: say so, so the field becomes a date field.
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as JsonSchema;
}

const ISO_DATE_PATTERN = jsonSchemaOf(IsoDateSchema).pattern;
/** Beyond this many characters a one-line input is too small to read back what was typed. */
const LONG_TEXT = 150;

/** Names of the object's properties, in the schema's order, with whether each must be filled in. */
const propertiesOf = (schema: JsonSchema) =>
  Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    property,
    required: (schema.required ?? []).includes(name) && property.default === undefined,
  }));

/** A union of objects that share one property with a constant per alternative (zod's discriminatedUnion). */
function discriminatorOf(alternatives: JsonSchema[]): string | undefined {
  const first = alternatives[0];
  if (!first?.properties || !alternatives.every((alt) => alt.type === 'object')) return undefined;
  return Object.keys(first.properties).find((key) => alternatives.every((alt) => alt.properties?.[key]?.const !== undefined));
}

/** A choice's values, with the words labels.ts gives them (the value is what is saved). */
const choices = (values: readonly (string | number)[], text: FieldText | undefined) =>
  text?.options ? values.map((value) => ({ label: text.options?.[String(value)] ?? String(value), value })) : values;

/** What a field is without its name and label: its widget and that widget's options. */
type FieldShape = { widget: string; [option: string]: unknown };

function widgetFor(schema: JsonSchema, path: readonly string[], options: FieldOptions): FieldShape {
  const where = path.join('.');
  const text = fieldText(options.collection, path);

  // A widget labels.ts chooses wins over the one the type would give.
  if (text?.widget === 'readonly') return { widget: 'string', readonly: true };
  if (text?.widget === 'hidden') return { widget: 'hidden' };
  if (text?.widget === 'image') return { widget: 'image', choose_url: false };
  if (text?.widget === 'color') return { widget: 'color' };

  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    const typeKey = discriminatorOf(alternatives);
    if (typeKey) {
      return {
        widget: 'object',
        typeKey,
        types: alternatives.map((alt) => ({
          name: String(alt.properties![typeKey]!.const),
          label: text?.options?.[String(alt.properties![typeKey]!.const)] ?? String(alt.properties![typeKey]!.const),
          widget: 'object',
          fields: propertiesOf(alt)
            .filter(({ name }) => name !== typeKey)
            .map((prop) => fieldFor(prop.name, prop.property, prop.required, [...path, prop.name], options)),
        })),
      };
    }
    // A key or nothing (a page's slug: empty for the home page): one text field that may stay empty.
    const strings = alternatives.filter((alt) => alt.type === 'string');
    if (strings.length === alternatives.length) {
      const patterns = strings.map((alt) => alt.pattern ?? (alt.const === '' ? '^$' : undefined));
      if (patterns.every(Boolean)) return { widget: 'string', pattern: [patterns.map((p) => `(?:${p})`).join('|'), text?.hint ?? 'Controleer de schrijfwijze.'] };
    }
    throw new Error(`${options.collection}: field "${where}": the editing screen cannot show this union yet; teach src/domain/cms/fields.ts`);
  }


  switch (schema.type) {
    case 'string': {
      if (schema.enum) return { widget: 'select', options: choices(schema.enum, text) };
      if (schema.format === 'date' || (ISO_DATE_PATTERN && schema.pattern === ISO_DATE_PATTERN)) return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
      const long = text?.widget === 'text' || text?.widget === 'markdown' || (schema.maxLength ?? 0) > LONG_TEXT;
      const widget = text?.widget === 'markdown' ? 'markdown' : long ? 'text' : 'string';
      return {
        widget,
        ...(schema.format === 'email' ? { type: 'email' } : schema.format === 'uri' ? { type: 'url' } : {}),
        ...(schema.maxLength !== undefined ? { maxlength: schema.maxLength } : {}),
        ...(schema.pattern && widget !== 'markdown' ? { pattern: [schema.pattern, text?.hint ?? 'Controleer de schrijfwijze.'] } : {}),
      };
    }
    case 'integer':
    case 'number': {
      const min = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : schema.minimum;
      return { widget: 'number', value_type: schema.type === 'integer' ? 'int' : 'float', ...(min !== undefined ? { min } : {}) };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'object':
      return { widget: 'object', fields: propertiesOf(schema).map((prop) => fieldFor(prop.name, prop.property, prop.required, [...path, prop.name], options)) };
    case 'array': {
      const items = schema.items ?? {};
      const counts = { ...(schema.minItems ? { min: schema.minItems } : {}), ...(schema.maxItems !== undefined ? { max: schema.maxItems } : {}) };
      if (items.type === 'string' && items.enum) return { widget: 'select', multiple: true, options: choices(items.enum, text), ...counts };
      if (items.type === 'object') {
        return {
          widget: 'list',
          collapsed: 'auto',
          fields: propertiesOf(items).map((prop) => fieldFor(prop.name, prop.property, prop.required, [...path, prop.name], options)),
          ...counts,
        };
      }
      if (items.type === 'string') {
        const { widget, ...rest } = widgetFor(items, path, options);
        return { widget: 'list', field: { name: 'item', label: text?.label ?? path.at(-1), widget, ...rest }, ...counts };
      }
      break;
    }
  }
  throw new Error(`${options.collection}: field "${where}": the editing screen cannot show a field of type ${JSON.stringify(schema.type ?? schema)} yet; teach src/domain/cms/fields.ts`);
}

function fieldFor(name: string, schema: JsonSchema, required: boolean, path: readonly string[], options: FieldOptions): CmsField {
  const text = fieldText(options.collection, path);
  return {
    name,
    // A missing label shows the bare name; the test for this file lists every such field.
    label: text?.label ?? name,
    ...(text?.hint ? { hint: text.hint } : {}),
    ...widgetFor(schema, path, options),
    ...(text?.locked ? { readonly: true } : {}),
    required,
    ...(schema.default !== undefined && typeof schema.default !== 'object' ? { default: schema.default } : {}),
    ...(path.length === 1 && options.i18n ? { i18n: options.i18n(name) } : {}),
  };
}

/** The editing screen's fields for every property of an object schema, in the schema's order. */
export function cmsFields(schema: z.ZodType, options: FieldOptions): CmsField[] {
  const json = jsonSchemaOf(schema);
  if (json.type !== 'object') throw new Error(`${options.collection}: the editing screen needs an object schema`);
  return propertiesOf(json).map((prop) => fieldFor(prop.name, prop.property, prop.required, [prop.name], options));
}

