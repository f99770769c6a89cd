/**
 * Colour arithmetic for risk level colours: WCAG 2.x relative luminance and contrast ratio, so a
 * level's text colour can be checked (and chosen) against its background.
 */

/** The WCAG AA minimum contrast ratio for normal-size text. */
export const WCAG_AA_NORMAL_TEXT = 4.5;

/** An sRGB colour with channels 0–255. */
export interface Rgb {
  /** Red, 0–255. */
  r: number;
  /** Green, 0–255. */
  g: number;
  /** Blue, 0–255. */
  b: number;
}

const HEX_COLOUR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** True when the text is a hex colour "#rgb" or "#rrggbb". */
export function isHexColour(text: string): boolean {
  return HEX_COLOUR.test(text);
}

/** Parses "#rgb" or "#rrggbb"; undefined when the text is not such a colour. */
export function parseHexColour(text: string): Rgb | undefined {
  const match = HEX_COLOUR.exec(text);
  if (!match) {
    return undefined;
  }
  let hex = match[1];
  if (hex.length === 3) {
    hex = hex[0] + hex[0] + hex[1] + hex[1] + hex[2] + hex[2];
  }
  return {
    r: parseInt(hex.slice(0, 2), 16),
    g: parseInt(hex.slice(2, 4), 16),
    b: parseInt(hex.slice(4, 6), 16)
  };
}

/** Linearises one sRGB channel (0–255) as WCAG defines it. */
function linearChannel(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

/** WCAG relative luminance of a colour, 0 (black) to 1 (white). */
export function relativeLuminance(colour: Rgb): number {
  return 0.2126 * linearChannel(colour.r) + 0.7152 * linearChannel(colour.g) + 0.0722 * linearChannel(colour.b);
}

/**
 * WCAG contrast ratio between two hex colours, from 1 to 21; undefined when either is not a
 * hex colour.
 */
export function contrastRatio(foreground: string, background: string): number | undefined {
  const fg = parseHexColour(foreground);
  const bg = parseHexColour(background);
  if (!fg || !bg) {
    return undefined;
  }
  const l1 = relativeLuminance(fg);
  const l2 = relativeLuminance(bg);
  const lighter = Math.max(l1, l2);
  const darker = Math.min(l1, l2);
  return (lighter + 0.05) / (darker + 0.05);
}

/** True when the text colour meets WCAG AA (4.5:1) against the background. */
export function meetsWcagAa(foreground: string, background: string): boolean {
  const ratio = contrastRatio(foreground, background);
  return ratio !== undefined && ratio >= WCAG_AA_NORMAL_TEXT;
}

/**
 * Black or white, whichever contrasts more with the background. Used to suggest a text colour
 * when an organisation configures a new level colour.
 */
export function readableTextColour(background: string): '#000000' | '#FFFFFF' {
  const onBlack = contrastRatio('#000000', background) ?? 0;
  const onWhite = contrastRatio('#FFFFFF', background) ?? 0;
  return onBlack >= onWhite ? '#000000' : '#FFFFFF';
}
