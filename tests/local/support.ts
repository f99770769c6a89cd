/**
 * Test support for the local SharePoint contract tests: a fresh in-memory core and PnPjs
 * instances bound to it exactly as the app binds them (SPBrowser + LocalSharePoint).
 */
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { createLocalSharePointCore, DEFAULT_SITE_URL, LocalSharePoint, type LocalSharePointCore, type LocalSharePointOptions } from '../../local';

/** A core and a factory of PnPjs roots bound to it. */
export interface TestSite {
  readonly core: LocalSharePointCore;
  /** A PnPjs root acting as `user` (default: samordnare, the owner). */
  readonly sp: (user?: string) => SPFI;
}

/**
 * A fresh in-memory site. Close it with `site.core.close()`. PnPjs caches form digests per
 * site URL for the whole test file; pass a `siteUrl` of its own (another port) when a test
 * must start without a cached digest.
 */
export function createTestSite(options: LocalSharePointOptions = {}, siteUrl: string = DEFAULT_SITE_URL): TestSite {
  const core = createLocalSharePointCore({ logger: () => undefined, ...options });
  return {
    core,
    sp: (user = 'samordnare') => spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), LocalSharePoint(core, { user }))
  };
}

/** Field XML for the tests' plan and control lists. */
export const PLAN_FIELDS = [
  '<Field Type="Number" Name="Ar" StaticName="Ar" DisplayName="År" Indexed="TRUE" Decimals="0" />',
  '<Field Type="Text" Name="Diarienummer" DisplayName="Diarienummer" MaxLength="50" />',
  '<Field Type="User" Name="Samordnare" DisplayName="Samordnare" UserSelectionMode="PeopleOnly" />'
];

/** Creates `IKPlaner` and `IKKontrollmoment` (with a Plan lookup) and returns their ids. */
export async function provisionTestLists(sp: SPFI, options: { writeSecurity?: number } = {}): Promise<{ planListId: string; controlListId: string }> {
  const plans = await sp.web.lists.ensure('IKPlaner', 'Internkontrollplaner', 100, false, { EnableVersioning: true });
  for (const xml of PLAN_FIELDS) {
    await plans.list.fields.createFieldAsXml({ SchemaXml: xml, Options: 8 });
  }
  const planInfo = await plans.list.select('Id')<{ Id: string }>();
  const controls = await sp.web.lists.ensure('IKKontrollmoment', 'Kontrollmoment', 100, false, {
    WriteSecurity: options.writeSecurity ?? 1
  });
  const controlFields = [
    `<Field Type="Lookup" Name="Plan" DisplayName="Plan" List="{${planInfo.Id}}" ShowField="Title" Indexed="TRUE" />`,
    '<Field Type="Note" Name="Kontrollmetod" DisplayName="Kontrollmetod" NumLines="6" />',
    '<Field Type="Choice" Name="Frekvens" DisplayName="Frekvens" Indexed="TRUE"><CHOICES><CHOICE>Månatligen</CHOICE><CHOICE>Tertial</CHOICE><CHOICE>Årligen</CHOICE></CHOICES></Field>',
    '<Field Type="MultiChoice" Name="Perioder" DisplayName="Perioder"><CHOICES><CHOICE>T1</CHOICE><CHOICE>T2</CHOICE><CHOICE>T3</CHOICE></CHOICES></Field>',
    '<Field Type="Number" Name="Riskvarde" DisplayName="Riskvärde" />',
    '<Field Type="Boolean" Name="Obligatorisk" DisplayName="Obligatorisk"><Default>0</Default></Field>',
    '<Field Type="DateTime" Name="Slutdatum" DisplayName="Slutdatum" Format="DateOnly" />',
    '<Field Type="User" Name="Ansvarig" DisplayName="Ansvarig" UserSelectionMode="PeopleOnly" />',
    '<Field Type="Text" Name="IdempotencyKey" DisplayName="IdempotencyKey" Indexed="TRUE" EnforceUniqueValues="TRUE" MaxLength="64" />',
    '<Field Type="Text" Name="Omrade" DisplayName="Område" />'
  ];
  for (const xml of controlFields) {
    await controls.list.fields.createFieldAsXml({ SchemaXml: xml, Options: 8 });
  }
  const controlInfo = await controls.list.select('Id')<{ Id: string }>();
  return { planListId: planInfo.Id, controlListId: controlInfo.Id };
}

/** The HTTP status and SharePoint error of a rejected PnPjs call. */
export interface SpErrorInfo {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** Awaits a PnPjs call that must fail and returns its status and `odata.error`. */
export async function spErrorOf(call: Promise<unknown>): Promise<SpErrorInfo> {
  try {
    await call;
  } catch (error) {
    const response = (error as { response?: Response }).response;
    if (response === undefined) {
      throw error;
    }
    const body = (await response.json()) as { 'odata.error': { code: string; message: { value: string } } };
    return { status: response.status, code: body['odata.error'].code, message: body['odata.error'].message.value };
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
