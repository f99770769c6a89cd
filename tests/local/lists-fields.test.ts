/**
 * Contract tests: lists and fields through PnPjs, as the schema provisioning uses them
 * (lists.ensure, fields.createFieldAsXml, getByInternalNameOrTitle().update).
 */
import type { IFieldInfo } from '@pnp/sp/fields';
import { createTestSite, provisionTestLists, spErrorOf, type TestSite } from './support';

describe('local SharePoint: lists and fields', () => {
  let site: TestSite;

  beforeEach(() => {
    site = createTestSite();
  });

  afterEach(() => {
    site.core.close();
  });

  it('ensure creates a list the first time and finds it the second time', async () => {
    const sp = site.sp();
    const first = await sp.web.lists.ensure('IKPlaner', 'Planer', 100, false, { OnQuickLaunch: true });
    expect(first.created).toBe(true);
    const second = await sp.web.lists.ensure('IKPlaner', 'Planer (ny beskrivning)');
    expect(second.created).toBe(false);
    const info = await sp.web.lists.getByTitle('IKPlaner')();
    expect(info.Title).toBe('IKPlaner');
    expect(info.Description).toBe('Planer (ny beskrivning)');
    expect(info.OnQuickLaunch).toBe(true);
    expect(info.ItemCount).toBe(0);
    expect(info.BaseTemplate).toBe(100);
    expect(info.ListItemEntityTypeFullName).toBe('SP.Data.IKPlanerListItem');
    expect(info.Id).toMatch(/^[0-9a-f-]{36}$/);
    const byId = await sp.web.lists.getById(info.Id).select('Title')();
    expect(byId.Title).toBe('IKPlaner');
  });

  it('answers a missing list with SharePoint’s 404 and message', async () => {
    await expect(site.sp().web.lists.getByTitle('Finns inte')()).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining("List 'Finns inte' does not exist at site with URL 'http://127.0.0.1:4322/sites/internkontroll'.")
    });
  });

  it('updates WriteSecurity with MERGE and reports it', async () => {
    const sp = site.sp();
    await sp.web.lists.ensure('IKKontrollmoment');
    await sp.web.lists.getByTitle('IKKontrollmoment').update({ WriteSecurity: 2 });
    const info = await sp.web.lists.getByTitle('IKKontrollmoment').select('WriteSecurity', 'Title')();
    expect(info).toMatchObject({ WriteSecurity: 2, Title: 'IKKontrollmoment' });
    await expect(sp.web.lists.getByTitle('IKKontrollmoment').update({ WriteSecurity: 3 })).rejects.toMatchObject({ status: 400 });
    await expect(sp.web.lists.getByTitle('IKKontrollmoment').update({ NoSuchSetting: true } as never)).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("The property 'NoSuchSetting' does not exist on type 'SP.List'")
    });
  });

  it('creates every field type from schema XML and lists them with $filter and $select', async () => {
    const sp = site.sp();
    await provisionTestLists(sp);
    const fields = await sp.web.lists
      .getByTitle('IKKontrollmoment')
      .fields.filter("Hidden eq false and CanBeDeleted eq true")
      .select('InternalName', 'TypeAsString', 'Indexed', 'EnforceUniqueValues', 'Title')<IFieldInfo[]>();
    const byName = new Map(fields.map((f) => [f.InternalName, f]));
    expect([...byName.keys()]).toEqual([
      'Plan',
      'Kontrollmetod',
      'Frekvens',
      'Perioder',
      'Riskvarde',
      'Obligatorisk',
      'Slutdatum',
      'Ansvarig',
      'IdempotencyKey',
      'Omrade'
    ]);
    expect(byName.get('Plan')).toMatchObject({ TypeAsString: 'Lookup', Indexed: true });
    expect(byName.get('Kontrollmetod')).toMatchObject({ TypeAsString: 'Note', Indexed: false });
    expect(byName.get('IdempotencyKey')).toMatchObject({ TypeAsString: 'Text', Indexed: true, EnforceUniqueValues: true });
    expect(byName.get('Omrade')).toMatchObject({ Title: 'Område' });
    const choice = await sp.web.lists.getByTitle('IKKontrollmoment').fields.getByInternalNameOrTitle('Frekvens')();
    expect(choice).toMatchObject({ TypeAsString: 'Choice', Choices: ['Månatligen', 'Tertial', 'Årligen'], FieldTypeKind: 6 });
    const lookup = await sp.web.lists.getByTitle('IKKontrollmoment').fields.getByInternalNameOrTitle('Plan')();
    const plans = await sp.web.lists.getByTitle('IKPlaner').select('Id')();
    expect(lookup).toMatchObject({ LookupList: `{${plans.Id}}`, LookupField: 'Title', 'odata.type': 'SP.FieldLookup' });
    const text = await sp.web.lists.getByTitle('IKPlaner').fields.getByInternalNameOrTitle('Diarienummer')();
    expect(text).toMatchObject({ MaxLength: 50, 'odata.type': 'SP.FieldText', SchemaXml: expect.stringContaining('Name="Diarienummer"') });
  });

  it('sets Indexed through getByInternalNameOrTitle().update, as schema provisioning does', async () => {
    const sp = site.sp();
    await provisionTestLists(sp);
    const field = sp.web.lists.getByTitle('IKKontrollmoment').fields.getByInternalNameOrTitle('Omrade');
    expect((await field()).Indexed).toBe(false);
    await field.update({ Indexed: true });
    const after = await field();
    expect(after.Indexed).toBe(true);
    expect(after.SchemaXml).toContain('Indexed="TRUE"');
    await sp.web.lists.getByTitle('IKKontrollmoment').fields.getByInternalNameOrTitle('Title').update({ Indexed: true, Title: 'Kontrollmoment' });
    expect(await sp.web.lists.getByTitle('IKKontrollmoment').fields.getByInternalNameOrTitle('Title').select('Indexed', 'Title')()).toMatchObject({
      Indexed: true,
      Title: 'Kontrollmoment'
    });
  });

  it('uses the display name as internal name without the name hint, as SharePoint does', async () => {
    const sp = site.sp();
    await sp.web.lists.ensure('IKOmraden');
    const created = await sp.web.lists
      .getByTitle('IKOmraden')
      .fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Beskrivning" DisplayName="Kort beskrivning" />', Options: 0 });
    expect(created.InternalName).toBe('Kort_x0020_beskrivning');
  });

  it('adds a field from a verbose JSON body, as fields.addText sends it', async () => {
    const sp = site.sp();
    await sp.web.lists.ensure('IKOmraden');
    const added = await sp.web.lists.getByTitle('IKOmraden').fields.addText('Anteckning', { MaxLength: 100 });
    expect(added).toMatchObject({ InternalName: 'Anteckning', TypeAsString: 'Text', MaxLength: 100 });
  });

  it('rejects a duplicate field, bad schema XML and unknown field types with 400', async () => {
    const sp = site.sp();
    await provisionTestLists(sp);
    const fields = sp.web.lists.getByTitle('IKPlaner').fields;
    expect(await spErrorOf(fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Diarienummer" DisplayName="Dnr" />', Options: 8 }))).toEqual({
      status: 400,
      code: '-2130575340, Microsoft.SharePoint.SPException',
      message: 'A duplicate field name "Diarienummer" was found.'
    });
    await expect(fields.createFieldAsXml('<Field Type="Text" Name="Trasig"')).rejects.toMatchObject({ status: 400 });
    await expect(fields.createFieldAsXml({ SchemaXml: '<Field Type="Hyperdrive" Name="X" DisplayName="X" />', Options: 8 })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('Field type Hyperdrive is not installed properly')
    });
    await expect(fields.getByInternalNameOrTitle('Saknas')()).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining("Column 'Saknas' does not exist. It may have been deleted by another user.")
    });
  });

  it('only lets owners create lists and fields', async () => {
    await provisionTestLists(site.sp());
    for (const user of ['handlaggare', 'lasare']) {
      const sp = site.sp(user);
      await expect(sp.web.lists.add('IKNy')).rejects.toMatchObject({ status: 403 });
      await expect(
        sp.web.lists.getByTitle('IKPlaner').fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Ny" DisplayName="Ny" />', Options: 8 })
      ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('Access denied.') });
      await expect(sp.web.lists.getByTitle('IKPlaner').update({ WriteSecurity: 2 })).rejects.toMatchObject({ status: 403 });
    }
  });
});
