import {
  createDefaultMatrix5x5,
  FIELD_LIMITS,
  issuesAt,
  OrganisationSettings,
  PlanData,
  validateDiarienummer,
  validatePlanData,
  validateRiskMatrix,
  ValidationCode,
  ValidationIssue
} from '../../src/model';
import { samplePlanData } from './samplePlan';

const uppsala: OrganisationSettings = { diarienummerPattern: '^AMN-\\d{4}-\\d{5}$', diarienummerExample: 'AMN-2024-00318' };

/** Validates a changed copy of the sample plan. */
function issuesAfter(change: (data: PlanData) => void, settings: OrganisationSettings = uppsala): ValidationIssue[] {
  const data = samplePlanData();
  change(data);
  return validatePlanData(data, settings);
}

/** The single issue with the code at the field; fails the test when there is not exactly one. */
function only(issues: ValidationIssue[], code: ValidationCode, field: string): ValidationIssue {
  const found = issues.filter((issue) => issue.code === code && issue.field === field);
  expect(found.map((issue) => `${issue.code} ${issue.field}`)).toEqual([`${code} ${field}`]);
  return found[0];
}

/** Casts malformed data (as read from a broken list item) past the types. */
function loose<T>(value: unknown): T {
  return value as T;
}

describe('validatePlanData', () => {
  it('finds no issues in a valid plan', () => {
    expect(validatePlanData(samplePlanData(), uppsala)).toEqual([]);
  });

  it('never throws, also for missing or malformed data', () => {
    expect(validatePlanData(undefined)[0].code).toBe('required');
    const broken = loose<PlanData>({ plan: { riskMatrix: 5, perioder: 'x' }, risker: [undefined, { nr: 'a' }], uppfoljningar: 7 });
    expect(() => validatePlanData(broken)).not.toThrow();
    expect(validatePlanData(broken).length).toBeGreaterThan(3);
  });

  describe('required fields', () => {
    it('requires the nämnd, naming the field in Swedish', () => {
      const issue = only(issuesAfter((d) => (d.plan.namnd = '  ')), 'required', 'plan.namnd');
      expect(issue.fieldLabel).toBe('Nämnd');
      expect(issue.message).toBe('Nämnd måste fyllas i för planen.');
      expect(issue.messageEn).toBe('Committee is required for the plan.');
    });

    it('requires the year and the status of the plan', () => {
      only(issuesAfter((d) => (d.plan.ar = loose<number>(undefined))), 'required', 'plan.ar');
      only(issuesAfter((d) => (d.plan.status = loose<'Utkast'>(undefined))), 'required', 'plan.status');
    });

    it('requires a risk title', () => {
      const issue = only(issuesAfter((d) => (d.risker[1].titel = '')), 'required', 'risker[1].titel');
      expect(issue.message).toBe('Titel måste fyllas i för risk nr 2.');
    });

    it('requires the kontrollmoment description and the åtgärd description and status', () => {
      only(issuesAfter((d) => (d.kontrollmoment[0].beskrivning = '')), 'required', 'kontrollmoment[0].beskrivning');
      only(issuesAfter((d) => (d.atgarder[0].beskrivning = '')), 'required', 'atgarder[0].beskrivning');
      only(issuesAfter((d) => (d.atgarder[0].status = loose<'Pågående'>(undefined))), 'required', 'atgarder[0].status');
    });

    it('requires keys and the number of a risk', () => {
      only(issuesAfter((d) => (d.risker[0].key = '')), 'required', 'risker[0].key');
      only(issuesAfter((d) => (d.risker[0].nr = loose<number>(undefined))), 'required', 'risker[0].nr');
    });

    it('requires an område name', () => {
      only(issuesAfter((d) => (d.plan.omraden[0].namn = '')), 'required', 'plan.omraden[0].namn');
    });
  });

  describe('dates', () => {
    it('rejects a slutdatum before the startdatum of an åtgärd, with the example message', () => {
      const issue = only(
        issuesAfter((d) => {
          d.atgarder[0].startdatum = '2024-03-01';
          d.atgarder[0].slutdatum = '2024-01-01';
          d.atgarder[0].avstamningsdatum = [];
        }),
        'date-order',
        'atgarder[0].slutdatum'
      );
      expect(issue.message).toBe('Slutdatum (2024-01-01) får inte vara före startdatum (2024-03-01) för åtgärden ”Processkartläggning”.');
      expect(issue.fieldLabel).toBe('Slutdatum');
    });

    it('rejects a slutdatum before the startdatum of a kontrollmoment', () => {
      only(
        issuesAfter((d) => {
          d.kontrollmoment[0].slutdatum = '2023-12-31';
          d.kontrollmoment[0].avstamningsdatum = undefined;
        }),
        'date-order',
        'kontrollmoment[0].slutdatum'
      );
    });

    it('rejects an avstämningsdatum before start or after slut', () => {
      const before = only(issuesAfter((d) => (d.atgarder[0].avstamningsdatum = ['2024-02-01', '2024-09-01'])), 'avstamning-outside', 'atgarder[0].avstamningsdatum[0]');
      expect(before.message).toBe('Avstämningsdatum (2024-02-01) får inte vara före startdatum (2024-03-01) för åtgärden ”Processkartläggning”.');
      const after = only(issuesAfter((d) => (d.kontrollmoment[0].avstamningsdatum = ['2025-01-15'])), 'avstamning-outside', 'kontrollmoment[0].avstamningsdatum[0]');
      expect(after.message).toBe('Avstämningsdatum (2025-01-15) får inte vara efter slutdatum (2024-12-31) för kontrollmoment 1.');
    });

    it('rejects dates that are not real YYYY-MM-DD dates', () => {
      only(issuesAfter((d) => (d.plan.beslutsdatum = '2023-02-30')), 'invalid-date', 'plan.beslutsdatum');
      only(issuesAfter((d) => (d.atgarder[0].startdatum = '1/3/2024')), 'invalid-date', 'atgarder[0].startdatum');
    });

    it('rejects a period that ends before it starts, and duplicate period keys', () => {
      only(issuesAfter((d) => (d.plan.perioder[0].end = '2023-12-31')), 'date-order', 'plan.perioder[0].end');
      only(issuesAfter((d) => (d.plan.perioder[1].key = 'T1')), 'duplicate-period', 'plan.perioder[1].key');
    });
  });

  describe('ratings', () => {
    it('rejects a sannolikhet outside the plan matrix', () => {
      const issue = only(issuesAfter((d) => (d.risker[0].sannolikhet = 5)), 'rating-outside-matrix', 'risker[0].sannolikhet');
      expect(issue.message).toBe('Sannolikhet (5) ligger utanför riskmatrisen (1–4) för risken ”Felaktiga utbetalningar”.');
    });

    it('accepts the same rating in a 5 × 5 matrix', () => {
      expect(
        issuesAfter((d) => {
          d.plan.riskMatrix = createDefaultMatrix5x5();
          d.risker[0].sannolikhet = 5;
        })
      ).toEqual([]);
    });

    it('rejects a konsekvens of 0 or a fraction, and a period rating outside the matrix', () => {
      only(issuesAfter((d) => (d.risker[0].konsekvens = 0)), 'rating-outside-matrix', 'risker[0].konsekvens');
      only(issuesAfter((d) => (d.risker[0].konsekvens = 2.5)), 'rating-outside-matrix', 'risker[0].konsekvens');
      only(issuesAfter((d) => (d.uppfoljningar[1].riskvardering = { sannolikhet: 1, konsekvens: 7 })), 'rating-outside-matrix', 'uppfoljningar[1].riskvardering.konsekvens');
    });

    it('requires both steps when one is given', () => {
      const issue = only(issuesAfter((d) => (d.risker[0].konsekvens = undefined)), 'rating-incomplete', 'risker[0].konsekvens');
      expect(issue.message).toBe('Konsekvens måste anges när sannolikhet är angiven för risken ”Felaktiga utbetalningar”.');
    });
  });

  describe('lengths', () => {
    it('rejects a Text field over 255 characters', () => {
      expect(FIELD_LIMITS.risk.titel.maxLength).toBe(255);
      const issue = only(issuesAfter((d) => (d.risker[1].titel = 'x'.repeat(256))), 'too-long', 'risker[1].titel');
      expect(issue.message).toContain('Titel får vara högst 255 tecken (nu 256)');
      expect(issuesAfter((d) => (d.risker[1].titel = 'x'.repeat(255)))).toEqual([]);
    });

    it('rejects a too long ansvarig, nämnd and åtgärd description', () => {
      only(issuesAfter((d) => (d.kontrollmoment[0].ansvarig = 'a'.repeat(300))), 'too-long', 'kontrollmoment[0].ansvarig');
      only(issuesAfter((d) => (d.plan.namnd = 'n'.repeat(256))), 'too-long', 'plan.namnd');
      only(issuesAfter((d) => (d.atgarder[0].beskrivning = 'b'.repeat(256))), 'too-long', 'atgarder[0].beskrivning');
    });

    it('rejects a comment over the Note limit', () => {
      only(issuesAfter((d) => (d.uppfoljningar[0].kommentar = 'k'.repeat(FIELD_LIMITS.followUp.kommentar.maxLength + 1))), 'too-long', 'uppfoljningar[0].kommentar');
    });
  });

  describe('one follow-up per target and period', () => {
    it('reports a second follow-up of the same kontrollmoment and period, naming both', () => {
      const issues = issuesAfter((d) => {
        d.kontrollmoment[0].nr = 7;
        d.uppfoljningar.push({ key: 'f4', targetType: 'kontrollmoment', targetKey: 'k1', periodKey: 'T1', status: 'Pågående' });
      });
      const issue = only(issues, 'duplicate-follow-up', 'uppfoljningar[3].periodKey');
      expect(issue.message).toBe(
        'Uppföljning 1 och 4 i listan gäller båda kontrollmoment 7 för Tertial 1. Det får bara finnas en uppföljning per period; ta bort den ena.'
      );
      expect(issue.messageEn).toBe(
        'Follow-ups 1 and 4 in the list are both for control 7 for Tertial 1. There may be only one follow-up per period; remove one of them.'
      );
      expect(issues.filter((i) => i.code === 'duplicate-follow-up')).toHaveLength(1);
    });

    it('names an åtgärd and a risk by their titles', () => {
      const atgard = only(
        issuesAfter((d) => d.uppfoljningar.push({ key: 'f4', targetType: 'atgard', targetKey: 'a1', periodKey: 'DELAR' })),
        'duplicate-follow-up',
        'uppfoljningar[3].periodKey'
      );
      expect(atgard.message).toMatch(/^Uppföljning 3 och 4 i listan gäller båda åtgärden ”.+” för Delår/);
      const risk = only(
        issuesAfter((d) => d.uppfoljningar.unshift({ key: 'f0', targetType: 'risk', targetKey: 'r1', periodKey: 'T1' })),
        'duplicate-follow-up',
        'uppfoljningar[2].periodKey'
      );
      expect(risk.message).toMatch(/^Uppföljning 1 och 3 i listan gäller båda risken ”Felaktiga utbetalningar” för Tertial 1\./);
    });

    it('accepts the same target in other periods and other targets in the same period', () => {
      const issues = issuesAfter((d) => {
        d.uppfoljningar.push({ key: 'f4', targetType: 'kontrollmoment', targetKey: 'k1', periodKey: 'T2' });
        d.uppfoljningar.push({ key: 'f5', targetType: 'risk', targetKey: 'r1', periodKey: 'T2' });
      });
      expect(issues).toEqual([]);
    });
  });

  describe('references', () => {
    it('rejects an unknown period key', () => {
      const issue = only(issuesAfter((d) => (d.uppfoljningar[2].periodKey = 'T4')), 'unknown-period', 'uppfoljningar[2].periodKey');
      expect(issue.message).toBe('Perioden ”T4” finns inte i planen för uppföljningen i period T4.');
    });

    it('rejects an unknown område', () => {
      const issue = only(issuesAfter((d) => (d.risker[0].omradeKey = 'o9')), 'unknown-omrade', 'risker[0].omradeKey');
      expect(issue.message).toBe('Området ”o9” finns inte i planen för risken ”Felaktiga utbetalningar”.');
    });

    it('rejects a kontrollmoment, åtgärd, follow-up or avvikelse pointing at nothing', () => {
      only(issuesAfter((d) => (d.kontrollmoment[0].riskKey = 'r9')), 'unknown-reference', 'kontrollmoment[0].riskKey');
      only(issuesAfter((d) => (d.atgarder[0].riskKey = 'r9')), 'unknown-reference', 'atgarder[0].riskKey');
      only(issuesAfter((d) => (d.uppfoljningar[2].targetKey = 'k1')), 'unknown-reference', 'uppfoljningar[2].targetKey');
      only(issuesAfter((d) => (d.avvikelser[0].followUpKey = 'f9')), 'unknown-reference', 'avvikelser[0].followUpKey');
    });

    it('rejects duplicate risk and kontrollmoment numbers, and duplicate keys', () => {
      const issue = only(issuesAfter((d) => (d.risker[1].nr = 1)), 'duplicate-nr', 'risker[1].nr');
      expect(issue.message).toBe('Nr 1 används av flera risker; ändra nr för risken ”Bristande administrativt stöd”.');
      only(
        issuesAfter((d) => d.kontrollmoment.push({ ...d.kontrollmoment[0], key: 'k2' })),
        'duplicate-nr',
        'kontrollmoment[1].nr'
      );
      only(issuesAfter((d) => (d.risker[1].key = 'r1')), 'duplicate-key', 'risker[1].key');
    });

    it('rejects a number that is not a positive whole number', () => {
      only(issuesAfter((d) => (d.risker[0].nr = 0)), 'invalid-value', 'risker[0].nr');
    });
  });

  describe('choice values', () => {
    it('rejects unknown statuses and results', () => {
      only(issuesAfter((d) => (d.plan.status = loose<'Utkast'>('Klar'))), 'invalid-value', 'plan.status');
      only(issuesAfter((d) => (d.uppfoljningar[2].status = loose<'Pågående'>('Påbörjad'))), 'invalid-value', 'uppfoljningar[2].status');
      only(issuesAfter((d) => (d.uppfoljningar[0].resultat = loose<'Med anmärkning'>('Bra'))), 'invalid-value', 'uppfoljningar[0].resultat');
    });
  });

  describe('diarienummer', () => {
    it('rejects a diarienummer not matching the organisation pattern, naming the field', () => {
      const issue = only(issuesAfter((d) => (d.plan.diarienummer = 'AMN 2024/318')), 'diarienummer-pattern', 'plan.diarienummer');
      expect(issue.fieldLabel).toBe('Diarienummer');
      expect(issue.message).toBe('Diarienummer (AMN 2024/318) följer inte organisationens format (till exempel AMN-2024-00318).');
    });

    it('accepts any diarienummer when the organisation has no pattern', () => {
      expect(issuesAfter((d) => (d.plan.diarienummer = 'AFN 2021/232'), {})).toEqual([]);
    });

    it('reports an invalid pattern against the settings', () => {
      const issues = validateDiarienummer('AMN-2024-00318', { diarienummerPattern: '^AMN-(\\d{4}$' });
      only(issues, 'invalid-pattern', 'installningar.diarienummerPattern');
    });
  });

  describe('year', () => {
    it('rejects a year outside 2000–2100 or not whole', () => {
      const issue = only(issuesAfter((d) => (d.plan.ar = 1024)), 'year-out-of-range', 'plan.ar');
      expect(issue.message).toBe('År (1024) måste vara ett helt år mellan 2000 och 2100 för planen.');
      only(issuesAfter((d) => (d.plan.ar = 2024.5)), 'year-out-of-range', 'plan.ar');
      only(issuesAfter((d) => (d.plan.ar = 2101)), 'year-out-of-range', 'plan.ar');
    });
  });

  describe('avvikelser', () => {
    it('requires an avvikelse when the result is not utan anmärkning', () => {
      const issue = only(issuesAfter((d) => (d.avvikelser = [])), 'avvikelse-required', 'uppfoljningar[0].resultat');
      expect(issue.message).toBe('Resultatet ”Med mindre anmärkning” kräver minst en avvikelse med åtgärd och slutdatum för uppföljningen i period T1.');
    });

    it('requires no avvikelse for utan anmärkning', () => {
      expect(
        issuesAfter((d) => {
          d.uppfoljningar[0].resultat = 'Utan anmärkning';
          d.avvikelser = [];
        })
      ).toEqual([]);
    });

    it('requires the åtgärd and slutdatum of every avvikelse', () => {
      const noAtgard = issuesAfter((d) => (d.avvikelser[0].atgard = ''));
      const atgardIssue = only(noAtgard, 'required', 'avvikelser[0].atgard');
      expect(atgardIssue.message).toBe('Åtgärd måste fyllas i för avvikelsen ”Två felaktiga utbetalningar”.');
      // An avvikelse without an åtgärd does not satisfy the result's requirement either.
      only(noAtgard, 'avvikelse-required', 'uppfoljningar[0].resultat');
      only(issuesAfter((d) => (d.avvikelser[0].slutdatum = '')), 'required', 'avvikelser[0].slutdatum');
      only(issuesAfter((d) => (d.avvikelser[0].slutdatum = '2024-13-01')), 'invalid-date', 'avvikelser[0].slutdatum');
    });
  });

  describe('risk matrix configuration', () => {
    it('finds no issues in the default matrices', () => {
      expect(validateRiskMatrix(createDefaultMatrix5x5())).toEqual([]);
    });

    it('reports a grid whose size does not match the scales', () => {
      only(issuesAfter((d) => d.plan.riskMatrix.grid.pop()), 'matrix-grid-size', 'plan.riskMatrix.grid');
      only(issuesAfter((d) => d.plan.riskMatrix.grid[2].pop()), 'matrix-grid-size', 'plan.riskMatrix.grid[2]');
    });

    it('reports a scale with fewer than 2 or more than 10 steps', () => {
      const matrix = createDefaultMatrix5x5();
      matrix.sannolikhet = [{ label: 'Möjlig' }];
      only(validateRiskMatrix(matrix), 'matrix-size', 'riskMatrix.sannolikhet');
      const big = createDefaultMatrix5x5();
      for (let i = 0; i < 6; i++) {
        big.konsekvens.push({ label: 'Steg ' + (i + 6) });
      }
      only(validateRiskMatrix(big), 'matrix-size', 'riskMatrix.konsekvens');
    });

    it('reports a cell naming an unknown level', () => {
      const issue = only(issuesAfter((d) => (d.plan.riskMatrix.grid[1][3] = 'extrem')), 'matrix-unknown-level', 'plan.riskMatrix.grid[1][3]');
      expect(issue.message).toBe('Rutan (sannolikhet 2, konsekvens 4) hänvisar till nivån ”extrem” som inte finns i riskmatrisen.');
    });

    it('reports missing step and level labels', () => {
      const issue = only(issuesAfter((d) => (d.plan.riskMatrix.konsekvens[2].label = '')), 'matrix-missing-label', 'plan.riskMatrix.konsekvens[2].label');
      expect(issue.message).toBe('Benämning saknas för steg 3 i konsekvensskalan.');
      only(issuesAfter((d) => (d.plan.riskMatrix.levels[1].label = '')), 'matrix-missing-label', 'plan.riskMatrix.levels[1].label');
    });

    it('reports duplicate level keys', () => {
      only(issuesAfter((d) => (d.plan.riskMatrix.levels[1].key = 'lag')), 'matrix-duplicate-level', 'plan.riskMatrix.levels[1].key');
    });

    it('reports a colour that is not hex and a text colour below WCAG AA', () => {
      only(issuesAfter((d) => (d.plan.riskMatrix.levels[0].colour = 'green')), 'matrix-colour', 'plan.riskMatrix.levels[0].colour');
      const issue = only(issuesAfter((d) => (d.plan.riskMatrix.levels[2].textColour = '#FFFFFF')), 'matrix-contrast', 'plan.riskMatrix.levels[2].textColour');
      expect(issue.message).toMatch(/^Textfärgen \(#FFFFFF\) har för låg kontrast \(2,\d\d:1\) mot färgen \(#F28C28\) för nivån ”Hög”; minst 4,5:1 krävs \(WCAG AA\)\.$/);
    });

    it('reports a missing wording template and a missing matrix', () => {
      only(issuesAfter((d) => (d.plan.riskMatrix.templates.heading = '')), 'matrix-template', 'plan.riskMatrix.templates.heading');
      only(issuesAfter((d) => (d.plan.riskMatrix = loose<PlanData['plan']['riskMatrix']>(undefined))), 'required', 'plan.riskMatrix');
    });
  });

  it('selects the issues below a path', () => {
    const issues = issuesAfter((d) => {
      d.risker[1].titel = '';
      d.risker[0].sannolikhet = 9;
    });
    expect(issuesAt(issues, 'risker[1]').map((issue) => issue.field)).toEqual(['risker[1].titel']);
    expect(issuesAt(issues, 'risker').length).toBe(2);
  });
});
