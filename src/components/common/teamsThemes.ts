/**
 * Teams' three themes as Fluent UI themes, so the web part in a Teams tab or the personal app
 * looks like Teams around it: default (light), dark and high contrast. Colours are Teams' own
 * (Fluent 2 tokens for Teams: neutral backgrounds, the brand purple, high contrast's black with
 * yellow links and cyan selection), chosen so every text pair meets WCAG 2.1 AA (4.5:1).
 */
import { createTheme, type ITheme } from '@fluentui/react/lib/Styling';

/** Teams' theme names as `app.getContext()` gives them (see src/teams/teamsContext.ts). */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** The colours a theme is made of: what the views draw text and controls with. */
export interface TeamsThemeColours {
  /** Page background. */
  background: string;
  /** Cards and panels. */
  surface: string;
  /** Body text. */
  text: string;
  /** Secondary text (labels, hints). */
  subtleText: string;
  /** Links and the primary button's background. */
  accent: string;
  /** Text on the primary button. */
  onAccent: string;
  /** Borders of inputs and cards. */
  border: string;
  /** Error messages. */
  error: string;
}

/** The colours of each theme. */
export const TEAMS_THEME_COLOURS: Record<TeamsTheme, TeamsThemeColours> = {
  default: { background: '#f5f5f5', surface: '#ffffff', text: '#242424', subtleText: '#616161', accent: '#5b5fc7', onAccent: '#ffffff', border: '#8a8886', error: '#c4314b' },
  dark: { background: '#1f1f1f', surface: '#292929', text: '#ffffff', subtleText: '#d6d6d6', accent: '#7f85f5', onAccent: '#000000', border: '#8a8886', error: '#ff7a8a' },
  contrast: { background: '#000000', surface: '#000000', text: '#ffffff', subtleText: '#ffffff', accent: '#ffff01', onAccent: '#000000', border: '#ffffff', error: '#ffff01' }
};

/** The Fluent UI theme for a Teams theme. */
export function teamsFluentTheme(theme: TeamsTheme): ITheme {
  const c = TEAMS_THEME_COLOURS[theme];
  return createTheme({
    isInverted: theme !== 'default',
    palette: {
      themePrimary: c.accent,
      themeDarkAlt: c.accent,
      themeDark: c.accent,
      themeDarker: c.accent,
      neutralPrimary: c.text,
      neutralDark: c.text,
      neutralSecondary: c.subtleText,
      neutralTertiary: c.border,
      white: c.surface,
      black: c.text
    },
    semanticColors: {
      bodyBackground: c.background,
      bodyStandoutBackground: c.surface,
      bodyText: c.text,
      bodySubtext: c.subtleText,
      link: c.accent,
      linkHovered: c.accent,
      primaryButtonBackground: c.accent,
      primaryButtonBackgroundHovered: c.accent,
      primaryButtonText: c.onAccent,
      primaryButtonTextHovered: c.onAccent,
      inputBackground: c.surface,
      inputBorder: c.border,
      inputText: c.text,
      errorText: c.error,
      cardStandoutBackground: c.surface
    }
  });
}
