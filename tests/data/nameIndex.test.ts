/**
 * The plan's names worked out on first use (`NameIndex`) give what the eager names gave: the
 * follow-up title of a kontrollmoment without kortnamn is its description as plain text.
 */
import { followUpToFields } from '../../src/data/followUps/followUpMapping';
import { KontrollmomentRepository } from '../../src/data/kontrollmoment/KontrollmomentRepository';
import { createPlanRefs, NameIndex } from '../../src/data/PlanRefs';
import type { Kontrollmoment } from '../../src/model';

describe('NameIndex', () => {
  test('a lazy name is worked out once, when first asked for, and then kept', () => {
    const names = new NameIndex();
    let calls = 0;
    names.setLazy('k1', () => {
      calls++;
      return 'Attestregler';
    });
    expect(calls).toBe(0);
    expect(names.has('k1')).toBe(true);
    expect(names.get('k1')).toBe('Attestregler');
    expect(names.get('k1')).toBe('Attestregler');
    expect(calls).toBe(1);
  });

  test('set replaces a lazy name, delete forgets both kinds, unknown keys have none', () => {
    const names = new NameIndex();
    names.setLazy('k1', () => 'gammalt');
    names.set('k1', 'nytt');
    expect(names.get('k1')).toBe('nytt');
    names.setLazy('k2', () => 'aldrig');
    expect(names.delete('k2')).toBe(true);
    expect(names.has('k2')).toBe(false);
    expect(names.get('k2')).toBeUndefined();
    expect(names.delete('k2')).toBe(false);
    expect(names.get('okänd')).toBeUndefined();
  });

  test('a follow-up title from a lazily named kontrollmoment is the same as from an eager name', () => {
    // Hand-computed: no kortnamn, so the description as plain text: "Kontroll av attest".
    const repo = Object.create(KontrollmomentRepository.prototype) as KontrollmomentRepository;
    const km: Kontrollmoment = { key: 'k1', riskKey: 'r1', nr: 4, beskrivning: '<p>Kontroll av <b>attest</b></p>', obligatorisk: false };
    const eager = createPlanRefs(1);
    eager.kontrollmoment.set('k1', 40);
    eager.names.set('k1', 'Kontroll av attest');
    const lazy = createPlanRefs(1);
    lazy.kontrollmoment.set('k1', 40);
    lazy.names.setLazy('k1', () => repo.nameOf(km));
    const followUp = { key: 'f', targetType: 'kontrollmoment' as const, targetKey: 'k1', periodKey: 'T1', status: 'Genomförd' as const };
    expect(followUpToFields(followUp, lazy).Title).toBe('T1: Kontroll av attest');
    expect(followUpToFields(followUp, lazy).Title).toBe(followUpToFields(followUp, eager).Title);
  });
});
