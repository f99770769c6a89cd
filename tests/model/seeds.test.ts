/**
 * The four seed reports as demo plans: each validates without issues, and the model's helpers
 * reproduce what the printed reports say.
 */
import { createDemoPlans, createSeed000, createSeed002, createSeed003, createSeed004, DemoPlan } from '../../local/demo';
import {
  formatRiskLevel,
  formatSkattningHeading,
  resultSummarySentence,
  riskLevelFor,
  RiskRating,
  riskValue,
  sanitizeRichText,
  summariseResults,
  validatePlanData
} from '../../src/model';

/** The original rating of a risk (all risks here are rated). */
function ratingOf(risk: { sannolikhet?: number; konsekvens?: number }): RiskRating {
  return { sannolikhet: risk.sannolikhet as number, konsekvens: risk.konsekvens as number };
}

describe('demo plans from the seeds', () => {
  const demos = createDemoPlans();

  it('has the four municipalities’ reports', () => {
    expect(demos.map((demo) => demo.id)).toEqual(['seed000-afn-2022', 'seed002-amn-2024', 'seed003-naf-2024', 'seed004-sn-2022']);
  });

  it.each(createDemoPlans().map((demo): [string, DemoPlan] => [demo.id, demo]))('%s validates without issues', (_id, demo) => {
    expect(validatePlanData(demo.data, demo.settings)).toEqual([]);
    expect(demo.data.plan.perioder.some((period) => period.key === demo.reportPeriodKey)).toBe(true);
  });

  it('uses keys that are unique across all demo plans', () => {
    const keys: string[] = [];
    for (const { data } of demos) {
      keys.push(data.plan.key, ...data.plan.omraden.map((o) => o.key));
      for (const list of [data.risker, data.kontrollmoment, data.atgarder, data.uppfoljningar, data.avvikelser]) {
        keys.push(...list.map((item) => item.key));
      }
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names no person of the seed reports', () => {
    const text = JSON.stringify(demos);
    for (const name of ['Ingrid', 'Edberg', 'Winterbom', 'Agneta', 'Söqvist', 'Evelina', 'Wigstrand', 'Carina', 'Holmqvist', 'Tanja', 'Mattsson', 'Guzman']) {
      expect(text).not.toContain(name);
    }
  });

  it('stores comments as already sanitised rich text', () => {
    for (const { data } of demos) {
      for (const followUp of data.uppfoljningar) {
        if (followUp.kommentar !== undefined) {
          expect(sanitizeRichText(followUp.kommentar)).toBe(followUp.kommentar);
        }
      }
    }
  });

  it('builds fresh objects on every call', () => {
    const a = createSeed002();
    a.data.risker[0].titel = 'ändrad';
    expect(createSeed002().data.risker[0].titel).not.toBe('ändrad');
  });
});

describe('seed 000: status per tertial, grouped by skattning', () => {
  const { data } = createSeed000();
  const matrix = data.plan.riskMatrix;

  /** Headings in report order: by riskvärde, highest first, one per value. */
  function headings(): string[] {
    const sorted = data.risker.slice().sort((a, b) => riskValue(ratingOf(b)) - riskValue(ratingOf(a)));
    const seen: string[] = [];
    for (const risk of sorted) {
      const heading = formatSkattningHeading(matrix, ratingOf(risk));
      if (seen.indexOf(heading) < 0) {
        seen.push(heading);
      }
    }
    return seen;
  }

  it('groups under Skattning 16, 15, 12, 10 and 9 with the report’s sannolikhet words', () => {
    expect(headings().map((h) => h.replace(/ risk,.*$/, ''))).toEqual([
      'Skattning 16: sannolik',
      'Skattning 15: möjlig',
      'Skattning 12: möjlig',
      'Skattning 10: mindre sannolik',
      'Skattning 9: möjlig'
    ]);
  });

  it('prints the report’s 16 and 9 headings exactly', () => {
    expect(headings()).toContain('Skattning 16: sannolik risk, allvarliga konsekvenser');
    expect(headings()).toContain('Skattning 9: möjlig risk, kännbara konsekvenser');
  });

  it('carries ten risks, twenty-four controls and the T1/T2 cells', () => {
    expect(data.risker.length).toBe(10);
    expect(data.kontrollmoment.length).toBe(24);
    expect(data.plan.diarienummer).toBe('AFN 2021/232');
    const km = data.kontrollmoment.filter((k) => k.beskrivning === 'Kontrollera att utvecklingsarbete är påbörjat')[0];
    const t1 = data.uppfoljningar.filter((f) => f.targetKey === km.key && f.periodKey === 'T1')[0];
    expect(t1.status).toBe('Genomförd');
    const ejAktuellt = data.uppfoljningar.filter((f) => f.status === 'Ej aktuellt');
    expect(ejAktuellt.length).toBe(1);
    expect(data.kontrollmoment.map((k) => k.frekvens)).toContain('Efter ankomst');
  });
});

describe('seed 002: review summary with avvikelser', () => {
  const demo = createSeed002();
  const { data } = demo;

  it('writes the tjänsteskrivelse’s summary sentences from the data', () => {
    const sentence = resultSummarySentence(data, 'DELAR');
    expect(sentence.split('. ')[0] + '.').toBe('För sju av nio kontrollmoment är granskningen gjord utan anmärkning.');
    expect(sentence).toBe(
      'För sju av nio kontrollmoment är granskningen gjord utan anmärkning. I två fall är granskningen gjord med mindre anmärkning. ' +
        'Det gäller kontrollmoment 3 (uppföljning av insatser) och kontrollmoment 9 (förebyggande arbete mot välfärdsbrottslighet).'
    );
  });

  it('has nine kontrollmoment in four kontrollområden, 3 and 9 with an avvikelse each', () => {
    expect(data.kontrollmoment.length).toBe(9);
    expect(data.plan.omraden.map((o) => o.namn)).toEqual([
      'Kontroller av verksamhetens arbetssätt, system och rutiner',
      'Kontroll av efterlevnad av regler, policyer och beslut',
      'Finansiell kontroll',
      'Kontroll avseende oegentligheter, mutor och jäv'
    ]);
    const summary = summariseResults(data, 'DELAR');
    expect(summary.kontrollmomentPerResultat['Med mindre anmärkning'].map((k) => k.nr)).toEqual([3, 9]);
    expect(data.avvikelser.length).toBe(2);
    for (const avvikelse of data.avvikelser) {
      expect(avvikelse.atgard.length).toBeGreaterThan(0);
      expect(avvikelse.slutdatum).toBe('2024-12-31');
    }
    expect(data.risker.filter((r) => r.obligatorisk).map((r) => r.nr)).toEqual([1, 2]);
  });

  it('carries Dnr AMN-2024-00318, which the organisation pattern accepts and a wrong Dnr fails', () => {
    expect(data.plan.diarienummer).toBe('AMN-2024-00318');
    const wrong = createSeed002();
    wrong.data.plan.diarienummer = 'AMN 2024/318';
    expect(validatePlanData(wrong.data, wrong.settings).map((issue) => issue.code)).toEqual(['diarienummer-pattern']);
  });

  it('fails validation when an avvikelse of a "med mindre anmärkning" is removed', () => {
    const broken = createSeed002();
    broken.data.avvikelser.pop();
    expect(validatePlanData(broken.data, broken.settings).map((issue) => `${issue.code} ${issue.field}`)).toEqual(['avvikelse-required uppfoljningar[8].resultat']);
  });
});

describe('seed 003: original rating and rating per tertial', () => {
  const { data } = createSeed003();
  const matrix = data.plan.riskMatrix;

  it('shows "Ursprunglig risk för året" as printed', () => {
    expect(data.risker.map((risk) => formatRiskLevel(matrix, ratingOf(risk)))).toEqual([
      'Medium (9)',
      'Hög (12)',
      'Medium (9)',
      'Hög (15)',
      'Hög (12)',
      'Hög (12)',
      'Medium (6)',
      'Medium (6)',
      'Medium (6)',
      'Medium (8)',
      'Hög (15)',
      'Hög (15)'
    ]);
  });

  it('shows "Riskvärdering per tertial" for T1 as printed', () => {
    const levels = data.risker.map((risk) => {
      const followUp = data.uppfoljningar.filter((f) => f.targetKey === risk.key && f.periodKey === 'T1')[0];
      return riskLevelFor(matrix, followUp.riskvardering as RiskRating)?.label;
    });
    expect(levels).toEqual(['Medium', 'Hög', 'Medium', 'Hög', 'Medium', 'Hög', 'Medium', 'Medium', 'Låg', 'Medium', 'Hög', 'Hög']);
  });
});

describe('seed 004: åtgärder and kontroller', () => {
  const { data } = createSeed004();

  it('carries the åtgärder with status, start, two avstämningsdatum and slut', () => {
    expect(data.atgarder.map((a) => a.status)).toEqual(['Pågående', 'Pågående', 'Genomförd', 'Genomförd', 'Pågående', 'Pågående', 'Genomförd']);
    const first = data.atgarder[0];
    expect([first.beskrivning, first.startdatum, first.avstamningsdatum, first.slutdatum]).toEqual([
      'Processkartläggning av administrativt stöd',
      '2022-01-01',
      ['2022-05-01', '2022-09-01'],
      '2022-12-31'
    ]);
    expect(data.atgarder[5].startdatum).toBe('2022-02-01');
  });

  it('carries the kontroller under risks valued 12 and 9, all Genomförd', () => {
    expect(data.kontrollmoment.length).toBe(3);
    const values = data.kontrollmoment.map((km) => riskValue(ratingOf(data.risker.filter((r) => r.key === km.riskKey)[0])));
    expect(values).toEqual([12, 12, 9]);
    const statuses = data.kontrollmoment.map((km) => data.uppfoljningar.filter((f) => f.targetKey === km.key)[0].status);
    expect(statuses).toEqual(['Genomförd', 'Genomförd', 'Genomförd']);
  });
});
