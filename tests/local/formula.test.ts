/**
 * List validation formulas in the local SharePoint: the subset of SharePoint's formula syntax
 * the schema uses (and a little more), evaluated against hand-computed cases, checked when a
 * list's ValidationFormula is set, and enforced on every item write with SharePoint's error.
 */
import { parseFormula, passesFormula, evaluateFormula, type FormulaValue } from '../../local/formula';
import { builtInFields, type FieldRecord } from '../../local/store/fields';
import { createTestSite, provisionTestLists, spErrorOf, type TestSite } from './support';

function field(internalName: string, title: string, kind: FieldRecord['kind']): FieldRecord {
  return { ...builtInFields()[1], id: internalName, internalName, staticName: internalName, title, kind, column: `f_${internalName}`, builtIn: false, readOnly: false };
}

const FIELDS: FieldRecord[] = [
  field('Startdatum', 'Startdatum', 'DateTime'),
  field('Slutdatum', 'Slutdatum', 'DateTime'),
  field('Antal', 'Antal stickprov', 'Number'),
  field('Status', 'Status', 'Choice'),
  field('Klar', 'Klar', 'Boolean'),
  field('Kommentar', 'Kommentar', 'Note'),
  field('Plan', 'Plan', 'Lookup')
];

function run(formula: string, values: Record<string, FormulaValue>): FormulaValue {
  return evaluateFormula(parseFormula(formula, FIELDS), (f) => values[f.internalName] ?? null);
}

describe('formula evaluation (hand-computed cases)', () => {
  const dateOrder = '=IF(OR(ISBLANK([Startdatum]),ISBLANK([Slutdatum])),TRUE,[Slutdatum]>=[Startdatum])';
  const jan = new Date('2025-01-31T23:00:00Z');
  const jun = new Date('2025-05-31T22:00:00Z');

  test.each([
    ['end after start', { Startdatum: jan, Slutdatum: jun }, true],
    ['end before start', { Startdatum: jun, Slutdatum: jan }, false],
    ['same day', { Startdatum: jun, Slutdatum: jun }, true],
    ['no end', { Startdatum: jun }, true],
    ['no start', { Slutdatum: jan }, true]
  ])('the schema’s date order: %s', (_name, values, expected) => {
    expect(passesFormula(parseFormula(dateOrder, FIELDS), (f) => (values as Record<string, FormulaValue>)[f.internalName] ?? null)).toBe(expected);
  });

  test('operators, precedence, text and functions follow Excel', () => {
    expect(run('=1+2*3', {})).toBe(7);
    expect(run('=(1+2)*3', {})).toBe(9);
    expect(run('=-[Antal stickprov]+10', { Antal: 4 })).toBe(6);
    expect(run('="a"&"b"&1', {})).toBe('ab1');
    expect(run('=[Status]="Pågående"', { Status: 'pågående' })).toBe(true);
    expect(run('=[Status]<>"Pågående"', { Status: 'Genomförd' })).toBe(true);
    expect(run('=AND([Klar],[Antal stickprov]>=3)', { Klar: true, Antal: 3 })).toBe(true);
    expect(run('=OR(FALSE,NOT([Klar]))', { Klar: true })).toBe(false);
    expect(run('=IF([Antal stickprov]>5,"många","få")', { Antal: 2 })).toBe('få');
    expect(run('=IF(FALSE,1)', {})).toBe(false);
    expect(run('=LEN("stickprov")', {})).toBe(9);
    expect(run('=ISBLANK([Status])', {})).toBe(true);
    expect(run('=""""', {})).toBe('"');
    // A blank is 0 in arithmetic, as in Excel.
    expect(run('=[Antal stickprov]+1', {})).toBe(1);
  });

  test('a formula that cannot be evaluated fails the item', () => {
    expect(passesFormula(parseFormula('=[Status]*2>1', FIELDS), () => 'text')).toBe(false);
    expect(passesFormula(parseFormula('=1/[Antal stickprov]>0', FIELDS), () => 0)).toBe(false);
  });

  test.each([
    ['=[Kommentar]<>""', 'multiple lines of text'],
    ['=[Plan]>0', 'a lookup'],
    ['=[Finns inte]=1', 'an unknown column']
  ])('%s is refused: a formula may not read %s', (formula) => {
    expect(() => parseFormula(formula, FIELDS)).toThrow('The formula refers to a column that does not exist.');
  });

  test.each(['1+1', '=SUM(1,2)', '=IF(TRUE)', '=(1+2', '=1 2', '="open', '=[Antal stickprov', '=1+'])('%s is a syntax error', (formula) => {
    expect(() => parseFormula(formula, FIELDS)).toThrow('The formula contains a syntax error or is not supported.');
  });
});

describe('list validation in the local SharePoint', () => {
  let site: TestSite;
  const MESSAGE = 'Slutdatum får inte vara före startdatum. / The end date must not be before the start date.';

  beforeEach(async () => {
    site = createTestSite();
    await provisionTestLists(site.sp());
    await site.sp().web.lists.getByTitle('IKKontrollmoment').fields.createFieldAsXml({ SchemaXml: '<Field Type="DateTime" Name="Startdatum" DisplayName="Startdatum" Format="DateOnly" />', Options: 8 });
  });

  afterEach(() => {
    site.core.close();
  });

  test('a write that fails the formula is refused with SharePoint’s code and the list’s message; nothing is stored', async () => {
    const list = site.sp().web.lists.getByTitle('IKKontrollmoment');
    await list.update({ ValidationFormula: '=IF(OR(ISBLANK([Startdatum]),ISBLANK([Slutdatum])),TRUE,[Slutdatum]>=[Startdatum])', ValidationMessage: MESSAGE });
    const refused = await spErrorOf(list.items.add({ Title: 'Fel ordning', Startdatum: '2025-06-01T00:00:00Z', Slutdatum: '2025-01-31T00:00:00Z' }));
    expect(refused).toEqual({ status: 500, code: '-2130575162, Microsoft.SharePoint.SPListDataValidationException', message: MESSAGE });
    expect((await list.items.select('Title')()).length).toBe(0);
    const ok = await list.items.add({ Title: 'Rätt ordning', Startdatum: '2025-01-31T00:00:00Z', Slutdatum: '2025-06-01T00:00:00Z' });
    // An update is checked against the item as it would be after the change.
    expect(await spErrorOf(list.items.getById(ok.Id).update({ Startdatum: '2025-12-01T00:00:00Z' }))).toMatchObject({ status: 500, message: MESSAGE });
    const stored = await list.items.getById(ok.Id).select('Startdatum', 'OData__UIVersionString')<{ Startdatum: string; OData__UIVersionString: string }>();
    expect(stored.OData__UIVersionString).toBe('1.0');
    // Without a message SharePoint answers with its own text.
    await list.update({ ValidationMessage: '' });
    expect(await spErrorOf(list.items.add({ Title: 'Fel', Startdatum: '2025-06-01T00:00:00Z', Slutdatum: '2025-01-31T00:00:00Z' }))).toMatchObject({ message: 'List data validation failed.' });
    // Bulk inserts are validated too.
    expect(() => site.core.store.addItems('IKKontrollmoment', [{ Title: 'Fel', Startdatum: '2025-06-01T00:00:00Z', Slutdatum: '2025-01-31T00:00:00Z' }])).toThrow('List data validation failed.');
  });

  test('setting a formula that names a multiple-lines column or has a syntax error is refused', async () => {
    const list = site.sp().web.lists.getByTitle('IKKontrollmoment');
    expect(await spErrorOf(list.update({ ValidationFormula: '=[Kontrollmetod]<>""' }))).toMatchObject({ status: 400, message: expect.stringContaining('The formula refers to a column that does not exist.') });
    expect(await spErrorOf(list.update({ ValidationFormula: '=IF([Slutdatum]>' }))).toMatchObject({ status: 400, message: 'The formula contains a syntax error or is not supported.' });
    expect((await list.select('ValidationFormula')<{ ValidationFormula: string }>()).ValidationFormula).toBe('');
  });
});
