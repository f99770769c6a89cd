import {
  buildStandardPeriods,
  isMonthDay,
  monthDayInYear,
  periodsForYear,
  presetTemplates,
  templatesFromPeriods,
  validateOrganisationSettings,
  validatePeriodTemplates
} from '../../src/model';

describe('default period templates', () => {
  it('gives a plan year the usual tertial, delår and helår periods', () => {
    expect(periodsForYear(presetTemplates('tertial-delar-helar'), 2025)).toEqual(buildStandardPeriods(2025));
    expect(periodsForYear(presetTemplates('kvartal'), 2024)[1]).toEqual({ key: 'K2', label: 'Kvartal 2', start: '2024-04-01', end: '2024-06-30', kind: 'kvartal' });
  });

  it('moves 29 February to the 28th outside leap years', () => {
    expect(monthDayInYear('02-29', 2024)).toBe('2024-02-29');
    expect(monthDayInYear('02-29', 2025)).toBe('2025-02-28');
    expect(isMonthDay('02-29')).toBe(true);
    expect(isMonthDay('02-30')).toBe(false);
    expect(isMonthDay('13-01')).toBe(false);
    expect(isMonthDay('1-01')).toBe(false);
  });

  it('drops the year from a plan’s periods', () => {
    expect(templatesFromPeriods(buildStandardPeriods(2022))).toEqual(presetTemplates('tertial-delar-helar'));
  });

  it('reports bad templates at their fields, in Swedish', () => {
    const issues = validatePeriodTemplates([
      { key: 'T1', label: 'Tertial 1', start: '01-01', end: '04-31', kind: 'tertial' },
      { key: 'T1', label: '', start: '05-01', end: '04-30', kind: 'tertial' }
    ]);
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['installningar.defaultPeriods[0].end', 'invalid-date'],
      ['installningar.defaultPeriods[1].key', 'duplicate-period'],
      ['installningar.defaultPeriods[1].label', 'required'],
      ['installningar.defaultPeriods[1].end', 'date-order']
    ]);
    expect(issues[0].message).toBe('Sista dag (04-31) är inte en giltig dag (MM-DD) för perioden ”Tertial 1”.');
    expect(issues[3].message).toBe('Sista dag (04-30) får inte vara före första dag (05-01) för perioden ”2”.');
  });
});

describe('organisation settings', () => {
  const pattern = '^AMN-\\d{4}-\\d{5}$';

  it('accepts a pattern with a matching example', () => {
    expect(validateOrganisationSettings({ diarienummerPattern: pattern, diarienummerExample: 'AMN-2024-00318' })).toEqual([]);
    expect(validateOrganisationSettings({})).toEqual([]);
  });

  it('refuses an example that does not match, naming both', () => {
    const issues = validateOrganisationSettings({ diarienummerPattern: pattern, diarienummerExample: 'AMN-24-318' });
    expect(issues).toEqual([
      {
        field: 'installningar.diarienummerExample',
        fieldLabel: 'Exempel på diarienummer',
        code: 'diarienummer-pattern',
        message: 'Exemplet (AMN-24-318) följer inte mönstret för diarienummer (^AMN-\\d{4}-\\d{5}$).',
        messageEn: 'The example (AMN-24-318) does not match the case number pattern (^AMN-\\d{4}-\\d{5}$).'
      }
    ]);
  });

  it('refuses a pattern that is not a regular expression, and a pattern without example', () => {
    expect(validateOrganisationSettings({ diarienummerPattern: '^AMN-(\\d{4}', diarienummerExample: 'AMN-2024' })).toEqual([
      expect.objectContaining({
        field: 'installningar.diarienummerPattern',
        code: 'invalid-pattern',
        message: 'Mönstret för diarienummer (^AMN-(\\d{4}) är inte ett giltigt reguljärt uttryck.'
      })
    ]);
    expect(validateOrganisationSettings({ diarienummerPattern: pattern }).map((i) => [i.field, i.code])).toEqual([
      ['installningar.diarienummerExample', 'pattern-example-required']
    ]);
  });

  it('checks the default matrix and periods with the same rules', () => {
    const matrix = presetTemplates('tertial');
    const issues = validateOrganisationSettings({
      defaultPeriods: [{ ...matrix[0], start: '00-10' }],
      defaultRiskMatrix: { ...require('../../src/model').createDefaultMatrix4x4(), sannolikhet: [{ label: 'Låg' }, { label: ' ' }, { label: 'Hög' }, { label: 'Mycket hög' }] }
    });
    expect(issues.map((i) => i.field)).toEqual(['installningar.defaultRiskMatrix.sannolikhet[1].label', 'installningar.defaultPeriods[0].start']);
    expect(issues[0].message).toBe('Benämning saknas för steg 2 i sannolikhetsskalan.');
  });
});
