import { z } from 'zod';

/** The house colour the site had before `colour` in site.yaml existed; used when site.yaml names none. */
export const DEFAULT_HOUSE_COLOUR = '#00466e';

/** White: the page background and the text on the house colour (header, buttons). */
const WHITE = '#ffffff';

/**
 * WCAG 2.2 success criterion 1.4.3 (level AA): normal text needs a contrast ratio of at least 4.5:1.
 * The house colour is both the background of white text (header, buttons) and text on the white page
 * (secondary buttons), so it needs 4.5:1 against white.
 */
export const MIN_CONTRAST = 4.5;

const HEX = /^#[0-9a-f]{6}$/i;

const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);

/** Relative luminance as WCAG 2.2 defines it (sRGB, "relative luminance" in the glossary). */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const toHex = (values: readonly number[]) => `#${values.map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;

/**
 * The lightest darker shade of `hex` (mixed with black, so the hue stays) that reaches the minimum
 * contrast against white: a colour an editor can paste instead of one that fails.
 */
export function darkerShadeThatPasses(hex: string): string {
  const rgb = channels(hex);
  for (let keep = 1; keep > 0; keep -= 0.01) {
    const candidate = toHex(rgb.map((c) => c * keep));
    if (contrastRatio(candidate, WHITE) >= MIN_CONTRAST) return candidate;
  }
  return '#000000';
}

/** One decimal, rounded down, so "4.49" never shows as a passing "4.5". */
const ratioText = (ratio: number) => (Math.floor(ratio * 10) / 10).toFixed(1);

/**
 * The house colour in `site.yaml`: `#rrggbb`, dark enough for white text on it and for it as text on
 * the white page (WCAG AA, 4.5:1). A colour that fails is refused with its ratio and a darker shade
 * of the same colour that passes.
 */
export const HouseColourSchema = z
  // Unquoted, `colour: #00466e` is read by YAML as an empty value followed by a comment.
  .string({ error: 'write the colour in quotes, e.g. colour: "#00466e"; without them YAML reads # as the start of a comment' })
  .trim()
  .regex(HEX, 'write the colour as # and six hexadecimal digits, e.g. "#00466e"')
  .transform((hex) => hex.toLowerCase())
  .superRefine((hex, ctx) => {
    const ratio = contrastRatio(hex, WHITE);
    if (ratio >= MIN_CONTRAST) return;
    ctx.addIssue({
      code: 'custom',
      message:
        `${hex} is too light: white text on it, and the colour as text on the white page, reach a contrast of ` +
        `${ratioText(ratio)}:1 and need at least ${MIN_CONTRAST}:1 (WCAG AA). Use a darker colour, e.g. ${darkerShadeThatPasses(hex)}.`,
    });
  });
