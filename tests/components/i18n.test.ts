/** The translation catalogue: both tables complete and consistent. */
import { formatText, isEnglishLocale, loadedStringsForLocale, loadStringsForLocale, SV_STRINGS } from '../../src/components/i18n';
import { EN_STRINGS } from '../../src/components/i18n/en';

describe('strings', () => {
  it('chooses English only for English locales and Swedish otherwise', async () => {
    expect(['en-US', 'EN-gb', 'en', 'sv-SE', 'fi-FI', 'eng', undefined].map(isEnglishLocale)).toEqual([true, true, true, false, false, false, false]);
    // Swedish is at hand at once; English only after its table has loaded.
    expect(loadedStringsForLocale('sv-SE')).toBe(SV_STRINGS);
    expect(loadedStringsForLocale(undefined)).toBe(SV_STRINGS);
    expect(loadedStringsForLocale('en-US')).toBeUndefined();
    await expect(loadStringsForLocale('sv-SE')).resolves.toBe(SV_STRINGS);
    await expect(loadStringsForLocale('en-US')).resolves.toBe(EN_STRINGS);
    expect(loadedStringsForLocale('EN-gb')).toBe(EN_STRINGS);
    expect(loadedStringsForLocale('fi-FI')).toBe(SV_STRINGS);
  });

  it('has every Swedish text in English too, with the same placeholders', () => {
    expect(Object.keys(EN_STRINGS).sort()).toEqual(Object.keys(SV_STRINGS).sort());
    const placeholders = (text: string): string[] => (text.match(/\{[a-zA-Z]+\}/g) || []).sort();
    for (const key of Object.keys(SV_STRINGS) as Array<keyof typeof SV_STRINGS>) {
      expect(typeof EN_STRINGS[key]).toBe('string');
      expect(placeholders(EN_STRINGS[key])).toEqual(placeholders(SV_STRINGS[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatText('{a} av {b} {c}', { a: 2, b: 'tre' })).toBe('2 av tre {c}');
  });
});
