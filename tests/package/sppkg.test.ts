import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

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
});
