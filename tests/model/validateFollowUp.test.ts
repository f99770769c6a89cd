import {
  Avvikelse,
  createDefaultMatrix5x5,
  FIELD_LIMITS,
  FollowUp,
  FollowUpValidationContext,
  issuesAt,
  PlanData,
  validateFollowUp,
  validatePlanData,
  ValidationCode,
  ValidationIssue
} from '../../src/model';
import { samplePlanData } from './samplePlan';

/** The context of the sample plan, with its entities as targets. */
function contextOf(data: PlanData): FollowUpValidationContext {
  return {
    riskMatrix: data.plan.riskMatrix,
    perioder: data.plan.perioder,
    targets: { kontrollmoment: data.kontrollmoment, atgard: data.atgarder, risk: data.risker }
  };
}

/** The sample's follow-up with the key, and its avvikelser. */
function rowsOf(data: PlanData, key: string): { followUp: FollowUp; avvikelser: Avvikelse[] } {
  const followUp = data.uppfoljningar.filter((f) => f.key === key)[0];
  return { followUp, avvikelser: data.avvikelser.filter((a) => a.followUpKey === key) };
}

/** The single issue with the code at the field; fails the test when there is not exactly one. */
function only(issues: ValidationIssue[], code: ValidationCode, field: string): ValidationIssue {
  const found = issues.filter((issue) => issue.code === code && issue.field === field);
  expect(issues.map((issue) => `${issue.code} ${issue.field}`)).toEqual([`${code} ${field}`]);
  return found[0];
}

/** Casts malformed data (as read from a broken list item) past the types. */
function loose<T>(value: unknown): T {
  return value as T;
}

describe('validateFollowUp', () => {
  it('finds no issues in the sample plan’s follow-ups of every target type', () => {
    const data = samplePlanData();
    for (const key of ['f1', 'f2', 'f3']) {
      const rows = rowsOf(data, key);
      expect(validateFollowUp(rows.followUp, rows.avvikelser, contextOf(data))).toEqual([]);
    }
  });

  // Each change breaks one or more follow-up rules; the single follow-up's validation must give
  // exactly what the whole plan's gives for a plan holding only that follow-up.
  const changes: Array<[string, string, (rows: { followUp: FollowUp; avvikelser: Avvikelse[] }) => void]> = [
    ['rating outside the matrix', 'f2', (r) => (r.followUp.riskvardering = { sannolikhet: 6, konsekvens: 2 })],
    ['incomplete rating', 'f2', (r) => (r.followUp.riskvardering = loose({ sannolikhet: 3 }))],
    ['unknown period', 'f3', (r) => (r.followUp.periodKey = 'K9')],
    ['unknown target', 'f1', (r) => (r.followUp.targetKey = 'k-saknas')],
    ['result without avvikelse', 'f1', (r) => (r.avvikelser = [])],
    ['avvikelse without åtgärd and with a bad date', 'f1', (r) => (r.avvikelser[0] = { ...r.avvikelser[0], atgard: ' ', slutdatum: '2024-02-30' })],
    ['status outside the choices', 'f3', (r) => (r.followUp.status = loose('Klar'))],
    ['risk analysis over the column limit', 'f2', (r) => (r.followUp.kommentar = 'x'.repeat(FIELD_LIMITS.followUp.kommentar.maxLength + 1))]
  ];
  it.each(changes)('gives the same issues as validatePlanData for: %s', (_name, key, change) => {
    const data = samplePlanData();
    const rows = rowsOf(data, key);
    change(rows);
    const single = validateFollowUp(rows.followUp, rows.avvikelser, contextOf(data));
    const whole = validatePlanData({ ...data, uppfoljningar: [rows.followUp], avvikelser: rows.avvikelser });
    const followUpIssues = [...issuesAt(whole, 'uppfoljningar'), ...issuesAt(whole, 'avvikelser')];
    expect(single.length).toBeGreaterThan(0);
    expect(single).toEqual(followUpIssues);
  });

  it('names the field and the matrix range of a period rating outside the matrix', () => {
    const data = samplePlanData();
    const { followUp } = rowsOf(data, 'f2');
    const issue = only(
      validateFollowUp({ ...followUp, riskvardering: { sannolikhet: 2, konsekvens: 5 } }, [], contextOf(data)),
      'rating-outside-matrix',
      'uppfoljningar[0].riskvardering.konsekvens'
    );
    expect(issue.fieldLabel).toBe('Konsekvens');
    expect(issue.message).toBe('Konsekvens (5) ligger utanför riskmatrisen (1–4) för uppföljningen i period T1.');
    expect(issue.messageEn).toBe('Consequence (5) is outside the risk matrix (1–4) for the follow-up in period T1.');
    // The same rating fits the plan's matrix when the plan is 5 × 5.
    expect(validateFollowUp({ ...followUp, riskvardering: { sannolikhet: 2, konsekvens: 5 } }, [], { ...contextOf(data), riskMatrix: createDefaultMatrix5x5() })).toEqual(
      []
    );
  });

  it('asks for the missing step of a half-given rating', () => {
    const data = samplePlanData();
    const { followUp } = rowsOf(data, 'f2');
    const issue = only(
      validateFollowUp({ ...followUp, riskvardering: loose({ konsekvens: 3 }) }, [], contextOf(data)),
      'rating-incomplete',
      'uppfoljningar[0].riskvardering.sannolikhet'
    );
    expect(issue.message).toBe('Sannolikhet måste anges när konsekvens är angiven för uppföljningen i period T1.');
  });

  it('calls a risk follow-up’s kommentar the period’s risk analysis, and other follow-ups’ a kommentar', () => {
    const data = samplePlanData();
    const long = 'x'.repeat(FIELD_LIMITS.followUp.kommentar.maxLength + 1);
    const risk = only(validateFollowUp({ ...rowsOf(data, 'f2').followUp, kommentar: long }, [], contextOf(data)), 'too-long', 'uppfoljningar[0].kommentar');
    expect(risk.fieldLabel).toBe('Periodens riskanalys');
    expect(risk.message).toMatch(/^Periodens riskanalys får vara högst \d+ tecken/);
    const atgard = only(validateFollowUp({ ...rowsOf(data, 'f3').followUp, kommentar: long }, [], contextOf(data)), 'too-long', 'uppfoljningar[0].kommentar');
    expect(atgard.message).toMatch(/^Kommentar får vara högst \d+ tecken/);
  });

  it('looks the target up only where the context lists that type’s entities', () => {
    const data = samplePlanData();
    const followUp = { ...rowsOf(data, 'f2').followUp, targetKey: 'r-ny' };
    only(validateFollowUp(followUp, [], contextOf(data)), 'unknown-reference', 'uppfoljningar[0].targetKey');
    const noTargets = { riskMatrix: data.plan.riskMatrix, perioder: data.plan.perioder };
    expect(validateFollowUp(followUp, [], noTargets)).toEqual([]);
    only(validateFollowUp({ ...followUp, targetKey: '' }, [], noTargets), 'required', 'uppfoljningar[0].targetKey');
  });

  it('reports an avvikelse of another follow-up, at its index in the list given', () => {
    const data = samplePlanData();
    const rows = rowsOf(data, 'f1');
    const stray: Avvikelse = { key: 'av2', followUpKey: 'f9', beskrivning: 'Fel', atgard: 'Rätta', slutdatum: '2024-06-30' };
    only(validateFollowUp(rows.followUp, [...rows.avvikelser, stray], contextOf(data)), 'unknown-reference', 'avvikelser[1].followUpKey');
  });

  it('never throws, also for a missing follow-up or malformed context', () => {
    const data = samplePlanData();
    expect(validateFollowUp(undefined, undefined, contextOf(data)).map((i) => i.code)).toEqual(['required']);
    const broken = loose<FollowUp>({ key: 'x', targetType: 'plan', riskvardering: null });
    expect(() => validateFollowUp(broken, loose([undefined]), loose({ riskMatrix: 5, perioder: 'x', targets: { risk: 3 } }))).not.toThrow();
    const issues = validateFollowUp(broken, [], { riskMatrix: undefined, perioder: undefined });
    expect(issues.map((i) => `${i.code} ${i.field}`)).toEqual(
      expect.arrayContaining(['invalid-value uppfoljningar[0].targetType', 'required uppfoljningar[0].periodKey'])
    );
  });
});
