/**
 * A local site with some of the demo plans, imported the way `npm start` seeds them (the demo
 * users in the product's groups, the demo settings with Nacka's matrix, the demo persons in
 * the Person columns), for the tests of the settings, Att rapportera, history and copy views.
 */
import { createDemoPlans } from '../../../local/demo';
import { assignDemoRoles, localSpfi } from '../../../local/provision';
import { DEMO_PERSONS, DEMO_SITE_SETTINGS, withDemoPersons } from '../../../local/seedDemo';
import type { PlanView } from '../../../src/data/InternkontrollService';
import { ROLE_GROUPS } from '../../../src/data/security/roles';
import '@pnp/sp/site-groups/web';
import { emptySite, LocalSite } from './localSite';

/** The demo plans by id: seed000-afn-2022, seed002-amn-2024, seed003-naf-2024, seed004-sn-2022. */
export type DemoId = 'seed000-afn-2022' | 'seed002-amn-2024' | 'seed003-naf-2024' | 'seed004-sn-2022';

/** A site with the demo settings and the chosen demo plans, and the plans as imported. */
export async function siteWith(ids: DemoId[]): Promise<{ site: LocalSite; plans: Record<string, PlanView> }> {
  const site = emptySite();
  const owner = site.serviceFor('samordnare');
  await owner.ensureLists();
  const sp = localSpfi(site.core);
  await assignDemoRoles(sp);
  // A samordnare who is not site owner, as in seededSite().
  await sp.web.siteGroups.getByName(ROLE_GROUPS.samordnare.title).users.add('i:0#.f|membership|planerare@kommun.example');
  await owner.saveSettings(DEMO_SITE_SETTINGS);
  const persons = { rapporteringsansvarig: await owner.ensurePerson(DEMO_PERSONS.rapporteringsansvarig), ansvarig: await owner.ensurePerson(DEMO_PERSONS.ansvarig) };
  const plans: Record<string, PlanView> = {};
  for (const demo of createDemoPlans().filter((d) => ids.indexOf(d.id as DemoId) >= 0)) {
    plans[demo.id] = await owner.importPlan(withDemoPersons(demo.data, persons));
  }
  return { site, plans };
}
