/**
 * Who holds each role, through the service against the local SharePoint: the members of the
 * product's three groups, a person added by e-mail (made a site user through `ensureuser`) and
 * removed again, and SharePoint refusing the change to a user who neither owns the groups nor
 * may manage the site's permissions — the group is then unchanged.
 */
import type { IInternkontrollService, RoleMembers } from '../../src/data/InternkontrollService';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { createTarget, localTest, TestTarget } from '../support/target';
import { provisionedService } from '../support/service';

let target: TestTarget;
let owner: IInternkontrollService;

beforeEach(async () => {
  target = createTarget();
  owner = await provisionedService(target);
});

afterEach(() => target.close());

/** "role: name, name" per group, for readable expectations. */
function membersByRole(roles: RoleMembers[]): string[] {
  return roles.map((r) => `${r.role}: ${r.members.map((m) => m.title).join(', ')}`);
}

describe('who holds each role', () => {
  // The demo users join as local/provision.ts says; `planerare` is the second samordnare.
  localTest('lists the members of the three groups, by name', async () => {
    const roles = await owner.loadRoleMembers();
    expect(roles.map((r) => [r.role, r.groupTitle, r.exists])).toEqual([
      ['samordnare', 'Internkontroll – samordnare', true],
      ['rapportorer', 'Internkontroll – rapportörer', true],
      ['godkannare', 'Internkontroll – godkännare', true]
    ]);
    expect(membersByRole(roles)).toEqual(['samordnare: Planerare, Samordnare intern kontroll', 'rapportorer: Handläggare', 'godkannare: Förvaltningsdirektör']);
    expect(roles[1].members).toEqual([{ id: 7, title: 'Handläggare', email: 'handlaggare@kommun.example' }]);
  });

  localTest('adds a person of the directory by e-mail, who then reads as a godkännare, and removes them again', async () => {
    target.core!.store.users.addToDirectory({ login: 'enhetschef', title: 'Enhetschef IFO', email: 'enhetschef@kommun.example' });
    const added = await owner.addRoleMember('godkannare', 'enhetschef@kommun.example');
    expect(added).toMatchObject({ title: 'Enhetschef IFO', email: 'enhetschef@kommun.example' });
    expect(membersByRole(await owner.loadRoleMembers())[2]).toBe('godkannare: Enhetschef IFO, Förvaltningsdirektör');
    // ensureuser made them a site user on the way in.
    expect((await createInternkontrollService(target.sp('samordnare')).searchPeople('Enhetschef')).map((p) => p.title)).toEqual(['Enhetschef IFO']);

    // Adding twice changes nothing.
    await owner.addRoleMember('godkannare', 'enhetschef@kommun.example');
    expect((await owner.loadRoleMembers())[2].members).toHaveLength(2);

    await owner.removeRoleMember('godkannare', added.id);
    expect(membersByRole(await owner.loadRoleMembers())[2]).toBe('godkannare: Förvaltningsdirektör');
  });

  localTest('refuses an unknown address in Swedish, adding nobody', async () => {
    await expect(owner.addRoleMember('rapportorer', 'finns.inte@kommun.example')).rejects.toMatchObject({
      kind: 'not-found',
      message: 'Det finns ingen person med e-postadressen eller inloggningen ”finns.inte@kommun.example” i organisationens katalog. Kontrollera stavningen.'
    });
    expect(membersByRole(await owner.loadRoleMembers())[1]).toBe('rapportorer: Handläggare');
  });

  localTest('SharePoint refuses a rapportör and a samordnare who is not site owner: the groups stay as they were', async () => {
    const before = membersByRole(await owner.loadRoleMembers());
    for (const user of ['handlaggare', 'planerare'] as const) {
      const service = createInternkontrollService(target.sp(user));
      await expect(service.addRoleMember('samordnare', 'lasare@kommun.example')).rejects.toMatchObject({
        kind: 'permission',
        message: 'Du har inte behörighet att ändra vem som är med i gruppen ”Internkontroll – samordnare”. Be samordnaren för intern kontroll om behörighet.'
      });
      await expect(service.removeRoleMember('rapportorer', 7)).rejects.toMatchObject({ kind: 'permission' });
    }
    expect(membersByRole(await owner.loadRoleMembers())).toEqual(before);
  });
});
