/**
 * The pure mapping list item ⇄ model. Items are simulated exactly as SharePoint REST returns
 * them: the written field values, `Id`, `odata.etag`, lookups as `<Field>Id`, dates as UTC
 * instants.
 */
import { createDemoPlans } from '../../local/demo';
import type { Entity, PlanData } from '../../src/model/types';
import { createPlanRefs, KeyIndex, PlanRefs, UnresolvedReferenceError } from '../../src/data/PlanRefs';
import { atgardFromItem, atgardToFields } from '../../src/data/atgarder/atgardMapping';
import { avvikelseFromItem, avvikelseToFields } from '../../src/data/avvikelser/avvikelseMapping';
import { fromSharePointDate, ItemFields, joinDates, ListItemJson, readETag, readKey, splitDates, StoredJsonError, titleText, toSharePointDate } from '../../src/data/fields';
import { followUpFromItem, followUpToFields } from '../../src/data/followUps/followUpMapping';
import { kontrollmomentFromItem, kontrollmomentTitle, kontrollmomentToFields } from '../../src/data/kontrollmoment/kontrollmomentMapping';
import { omradeFromItem, omradeToFields } from '../../src/data/omraden/omradeMapping';
import { planFromItem, planSummaryFromItem, planToFields } from '../../src/data/plans/planMapping';
import { riskFromItem, riskToFields } from '../../src/data/risks/riskMapping';
import { settingsFromItem, settingsToFields } from '../../src/data/settings/settingsMapping';
import { createDefaultMatrix4x4 } from '../../src/model/riskMatrix';

/** What SharePoint stores and returns for written fields: nulls stay null, the rest as sent. */
function asItem(fields: ItemFields, id: number, version: number = 1): ListItemJson {
  return { ...fields, Id: id, ID: id, 'odata.etag': `"${version}"` };
}

/** The entity with id and etag, without undefined properties, for comparison. */
function expectedStored<T extends Entity>(entity: T, id: number, version: number = 1): T {
  const copy = { ...entity, id, etag: `"${version}"` } as unknown as Record<string, unknown>;
  Object.keys(copy).forEach((name) => {
    if (copy[name] === undefined) {
      delete copy[name];
    }
  });
  return copy as T;
}

/** Round-trips every entity of a plan through its item, assigning ids as SharePoint would. */
function roundTrip(data: PlanData): { refs: PlanRefs; back: PlanData } {
  let nextId = 100;
  const planFields = planToFields(data.plan);
  const planItem = asItem(planFields, 1);
  const refs = createPlanRefs(1);
  const omraden = data.plan.omraden.map((omrade) => {
    const item = asItem(omradeToFields(omrade, refs), nextId++);
    const stored = omradeFromItem(item);
    refs.omraden.set(stored.key, stored.id);
    return stored;
  });
  const plan = planFromItem(planItem, omraden);
  const risker = data.risker.map((risk) => {
    const stored = riskFromItem(asItem(riskToFields(risk, refs), nextId++), refs);
    refs.risker.set(stored.key, stored.id);
    refs.names.set(stored.key, stored.titel);
    return stored;
  });
  const kontrollmoment = data.kontrollmoment.map((km) => {
    const stored = kontrollmomentFromItem(asItem(kontrollmomentToFields(km, refs), nextId++), refs);
    refs.kontrollmoment.set(stored.key, stored.id);
    return stored;
  });
  const atgarder = data.atgarder.map((atgard) => {
    const stored = atgardFromItem(asItem(atgardToFields(atgard, refs), nextId++), refs);
    refs.atgarder.set(stored.key, stored.id);
    return stored;
  });
  const uppfoljningar = data.uppfoljningar.map((followUp) => {
    const stored = followUpFromItem(asItem(followUpToFields(followUp, refs), nextId++), refs);
    refs.uppfoljningar.set(stored.key, stored.id);
    return stored;
  });
  const avvikelser = data.avvikelser.map((avvikelse) => avvikelseFromItem(asItem(avvikelseToFields(avvikelse, refs), nextId++), refs));
  return { refs, back: { plan, risker, kontrollmoment, atgarder, uppfoljningar, avvikelser } };
}

/** Strips id and etag so a round-tripped entity compares with the original. */
function identityless<T>(items: T[]): unknown[] {
  return items.map((item) => {
    const copy: Record<string, unknown> = { ...(item as unknown as Record<string, unknown>) };
    delete copy.id;
    delete copy.etag;
    Object.keys(copy).forEach((name) => {
      if (copy[name] === undefined) {
        delete copy[name];
      }
    });
    return copy;
  });
}

describe('mapping of every demo plan through its list items', () => {
  for (const demo of createDemoPlans()) {
    test(`${demo.id}: every entity comes back as it went in`, () => {
      const { back } = roundTrip(demo.data);
      const original = demo.data;
      const planBack: Record<string, unknown> = { ...back.plan };
      expect(planBack.id).toBe(1);
      expect(planBack.etag).toBe('"1"');
      expect(identityless([{ ...back.plan, omraden: undefined }])).toEqual(identityless([{ ...original.plan, omraden: undefined }]));
      expect(identityless(back.plan.omraden)).toEqual(identityless(original.plan.omraden.slice().sort((a, b) => a.ordning - b.ordning)));
      expect(identityless(back.risker)).toEqual(identityless(original.risker));
      // A kontrollmoment's empty list of avstämningsdatum is stored as an empty column and
      // read back as absent (the field is optional there); both mean "no check-in dates".
      const withoutEmptyDates = original.kontrollmoment.map((km) =>
        km.avstamningsdatum !== undefined && km.avstamningsdatum.length === 0 ? { ...km, avstamningsdatum: undefined } : km
      );
      expect(identityless(back.kontrollmoment)).toEqual(identityless(withoutEmptyDates));
      expect(identityless(back.atgarder)).toEqual(identityless(original.atgarder));
      expect(identityless(back.uppfoljningar)).toEqual(identityless(original.uppfoljningar));
      expect(identityless(back.avvikelser)).toEqual(identityless(original.avvikelser));
      expect(back.avvikelser.length + back.uppfoljningar.length + back.kontrollmoment.length).toBeGreaterThan(0);
    });
  }
});

describe('plan fields', () => {
  const plan = {
    key: 'p1',
    namnd: 'Socialnämnden',
    ar: 2025,
    status: 'Beslutad' as const,
    beslutsdatum: '2024-12-12',
    riskMatrix: createDefaultMatrix4x4(),
    perioder: [{ key: 'T1', label: 'Tertial 1', start: '2025-01-01', end: '2025-04-30', kind: 'tertial' as const }],
    omraden: []
  };

  test('the plan item is titled by year and nämnd, stores matrix and periods as JSON and clears empty fields', () => {
    const fields = planToFields(plan);
    expect(fields.Title).toBe('Internkontrollplan 2025 Socialnämnden');
    expect(JSON.parse(fields.RiskMatrix as string)).toEqual(plan.riskMatrix);
    expect(JSON.parse(fields.Perioder as string)).toEqual(plan.perioder);
    expect(fields.Forvaltning).toBeNull();
    expect(fields.Diarienummer).toBeNull();
    expect(fields.Beslutsdatum).toBe('2024-12-12T00:00:00Z');
    expect(fields.IdempotencyKey).toBe('p1');
  });

  test('a plan item with broken JSON is refused with StoredJsonError, not read as an empty matrix', () => {
    const item = asItem({ ...planToFields(plan), RiskMatrix: '{not json' }, 7);
    expect(() => planFromItem(item, [])).toThrow(StoredJsonError);
    const missing = asItem({ ...planToFields(plan), Perioder: null }, 7);
    expect(() => planFromItem(missing, [])).toThrow(/Perioder/);
  });

  test('the plan list row reads without the JSON columns', () => {
    const summary = planSummaryFromItem({ Id: 4, 'odata.etag': '"9"', Namnd: 'Kulturnämnden', Ar: 2024, PlanStatus: 'Utkast', IdempotencyKey: 'k' });
    expect(summary).toEqual({ id: 4, etag: '"9"', key: 'k', namnd: 'Kulturnämnden', ar: 2024, status: 'Utkast' });
  });
});

describe('references between rows', () => {
  test('a child whose parent is not stored cannot be written', () => {
    const refs = createPlanRefs(1);
    const km = { key: 'k1', riskKey: 'r-missing', nr: 1, beskrivning: 'x', obligatorisk: false };
    expect(() => kontrollmomentToFields(km, refs)).toThrow(UnresolvedReferenceError);
    expect(() => riskToFields({ key: 'r', nr: 1, titel: 't', obligatorisk: false, omradeKey: 'nope' }, refs)).toThrow(UnresolvedReferenceError);
  });

  test('a lookup to a row the plan does not have keeps a visible placeholder key', () => {
    const refs = createPlanRefs(1);
    const km = kontrollmomentFromItem({ Id: 3, RiskId: 77, Nr: 1, Beskrivning: 'x', Obligatorisk: false }, refs);
    expect(km.riskKey).toBe('saknas-77');
  });

  test('a follow-up writes only the lookup of its kind of target', () => {
    const refs = createPlanRefs(1);
    refs.atgarder.set('a1', 12);
    refs.names.set('a1', 'Processkartläggning');
    const fields = followUpToFields({ key: 'f', targetType: 'atgard', targetKey: 'a1', periodKey: 'T2', status: 'Pågående' }, refs);
    expect(fields.AtgardId).toBe(12);
    expect(fields.KontrollmomentId).toBeNull();
    expect(fields.RiskId).toBeNull();
    expect(fields.Objekttyp).toBe('Åtgärd');
    expect(fields.Title).toBe('T2: Processkartläggning');
  });

  test('a risk follow-up carries the period rating in Sannolikhet and Konsekvens', () => {
    const refs = createPlanRefs(1);
    refs.risker.set('r1', 5);
    const followUp = { key: 'f', targetType: 'risk' as const, targetKey: 'r1', periodKey: 'T1', riskvardering: { sannolikhet: 3, konsekvens: 4 } };
    const back = followUpFromItem(asItem(followUpToFields(followUp, refs), 9), refs);
    expect(back.riskvardering).toEqual({ sannolikhet: 3, konsekvens: 4 });
    expect(back.targetType).toBe('risk');
    expect(back.targetKey).toBe('r1');
  });

  test('KeyIndex keeps both directions when an entity gets a new id', () => {
    const index = new KeyIndex();
    index.set('a', 1);
    index.set('a', 2);
    expect(index.idOf('a')).toBe(2);
    expect(index.keyOf(1)).toBeUndefined();
    expect(index.keyOf(2)).toBe('a');
    index.deleteKey('a');
    expect(index.idOf('a')).toBeUndefined();
    expect(index.keyOf(2)).toBeUndefined();
  });
});

describe('field values', () => {
  test('date-only values read back as the same day from UTC, Stockholm winter and summer, and New York', () => {
    expect(fromSharePointDate('2024-05-01T00:00:00Z')).toBe('2024-05-01');
    expect(fromSharePointDate('2024-04-30T22:00:00Z')).toBe('2024-05-01');
    expect(fromSharePointDate('2024-01-14T23:00:00Z')).toBe('2024-01-15');
    expect(fromSharePointDate('2024-05-01T04:00:00Z')).toBe('2024-05-01');
    expect(fromSharePointDate('2024-05-01')).toBe('2024-05-01');
    expect(fromSharePointDate(toSharePointDate('2024-02-29'))).toBe('2024-02-29');
    expect(fromSharePointDate('')).toBeUndefined();
    expect(fromSharePointDate(null)).toBeUndefined();
    expect(fromSharePointDate('inte ett datum')).toBeUndefined();
  });

  test('avstämningsdatum are stored as readable text and read back however a user separated them', () => {
    expect(joinDates(['2022-05-01', '2022-09-01'])).toBe('2022-05-01, 2022-09-01');
    expect(joinDates([])).toBeNull();
    expect(splitDates('2022-05-01, 2022-09-01')).toEqual(['2022-05-01', '2022-09-01']);
    expect(splitDates('2022-05-01;2022-09-01\n2022-11-01')).toEqual(['2022-05-01', '2022-09-01', '2022-11-01']);
    expect(splitDates(undefined)).toEqual([]);
  });

  test('Title values are one line of plain text within 255 characters', () => {
    expect(titleText('<p>Attest<b>regler</b></p><p>och mer</p>', 'x')).toBe('Attestregler och mer');
    expect(titleText('', 'Avvikelse')).toBe('Avvikelse');
    const long = titleText('a'.repeat(400), 'x');
    expect(long.length).toBe(255);
    expect(long.endsWith('…')).toBe(true);
    expect(kontrollmomentTitle({ nr: 3, beskrivning: '<p>Genomgång av <i>insatser</i></p>' })).toBe('3. Genomgång av insatser');
    expect(kontrollmomentTitle({ nr: 3, kortnamn: 'uppföljning av insatser', beskrivning: 'lång text' })).toBe('3. uppföljning av insatser');
  });

  test('the ETag is read from minimal, OData 4 and verbose metadata', () => {
    expect(readETag({ 'odata.etag': '"3"' })).toBe('"3"');
    expect(readETag({ '@odata.etag': '"4"' })).toBe('"4"');
    expect(readETag({ __metadata: { etag: '"5"' } })).toBe('"5"');
    expect(readETag({})).toBe('');
  });

  test('items made outside the app get a key from their id', () => {
    expect(readKey({ Id: 12 })).toBe('sp-12');
    expect(readKey({ Id: 12, IdempotencyKey: 'abc' })).toBe('abc');
  });

  test('an omrade, risk and åtgärd item with empty columns read as absent fields, not empty strings', () => {
    const refs = createPlanRefs(1);
    const omrade = omradeFromItem({ Id: 1, Title: 'Finansiell kontroll', Beskrivning: null, Sortering: 2, IdempotencyKey: 'o' });
    expect(omrade).toEqual({ id: 1, etag: '', key: 'o', namn: 'Finansiell kontroll', ordning: 2 });
    const risk = riskFromItem({ Id: 2, Title: 'R', Nr: '4', Obligatorisk: true, Sannolikhet: null, IdempotencyKey: 'r' }, refs);
    expect(risk).toEqual({ id: 2, etag: '', key: 'r', nr: 4, titel: 'R', obligatorisk: true });
    const atgard = atgardFromItem({ Id: 3, Title: 'Gör', AtgardStatus: 'Genomförd', Avstamningsdatum: '', IdempotencyKey: 'a' }, refs);
    expect(atgard).toEqual({ id: 3, etag: '', key: 'a', riskKey: '', beskrivning: 'Gör', avstamningsdatum: [], status: 'Genomförd' });
  });
});

describe('organisation settings', () => {
  test('settings round-trip through the Organisation item as JSON', () => {
    const settings = { organisation: 'Uppsala kommun', diarienummerPattern: '^AMN-\\d{4}-\\d{5}$', diarienummerExample: 'AMN-2024-00318' };
    const fields = settingsToFields(settings);
    expect(fields.Title).toBe('Organisation');
    expect(settingsFromItem(asItem(fields, 2, 3))).toEqual({ ...settings, id: 2, etag: '"3"' });
  });

  test('the stored identity never leaks into the JSON', () => {
    const fields = settingsToFields({ organisation: 'X', ...{ id: 5, etag: '"1"' } } as never);
    expect(JSON.parse(fields.Varde as string)).toEqual({ organisation: 'X' });
  });
});

test('expectedStored helper matches a stored entity', () => {
  const omrade = { key: 'o', namn: 'N', ordning: 1 };
  expect(omradeFromItem(asItem(omradeToFields(omrade, createPlanRefs(1)), 5))).toEqual(expectedStored(omrade, 5));
});
