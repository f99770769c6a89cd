/**
 * Values as SharePoint Online stores and returns them, so that the data layer's tests
 * exercise its mapping: date-only values are the site's local midnight in UTC (a Swedish site
 * is in W. Europe Standard Time), and enhanced rich text comes back wrapped in
 * `<div class="ExternalClass…">`.
 */
import { createTestSite, provisionTestLists, type TestSite } from './support';

let site: TestSite;

beforeEach(async () => {
  site = createTestSite();
  await provisionTestLists(site.sp());
  const fields = site.sp().web.lists.getByTitle('IKKontrollmoment').fields;
  await fields.createFieldAsXml({ SchemaXml: '<Field Type="DateTime" Name="Granskad" DisplayName="Granskad" Format="DateTime" />', Options: 8 });
  await fields.createFieldAsXml({ SchemaXml: '<Field Type="Note" Name="Kommentar" DisplayName="Kommentar" RichText="TRUE" RichTextMode="FullHtml" NumLines="6" />', Options: 8 });
  await fields.createFieldAsXml({ SchemaXml: '<Field Type="DateTime" Name="Upprattad" DisplayName="Upprättad" Format="DateOnly"><Default>[today]</Default></Field>', Options: 8 });
});

afterEach(() => {
  site.core.close();
});

describe('date-only values in a W. Europe site', () => {
  test.each([
    ['a summer day given as midnight UTC', '2025-06-02T00:00:00Z', '2025-06-01T22:00:00Z'],
    ['a summer day given as a date', '2025-06-02', '2025-06-01T22:00:00Z'],
    ['a winter day given as midnight UTC', '2025-01-15T00:00:00Z', '2025-01-14T23:00:00Z'],
    ['the local midnight itself', '2025-06-01T22:00:00Z', '2025-06-01T22:00:00Z'],
    ['the day summer time starts', '2025-03-30T00:00:00Z', '2025-03-29T23:00:00Z'],
    ['the day after summer time ends', '2025-10-27T00:00:00Z', '2025-10-26T23:00:00Z'],
    ['late evening UTC, already the next local day', '2025-01-14T23:30:00Z', '2025-01-14T23:00:00Z']
  ])('%s: %s is stored and returned as %s', async (_name, written, returned) => {
    const items = site.sp().web.lists.getByTitle('IKKontrollmoment').items;
    const created = await items.add({ Title: 'Datum', Slutdatum: written });
    expect(created.Slutdatum).toBe(returned);
    expect((await items.getById(created.Id).select('Slutdatum')<{ Slutdatum: string }>()).Slutdatum).toBe(returned);
  });

  test('date-and-time values keep their instant; [today] is the local day', async () => {
    const now = new Date();
    const created = await site.sp().web.lists.getByTitle('IKKontrollmoment').items.add({ Title: 'Tid', Granskad: '2025-06-02T09:15:00Z' });
    expect(created.Granskad).toBe('2025-06-02T09:15:00Z');
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
    expect(created.Upprattad).toMatch(/^\d{4}-\d{2}-\d{2}T2[23]:00:00Z$/);
    // Local midnight plus three hours is still the local day the item was created on.
    const day = new Date(Date.parse(created.Upprattad as string) + 3 * 3600 * 1000).toISOString().slice(0, 10);
    expect(day).toBe(local);
  });

  test('the site answers its time zone as SharePoint does', async () => {
    const answer = await site.core.handle({
      method: 'GET',
      url: 'http://127.0.0.1:4322/sites/internkontroll/_api/web/RegionalSettings/TimeZone',
      headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'lasare' }
    });
    expect(JSON.parse(answer.body)).toEqual({
      Description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien',
      Id: 4,
      Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 }
    });
  });
});

describe('rich text', () => {
  test('is wrapped in an ExternalClass div with a new id on every save; plain multi-line text is not', async () => {
    const items = site.sp().web.lists.getByTitle('IKKontrollmoment').items;
    const created = await items.add({ Title: 'Text', Kommentar: '<p>Två <strong>fel</strong> hittades.</p>', Kontrollmetod: 'Stickprov' });
    expect(created.Kommentar).toMatch(/^<div class="ExternalClass[0-9A-F]{32}"><p>Två <strong>fel<\/strong> hittades\.<\/p><\/div>$/);
    expect(created.Kontrollmetod).toBe('Stickprov');
    await items.getById(created.Id).update({ Kommentar: '<p>Ändrad.</p>' });
    const updated = await items.getById(created.Id).select('Kommentar')<{ Kommentar: string }>();
    expect(updated.Kommentar).toMatch(/^<div class="ExternalClass[0-9A-F]{32}"><p>Ändrad\.<\/p><\/div>$/);
    expect(updated.Kommentar.slice(0, 50)).not.toBe((created.Kommentar as string).slice(0, 50));
    // A value that is already wrapped (read and written back) is not wrapped twice.
    await items.getById(created.Id).update({ Kommentar: updated.Kommentar });
    expect((await items.getById(created.Id).select('Kommentar')<{ Kommentar: string }>()).Kommentar).toBe(updated.Kommentar);
  });
});
