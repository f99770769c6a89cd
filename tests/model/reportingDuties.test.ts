import {
  buildTertialPeriods,
  daysBetween,
  DutyInput,
  dutiesByPerson,
  dutiesOf,
  itemInPeriod,
  Person,
  reportingOccasions
} from '../../src/model';

const HANDLAGGARE: Person = { id: 7, title: 'Handläggare', email: 'handlaggare@kommun.example' };
const CHEF: Person = { id: 8, title: 'Förvaltningsdirektör' };

/** One beslutad 2024 plan with tertials, an utkast plan, and their items; today is 10 June (Tertial 2). */
function input(): DutyInput {
  return {
    today: '2024-06-10',
    plans: [
      { id: 1, key: 'p1', namnd: 'Socialnämnden', ar: 2024, status: 'Beslutad', perioder: buildTertialPeriods(2024) },
      { id: 2, key: 'p2', namnd: 'Kulturnämnden', ar: 2024, status: 'Utkast', perioder: buildTertialPeriods(2024) }
    ],
    items: [
      { kind: 'kontrollmoment', planId: 1, id: 11, key: 'k1', nr: 1, text: 'Attest', ansvarigPerson: HANDLAGGARE, rapporteringsansvarigPerson: CHEF },
      { kind: 'kontrollmoment', planId: 1, id: 12, key: 'k2', nr: 2, text: 'Jäv', rapporteringsansvarigPerson: HANDLAGGARE },
      { kind: 'atgard', planId: 1, id: 21, key: 'a1', text: 'Rutin', status: 'Pågående', slutdatum: '2024-03-31', ansvarigPerson: HANDLAGGARE },
      { kind: 'atgard', planId: 1, id: 22, key: 'a2', text: 'Klar', status: 'Genomförd', ansvarigPerson: HANDLAGGARE },
      { kind: 'atgard', planId: 1, id: 23, key: 'a3', text: 'Struken', status: 'Ej aktuellt', ansvarigPerson: HANDLAGGARE },
      { kind: 'kontrollmoment', planId: 1, id: 14, key: 'k4', nr: 4, text: 'Ingen utsedd' },
      { kind: 'kontrollmoment', planId: 2, id: 31, key: 'k9', nr: 1, text: 'Utkastets', ansvarigPerson: HANDLAGGARE }
    ],
    followUps: [
      { planId: 1, targetType: 'kontrollmoment', targetKey: 'k1', periodKey: 'T1', status: 'Genomförd' },
      { planId: 1, targetType: 'kontrollmoment', targetKey: 'k2', periodKey: 'T2', resultat: 'Utan anmärkning' },
      // A follow-up with neither status nor result is not a report.
      { planId: 1, targetType: 'kontrollmoment', targetKey: 'k4', periodKey: 'T1' }
    ]
  };
}

describe('Att rapportera: selection and the overdue rule', () => {
  it('counts whole days and overlaps by the item’s own dates', () => {
    expect(daysBetween('2024-04-30', '2024-06-10')).toBe(41);
    const [t1, t2] = buildTertialPeriods(2024);
    expect(itemInPeriod({ slutdatum: '2024-03-31' }, t1)).toBe(true);
    expect(itemInPeriod({ slutdatum: '2024-03-31' }, t2)).toBe(false);
    expect(itemInPeriod({ startdatum: '2024-08-31' }, t2)).toBe(true);
    expect(itemInPeriod({}, t2)).toBe(true);
  });

  it('gives the signed-in user’s duties: overdue first, then to report, then reported', () => {
    const duties = dutiesOf(reportingOccasions(input()), HANDLAGGARE.id);
    expect(duties.map((d) => [d.item.key, d.period.key, d.state, d.daysOverdue, d.roles])).toEqual([
      // Tertial 1 ended 30 April, 41 days before 10 June, with nothing reported for k2 and a1.
      ['k2', 'T1', 'forsenad', 41, ['rapporteringsansvarig']],
      ['a1', 'T1', 'forsenad', 41, ['ansvarig']],
      // Tertial 2 is the current period: k1 is still to report, k2 is reported.
      ['k1', 'T2', 'att-rapportera', 0, ['ansvarig']],
      ['k2', 'T2', 'rapporterad', 0, ['rapporteringsansvarig']]
    ]);
  });

  it('leaves out closed åtgärder, utkast plans, future periods, and items not in the period', () => {
    const keys = reportingOccasions(input()).map((o) => `${o.item.key}/${o.period.key}`);
    expect(keys).not.toContain('a2/T2');
    expect(keys).not.toContain('a3/T1');
    expect(keys).not.toContain('k9/T2');
    expect(keys.filter((k) => k.endsWith('/T3'))).toEqual([]);
    expect(keys).not.toContain('a1/T2');
  });

  it('gives the samordnare the same per person, and the items naming nobody last', () => {
    const groups = dutiesByPerson(reportingOccasions(input()));
    expect(groups.map((g) => (g.person ? g.person.title : '–'))).toEqual(['Förvaltningsdirektör', 'Handläggare', '–']);
    expect(groups[0].duties.map((d) => [d.item.key, d.period.key, d.state, d.roles])).toEqual([['k1', 'T2', 'att-rapportera', ['rapporteringsansvarig']]]);
    expect(groups[1].counts).toEqual({ forsenad: 2, 'att-rapportera': 1, rapporterad: 1 });
    expect(groups[2].duties.map((d) => [d.item.key, d.period.key, d.state])).toEqual([
      ['k4', 'T1', 'forsenad'],
      ['k4', 'T2', 'att-rapportera']
    ]);
  });

  it('before the year starts there is nothing; after it ends everything unreported is overdue', () => {
    expect(reportingOccasions({ ...input(), today: '2023-12-01' })).toEqual([]);
    const after = dutiesOf(reportingOccasions({ ...input(), today: '2025-01-10' }), CHEF.id);
    // k1 for the chef (rapporteringsansvarig): T1 reported; T2 and T3 overdue.
    expect(after.map((d) => [d.period.key, d.state, d.daysOverdue])).toEqual([
      ['T2', 'forsenad', 132],
      ['T3', 'forsenad', 10]
    ]);
  });
});
