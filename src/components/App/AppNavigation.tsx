import * as React from 'react';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { css } from '@fluentui/react/lib/Utilities';

import { useStrings } from '../i18n';
import { COLOURS } from '../common/styles';

/** The App's main sections. */
export type AppSection = 'planer' | 'att-rapportera' | 'installningar';

/** Props of the main navigation. */
export interface IAppNavigationProps {
  /** The section shown. */
  current: AppSection;
  /** Shows another section. */
  onChange: (section: AppSection) => void;
  /** Whether the user may open the organisation's settings (samordnare and site owners). */
  showSettings: boolean;
}

const classes = mergeStyleSets({
  nav: { borderBottom: `1px solid ${COLOURS.border}`, marginBottom: 20 },
  list: { display: 'flex', flexWrap: 'wrap', gap: 4, listStyle: 'none', margin: 0, padding: 0 },
  button: {
    fontFamily: 'inherit',
    fontSize: 15,
    padding: '10px 14px',
    background: 'transparent',
    border: 'none',
    borderBottom: '3px solid transparent',
    color: COLOURS.text,
    cursor: 'pointer',
    selectors: {
      ':hover': { background: '#f3f2f1' },
      ':focus-visible': { outline: `2px solid ${COLOURS.text}`, outlineOffset: -2 },
      '&[aria-current="page"]': { borderBottomColor: COLOURS.accent, fontWeight: 600, color: COLOURS.accent }
    }
  }
});

/**
 * The buttons' colours on a dark or high-contrast theme (the Teams host's ThemeProvider): the
 * theme's own text and accent, so the current section keeps its contrast there.
 */
function invertedClasses(theme: ITheme): { button: string } {
  const text = theme.semanticColors.bodyText;
  const accent = theme.palette.themePrimary;
  return mergeStyleSets({
    button: {
      color: text,
      selectors: {
        ':hover': { background: 'rgba(255, 255, 255, 0.12)' },
        ':focus-visible': { outline: `2px solid ${text}`, outlineOffset: -2 },
        '&[aria-current="page"]': { borderBottomColor: accent, color: accent }
      }
    }
  });
}

/** Planer, Att rapportera and (for samordnare and site owners) Inställningar: a navigation landmark with the current section marked. */
export function AppNavigation(props: IAppNavigationProps): React.ReactElement {
  const strings = useStrings();
  const theme = useTheme();
  const buttonClass = theme.isInverted ? css(classes.button, invertedClasses(theme).button) : classes.button;
  const sections: Array<[AppSection, string]> = [
    ['planer', strings.navPlans],
    ['att-rapportera', strings.navDuties],
    ...(props.showSettings ? [['installningar', strings.navSettings] as [AppSection, string]] : [])
  ];
  return (
    <nav className={classes.nav} aria-label={strings.navLabel}>
      <ul className={classes.list}>
        {sections.map(([section, label]) => (
          <li key={section}>
            <button
              type="button"
              className={buttonClass}
              aria-current={props.current === section ? 'page' : undefined}
              onClick={() => props.onChange(section)}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
