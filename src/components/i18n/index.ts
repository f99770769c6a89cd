/**
 * The one translation system of the product: Swedish first, English alongside. Hosts pass
 * their locale (SharePoint's `currentUICultureName`, the browser's language in the workbench);
 * the components and the web part's property pane read their texts from the table chosen for
 * it. Texts with `{name}` placeholders are filled with `formatText`.
 */
import * as React from 'react';
import { EN_STRINGS } from './en';
import type { IUiStrings } from './IUiStrings';
import { SV_STRINGS } from './sv';

export * from './IUiStrings';
export { EN_STRINGS } from './en';
export { SV_STRINGS } from './sv';

/** The table for a locale such as "sv-SE" or "en-US"; Swedish unless the locale is English. */
export function stringsForLocale(locale: string | undefined): IUiStrings {
  return locale !== undefined && /^en\b/i.test(locale) ? EN_STRINGS : SV_STRINGS;
}

/** Fills `{name}` placeholders; unknown ones are left as written so a missing value shows. */
export function formatText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole: string, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole
  );
}

/** The strings of the nearest provider; Swedish when there is none. */
export const StringsContext: React.Context<IUiStrings> = React.createContext<IUiStrings>(SV_STRINGS);

/** The current string table. */
export function useStrings(): IUiStrings {
  return React.useContext(StringsContext);
}
