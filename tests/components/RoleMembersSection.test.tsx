/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * Who holds each role, on the settings page against the local SharePoint: the site owner finds
 * a site user by name and adds them, adds a person of the directory by a whole e-mail address,
 * and removes a member — each read back from SharePoint; a samordnare who is not site owner
 * sees the settings and the role holders but cannot change the groups.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';

import { App } from '../../src/components/App/App';
import type { RoleMembers } from '../../src/data/InternkontrollService';
import type { DemoUser, LocalSite } from './support/localSite';
import { siteWith } from './support/featureSite';

let site: LocalSite;

jest.setTimeout(120_000);

beforeEach(async () => {
  ({ site } = await siteWith([]));
});

async function openRoles(user: DemoUser): Promise<HTMLElement> {
  render(<App service={site.serviceFor(user)} locale="sv-SE" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Inställningar' }));
  return screen.findByRole('region', { name: 'Vem har vilken roll' }, { timeout: 30_000 });
}

/** "group: names" as SharePoint holds it, read as the reader. */
async function stored(): Promise<string[]> {
  const roles: RoleMembers[] = await site.serviceFor('lasare').loadRoleMembers();
  return roles.map((r) => `${r.role}: ${r.members.map((m) => m.title).join(', ')}`);
}

describe('who holds each role', () => {
  it('lists the members, adds a site user found by name and a directory person by e-mail, and removes one', async () => {
    const section = await openRoles('samordnare');
    const rapportorer = await within(section).findByRole('region', { name: 'Rapportörer' });
    expect(within(rapportorer).getByRole('list', { name: 'Medlemmar i Internkontroll – rapportörer' })).toHaveTextContent('Handläggarehandlaggare@kommun.example');

    // A site user, by part of the name.
    fireEvent.change(within(rapportorer).getByRole('textbox', { name: 'Lägg till i Internkontroll – rapportörer' }), { target: { value: 'läs' } });
    expect(await within(rapportorer).findByText('1 person hittades.')).toBeInTheDocument();
    fireEvent.click(within(rapportorer).getByRole('button', { name: 'Lägg till Läsare i Internkontroll – rapportörer' }));
    expect(await screen.findByText('Läsare är tillagd i Internkontroll – rapportörer.')).toBeInTheDocument();
    expect((await stored())[1]).toBe('rapportorer: Handläggare, Läsare');

    // A person of the directory who has never used the site: only a whole address finds them.
    site.core.store.users.addToDirectory({ login: 'enhetschef', title: 'Enhetschef IFO', email: 'enhetschef@kommun.example' });
    const godkannare = within(section).getByRole('region', { name: 'Godkännare' });
    const search = within(godkannare).getByRole('textbox', { name: 'Lägg till i Internkontroll – godkännare' });
    fireEvent.change(search, { target: { value: 'enhetschef' } });
    expect(await within(godkannare).findByText(/^Ingen på webbplatsen matchar/)).toBeInTheDocument();
    fireEvent.change(search, { target: { value: 'enhetschef@kommun.example' } });
    fireEvent.click(await within(godkannare).findByRole('button', { name: 'Lägg till enhetschef@kommun.example' }));
    expect(await screen.findByText('Enhetschef IFO är tillagd i Internkontroll – godkännare.')).toBeInTheDocument();
    expect((await stored())[2]).toBe('godkannare: Enhetschef IFO, Förvaltningsdirektör');

    fireEvent.click(within(rapportorer).getByRole('button', { name: 'Ta bort Handläggare ur Internkontroll – rapportörer' }));
    expect(await screen.findByText('Handläggare är borttagen ur Internkontroll – rapportörer.')).toBeInTheDocument();
    expect((await stored())[1]).toBe('rapportorer: Läsare');
  });

  it('an unknown address is refused in Swedish and adds nobody', async () => {
    const section = await openRoles('samordnare');
    const samordnare = await within(section).findByRole('region', { name: 'Samordnare' });
    fireEvent.change(within(samordnare).getByRole('textbox', { name: 'Lägg till i Internkontroll – samordnare' }), { target: { value: 'finns.inte@kommun.example' } });
    fireEvent.click(await within(samordnare).findByRole('button', { name: 'Lägg till finns.inte@kommun.example' }));
    expect(
      await screen.findByText('Det finns ingen person med e-postadressen eller inloggningen ”finns.inte@kommun.example” i organisationens katalog. Kontrollera stavningen.')
    ).toBeInTheDocument();
    expect((await stored())[0]).toBe('samordnare: Planerare, Samordnare intern kontroll');
  });

  it('a samordnare who is not site owner sees the settings and who holds each role, without changing the groups', async () => {
    const section = await openRoles('planerare');
    await within(section).findByRole('region', { name: 'Samordnare' });
    expect(within(section).getByText(/Bara webbplatsens ägare kan ändra vem som har en roll\./)).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /^Ta bort / })).not.toBeInTheDocument();
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Spara inställningarna' })).toBeInTheDocument();
  });
});
