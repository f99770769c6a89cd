/**
 * The one translation system of the product: Swedish first, English alongside. Hosts pass
 * their locale (SharePoint's `currentUICultureName`, the browser's language in the workbench);
 * the components and the web part's property pane read their texts from the table chosen for
 * it. Texts with `{name}` placeholders are filled with `formatText`.
 *
 * The Swedish table is in the first chunk; the English one loads on demand (chunk `ik-en`),
 * so most users do not download a table they never see.
 */
import * as React from 'react';
import type { IUiStrings } from './IUiStrings';
import { SV_STRINGS } from './sv';

export * from './IUiStrings';
export { SV_STRINGS } from './sv';

/** Whether a locale such as "en-US" gets the English table; every other locale gets Swedish. */
export function isEnglishLocale(locale: string | undefined): boolean {
  return locale !== undefined && /^en\b/i.test(locale);
}

let english: IUiStrings | undefined;
let englishLoading: Promise<IUiStrings> | undefined;

/**
 * The table for a locale when it is at hand without waiting: Swedish always, English once
 * `loadStringsForLocale` has loaded it; otherwise undefined.
 */
export function loadedStringsForLocale(locale: string | undefined): IUiStrings | undefined {
  return isEnglishLocale(locale) ? english : SV_STRINGS;
}

/** The table for a locale, loading the English one on first use. A failed load may be retried. */
export function loadStringsForLocale(locale: string | undefined): Promise<IUiStrings> {
  if (!isEnglishLocale(locale)) {
    return Promise.resolve(SV_STRINGS);
  }
  if (english) {
    return Promise.resolve(english);
  }
  if (!englishLoading) {
    englishLoading = import(/* webpackChunkName: 'ik-en' */ './en').then(
      (module) => (english = module.EN_STRINGS),
      (error: unknown) => {
        englishLoading = undefined;
        throw error;
      }
    );
  }
  return englishLoading;
}

/**
 * The table for a locale in a component: at once when it is at hand, else undefined until the
 * English table has loaded. If that load fails (the chunk could not be fetched), Swedish.
 */
export function useStringsForLocale(locale: string | undefined): IUiStrings | undefined {
  const ready = loadedStringsForLocale(locale);
  const [failed, setFailed] = React.useState(false);
  const [, setLoaded] = React.useState(0);
  React.useEffect(() => {
    if (ready) {
      return undefined;
    }
    let live = true;
    loadStringsForLocale(locale).then(
      () => {
        if (live) {
          setLoaded((count) => count + 1);
        }
      },
      () => {
        if (live) {
          setFailed(true);
        }
      }
    );
    return () => {
      live = false;
    };
  }, [locale, ready]);
  return ready ?? (failed ? SV_STRINGS : undefined);
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
