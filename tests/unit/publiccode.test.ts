import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LANGS } from '../../src/domain';
import { projectRoot } from '../support/content-reader';

// publiccode.yml against the Standard for Public Code, version 0.4 (docs/standard/schema.core.rst and
// categories-list.rst at tag v0.4.0 of github.com/publiccodeyml/publiccode.yml). The standard's own
// presence rules and types, written as a schema so a mistake is named by its key.

const CATEGORIES = [
  'accounting', 'agile-project-management', 'applicant-tracking', 'application-development', 'appointment-scheduling',
  'backup', 'billing-and-invoicing', 'blog', 'budgeting', 'business-intelligence', 'business-process-management', 'cad',
  'call-center-management', 'cloud-management', 'collaboration', 'communications', 'compliance-management',
  'contact-management', 'content-management', 'crm', 'customer-service-and-support', 'data-analytics', 'data-collection',
  'data-visualization', 'design', 'design-system', 'digital-asset-management', 'digital-citizenship', 'document-management',
  'donor-management', 'e-commerce', 'e-signature', 'educational-content', 'email-management', 'email-marketing',
  'employee-management', 'enterprise-project-management', 'enterprise-social-networking', 'erp', 'event-management',
  'facility-management', 'feedback-and-reviews-management', 'financial-reporting', 'fleet-management', 'fundraising',
  'gamification', 'geographic-information-systems', 'grant-management', 'graphic-design', 'help-desk', 'hr', 'ide',
  'identity-management', 'instant-messaging', 'integrated-library-system', 'inventory-management', 'it-asset-management',
  'it-development', 'it-management', 'it-security', 'it-service-management', 'knowledge-management',
  'learning-management-system', 'marketing', 'mind-mapping', 'mobile-marketing', 'mobile-payment', 'network-management',
  'office', 'online-booking', 'online-community', 'payment-gateway', 'payroll', 'predictive-analysis', 'procurement',
  'productivity-suite', 'project-collaboration', 'project-management', 'property-management', 'real-estate-management',
  'regulations-and-directives', 'remote-support', 'resource-management', 'sales-management', 'seo', 'service-desk',
  'social-media-management', 'survey', 'talent-management', 'task-management', 'taxes-management', 'test-management',
  'time-management', 'time-tracking', 'translation', 'video-conferencing', 'video-editing', 'visitor-management', 'voip',
  'warehouse-management', 'web-collaboration', 'web-conferencing', 'website-builder', 'whistleblowing', 'workflow-management',
] as const;
const SCOPES = [
  'agriculture', 'culture', 'defence', 'education', 'emergency-services', 'employment', 'energy', 'environment',
  'finance-and-economic-development', 'foreign-affairs', 'government', 'healthcare', 'infrastructures', 'justice',
  'local-authorities', 'manufacturing', 'research', 'science-and-technology', 'security', 'society', 'sport', 'tourism',
  'transportation', 'welfare',
] as const;

const Url = z.url({ protocol: /^https?$/ });
/** "All dates in publiccode.yml must follow the format YYYY-MM-DD", as a string. */
const DateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((text) => new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), 'not a real date');
/** IETF BCP 47 language tag: a primary subtag, then optional subtags. */
const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);

const Description = z.strictObject({
  localisedName: z.string().min(1).optional(),
  genericName: z.string().max(35).optional(),
  shortDescription: z.string().trim().min(1).max(150),
  longDescription: z.string().trim().min(150).max(10_000),
  documentation: Url.optional(),
  apiDocumentation: Url.optional(),
  features: z.array(z.string().min(1)).min(1),
  screenshots: z.array(z.string()).optional(),
  videos: z.array(Url).optional(),
  awards: z.array(z.string()).optional(),
});
const Contact = z.strictObject({ name: z.string().min(1), email: z.email().optional(), phone: z.string().optional(), affiliation: z.string().optional() });
const Contractor = z.strictObject({ name: z.string().min(1), until: DateString, email: z.email().optional(), website: Url.optional() });
const Dependency = z.strictObject({
  name: z.string().min(1),
  versionMin: z.string().optional(),
  versionMax: z.string().optional(),
  version: z.string().optional(),
  optional: z.boolean().optional(),
});

const PubliccodeSchema = z.strictObject({
  publiccodeYmlVersion: z.literal('0.4'),
  name: z.string().trim().min(1),
  applicationSuite: z.string().optional(),
  url: Url,
  landingURL: Url.optional(),
  isBasedOn: z.union([Url, z.array(Url)]).optional(),
  softwareVersion: z.string().optional(),
  releaseDate: DateString.optional(),
  logo: z.string().optional(),
  platforms: z.union([z.string(), z.array(z.string()).min(1)]),
  categories: z.array(z.enum(CATEGORIES)).min(1),
  usedBy: z.array(z.string()).optional(),
  roadmap: Url.optional(),
  developmentStatus: z.enum(['concept', 'development', 'beta', 'stable', 'obsolete']),
  softwareType: z.enum(['standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend', 'standalone/other', 'addon', 'library', 'configurationFiles']),
  intendedAudience: z
    .strictObject({
      // Version 0.4 writes countries as lowercase ISO 3166-1 alpha-2 codes.
      countries: z.array(z.string().regex(/^[a-z]{2}$/)).optional(),
      unsupportedCountries: z.array(z.string().regex(/^[a-z]{2}$/)).optional(),
      scope: z.array(z.enum(SCOPES)).optional(),
    })
    .optional(),
  description: z.record(LanguageTag, Description).refine((languages) => Object.keys(languages).length > 0, 'needs at least one language'),
  legal: z.strictObject({
    license: z.string().min(1),
    mainCopyrightOwner: z.string().optional(),
    repoOwner: z.string().optional(),
    authorsFile: z.string().optional(),
  }),
  maintenance: z
    .strictObject({
      type: z.enum(['internal', 'contract', 'community', 'none']),
      contractors: z.array(Contractor).min(1).optional(),
      contacts: z.array(Contact).min(1).optional(),
    })
    .refine((m) => m.type !== 'contract' || m.contractors, { path: ['contractors'], error: 'required when the type is "contract"' })
    .refine((m) => !['internal', 'community'].includes(m.type) || m.contacts, { path: ['contacts'], error: 'required when the type is "internal" or "community"' }),
  localisation: z.strictObject({
    localisationReady: z.boolean(),
    availableLanguages: z.array(LanguageTag).min(1),
  }),
  dependsOn: z
    .strictObject({
      open: z.array(Dependency).optional(),
      proprietary: z.array(Dependency).optional(),
      hardware: z.array(Dependency).optional(),
    })
    .optional(),
});

const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; license: string };
const parsed = PubliccodeSchema.safeParse(load(read('publiccode.yml')));
const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
/** The checked file; the later tests say why when it does not fit the standard. */
function publiccode() {
  if (!parsed.success) throw new Error(`publiccode.yml does not fit the standard: ${problems.join('; ')}`);
  return parsed.data;
}

describe('publiccode.yml', () => {
  it('has every key the standard requires, with the types and values it allows, and no other key', () => {
    expect(problems).toEqual([]);
  });

  it('describes the software in Dutch and English, and names both as its languages', () => {
    const code = publiccode();
    expect(Object.keys(code.description).sort()).toEqual([...LANGS].sort());
    expect([...code.localisation.availableLanguages].sort()).toEqual([...LANGS].sort());
    expect(code.localisation.localisationReady).toBe(true);
  });

  it('is a web application, at the version and under the licence package.json gives', () => {
    const code = publiccode();
    expect([code.platforms].flat()).toContain('web');
    expect(code.softwareType).toBe('standalone/web');
    expect(code.legal.license).toBe(pkg.license);
    expect(code.legal.license).toBe('EUPL-1.2');
    expect(code.softwareVersion).toBe(pkg.version);
  });

  it('ships the licence text it names', () => {
    expect(read('LICENSE')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/);
  });
});
