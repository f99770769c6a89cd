/**
 * The add-in's XML manifest: built from the one template for a base URL and validated offline
 * against the [MS-OWEMXML] schemas (libxml2 via xmllint-wasm); broken manifests fail.
 */
import { buildManifest, DEFAULT_ADDIN_ID, normaliseBaseUrl, validateManifest } from '../../scripts/word-addin/manifest';

const BASE = 'https://tillagg.kommun.example/internkontroll/';

describe('the Word add-in manifest', () => {
  let manifest: string;
  beforeAll(() => {
    manifest = buildManifest({ baseUrl: BASE, version: '1.2.3' });
  });

  it('is valid against the manifest schemas', async () => {
    const result = await validateManifest(manifest);
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('points every URL at the base URL and asks for WordApi 1.4', () => {
    expect(manifest).toContain('<SourceLocation DefaultValue="https://tillagg.kommun.example/internkontroll/taskpane.html"/>');
    expect(manifest).toContain('<bt:Url id="IK.Taskpane.Url" DefaultValue="https://tillagg.kommun.example/internkontroll/taskpane.html"/>');
    expect(manifest).toContain('<IconUrl DefaultValue="https://tillagg.kommun.example/internkontroll/assets/icon-32.png"/>');
    expect(manifest).toContain('<Set Name="WordApi" MinVersion="1.4"/>');
    expect(manifest).toContain(`<Id>${DEFAULT_ADDIN_ID}</Id>`);
    expect(manifest).toContain('<Version>1.2.3</Version>');
    expect(manifest).toContain('<DefaultLocale>sv-SE</DefaultLocale>');
    expect(manifest).not.toMatch(/\{\{|\}\}/);
    const urls = Array.from(manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)).map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.every((url) => url.startsWith('https://tillagg.kommun.example/internkontroll/'))).toBe(true);
  });

  it('fails validation when broken', async () => {
    const provider = /<ProviderName>[^<]*<\/ProviderName>\s*/.exec(manifest)![0];
    const cases: [string, string, RegExp][] = [
      ['no Id', manifest.replace(/<Id>[^<]*<\/Id>/, ''), /Version.*expected is.*Id|Id/],
      ['a bad version', manifest.replace('<Version>1.2.3</Version>', '<Version>ett</Version>'), /Version/],
      ['elements out of order', manifest.replace(provider, '').replace('</DefaultLocale>', '</DefaultLocale>' + provider), /ProviderName|DefaultLocale/],
      ['a button without a label', manifest.replace('<Label resid="IK.Button.Label"/>', ''), /Supertip|Label/],
      ['an unknown host', manifest.replace('<Host xsi:type="Document">', '<Host xsi:type="Spreadsheet">'), /Spreadsheet|xsi:type/],
      ['not well formed', manifest.replace('</OfficeApp>', ''), /./]
    ];
    for (const [name, xml, pattern] of cases) {
      expect(xml).not.toBe(manifest);
      const result = await validateManifest(xml);
      expect({ name, valid: result.valid }).toEqual({ name, valid: false });
      expect(result.issues.map((i) => i.message).join('\n')).toMatch(pattern);
    }
  });

  it('takes only HTTPS base URLs, and says so in Swedish', () => {
    expect(normaliseBaseUrl('https://a.example/x/')).toBe('https://a.example/x');
    expect(normaliseBaseUrl('https://localhost:3000')).toBe('https://localhost:3000');
    expect(() => buildManifest({ baseUrl: 'http://a.example/x' })).toThrow('--base-url: Office laddar bara tillägg över HTTPS, inte "http:".');
    expect(() => buildManifest({ baseUrl: 'tillagg' })).toThrow('--base-url: "tillagg" är ingen adress.');
    expect(() => buildManifest({ baseUrl: 'https://a.example/?x=1' })).toThrow('--base-url: adressen får inte ha ? eller #.');
  });

  it('escapes the base URL into the XML', async () => {
    const odd = buildManifest({ baseUrl: 'https://a.example/r&d' });
    expect(odd).toContain('https://a.example/r&amp;d/taskpane.html');
    expect((await validateManifest(odd)).valid).toBe(true);
  });
});
