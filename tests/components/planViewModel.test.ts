import {
  avvikelseFieldId,
  buildHeatMap,
  defaultPeriodKey,
  draftFor,
  filterRisksByCell,
  followUpFieldId,
  followUpToSave,
  FollowUpTarget,
  groupRisksByOmrade,
  heatMapCellName,
  levelRanges,
  periodProgress,
  riskBadgeText,
  risksRatedFor,
  tintColour,
  validateDraft,
  withResultat,
  withSavedFollowUp
} from '../../src/components/planViewModel';
import { EN_STRINGS, formatText, stringsForLocale, SV_STRINGS } from '../../src/components/strings';
import { buildStandardPeriods, contrastRatio, createDefaultMatrix4x4, createDefaultMatrix5x5, Risk } from '../../src/model';
import { samplePlanData } from '../model/samplePlan';
import { asPlanView, counterKeys } from './fixtures';

function risk(key: string, sannolikhet?: number, konsekvens?: number, omradeKey?: string, nr: number = 1): Risk {
  return { key, nr, titel: key, obligatorisk: false, sannolikhet, konsekvens, omradeKey };
}

describe('strings', () => {
  it('chooses English only for English locales and Swedish otherwise', () => {
    expect(stringsForLocale('en-US')).toBe(EN_STRINGS);
    expect(stringsForLocale('EN-gb')).toBe(EN_STRINGS);
    expect(stringsForLocale('sv-SE')).toBe(SV_STRINGS);
    expect(stringsForLocale('fi-FI')).toBe(SV_STRINGS);
    expect(stringsForLocale(undefined)).toBe(SV_STRINGS);
  });

  it('has every Swedish text in English too, with the same placeholders', () => {
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

describe('heat map', () => {
  it('counts risks per cell on the plan’s own matrix, highest sannolikhet first', () => {
    const matrix = createDefaultMatrix4x4();
    const model = buildHeatMap(matrix, [risk('a', 4, 4), risk('b', 4, 4), risk('c', 1, 2), risk('d'), risk('e', 5, 1)]);
    expect(model.rows).toHaveLength(4);
    expect(model.rows[0]).toHaveLength(4);
    expect(model.rows[0][3]).toMatchObject({ sannolikhet: 4, konsekvens: 4, riskKeys: ['a', 'b'] });
    expect(model.rows[3][1]).toMatchObject({ sannolikhet: 1, konsekvens: 2, riskKeys: ['c'] });
    expect(model.rows[0][3].level!.key).toBe('mycket-hog');
    // Unrated, and rated outside a 4 × 4 matrix.
    expect(model.unratedCount).toBe(2);
    const total = model.rows.reduce((sum, row) => sum + row.reduce((s, cell) => s + cell.riskKeys.length, 0), 0);
    expect(total).toBe(3);
  });

  it('follows the matrix size and levels of the configuration', () => {
    const matrix = createDefaultMatrix5x5();
    const model = buildHeatMap(matrix, [risk('a', 3, 5)]);
    expect(model.rows).toHaveLength(5);
    expect(model.rows[2][4]).toMatchObject({ sannolikhet: 3, konsekvens: 5, riskKeys: ['a'] });
    expect(model.rows[2][4].level!.label).toBe('Hög');
  });

  it('names each cell with both steps, their labels, the count and the level in words', () => {
    const matrix = createDefaultMatrix4x4();
    const model = buildHeatMap(matrix, [risk('a', 4, 4), risk('b', 4, 4), risk('c', 3, 3)]);
    expect(heatMapCellName(matrix, model.rows[0][3], SV_STRINGS)).toBe(
      'Sannolikhet 4 (sannolik), konsekvens 4 (allvarlig): 2 risker, nivå Mycket hög'
    );
    expect(heatMapCellName(matrix, model.rows[1][2], SV_STRINGS)).toBe('Sannolikhet 3 (möjlig), konsekvens 3 (kännbar): 1 risk, nivå Hög');
    expect(heatMapCellName(matrix, model.rows[3][0], EN_STRINGS)).toBe(
      'Likelihood 1 (osannolik), consequence 1 (försumbar): 0 risks, level Low'
    );
  });

  it('writes a legend range for each level the grid uses', () => {
    const ranges = levelRanges(createDefaultMatrix5x5());
    expect(ranges.map((r) => `${r.level.label} ${r.min}–${r.max}`)).toEqual(['Låg 1–5', 'Medium 6–10', 'Hög 12–16', 'Mycket hög 20–25']);
  });

  it('tints a level colour towards white, keeping dark text readable', () => {
    expect(tintColour('#000000', 0.25)).toBe('#bfbfbf');
    expect(tintColour('#C62828', 1)).toBe('#c62828');
    expect(tintColour('not a colour', 0.3)).toBe('#ffffff');
    for (const level of createDefaultMatrix5x5().levels) {
      expect(contrastRatio('#201f1e', tintColour(level.colour, 0.3))!).toBeGreaterThan(7);
    }
  });

  it('filters the risk list to the chosen cell', () => {
    const risks = [risk('a', 4, 4), risk('b', 4, 3), risk('c')];
    expect(filterRisksByCell(risks, { sannolikhet: 4, konsekvens: 4 }).map((r) => r.key)).toEqual(['a']);
    expect(filterRisksByCell(risks, undefined)).toHaveLength(3);
  });

  it('writes the badge as "Level (value)" through the matrix’s template', () => {
    const matrix = createDefaultMatrix5x5();
    expect(riskBadgeText(matrix, risk('a', 3, 4), SV_STRINGS)).toBe('Hög (12)');
    expect(riskBadgeText(matrix, risk('a', 2, 3), EN_STRINGS)).toBe('Medium (6)');
    expect(riskBadgeText(matrix, risk('a'), SV_STRINGS)).toBeUndefined();
  });
});

describe('plan view helpers', () => {
  it('groups risks by område in område order, risks without område last', () => {
    const omraden = [
      { key: 'o2', namn: 'Andra', ordning: 2 },
      { key: 'o1', namn: 'Första', ordning: 1 },
      { key: 'o3', namn: 'Tomt', ordning: 3 }
    ];
    const groups = groupRisksByOmrade(omraden, [
      risk('x', 1, 1, undefined, 5),
      risk('b', 1, 1, 'o2', 3),
      risk('a2', 1, 1, 'o1', 2),
      risk('a1', 1, 1, 'o1', 1),
      risk('y', 1, 1, 'okänt', 4)
    ]);
    expect(groups.map((g) => [g.key, g.risks.map((r) => r.key)])).toEqual([
      ['o1', ['a1', 'a2']],
      ['o2', ['b']],
      ['', ['y', 'x']]
    ]);
  });

  it('opens on the shortest period containing today, else the latest reported or ended one', () => {
    const periods = buildStandardPeriods(2024);
    expect(defaultPeriodKey(periods, '2024-06-15')).toBe('T2');
    expect(defaultPeriodKey(periods, '2024-02-01')).toBe('T1');
    expect(defaultPeriodKey(periods, '2025-03-01')).toBe('HELAR');
    expect(defaultPeriodKey(periods, '2023-03-01')).toBe('T1');
    expect(defaultPeriodKey([], '2023-03-01')).toBeUndefined();
    // A past plan opens on what was last reported, not on an empty later period.
    expect(defaultPeriodKey(periods, '2026-11-25', ['T1', 'T2', 'T1'])).toBe('T2');
    expect(defaultPeriodKey(periods, '2026-11-25', ['DELAR'])).toBe('DELAR');
    // Today's period wins even when it has nothing yet.
    expect(defaultPeriodKey(periods, '2024-10-01', ['T1'])).toBe('T3');
  });

  it('counts the period’s statuses over kontrollmoment and åtgärder', () => {
    const view = asPlanView(samplePlanData());
    const t1 = periodProgress(view, 'T1');
    expect(t1.total).toBe(2);
    expect(t1.counts).toEqual({ Genomförd: 1, Pågående: 0, 'Ej påbörjad': 0, 'Ej aktuellt': 0, none: 1 });
    const delar = periodProgress(view, 'DELAR');
    expect(delar.counts.Pågående).toBe(1);
    expect(delar.counts.none).toBe(1);
  });

  it('uses the period’s riskvärdering when asked to', () => {
    const view = asPlanView(samplePlanData());
    const rated = risksRatedFor(view, view.risker, 'T1', 'period');
    expect(rated[0]).toMatchObject({ key: 'r1', sannolikhet: 2, konsekvens: 4 });
    expect(risksRatedFor(view, view.risker, 'T1', 'ursprunglig')[0]).toMatchObject({ sannolikhet: 3, konsekvens: 4 });
    expect(risksRatedFor(view, view.risker, 'T2', 'period')[0]).toMatchObject({ sannolikhet: 3, konsekvens: 4 });
  });
});

describe('follow-up draft', () => {
  const kontrollmomentTarget = (view: ReturnType<typeof asPlanView>): FollowUpTarget => ({ type: 'kontrollmoment', item: view.kontrollmoment[0] });

  it('starts from the stored follow-up with its avvikelser', () => {
    const view = asPlanView(samplePlanData());
    const draft = draftFor(view, kontrollmomentTarget(view), 'T1', counterKeys());
    expect(draft.key).toBe('f1');
    expect(draft.stored!.etag).toBe('"1"');
    expect(draft.status).toBe('Genomförd');
    expect(draft.resultat).toBe('Med mindre anmärkning');
    expect(draft.kommentarText).toBe('Två fel hittades.');
    expect(draft.avvikelser.map((a) => a.key)).toEqual(['av1']);
  });

  it('starts empty with a new key where nothing is stored', () => {
    const view = asPlanView(samplePlanData());
    const draft = draftFor(view, kontrollmomentTarget(view), 'T2', counterKeys('ny'));
    expect(draft).toMatchObject({ key: 'ny1', stored: undefined, status: undefined, kommentarText: '', avvikelser: [] });
  });

  it('adds an avvikelse row when the result needs one and drops blank rows when it no longer does', () => {
    const view = asPlanView(samplePlanData());
    const keys = counterKeys();
    const draft = draftFor(view, kontrollmomentTarget(view), 'T2', keys);
    const withRemark = withResultat(draft, 'Med anmärkning', keys);
    expect(withRemark.avvikelser).toHaveLength(1);
    expect(withRemark.avvikelser[0]).toMatchObject({ beskrivning: '', atgard: '', slutdatum: '' });
    const clean = withResultat(withRemark, 'Utan anmärkning', keys);
    expect(clean.avvikelser).toHaveLength(0);
    // A row with text in it is kept: the user decides to remove it.
    const written = { ...withRemark, avvikelser: [{ ...withRemark.avvikelser[0], beskrivning: 'Fel' }] };
    expect(withResultat(written, 'Utan anmärkning', keys).avvikelser).toHaveLength(1);
  });

  it('places the model’s issues on the form’s fields, naming the field in Swedish', () => {
    const view = asPlanView(samplePlanData());
    const keys = counterKeys();
    const target = kontrollmomentTarget(view);
    const draft = withResultat(draftFor(view, target, 'T2', keys), 'Med anmärkning', keys);
    const avvikelseKey = draft.avvikelser[0].key;
    // A row with only a date: beskrivning and åtgärd are missing.
    const partly = { ...draft, avvikelser: [{ ...draft.avvikelser[0], slutdatum: '2024-09-30' }] };
    const issues = validateDraft(view, target, 'T2', partly);
    const byField = (id: string): string[] => issues.filter((i) => i.fieldId === id).map((i) => i.message);
    expect(byField(avvikelseFieldId(avvikelseKey, 'beskrivning'))).toEqual([expect.stringMatching(/^Beskrivning måste fyllas i/)]);
    expect(byField(avvikelseFieldId(avvikelseKey, 'atgard'))).toEqual([expect.stringMatching(/^Åtgärd måste fyllas i/)]);
    expect(byField(followUpFieldId('resultat'))).toEqual([expect.stringContaining('kräver minst en avvikelse')]);
    expect(issues.every((i) => i.messageEn.length > 0)).toBe(true);
    // Filled in, the draft is valid.
    const complete = { ...partly, avvikelser: [{ ...partly.avvikelser[0], beskrivning: 'Två fel', atgard: 'Återkrav' }] };
    expect(validateDraft(view, target, 'T2', complete)).toEqual([]);
  });

  it('reports the empty fields of the row a result asks for, rather than dropping the row', () => {
    const view = asPlanView(samplePlanData());
    const keys = counterKeys();
    const target = kontrollmomentTarget(view);
    const draft = withResultat(draftFor(view, target, 'T2', keys), 'Med mindre anmärkning', keys);
    const key = draft.avvikelser[0].key;
    const fields = validateDraft(view, target, 'T2', draft).map((i) => i.fieldId);
    expect(fields).toEqual(
      expect.arrayContaining([
        avvikelseFieldId(key, 'beskrivning'),
        avvikelseFieldId(key, 'atgard'),
        avvikelseFieldId(key, 'slutdatum'),
        followUpFieldId('resultat')
      ])
    );
  });

  it('reports a kommentar over the column limit on the kommentar field', () => {
    const view = asPlanView(samplePlanData());
    const target = kontrollmomentTarget(view);
    const draft = { ...draftFor(view, target, 'T2', counterKeys()), kommentarText: 'x'.repeat(70000) };
    const issues = validateDraft(view, target, 'T2', draft);
    expect(issues.map((i) => i.fieldId)).toEqual([followUpFieldId('kommentar')]);
    expect(issues[0].message).toMatch(/^Kommentar får vara högst/);
  });

  it('saves the stored follow-up with its ETag, keeps an untouched kommentar and leaves blank rows out', () => {
    const data = samplePlanData();
    data.uppfoljningar[0].kommentar = '<p><b>Två</b> fel hittades.</p>';
    const view = asPlanView(data);
    const keys = counterKeys();
    const target = kontrollmomentTarget(view);
    const draft = draftFor(view, target, 'T1', keys);
    const edited = { ...draft, status: 'Pågående' as const, avvikelser: [...draft.avvikelser, { key: 'tom', beskrivning: '', atgard: '', slutdatum: '' }] };
    const toSave = followUpToSave(target, 'T1', edited);
    expect(toSave.followUp).toMatchObject({ key: 'f1', id: view.uppfoljningar[0].id, etag: '"1"', status: 'Pågående' });
    expect(toSave.followUp.kommentar).toBe('<p><b>Två</b> fel hittades.</p>');
    expect(toSave.avvikelser.map((a) => a.key)).toEqual(['av1']);
    const rewritten = followUpToSave(target, 'T1', { ...edited, kommentarText: 'Ny text\n\nAndra stycket' });
    expect(rewritten.followUp.kommentar).toBe('<p>Ny text</p><p>Andra stycket</p>');
  });

  it('builds a new follow-up for the target and period', () => {
    const view = asPlanView(samplePlanData());
    const target: FollowUpTarget = { type: 'atgard', item: view.atgarder[0] };
    const draft = { ...draftFor(view, target, 'T1', counterKeys('ny')), status: 'Genomförd' as const, kommentarText: 'Klart' };
    const toSave = followUpToSave(target, 'T1', draft);
    expect(toSave.followUp).toEqual({
      key: 'ny1',
      targetType: 'atgard',
      targetKey: 'a1',
      periodKey: 'T1',
      status: 'Genomförd',
      resultat: undefined,
      kommentar: '<p>Klart</p>'
    });
  });

  it('puts a saved follow-up and its avvikelser in place of the old ones', () => {
    const view = asPlanView(samplePlanData());
    const old = view.uppfoljningar[0];
    const next = withSavedFollowUp(view, {
      followUp: { ...old, status: 'Pågående', etag: '"2"' },
      avvikelser: [{ key: 'av2', followUpKey: old.key, beskrivning: 'Nytt', atgard: 'Åtgärd', slutdatum: '2024-12-31', id: 99, etag: '"1"' }]
    });
    expect(next.uppfoljningar.filter((f) => f.key === old.key)).toEqual([expect.objectContaining({ status: 'Pågående', etag: '"2"' })]);
    expect(next.uppfoljningar).toHaveLength(view.uppfoljningar.length);
    expect(next.avvikelser.map((a) => a.key)).toEqual(['av2']);
    // The original view is left as it was.
    expect(view.avvikelser.map((a) => a.key)).toEqual(['av1']);
  });
});

describe('risk re-rating draft', () => {
  const riskTarget = (view: ReturnType<typeof asPlanView>): FollowUpTarget => ({ type: 'risk', item: view.risker[0] });

  it('starts from the period’s stored rating and analysis, and saves it with its ETag', () => {
    const data = samplePlanData();
    data.uppfoljningar[1].kommentar = '<p>Risken har <i>minskat</i>.</p>';
    const view = asPlanView(data);
    const target = riskTarget(view);
    const draft = draftFor(view, target, 'T1', counterKeys());
    expect(draft).toMatchObject({ key: 'f2', sannolikhet: 2, konsekvens: 4, kommentarText: 'Risken har minskat.' });
    const toSave = followUpToSave(target, 'T1', { ...draft, sannolikhet: 1 });
    expect(toSave.followUp).toMatchObject({ key: 'f2', etag: '"1"', riskvardering: { sannolikhet: 1, konsekvens: 4 } });
    // An untouched analysis keeps its formatting.
    expect(toSave.followUp.kommentar).toBe('<p>Risken har <i>minskat</i>.</p>');
    expect(validateDraft(view, target, 'T1', { ...draft, sannolikhet: 1 })).toEqual([]);
  });

  it('builds a new risk follow-up, without a rating when no step is chosen', () => {
    const view = asPlanView(samplePlanData());
    const target = riskTarget(view);
    const draft = draftFor(view, target, 'T2', counterKeys('ny'));
    expect(draft).toMatchObject({ key: 'ny1', sannolikhet: undefined, konsekvens: undefined });
    expect(followUpToSave(target, 'T2', { ...draft, kommentarText: 'Oförändrad' }).followUp).toEqual({
      key: 'ny1',
      targetType: 'risk',
      targetKey: 'r1',
      periodKey: 'T2',
      kommentar: '<p>Oförändrad</p>'
    });
    expect(followUpToSave(target, 'T2', { ...draft, sannolikhet: 3, konsekvens: 2 }).followUp.riskvardering).toEqual({ sannolikhet: 3, konsekvens: 2 });
  });

  it('places a rating outside the matrix and a half-given rating on the step fields', () => {
    const view = asPlanView(samplePlanData());
    const target = riskTarget(view);
    const draft = draftFor(view, target, 'T2', counterKeys());
    const outside = validateDraft(view, target, 'T2', { ...draft, sannolikhet: 5, konsekvens: 2 });
    expect(outside.map((i) => [i.fieldId, i.message])).toEqual([
      [followUpFieldId('sannolikhet'), 'Sannolikhet (5) ligger utanför riskmatrisen (1–4) för uppföljningen i period T2.']
    ]);
    const half = validateDraft(view, target, 'T2', { ...draft, sannolikhet: 2 });
    expect(half.map((i) => i.fieldId)).toEqual([followUpFieldId('konsekvens')]);
    expect(half[0].message).toBe('Konsekvens måste anges när sannolikhet är angiven för uppföljningen i period T2.');
  });

  it('names a too long analysis as the period’s risk analysis', () => {
    const view = asPlanView(samplePlanData());
    const target = riskTarget(view);
    const issues = validateDraft(view, target, 'T2', { ...draftFor(view, target, 'T2', counterKeys()), kommentarText: 'x'.repeat(70000) });
    expect(issues.map((i) => i.fieldId)).toEqual([followUpFieldId('kommentar')]);
    expect(issues[0].message).toMatch(/^Periodens riskanalys får vara högst/);
  });
});
