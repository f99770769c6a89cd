/**
 * The Teams app manifest and package, checked offline against the vendored Teams schema (v1.17)
 * and the product's own rules. Broken manifests are hand-made from the valid one; the expected
 * messages are the schema's own wording for the rule each one breaks.
 */
import JSZip from 'jszip';

import { decodePng } from '../../scripts/png';
import { colorIconPng, outlineIconPng } from '../../scripts/teams-app/icons';
import { buildTeamsAppPackage } from '../../scripts/teams-app/build';
import {
  buildTeamsManifest,
  fillManifestTemplate,
  manifestTemplate,
  productIssues,
  schemaIssues,
  SHAREPOINT_APP_ID,
  solutionVersion,
  TeamsManifestError
} from '../../scripts/teams-app/manifest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ATT_GODKANNA_ACE_COMPONENT_ID, TEAMS_APP_ID, TEAMS_ENTITY_IDS, WEB_PART_COMPONENT_ID } from '../../src/teams/appIdentity';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function copy(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

describe('Teams app manifest', () => {
  let valid: Json;

  beforeAll(async () => {
    valid = await buildTeamsManifest();
  });

  it('is valid against the vendored schema, without a network', async () => {
    const realFetch = globalThis.fetch;
    const fetched: string[] = [];
    globalThis.fetch = ((input: unknown) => {
      fetched.push(String(input));
      return Promise.reject(new Error('no network in this test'));
    }) as typeof fetch;
    try {
      expect(await schemaIssues(valid)).toEqual([]);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(fetched).toEqual([]);
  });

  it('names the fixed app id, both personal tabs and the web part in every tab address', () => {
    expect(valid.id).toBe(TEAMS_APP_ID);
    expect(valid.manifestVersion).toBe('1.17');
    expect(valid.staticTabs.map((tab: Json) => tab.entityId)).toEqual([TEAMS_ENTITY_IDS.attGodkanna, TEAMS_ENTITY_IDS.planer]);
    for (const tab of valid.staticTabs) {
      expect(tab.scopes).toEqual(['personal']);
      expect(tab.contentUrl).toBe(
        `https://{teamSiteDomain}/sites/internkontroll/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/sites/internkontroll/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${WEB_PART_COMPONENT_ID}%26forceLocale={locale}`
      );
    }
    expect(valid.configurableTabs[0].configurationUrl).toContain(`componentId=${WEB_PART_COMPONENT_ID}`);
    expect(valid.configurableTabs[0].configurationUrl).toContain('{teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true');
    expect(productIssues(valid)).toEqual([]);
  });

  it('names SharePoint in webApplicationInfo, as SPFx requires for sign-in in every Teams client', () => {
    expect(valid.webApplicationInfo).toEqual({ resource: 'https://{teamSiteDomain}', id: '00000003-0000-0ff1-ce00-000000000000' });
    expect(SHAREPOINT_APP_ID).toBe('00000003-0000-0ff1-ce00-000000000000');
  });

  it('has the SPFx solution version', () => {
    // package-solution.json says 0.1.0.0; Teams wants three parts.
    expect(solutionVersion()).toBe('0.1.0');
    expect(valid.version).toBe('0.1.0');
  });

  it('is filled in for a given site', async () => {
    const manifest = await buildTeamsManifest({ siteUrl: 'https://kommun.sharepoint.com/sites/ik-nämnd/', webApplicationId: '0a54c116-a2e0-4dae-a20b-51aaa758717e' }).catch((error: unknown) => error);
    // A non-ASCII path is refused: Teams substitutes the URL as written.
    expect(manifest).toBeInstanceOf(TeamsManifestError);
    const forSite: Json = await buildTeamsManifest({ siteUrl: 'https://kommun.sharepoint.com/sites/ik-namnd/', webApplicationId: '0a54c116-a2e0-4dae-a20b-51aaa758717e' });
    expect(forSite.staticTabs[0].contentUrl).toContain('https://{teamSiteDomain}/sites/ik-namnd/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/sites/ik-namnd/_layouts/15/teamshostedapp.aspx');
    expect(forSite.developer.websiteUrl).toBe('https://kommun.sharepoint.com/sites/ik-namnd');
    expect(forSite.webApplicationInfo.id).toBe('0a54c116-a2e0-4dae-a20b-51aaa758717e');
  });

  it('refuses values that cannot go in, naming the option in Swedish', () => {
    expect(() => fillManifestTemplate(manifestTemplate(), { siteUrl: 'http://kommun.sharepoint.com/sites/ik' })).toThrow(
      '--site-url: "http://kommun.sharepoint.com/sites/ik" är ingen https-adress'
    );
    expect(() => fillManifestTemplate(manifestTemplate(), { webApplicationId: 'sharepoint' })).toThrow('--web-application-id: "sharepoint" är inget GUID');
  });

  it('fails with the schema message when a required property is missing', async () => {
    const broken = copy(valid);
    delete broken.staticTabs[0].scopes;
    expect(await schemaIssues(broken)).toEqual([`/staticTabs/0 must have required property 'scopes'. Details: {"missingProperty":"scopes"}`]);
  });

  it('fails with the schema message on a name Teams cannot show, an unknown property and a bad colour', async () => {
    const broken = copy(valid);
    broken.name.short = 'Internkontroll för Microsoft 365 i Teams';
    broken.staticTab = [];
    broken.accentColor = 'blue';
    const issues = await schemaIssues(broken);
    expect(issues).toEqual(
      expect.arrayContaining([
        '/name/short must NOT have more than 30 characters. Details: {"limit":30}',
        // The root's path is empty in the schema validator's message.
        ' must NOT have additional properties. Details: {"additionalProperty":"staticTab"}'
      ])
    );
    expect(issues.some((issue) => issue.startsWith('/accentColor must match pattern'))).toBe(true);
  });

  it('fails the product rules when the app id or the web part drifts', () => {
    const broken = copy(valid);
    broken.id = '11111111-2222-3333-4444-555555555555';
    broken.staticTabs[1].contentUrl = broken.staticTabs[1].contentUrl.replace(WEB_PART_COMPONENT_ID, '00000000-0000-0000-0000-000000000000');
    broken.staticTabs = [broken.staticTabs[1]];
    expect(productIssues(broken)).toEqual([
      `id: "11111111-2222-3333-4444-555555555555" ska vara ${TEAMS_APP_ID}, appens fasta id som djuplänkar använder / must be the app's fixed id`,
      'staticTabs: fliken "attGodkanna" saknas; djuplänkar öppnar den / the tab "attGodkanna" is missing',
      `staticTabs[0].contentUrl: ska visa webbdelen ${WEB_PART_COMPONENT_ID} (componentId) / must load the web part`
    ]);
  });
});

describe('component ids', () => {
  it('the ACE "Att godkänna" has the id the product names it by, and a Dashboard host', () => {
    const manifest = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'src', 'adaptiveCardExtensions', 'attGodkanna', 'AttGodkannaAdaptiveCardExtension.manifest.json'), 'utf8')
    ) as Json;
    expect(manifest.id).toBe(ATT_GODKANNA_ACE_COMPONENT_ID);
    expect(manifest.componentType).toBe('AdaptiveCardExtension');
    expect(manifest.supportedHosts).toEqual(['Dashboard']);
  });
});

describe('Teams app icons', () => {
  it('colour icon: 192 × 192, opaque inside', () => {
    const { width, height, pixels } = decodePng(colorIconPng());
    expect([width, height]).toEqual([192, 192]);
    const centre = (96 * 192 + 96) * 4;
    expect(pixels[centre + 3]).toBe(255);
  });

  it('outline icon: 32 × 32, only white or fully transparent pixels, and some white', () => {
    const { width, height, pixels } = decodePng(outlineIconPng());
    expect([width, height]).toEqual([32, 32]);
    let white = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
      if (a === 0) {
        continue;
      }
      expect([r, g, b, a]).toEqual([255, 255, 255, 255]);
      white++;
    }
    expect(white).toBeGreaterThan(50);
    expect(white).toBeLessThan(32 * 32 / 2);
  });
});

describe('Teams app package (TeamsSPFxApp.zip)', () => {
  it('holds manifest.json and both icons at its root, not in a folder', async () => {
    const { zip } = await buildTeamsAppPackage();
    const entries = await JSZip.loadAsync(zip);
    expect(Object.keys(entries.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await entries.file('manifest.json')!.async('string')) as Json;
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(await schemaIssues(manifest)).toEqual([]);
    const outline = decodePng(Buffer.from(await entries.file('outline.png')!.async('uint8array')));
    expect(outline.width).toBe(32);
  });

  it('is the same bytes for the same sources', async () => {
    const first = await buildTeamsAppPackage();
    const second = await buildTeamsAppPackage();
    expect(Buffer.from(first.zip).equals(Buffer.from(second.zip))).toBe(true);
  });
});
