import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  PageSchema,
  PrincipleSchema,
  SchemeSchema,
  SiteSettingsSchema,
  validateEntry,
} from '../../src/domain';
import { validPage, validPrinciple, validScheme, validSettings } from '../fixtures/examples';

const FILE = 'content/principles/nl/01-everyone-takes-part.md';
const withField = (base: object, field: string, value: unknown) => ({ ...base, [field]: value });
const messagesOf = (result: ReturnType<typeof validateEntry>) => (result.ok ? [] : result.issues.map(formatProblem));

describe('content schemas accept valid content', () => {
  it('accepts a complete principle', () => {
    expect(validateEntry(PrincipleSchema, validPrinciple, FILE)).toMatchObject({ ok: true });
  });
  it('accepts a page with and without a FAQ', () => {
    expect(validateEntry(PageSchema, validPage, 'p.md').ok).toBe(true);
    expect(validateEntry(PageSchema, { ...validPage, faq: undefined }, 'p.md').ok).toBe(true);
  });
  it('accepts the home page with an empty slug', () => {
    expect(validateEntry(PageSchema, { ...validPage, key: 'home', slug: '' }, 'home.md').ok).toBe(true);
  });
  it('accepts a support scheme', () => {
    expect(validateEntry(SchemeSchema, validScheme, 's.yaml').ok).toBe(true);
  });
  it('accepts site settings and reads a quoted date as a date', () => {
    const result = validateEntry(SiteSettingsSchema, { ...validSettings, agreement: { ...validSettings.agreement, date: '2024-03-15' } }, 'site.yaml');
    expect(result.ok && result.value.agreement.date.toISOString().slice(0, 10)).toBe('2024-03-15');
  });
});

describe('a broken content file gets a message that names the file and the field', () => {
  const cases: [string, object, string][] = [
    ['a missing title', withField(validPrinciple, 'title', undefined), 'title'],
    ['a number as title', withField(validPrinciple, 'title', 42), 'title'],
    ['a slug with spaces', withField(validPrinciple, 'slug', 'Iedereen doet mee'), 'slug'],
    ['an unknown basis kind', withField(validPrinciple, 'basis', [{ kind: 'rumour', text: 'x' }]), 'basis.0.kind'],
    ['a javascript: source link', withField(validPrinciple, 'sources', [{ title: 'x', url: 'javascript:alert(1)' }]), 'sources.0.url'],
    ['no school actions', withField(validPrinciple, 'school', []), 'school'],
    ['a misspelt field', withField(validPrinciple, 'titel', 'Iedereen'), ''],
  ];
  it.each(cases)('%s', (_name, data, field) => {
    const result = validateEntry(PrincipleSchema, data, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.field)).toContain(field);
    expect(messagesOf(result).every((message) => message.startsWith(`${FILE}: `))).toBe(true);
  });

  it('names an unknown field so a typo does not pass silently', () => {
    const [message] = messagesOf(validateEntry(PrincipleSchema, withField(validPrinciple, 'titel', 'x'), FILE));
    expect(message).toContain('titel');
  });

  it('says how to write a slug', () => {
    const [message] = messagesOf(validateEntry(PrincipleSchema, withField(validPrinciple, 'slug', 'Met Spaties'), FILE));
    expect(message).toBe(`${FILE}: field "slug": use lowercase letters, digits and single hyphens, e.g. "iedereen-doet-mee"`);
  });

  it('rejects a page key the site cannot place', () => {
    const result = validateEntry(PageSchema, withField(validPage, 'key', 'blog'), 'content/pages/nl/blog.md');
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual(['key']);
  });

  it('rejects a scheme that is missing its English text', () => {
    const result = validateEntry(SchemeSchema, withField(validScheme, 'pays', { nl: 'Iets' }), 'content/schemes/x.yaml');
    expect(messagesOf(result)).toEqual([expect.stringMatching(/^content\/schemes\/x\.yaml: field "pays\.en": /)]);
  });

  it('rejects a scheme for a school type it does not know', () => {
    const result = validateEntry(SchemeSchema, withField(validScheme, 'appliesTo', ['mbo']), 's.yaml');
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual(['appliesTo.0']);
  });

  it('rejects settings with an impossible date and a malformed e-mail', () => {
    const broken = { ...validSettings, agreement: { ...validSettings.agreement, date: 'gisteren' }, contact: { ...validSettings.contact, email: 'geen-adres' } };
    const result = validateEntry(SiteSettingsSchema, broken, 'content/settings/site.yaml');
    expect(result.ok ? [] : result.issues.map((i) => i.field).sort()).toEqual(['agreement.date', 'contact.email']);
  });
});

describe('the licence, accessibility statement and security contact in site.yaml', () => {
  const FILE_SETTINGS = 'content/settings/site.yaml';
  const fieldsOf = (result: ReturnType<typeof validateEntry>) => (result.ok ? [] : result.issues.map((issue) => issue.field).sort());

  it('publishes the texts under CC BY 4.0 when no licence is given, and under the one given otherwise', () => {
    const plain = validateEntry(SiteSettingsSchema, validSettings, FILE_SETTINGS);
    expect(plain.ok && plain.value.contentLicense).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    const own = { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' };
    const result = validateEntry(SiteSettingsSchema, { ...validSettings, contentLicense: own }, FILE_SETTINGS);
    expect(result.ok && result.value.contentLicense).toEqual(own);
  });

  it('accepts a security contact as an e-mail address, a mailto: address or an https:// address', () => {
    for (const contact of ['veilig@zonnedal.example', 'mailto:veilig@zonnedal.example', 'https://zonnedal.example/melden']) {
      expect(validateEntry(SiteSettingsSchema, { ...validSettings, security: { contact } }, FILE_SETTINGS).ok, contact).toBe(true);
    }
  });

  it('names each wrong field: an unknown status, a statement contact with nothing in it, a security contact that is no address', () => {
    const broken = {
      ...validSettings,
      accessibility: { ...validSettings.accessibility, status: 'E', contact: {} },
      security: { contact: 'http://zonnedal.example/melden' },
    };
    const result = validateEntry(SiteSettingsSchema, broken, FILE_SETTINGS);
    expect(fieldsOf(result)).toEqual(['accessibility.contact', 'accessibility.status', 'security.contact']);
    expect(messagesOf(result)).toContain(`${FILE_SETTINGS}: field "security.contact": must be an e-mail address or a web address starting with https://`);
  });

  it('needs the accessibility statement’s status and date', () => {
    const { accessibility: _, ...withoutStatement } = validSettings;
    expect(fieldsOf(validateEntry(SiteSettingsSchema, withoutStatement, FILE_SETTINGS))).toEqual(['accessibility']);
  });
});
