/**
 * Bad requests never crash the core: malformed paths, query options, bodies, batches and
 * schema XML all get SharePoint's 4xx answers, nothing reaches the unexpected-error log, and
 * the core keeps serving.
 */
import { DEFAULT_SITE_URL, createLocalSharePointCore, type LocalRequest, type LocalSharePointCore } from '../../local';
import { provisionTestLists } from './support';
import { spfi, SPBrowser } from '@pnp/sp';
import { LocalSharePoint } from '../../local';

const API = `${DEFAULT_SITE_URL}/_api`;
const LIST = `${API}/web/lists/getByTitle('IKKontrollmoment')`;

describe('local SharePoint: bad requests', () => {
  let core: LocalSharePointCore;
  const unexpected: string[] = [];
  let digest: string;

  beforeAll(async () => {
    core = createLocalSharePointCore({ logger: (message) => unexpected.push(message) });
    await provisionTestLists(spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), LocalSharePoint(core, { user: 'samordnare' })));
    const info = await core.handle({ method: 'POST', url: `${API}/contextinfo`, headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'samordnare' } });
    digest = (JSON.parse(info.body) as { FormDigestValue: string }).FormDigestValue;
    core.store.addItems('IKKontrollmoment', [{ Title: 'Finns' }]);
  });

  afterAll(() => {
    core.close();
  });

  const get = (url: string): LocalRequest => ({ method: 'GET', url, headers: { Accept: 'application/json', 'X-Local-User': 'samordnare' } });
  const post = (url: string, body: string, headers: Record<string, string> = {}): LocalRequest => ({
    method: 'POST',
    url,
    headers: { Accept: 'application/json', 'X-Local-User': 'samordnare', 'X-RequestDigest': digest, ...headers },
    body
  });

  const cases: [string, () => LocalRequest][] = [
    ['unclosed segment', () => get(`${API}/web/lists/getByTitle('IKKontrollmoment'`)],
    ['bad percent-encoding', () => get(`${API}/web/lists/getByTitle('%E0%A4%A')`)],
    ['unknown root', () => get(`${API}/nonsense`)],
    ['outside the site', () => get('http://127.0.0.1:4322/_api/web')],
    ['item id not a number', () => get(`${LIST}/items(abc)`)],
    ['list id not a guid', () => get(`${API}/web/lists(guid'inte-en-guid')`)],
    ['unknown item sub-resource', () => get(`${LIST}/items(1)/attachmentfiles`)],
    ['version id not a number', () => get(`${LIST}/items(1)/versions(x)`)],
    ['negative $top', () => get(`${LIST}/items?$top=-1`)],
    ['text $top', () => get(`${LIST}/items?$top=many`)],
    ['bad $orderby direction', () => get(`${LIST}/items?$orderby=Title sideways`)],
    ['deep $expand', () => get(`${LIST}/items?$expand=Plan/Title`)],
    ['three-part filter path', () => get(`${LIST}/items?$filter=Plan/Title/Foo eq 1`)],
    ['filter on lookup target that is unknown', () => get(`${LIST}/items?$filter=Plan/Finns eq 1&$expand=Plan`)],
    ['comparison of a lookup to text', () => get(`${LIST}/items?$filter=PlanId eq 'fem'`)],
    ['date compared to garbage', () => get(`${LIST}/items?$filter=Slutdatum gt datetime'igår'`)],
    ['ordered by a multi-choice', () => get(`${LIST}/items?$orderby=Perioder`)],
    ['unknown method', () => ({ method: 'BREW', url: `${API}/web`, headers: {} })],
    ['unknown tunnelled method', () => post(`${LIST}/items(1)`, '{}', { 'X-HTTP-Method': 'BOGUS' })],
    ['JSON array body', () => post(`${LIST}/items`, '[1,2,3]')],
    ['object as text value', () => post(`${LIST}/items`, '{"Title":{"a":1}}')],
    ['huge number as lookup id', () => post(`${LIST}/items`, '{"Title":"x","PlanId":1e400}')],
    ['multi-choice as a string', () => post(`${LIST}/items`, '{"Title":"x","Perioder":"T1"}')],
    ['update of a missing item', () => post(`${LIST}/items(999)`, '{"Title":"x"}', { 'X-HTTP-Method': 'MERGE' })],
    ['field XML that is not a Field', () => post(`${LIST}/fields/createfieldasxml`, JSON.stringify({ parameters: { SchemaXml: '<View />', Options: 8 } }))],
    ['field XML with a bad name', () => post(`${LIST}/fields/createfieldasxml`, JSON.stringify({ parameters: { SchemaXml: '<Field Type="Text" Name="1 bad" DisplayName="X" />', Options: 8 } }))],
    ['lookup to a missing list', () => post(`${LIST}/fields/createfieldasxml`, JSON.stringify({ parameters: { SchemaXml: `<Field Type="Lookup" Name="L" DisplayName="L" List="{00000000-0000-0000-0000-000000000001}" />`, Options: 8 } }))],
    ['createfieldasxml without parameters', () => post(`${LIST}/fields/createfieldasxml`, '{}')],
    ['batch without boundary', () => post(`${API}/$batch`, 'x', { 'Content-Type': 'multipart/mixed' })],
    ['batch with garbage parts', () => post(`${API}/$batch`, '--batch_1\nContent-Type: application/http\n\nnot a request line\n--batch_1--\n', { 'Content-Type': 'multipart/mixed; boundary=batch_1' })],
    ['list with empty title', () => post(`${API}/web/lists`, '{"Title":"  "}')],
    ['list property of the wrong type', () => post(`${API}/web/lists`, '{"Title":"X","Hidden":"ja"}')],
    ['ensureuser without a login', () => post(`${API}/web/ensureuser`, '{}')],
    ['GET of contextinfo', () => get(`${API}/contextinfo`)]
  ];

  it.each(cases)('answers %s with a 4xx and an odata.error', async (_name, build) => {
    const answer = await core.handle(build());
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    const body = JSON.parse(answer.body) as { 'odata.error'?: { code: string; message: { value: string } } };
    expect(body['odata.error']?.code).toMatch(/^-?\d+, [A-Za-z.]+$/);
    expect(unexpected).toEqual([]);
  });

  it('keeps serving afterwards, with its data unchanged', async () => {
    const answer = await core.handle({ method: 'GET', url: `${LIST}/items?$select=Title`, headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'samordnare' } });
    expect(JSON.parse(answer.body)).toEqual({ value: [{ Title: 'Finns' }] });
    expect(core.store.lists.byTitle('IKKontrollmoment')!.itemCount).toBe(1);
  });

  it('answers a failing part inside an otherwise good batch with its own status', async () => {
    const body = [
      '--batch_2',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${LIST}/items(1)?$select=Title HTTP/1.1`,
      'Accept: application/json;odata=nometadata',
      '',
      '--batch_2',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${API}/web/lists/getByTitle('Saknas') HTTP/1.1`,
      'Accept: application/json',
      '',
      '--batch_2--',
      ''
    ].join('\n');
    const answer = await core.handle(post(`${API}/$batch`, body, { 'Content-Type': 'multipart/mixed; boundary=batch_2' }));
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('HTTP/1.1 200 OK');
    expect(answer.body).toContain('{"Title":"Finns"}');
    expect(answer.body).toContain('HTTP/1.1 404 Not Found');
  });
});
