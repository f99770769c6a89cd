/** The follow-up form's draft and validation, for kontrollmoment and for a risk re-rated for the period. */
import { draftFor, followUpToSave, withResultat } from '../../src/components/FollowUpEditor/followUpDraft';
import { avvikelseFieldId, followUpFieldId, validateDraft } from '../../src/components/FollowUpEditor/followUpForm';
import { FollowUpTarget, withSavedFollowUp } from '../../src/components/common/planViewQueries';
import { samplePlanData } from '../model/samplePlan';
import { asPlanView, counterKeys } from './fixtures';

describe('follow-up draft', () => {
  const kontrollmomentTarget = (view: ReturnType<typeof asPlanView>): FollowUpTarget => ({ type: 'kontrollmoment', item: view.kontrollmoment[0] });

  it('starts from the stored follow-up with its avvikelser', () => {
    const view = asPlanView(samplePlanData());
    const draft = draftFor(view, kontrollmomentTarget(view), 'T1', counterKeys());
    expect(draft.key).toBe('f1');
    expect(draft.stored!.etag).toBe('"1"');
    expect(draft.status).toBe('Genomförd');
    expect(draft.resultat).toBe('Med mindre anmärkning');
    expect(draft.kommentar).toBe(view.uppfoljningar[0].kommentar);
    expect(draft.kommentar).toContain('Två fel hittades.');
    expect(draft.avvikelser.map((a) => a.key)).toEqual(['av1']);
  });

  it('starts empty with a new key where nothing is stored', () => {
    const view = asPlanView(samplePlanData());
    const draft = draftFor(view, kontrollmomentTarget(view), 'T2', counterKeys('ny'));
    expect(draft).toMatchObject({ key: 'ny1', stored: undefined, status: undefined, kommentar: '', avvikelser: [] });
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
    const draft = { ...draftFor(view, target, 'T2', counterKeys()), kommentar: `<p>${'x'.repeat(70000)}</p>` };
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
    // An edit in the editor is written as the editor gives it, normalised: list items hold their text.
    const rewritten = followUpToSave(target, 'T1', { ...edited, kommentar: '<p>Ny <em>text</em></p><ul><li><p>punkt</p></li></ul>' });
    expect(rewritten.followUp.kommentar).toBe('<p>Ny <em>text</em></p><ul><li>punkt</li></ul>');
    // The same text with the editor's own wrapping is no change: the stored HTML stays.
    expect(followUpToSave(target, 'T1', { ...edited, kommentar: '<p><strong>Två</strong> fel hittades.</p>' }).followUp.kommentar).toBe(
      '<p><b>Två</b> fel hittades.</p>'
    );
    // Emptied: no kommentar.
    expect(followUpToSave(target, 'T1', { ...edited, kommentar: '<p></p>' }).followUp.kommentar).toBeUndefined();
  });

  it('builds a new follow-up for the target and period', () => {
    const view = asPlanView(samplePlanData());
    const target: FollowUpTarget = { type: 'atgard', item: view.atgarder[0] };
    const draft = { ...draftFor(view, target, 'T1', counterKeys('ny')), status: 'Genomförd' as const, kommentar: '<p>Klart</p>' };
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
    expect(draft).toMatchObject({ key: 'f2', sannolikhet: 2, konsekvens: 4, kommentar: '<p>Risken har <i>minskat</i>.</p>' });
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
    expect(followUpToSave(target, 'T2', { ...draft, kommentar: '<p>Oförändrad</p>' }).followUp).toEqual({
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
    const issues = validateDraft(view, target, 'T2', { ...draftFor(view, target, 'T2', counterKeys()), kommentar: `<p>${'x'.repeat(70000)}</p>` });
    expect(issues.map((i) => i.fieldId)).toEqual([followUpFieldId('kommentar')]);
    expect(issues[0].message).toMatch(/^Periodens riskanalys får vara högst/);
  });
});
