import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

import { schemaIssues } from '../../scripts/teams-app/manifest';
import { ATT_GODKANNA_ACE_COMPONENT_ID, TEAMS_APP_ID, WEB_PART_COMPONENT_ID } from '../../src/teams/appIdentity';

/**
 * The .sppkg is what an administrator uploads to the app catalog. It is built by
 * `npm run package` (and by `npm test` before jest runs); this test opens it and checks that
 * it carries the web part and the feature that provisions the lists.
 */
const root = join(__dirname, '..', '..');
const sppkgPath = join(root, 'sharepoint', 'solution', 'internkontroll.sppkg');
const packageSolution = JSON.parse(readFileSync(join(root, 'config', 'package-solution.json'), 'utf8'));
const webPartManifest = JSON.parse(
  readFileSync(join(root, 'src', 'webparts', 'internkontroll', 'InternkontrollWebPart.manifest.json'), 'utf8')
    .replace(/^\s*\/\/.*$/gm, '')
);

function decodeXmlAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('internkontroll.sppkg', () => {
  let zip: JSZip;

  beforeAll(async () => {
    if (!existsSync(sppkgPath)) {
      throw new Error(`Paketet saknas: ${sppkgPath}. Kör "npm run package" först (npm test gör det).`);
    }
    zip = await JSZip.loadAsync(readFileSync(sppkgPath));
  });

  it('is the solution named in package-solution.json', async () => {
    const appManifest = await zip.file('AppManifest.xml')!.async('string');
    expect(appManifest).toContain(`ProductID="${packageSolution.solution.id}"`);
    expect(appManifest).toContain('IsClientSideSolution="true"');
  });

  it('holds the web part manifest, for SharePoint pages and Teams tabs', async () => {
    const webPartFiles = zip.file(new RegExp(`WebPart_${webPartManifest.id}\\.xml$`));
    expect(webPartFiles).toHaveLength(1);
    const xml = await webPartFiles[0].async('string');
    const match = /ComponentManifest="([^"]*)"/.exec(xml);
    expect(match).not.toBeNull();
    const manifest = JSON.parse(decodeXmlAttribute(match![1]));
    expect(manifest.id).toBe(webPartManifest.id);
    expect(manifest.alias).toBe('InternkontrollWebPart');
    expect(manifest.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab']));
  });

  it('ships the bundled client-side code inside the package', () => {
    const bundles = zip.file(/^ClientSideAssets\/internkontroll-web-part_[0-9a-f]+\.js$/);
    expect(bundles.length).toBe(1);
  });

  it('carries the English texts in a chunk of their own, outside the first chunk', async () => {
    const [entry] = zip.file(/^ClientSideAssets\/internkontroll-web-part_[0-9a-f]+\.js$/);
    const english = zip.file(/^ClientSideAssets\/chunk\.ik-en_[0-9a-f]+\.js$/);
    expect(english.length).toBe(1);
    // One Swedish and one English title from src/components/i18n (sv.ts, en.ts).
    const first = await entry.async('string');
    expect(first).toContain('Internkontrollplaner');
    expect(first).not.toContain('Internal control plans');
    expect(await english[0].async('string')).toContain('Internal control plans');
  });

  it('holds the list-provisioning feature with its element manifest and every element file', async () => {
    const feature = packageSolution.solution.features[0];
    const featureXml = zip.file(`feature_${feature.id}.xml`);
    expect(featureXml).not.toBeNull();
    expect(await featureXml!.async('string')).toContain(`Id="${feature.id}"`);

    // SharePoint finds a feature's files through the package relationships, not by folder.
    const rels = await zip.file(`_rels/feature_${feature.id}.xml.rels`)!.async('string');
    const targets = (type: string): string[] =>
      Array.from(rels.matchAll(/<Relationship ([^>]*)>/g))
        .map((m) => m[1])
        .filter((attributes) => attributes.includes(`relationships/${type}"`))
        .map((attributes) => /Target="\/([^"]+)"/.exec(attributes)![1]);

    const manifests = targets('feature-elementmanifest').filter((t) => t.endsWith('/elements.xml'));
    expect(manifests).toEqual([`${feature.id}/elements.xml`]);
    const committedElements = readFileSync(join(root, 'sharepoint', 'assets', 'elements.xml'), 'utf8');
    expect(await zip.file(manifests[0])!.async('string')).toBe(committedElements);
    expect(committedElements).toContain('<ListInstance');

    const elementFiles = feature.assets.elementFiles as string[];
    expect(elementFiles.length).toBeGreaterThan(0);
    const packagedFiles = targets('feature-elementfile');
    expect(packagedFiles.map((t) => t.split('/').pop()).sort()).toEqual([...elementFiles].sort());
    for (const target of packagedFiles) {
      const name = target.split('/').pop()!;
      expect(await zip.file(target)!.async('string')).toBe(readFileSync(join(root, 'sharepoint', 'assets', name), 'utf8'));
    }
  });

  it('holds the ACE "Att godkänna" with its own bundle', async () => {
    const aceFiles = zip.file(new RegExp(`AdaptiveCardExtension_${ATT_GODKANNA_ACE_COMPONENT_ID}\\.xml$`));
    expect(aceFiles).toHaveLength(1);
    const xml = await aceFiles[0].async('string');
    const manifest = JSON.parse(decodeXmlAttribute(/ComponentManifest="([^"]*)"/.exec(xml)![1]));
    expect(manifest.id).toBe(ATT_GODKANNA_ACE_COMPONENT_ID);
    expect(manifest.componentType).toBe('AdaptiveCardExtension');
    expect(manifest.preconfiguredEntries[0].title.default).toBe('Att godkänna');
    expect(zip.file(/^ClientSideAssets\/att-godkanna-adaptive-card-extension_[0-9a-f]+\.js$/)).toHaveLength(1);
  });

  it('carries our Teams app package (TeamsSPFxApp.zip) with a valid manifest for the fixed app id', async () => {
    const packaged = zip.file(/(^|\/)TeamsSPFxApp\.zip$/);
    expect(packaged).toHaveLength(1);
    const teamsZip = await JSZip.loadAsync(await packaged[0].async('uint8array'));
    expect(Object.keys(teamsZip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await teamsZip.file('manifest.json')!.async('string'));
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.staticTabs[0].contentUrl).toContain(`componentId=${WEB_PART_COMPONENT_ID}`);
    expect(await schemaIssues(manifest)).toEqual([]);
  });

  it('requests the delegated Graph permissions the notifications use', async () => {
    const appManifest = await zip.file('AppManifest.xml')!.async('string');
    for (const scope of ['User.Read', 'User.ReadBasic.All', 'TeamsActivity.Send', 'Chat.Create', 'ChatMessage.Send']) {
      expect(appManifest).toContain(`<WebApiPermissionRequest ResourceId="Microsoft Graph" Scope="${scope}">`);
    }
  });
});
