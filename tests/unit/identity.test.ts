import { describe, expect, it } from 'vitest';
import { SiteSettingsSchema } from '../../src/domain';
import { contrastRatio, darkerShadeThatPasses, DEFAULT_HOUSE_COLOUR, HouseColourSchema, MIN_CONTRAST } from '../../src/domain/identity/colour';
import { DEFAULT_WORDING, WORDING_KEYS, WordingSchema, wordingFor } from '../../src/domain/identity/wording';
import { faviconSvg, houseColourStyle, logoFile, logoHref } from '../../src/lib/identity';
import { DEFAULT_CONTENT_DIR, FICTIONAL_CONTENT_DIR, readContent, readContentFile } from '../support/content-reader';

// The municipality's identity in site.yaml: house colour (checked for contrast), logo, and the sentences it
// words itself. The pages only use what these functions return (BaseLayout, SiteHeader, favicon.svg).

const groningen = readContent(DEFAULT_CONTENT_DIR).settings;
const fictional = readContent(FICTIONAL_CONTENT_DIR).settings;
const raw = readContentFile(`${DEFAULT_CONTENT_DIR}/settings/site.yaml`).data as Record<string, unknown>;
const settingsWith = (extra: Record<string, unknown>) => SiteSettingsSchema.safeParse({ ...raw, ...extra });

describe('the house colour', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio(DEFAULT_HOUSE_COLOUR, '#ffffff')).toBeGreaterThan(MIN_CONTRAST);
  });

  it('is the project blue when site.yaml names none, and keeps what site.yaml names (in lower case)', () => {
    expect(settingsWith({ colour: undefined }).data?.colour).toBe('#00466e');
    expect(settingsWith({ colour: '#0B6E4F' }).data?.colour).toBe('#0b6e4f');
  });

  it('refuses a colour too light for white text, with its contrast and a darker shade that passes', () => {
    const parsed = HouseColourSchema.safeParse('#ffd200');
    expect(parsed.success).toBe(false);
    const message = parsed.error!.issues[0]!.message;
    expect(message).toMatch(/^#ffd200 is too light: .* reach a contrast of 1\.\d:1 and need at least 4\.5:1 \(WCAG AA\)\. Use a darker colour, e\.g\. #[0-9a-f]{6}\.$/);
    const suggestion = message.match(/#[0-9a-f]{6}(?=\.$)/)![0];
    expect(contrastRatio(suggestion, '#ffffff')).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('never rounds a colour just below the minimum up to a pass in its message', () => {
    // #777777 is 4.48:1: shown as 4.4, not as a passing-looking 4.5.
    expect(HouseColourSchema.safeParse('#777777').error!.issues[0]!.message).toContain('4.4:1');
  });

  it('suggests the lightest darker shade that passes, so the colour stays recognisable', () => {
    for (const colour of ['#ffd200', '#3399ff', '#e4003a', '#77aa00']) {
      const shade = darkerShadeThatPasses(colour);
      expect(contrastRatio(shade, '#ffffff'), `${colour} → ${shade}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrastRatio(shade, '#ffffff'), `${colour} → ${shade}`).toBeLessThan(MIN_CONTRAST + 0.5);
    }
  });

  it('explains the quotes when YAML read an unquoted colour as a comment', () => {
    expect(settingsWith({ colour: null }).error?.issues[0]).toMatchObject({ path: ['colour'], message: expect.stringContaining('write the colour in quotes') });
  });

  it('refuses what is not written #rrggbb', () => {
    for (const colour of ['00466e', '#00466', 'navy', '#00466eff']) {
      expect(HouseColourSchema.safeParse(colour).error?.issues[0]?.message).toMatch(/# and six hexadecimal digits/);
    }
  });

  it('reaches every page as one style rule that its Content-Security-Policy can allow by hash', () => {
    const { css, hash } = houseColourStyle(fictional);
    expect(css).toBe(':root:root{--skc-color-primary:#0b6e4f}');
    expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });

  it('colours the icon in the browser tab, with the first capital of the municipality', () => {
    expect(faviconSvg(fictional)).toContain('fill="#0b6e4f"');
    expect(faviconSvg(fictional)).toMatch(/>Z<\/text>/);
    expect(faviconSvg({ ...groningen, municipality: "'s-Hertogenbosch" })).toMatch(/>H<\/text>/);
  });
});

describe('the logo', () => {
  it('is a file in the content folder, also when written as the editing screen writes it', () => {
    expect(settingsWith({ logo: '/images/logo.svg' }).data?.logo).toBe('images/logo.svg');
    for (const logo of ['../logo.svg', 'images/../../x.png', 'images/logo.gif', 'https://gemeente.nl/logo.svg']) {
      expect(settingsWith({ logo }).success, logo).toBe(false);
    }
  });

  it('is published under /identity/ from the content folder in use', () => {
    expect(logoHref(fictional)).toBe('/identity/logo.svg');
    const file = logoFile(fictional, 'settings/site.yaml', { SKC_CONTENT_DIR: FICTIONAL_CONTENT_DIR })!;
    expect(file).toMatchObject({ name: 'logo.svg', type: 'image/svg+xml' });
    expect(file.body.toString('utf8')).toMatch(/^<svg /);
    expect(logoHref({ ...fictional, logo: undefined })).toBeUndefined();
  });

  it('stops the build with a message naming site.yaml when the file is not there', () => {
    expect(() => logoFile({ ...fictional, logo: 'images/nergens.svg' }, 'tests/fixtures/content-fictional/settings/site.yaml', { SKC_CONTENT_DIR: FICTIONAL_CONTENT_DIR })).toThrow(
      /^tests\/fixtures\/content-fictional\/settings\/site\.yaml: field "logo": there is no file images\/nergens\.svg in the content folder/,
    );
  });
});

describe('sentences a municipality words itself', () => {
  it('has a standard text in both languages for each, which assumes no "het" or "de" before the agreement\'s name', () => {
    for (const key of WORDING_KEYS) {
      expect(DEFAULT_WORDING[key].nl.trim()).not.toBe('');
      expect(DEFAULT_WORDING[key].en.trim()).not.toBe('');
      expect(DEFAULT_WORDING[key].nl).not.toMatch(/\b(het|de) \{agreement\}/);
    }
  });

  it('uses the municipality\'s own words where site.yaml gives them, and the standard text elsewhere', () => {
    const params = { agreement: 'Onderwijspact', theme: 'Kosten', municipality: 'Zonnedal aan Zee' };
    expect(wordingFor(fictional.wording, 'principlesIntro', 'nl', params)).toBe(
      'Deze uitgangspunten staan in het Onderwijspact, bij het thema Kosten. Zo kan elk kind in Zonnedal aan Zee overal aan meedoen.',
    );
    expect(wordingFor(fictional.wording, 'schemesIntro', 'en', params)).toBe(DEFAULT_WORDING.schemesIntro.en);
    expect(wordingFor(undefined, 'footerAbout', 'nl', { ...params, date: '1 maart 2024' })).toBe('Deze site hoort bij de afspraak ‘Onderwijspact’ van 1 maart 2024, thema Kosten.');
  });

  it('refuses a placeholder the sentence does not fill in, naming the ones it does', () => {
    const parsed = WordingSchema.safeParse({ footerAbout: { nl: 'Bij het {akkoord}.', en: 'Of the {agreement}.' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({
      path: ['footerAbout', 'nl'],
      message: '{akkoord} is not filled in here; use {agreement}, {date}, {theme}, {municipality}, or no braces at all',
    });
  });

  it('refuses an unknown sentence name, so a typo does not silently keep the standard text', () => {
    expect(WordingSchema.safeParse({ footerAbuot: { nl: 'x', en: 'y' } }).success).toBe(false);
  });
});
