/**
 * The two-user comparison, pure: the shared field-by-field logic (common/conflict) with
 * hand-made values, the structure editors' drafts over it, and the follow-up form's drafts
 * (own fields, avvikelser added, changed or removed on either side) with their merge.
 */
import { allYours, conflictRows, defaultChoices, mergeChoices } from '../../src/components/common/conflict/fieldConflict';
import * as structure from '../../src/components/StructureEditor/conflict';
import {
  avvikelseConflictField,
  followUpConflictPanelRows,
  followUpConflictRows,
  mergeFollowUpChoices,
  parseAvvikelseField
} from '../../src/components/FollowUpEditor/followUpConflict';
import type { AvvikelseDraft, FollowUpDraft } from '../../src/components/FollowUpEditor/followUpDraft';
import { followUpToSave } from '../../src/components/FollowUpEditor/followUpDraft';
import type { FollowUpTarget } from '../../src/components/common/planViewQueries';
import { SV_STRINGS } from '../../src/components/i18n';
import { createDefaultMatrix4x4 } from '../../src/model';
import type { Avvikelse, FollowUp } from '../../src/model';
import type { Stored } from '../../src/data/InternkontrollService';

const exact = (a: string | undefined, b: string | undefined): boolean => (a || '') === (b || '');

describe('the shared comparison', () => {
  // Opened: a=1 b=1 c=1. You changed a and c; they changed a and b.
  const opened = { a: '1', b: '1', c: '1' };
  const yours = { a: 'du', b: '1', c: 'du' };
  const theirs = { a: 'de', b: 'de', c: '1' };
  const fields = ['a', 'b', 'c'];

  it('lists the fields that differ, in the given order, knowing which you changed', () => {
    expect(conflictRows(fields, opened, yours, theirs, exact)).toEqual([
      { field: 'a', theirs: 'de', yours: 'du', changedByYou: true },
      { field: 'b', theirs: 'de', yours: '1', changedByYou: false },
      { field: 'c', theirs: '1', yours: 'du', changedByYou: true }
    ]);
  });

  it('leaves out a field both changed the same way, and compares with the given equality', () => {
    expect(conflictRows(['a'], { a: 'x' }, { a: 'y' }, { a: 'y' }, exact)).toEqual([]);
    expect(conflictRows(['a'], { a: 'x' }, { a: ' Y ' }, { a: 'y' }, (p, q) => (p || '').trim().toLowerCase() === (q || '').trim().toLowerCase())).toEqual([]);
    // Not set and empty are the same to this equality.
    expect(conflictRows(['a'], {}, { a: '' }, {}, exact)).toEqual([]);
  });

  it('defaults to yours where you changed the field and theirs elsewhere, and merges the choices', () => {
    const rows = conflictRows(fields, opened, yours, theirs, exact);
    const choices = defaultChoices(rows);
    expect(choices).toEqual({ a: 'yours', b: 'theirs', c: 'yours' });
    expect(mergeChoices(yours, theirs, rows, choices)).toEqual({ a: 'du', b: 'de', c: 'du' });
    expect(mergeChoices(yours, theirs, rows, { ...choices, a: 'theirs' })).toEqual({ a: 'de', b: 'de', c: 'du' });
    expect(mergeChoices(yours, theirs, rows, allYours(rows))).toEqual({ a: 'du', b: '1', c: 'du' });
  });

  it('keeps your value of a field that did not differ or that only the form has', () => {
    const rows = conflictRows(['a'], { a: '1' }, { a: '1', reason: 'Ny bedömning' }, { a: '2' }, exact);
    expect(mergeChoices({ a: '1', reason: 'Ny bedömning' }, { a: '2' }, rows, defaultChoices(rows))).toEqual({ a: '2', reason: 'Ny bedömning' });
  });

  it('serves the structure editors with their drafts’ own equality (dates as lists, checkboxes)', () => {
    const openedDraft = { titel: 'Risk', obligatorisk: false, avstamningsdatum: ['2026-04-30'] };
    const yoursDraft = { titel: 'Risk ', obligatorisk: false, avstamningsdatum: ['2026-04-30', '2026-08-31'] };
    const theirsDraft = { titel: 'Risk', obligatorisk: true, avstamningsdatum: ['2026-04-30'] };
    const rows = structure.conflictRows(['titel', 'obligatorisk', 'avstamningsdatum'], openedDraft, yoursDraft, theirsDraft);
    // The trailing space is no difference; the checkbox is theirs, the dates yours.
    expect(rows.map((r) => [r.field, r.changedByYou])).toEqual([
      ['obligatorisk', false],
      ['avstamningsdatum', true]
    ]);
    expect(structure.mergeChoices(yoursDraft, theirsDraft, rows, structure.defaultChoices(rows))).toEqual({
      titel: 'Risk ',
      obligatorisk: true,
      avstamningsdatum: ['2026-04-30', '2026-08-31']
    });
  });
});

describe('the follow-up form’s comparison', () => {
  const target = { type: 'kontrollmoment', item: { key: 'k7', nr: 7, riskKey: 'r1', beskrivning: '<p>Attest</p>', obligatorisk: false } } as unknown as FollowUpTarget;
  const storedFollowUp = (etag: string, fields: Partial<FollowUp>): Stored<FollowUp> =>
    ({ key: 'f1', id: 11, etag, targetType: 'kontrollmoment', targetKey: 'k7', periodKey: 'T2', ...fields }) as Stored<FollowUp>;
  const storedAvvikelse = (key: string, id: number, etag: string, fields: Partial<Avvikelse>): Stored<Avvikelse> =>
    ({ key, id, etag, followUpKey: 'f1', beskrivning: '', atgard: '', ...fields }) as Stored<Avvikelse>;
  const row = (stored: Stored<Avvikelse>): AvvikelseDraft => ({
    key: stored.key,
    stored,
    beskrivning: stored.beskrivning,
    atgard: stored.atgard || '',
    slutdatum: stored.slutdatum || '',
    status: stored.status
  });

  // As opened: Pågående, Med anmärkning, one avvikelse v1 (and v2, which they will delete).
  const v1Old = storedAvvikelse('v1', 21, '"a,1"', { beskrivning: 'Attest saknas', atgard: 'Påminnelse', slutdatum: '2026-09-30', status: 'Ej påbörjad' });
  const v2Old = storedAvvikelse('v2', 22, '"b,1"', { beskrivning: 'Dubbel utbetalning', atgard: 'Återkrav', slutdatum: '2026-10-31' });
  const opened: FollowUpDraft = {
    key: 'f1',
    stored: storedFollowUp('"f,1"', { status: 'Pågående', resultat: 'Med anmärkning', kommentar: '<p>Två av tio</p>' }),
    status: 'Pågående',
    resultat: 'Med anmärkning',
    kommentar: '<p>Två av tio</p>',
    kommentarLoaded: '<p>Två av tio</p>',
    avvikelser: [row(v1Old), row(v2Old)]
  };
  // You: a new kommentar (bold), v1's åtgärd changed, a new avvikelse n1; status untouched.
  const yours: FollowUpDraft = {
    ...opened,
    kommentar: '<p>Två av tio, <strong>båda</strong> rättade</p>',
    avvikelser: [{ ...row(v1Old), atgard: 'Utbildning i attest' }, row(v2Old), { key: 'n1', beskrivning: 'Sen rapport', atgard: 'Rutin', slutdatum: '2026-12-31' }]
  };
  // They: status Genomförd, v1's status Pågående (fresh ETag), v2 deleted; kommentar the same.
  const v1New: Stored<Avvikelse> = { ...v1Old, etag: '"a,2"', status: 'Pågående' };
  const theirs: FollowUpDraft = {
    key: 'f1',
    stored: storedFollowUp('"f,2"', { status: 'Genomförd', resultat: 'Med anmärkning', kommentar: '<p>Två av tio</p>' }),
    status: 'Genomförd',
    resultat: 'Med anmärkning',
    kommentar: '<p>Två av tio</p>',
    kommentarLoaded: '<p>Två av tio</p>',
    avvikelser: [row(v1New)]
  };

  it('lists each differing field: the follow-up’s own, each shared avvikelse’s fields, and an avvikelse one side lacks', () => {
    const rows = followUpConflictRows(target, opened, yours, theirs);
    expect(rows.map((r) => [r.field, r.changedByYou])).toEqual([
      ['status', false],
      ['kommentar', true],
      ['avvikelse:v1:atgard', true],
      ['avvikelse:v1:status', false],
      ['avvikelse:v2', false],
      ['avvikelse:n1', true]
    ]);
  });

  it('compares rich text as stored: a list item’s lone paragraph is no difference', () => {
    const same = { ...yours, kommentar: '<ul><li><p>Ett</p></li></ul>' };
    const stored = { ...theirs, kommentar: '<ul><li>Ett</li></ul>' };
    expect(followUpConflictRows(target, opened, same, stored).map((r) => r.field)).not.toContain('kommentar');
  });

  it('merges the defaults over their version: their status and avvikelse status, your kommentar, åtgärd and new row; their delete stands', () => {
    const rows = followUpConflictRows(target, opened, yours, theirs);
    const merged = mergeFollowUpChoices(yours, theirs, rows, defaultChoices(rows));
    expect(merged.stored!.etag).toBe('"f,2"');
    expect(merged.status).toBe('Genomförd');
    expect(merged.kommentar).toBe('<p>Två av tio, <strong>båda</strong> rättade</p>');
    expect(merged.avvikelser.map((a) => [a.key, a.stored ? a.stored.etag : 'ny', a.atgard, a.status])).toEqual([
      ['v1', '"a,2"', 'Utbildning i attest', 'Pågående'],
      ['n1', 'ny', 'Rutin', undefined]
    ]);
    // What it saves as: the fresh ETags go out as If-Match, the new row as a create under f1.
    const toSave = followUpToSave(target, 'T2', merged);
    expect(toSave.followUp).toMatchObject({ key: 'f1', etag: '"f,2"', status: 'Genomförd', kommentar: '<p>Två av tio, <strong>båda</strong> rättade</p>' });
    expect(toSave.avvikelser).toEqual([
      { ...v1New, atgard: 'Utbildning i attest', status: 'Pågående' },
      { key: 'n1', followUpKey: 'f1', beskrivning: 'Sen rapport', atgard: 'Rutin', slutdatum: '2026-12-31', status: undefined }
    ]);
  });

  it('keeps an avvikelse they deleted when you choose yours, written again as new', () => {
    const rows = followUpConflictRows(target, opened, yours, theirs);
    const merged = mergeFollowUpChoices(yours, theirs, rows, { ...defaultChoices(rows), 'avvikelse:v2': 'yours', status: 'yours', kommentar: 'theirs' });
    expect(merged.status).toBe('Pågående');
    expect(merged.kommentar).toBe('<p>Två av tio</p>');
    expect(merged.avvikelser.map((a) => [a.key, a.stored === undefined, a.beskrivning])).toEqual([
      ['v1', false, 'Attest saknas'],
      ['v2', true, 'Dubbel utbetalning'],
      ['n1', true, 'Sen rapport']
    ]);
  });

  it('takes their follow-up’s key when they recorded it first (yours was new), keeping your typing as chosen', () => {
    const empty: FollowUpDraft = { key: 'ny1', kommentar: '', kommentarLoaded: '', avvikelser: [] };
    const typed: FollowUpDraft = { ...empty, status: 'Genomförd', resultat: 'Utan anmärkning' };
    const first: FollowUpDraft = { ...theirs, status: 'Pågående', avvikelser: [] };
    const rows = followUpConflictRows(target, empty, typed, first);
    expect(rows.map((r) => r.field)).toEqual(['status', 'resultat', 'kommentar']);
    const merged = mergeFollowUpChoices(typed, first, rows, defaultChoices(rows));
    expect(merged).toMatchObject({ key: 'f1', status: 'Genomförd', resultat: 'Utan anmärkning', kommentar: '<p>Två av tio</p>' });
    expect(merged.stored!.etag).toBe('"f,2"');
  });

  it('names the rows as the form does, values by their labels, the kommentar as rich text', () => {
    const rows = followUpConflictRows(target, opened, yours, theirs);
    const shown = followUpConflictPanelRows(target, createDefaultMatrix4x4(), rows, yours, theirs, SV_STRINGS);
    expect(shown.map((r) => r.label)).toEqual(['Status', 'Kommentar', 'Avvikelse 1: Åtgärd', 'Avvikelse 1: Avvikelsens status', 'Avvikelse 2', 'Avvikelse 3']);
    expect(shown[0]).toMatchObject({ theirs: { text: 'Genomförd' }, yours: { text: 'Pågående' } });
    expect(shown[1]).toMatchObject({ theirs: { richText: '<p>Två av tio</p>' }, yours: { richText: '<p>Två av tio, <strong>båda</strong> rättade</p>' } });
    expect(shown[3]).toMatchObject({ theirs: { text: 'Pågående' }, yours: { text: 'Ej påbörjad' } });
    expect(shown[4].theirs).toEqual({ text: 'Finns inte i den här versionen' });
    expect(shown[4].yours).toEqual({ text: 'Beskrivning: Dubbel utbetalning\nÅtgärd: Återkrav\nSlutdatum: 2026-10-31\nAvvikelsens status: Inte angiven' });
  });

  it('shows a risk’s period rating by the matrix’s step labels', () => {
    const risk = { type: 'risk', item: { key: 'r1', nr: 1, titel: 'Risk', obligatorisk: false } } as unknown as FollowUpTarget;
    const base: FollowUpDraft = { key: 'f9', kommentar: '', kommentarLoaded: '', avvikelser: [], sannolikhet: 2, konsekvens: 3 };
    const rows = followUpConflictRows(risk, base, { ...base, sannolikhet: 4 }, { ...base, konsekvens: 1 });
    const matrix = createDefaultMatrix4x4();
    const shown = followUpConflictPanelRows(risk, matrix, rows, base, base, SV_STRINGS);
    expect(shown.map((r) => [r.label, (r.theirs as { text: string }).text, (r.yours as { text: string }).text])).toEqual([
      ['Sannolikhet', `2 – ${matrix.sannolikhet[1].label}`, `4 – ${matrix.sannolikhet[3].label}`],
      ['Konsekvens', `1 – ${matrix.konsekvens[0].label}`, `3 – ${matrix.konsekvens[2].label}`]
    ]);
  });

  it('reads back the avvikelse and field of a row name', () => {
    expect(parseAvvikelseField(avvikelseConflictField('a:b', 'status'))).toEqual({ key: 'a:b', field: 'status' });
    expect(parseAvvikelseField(avvikelseConflictField('v1'))).toEqual({ key: 'v1', field: undefined });
    expect(parseAvvikelseField('kommentar')).toBeUndefined();
  });
});
