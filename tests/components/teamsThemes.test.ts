/**
 * Teams' themes as Fluent themes: each text pair the views use meets WCAG 2.1 AA (4.5:1 for
 * text, 3:1 for input borders, success criteria 1.4.3 and 1.4.11). The contrast ratio is
 * computed here from WCAG's definition of relative luminance, not by the code under test.
 */
import { TEAMS_THEME_COLOURS, teamsFluentTheme, type TeamsTheme } from '../../src/components/common/teamsThemes';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('Teams themes', () => {
  it('computes contrast as WCAG does (hand-checked pairs)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(['default', 'dark', 'contrast'] as TeamsTheme[])('%s: every text pair meets AA', (name) => {
    const theme = teamsFluentTheme(name);
    const s = theme.semanticColors;
    const text: [string, string, string][] = [
      ['bodyText on bodyBackground', s.bodyText, s.bodyBackground],
      ['bodyText on card', s.bodyText, s.bodyStandoutBackground],
      ['bodySubtext on card', s.bodySubtext, s.bodyStandoutBackground],
      ['bodySubtext on bodyBackground', s.bodySubtext, s.bodyBackground],
      ['link on card', s.link, s.bodyStandoutBackground],
      ['primary button', s.primaryButtonText, s.primaryButtonBackground],
      ['input text', s.inputText, s.inputBackground],
      ['error text on card', s.errorText, s.bodyStandoutBackground]
    ];
    for (const [pair, foreground, background] of text) {
      expect([pair, contrast(foreground, background) >= 4.5]).toEqual([pair, true]);
    }
    expect(contrast(s.inputBorder, s.inputBackground)).toBeGreaterThanOrEqual(3);
  });

  it('dark and high contrast are inverted themes; the colours are Teams\' own', () => {
    expect(teamsFluentTheme('default').isInverted).toBe(false);
    expect(teamsFluentTheme('dark').isInverted).toBe(true);
    expect(teamsFluentTheme('contrast').isInverted).toBe(true);
    expect(TEAMS_THEME_COLOURS.default.accent).toBe('#5b5fc7');
    expect(teamsFluentTheme('contrast').semanticColors.link).toBe('#ffff01');
  });
});
