/** A small valid plan that the validation tests break one rule at a time. */
import { buildStandardPeriods, createDefaultMatrix4x4, PlanData } from '../../src/model';

/** A fresh, valid PlanData (a new copy on every call, so tests can mutate it). */
export function samplePlanData(): PlanData {
  return {
    plan: {
      key: 'plan-1',
      namnd: 'Arbetsmarknadsnämnden',
      forvaltning: 'Arbetsmarknadsförvaltningen',
      ar: 2024,
      diarienummer: 'AMN-2024-00318',
      status: 'Beslutad',
      beslutsdatum: '2023-12-12',
      riskMatrix: createDefaultMatrix4x4(),
      perioder: buildStandardPeriods(2024),
      omraden: [{ key: 'o1', namn: 'Finansiell kontroll', ordning: 1 }]
    },
    risker: [
      { key: 'r1', nr: 1, omradeKey: 'o1', titel: 'Felaktiga utbetalningar', obligatorisk: false, sannolikhet: 3, konsekvens: 4 },
      { key: 'r2', nr: 2, omradeKey: 'o1', titel: 'Bristande administrativt stöd', obligatorisk: true }
    ],
    kontrollmoment: [
      {
        key: 'k1',
        riskKey: 'r1',
        nr: 1,
        beskrivning: 'Kontroll av utbetalningar',
        kortnamn: 'kontroll av utbetalningar',
        kontrollmetod: 'Stickprov',
        ansvarig: 'Avdelningschef',
        frekvens: 'Tertial',
        obligatorisk: false,
        startdatum: '2024-01-01',
        avstamningsdatum: ['2024-04-30'],
        slutdatum: '2024-12-31'
      }
    ],
    atgarder: [
      {
        key: 'a1',
        riskKey: 'r2',
        beskrivning: 'Processkartläggning',
        ansvarig: 'Förvaltningsdirektör',
        startdatum: '2024-03-01',
        avstamningsdatum: ['2024-05-01', '2024-09-01'],
        slutdatum: '2024-12-31',
        status: 'Pågående'
      }
    ],
    uppfoljningar: [
      { key: 'f1', targetType: 'kontrollmoment', targetKey: 'k1', periodKey: 'T1', status: 'Genomförd', resultat: 'Med mindre anmärkning', kommentar: '<p>Två fel hittades.</p>' },
      { key: 'f2', targetType: 'risk', targetKey: 'r1', periodKey: 'T1', riskvardering: { sannolikhet: 2, konsekvens: 4 } },
      { key: 'f3', targetType: 'atgard', targetKey: 'a1', periodKey: 'DELAR', status: 'Pågående' }
    ],
    avvikelser: [{ key: 'av1', followUpKey: 'f1', beskrivning: 'Två felaktiga utbetalningar', atgard: 'Återkrav', slutdatum: '2024-06-30' }]
  };
}
