/** The translation catalogue: both tables complete and consistent. */
import { EN_STRINGS, formatText, stringsForLocale, SV_STRINGS } from '../../src/components/i18n';

describe('strings', () => {
  it('chooses English only for English locales and Swedish otherwise', () => {
    expect(stringsForLocale('en-US')).toBe(EN_STRINGS);
    expect(stringsForLocale('EN-gb')).toBe(EN_STRINGS);
    expect(stringsForLocale('sv-SE')).toBe(SV_STRINGS);
    expect(stringsForLocale('fi-FI')).toBe(SV_STRINGS);
    expect(stringsForLocale(undefined)).toBe(SV_STRINGS);
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
