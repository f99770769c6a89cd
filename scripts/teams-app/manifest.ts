/**
 * The Teams app manifest: `config/teams/manifest.template.json` filled in for a site, checked
 * against the vendored Teams schema (offline) and against the product's own rules (the fixed
 * app and entity ids, the web part's component id in every tab address, the version of the
 * SPFx solution).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

import { TEAMS_APP_ID, TEAMS_ENTITY_IDS, WEB_PART_COMPONENT_ID } from '../../src/teams/appIdentity';

/** The repository's root. */
export const ROOT = resolve(__dirname, '..', '..');

/** SharePoint Online's own app id: what SPFx Teams manifests name in `webApplicationInfo`. */
export const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

/** The site path the lists live at unless told otherwise (the local SharePoint's too). */
export const DEFAULT_SITE_PATH = '/sites/internkontroll';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What fills the template. */
export interface ManifestValues {
  /** Server-relative path of the site with the lists, e.g. `/sites/internkontroll`. */
  sitePath?: string;
  /** The site's full URL, e.g. `https://kommun.sharepoint.com/sites/internkontroll`; sets the path and the developer links. */
  siteUrl?: string;
  /** `webApplicationInfo.id`; SharePoint's own id unless an organisation chooses otherwise (README). */
  webApplicationId?: string;
  /** The app's version (x.y.z); from `config/package-solution.json` by default. */
  version?: string;
}

/** The SPFx solution's version as the Teams app's: "0.1.0.0" → "0.1.0". */
export function solutionVersion(root: string = ROOT): string {
  const solution = JSON.parse(readFileSync(join(root, 'config', 'package-solution.json'), 'utf8')) as { solution: { version: string } };
  const parts = solution.solution.version.split('.');
  return parts.slice(0, 3).join('.');
}

/** The vendored Teams manifest schema (config/teams/schema/SOURCE.md says where it comes from). */
export function vendoredSchema(root: string = ROOT): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, 'config', 'teams', 'schema', 'MicrosoftTeams.schema.json'), 'utf8')) as Record<string, unknown>;
}

/** Swedish first, English second, as every message of the product. */
export class TeamsManifestError extends Error {
  /** The problems, one a line. */
  public readonly issues: string[];

  public constructor(issues: string[]) {
    super(`Teams-appens manifest är ogiltigt / The Teams app manifest is invalid:\n${issues.map((issue) => `  ${issue}`).join('\n')}`);
    this.name = 'TeamsManifestError';
    this.issues = issues;
  }
}

/** The template filled in; throws {@link TeamsManifestError} on a value that cannot go in. */
export function fillManifestTemplate(template: string, values: ManifestValues = {}, root: string = ROOT): Record<string, unknown> {
  const issues: string[] = [];
  let sitePath = values.sitePath ?? DEFAULT_SITE_PATH;
  let siteUrl: string | undefined;
  if (values.siteUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(values.siteUrl);
    } catch {
      url = undefined;
    }
    if (url === undefined || url.protocol !== 'https:') {
      issues.push(`--site-url: "${values.siteUrl}" är ingen https-adress / is not an https URL`);
    } else {
      siteUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
      sitePath = url.pathname.replace(/\/+$/, '');
    }
  }
  if (!/^(\/[A-Za-z0-9._~-]+)*$/.test(sitePath)) {
    issues.push(`--site-path: "${sitePath}" är ingen serverrelativ sökväg som /sites/internkontroll / is not a server-relative path`);
  }
  const webApplicationId = values.webApplicationId ?? SHAREPOINT_APP_ID;
  if (!GUID.test(webApplicationId)) {
    issues.push(`--web-application-id: "${webApplicationId}" är inget GUID / is not a GUID`);
  }
  const version = values.version ?? solutionVersion(root);
  if (issues.length > 0) {
    throw new TeamsManifestError(issues);
  }
  const filled = template
    .replace(/\{\{SITE_PATH\}\}/g, sitePath)
    .replace(/\{\{VERSION\}\}/g, version)
    .replace(/\{\{WEB_APPLICATION_ID\}\}/g, webApplicationId);
  const manifest = JSON.parse(filled) as { developer: Record<string, string> };
  if (siteUrl !== undefined) {
    // With the real site known, the app's details in Teams link to it.
    manifest.developer.websiteUrl = siteUrl;
    manifest.developer.privacyUrl = siteUrl;
    manifest.developer.termsOfUseUrl = siteUrl;
  }
  return manifest as unknown as Record<string, unknown>;
}

/** The template as committed. */
export function manifestTemplate(root: string = ROOT): string {
  return readFileSync(join(root, 'config', 'teams', 'manifest.template.json'), 'utf8');
}

/**
 * Validates against the vendored schema, offline: the schema is passed in, so
 * `@microsoft/app-manifest` never fetches the one named by `$schema`. Returns the schema's
 * messages ("/staticTabs/0 must have required property 'scopes'. Details: …"), empty when valid.
 */
export async function schemaIssues(manifest: unknown, schema: Record<string, unknown> = vendoredSchema()): Promise<string[]> {
  // The library's generic signature wants its own manifest type; any JSON is what it checks.
  return AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
}

interface TabLike {
  entityId?: string;
  contentUrl?: string;
  configurationUrl?: string;
}

/** The product's own rules, which the schema cannot know. */
export function productIssues(manifest: Record<string, unknown>, root: string = ROOT): string[] {
  const issues: string[] = [];
  if (manifest.id !== TEAMS_APP_ID) {
    issues.push(`id: "${String(manifest.id)}" ska vara ${TEAMS_APP_ID}, appens fasta id som djuplänkar använder / must be the app's fixed id`);
  }
  const staticTabs = (Array.isArray(manifest.staticTabs) ? manifest.staticTabs : []) as TabLike[];
  const entityIds = staticTabs.map((tab) => tab.entityId);
  for (const wanted of Object.values(TEAMS_ENTITY_IDS)) {
    if (!entityIds.includes(wanted)) {
      issues.push(`staticTabs: fliken "${wanted}" saknas; djuplänkar öppnar den / the tab "${wanted}" is missing`);
    }
  }
  const configurableTabs = (Array.isArray(manifest.configurableTabs) ? manifest.configurableTabs : []) as TabLike[];
  const urls: [string, string | undefined][] = [
    ...staticTabs.map((tab, i): [string, string | undefined] => [`staticTabs[${i}].contentUrl`, tab.contentUrl]),
    ...configurableTabs.map((tab, i): [string, string | undefined] => [`configurableTabs[${i}].configurationUrl`, tab.configurationUrl])
  ];
  for (const [path, url] of urls) {
    if (url === undefined || !url.includes(`componentId=${WEB_PART_COMPONENT_ID}`)) {
      issues.push(`${path}: ska visa webbdelen ${WEB_PART_COMPONENT_ID} (componentId) / must load the web part`);
    }
  }
  const webPart = JSON.parse(
    readFileSync(join(root, 'src', 'webparts', 'internkontroll', 'InternkontrollWebPart.manifest.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')
  ) as { id: string; supportedHosts: string[] };
  if (webPart.id !== WEB_PART_COMPONENT_ID) {
    issues.push(`webbdelens manifest har id ${webPart.id}, inte ${WEB_PART_COMPONENT_ID} / the web part's id differs`);
  }
  for (const host of ['TeamsPersonalApp', 'TeamsTab']) {
    if (!webPart.supportedHosts.includes(host)) {
      issues.push(`webbdelens supportedHosts saknar ${host} / the web part does not support ${host}`);
    }
  }
  const webApplicationInfo = manifest.webApplicationInfo as { resource?: string } | undefined;
  if (webApplicationInfo?.resource !== 'https://{teamSiteDomain}') {
    issues.push('webApplicationInfo.resource: ska vara "https://{teamSiteDomain}" som SPFx kräver / must be https://{teamSiteDomain}');
  }
  return issues;
}

/** Filled, then checked both ways; throws {@link TeamsManifestError} with every problem. */
export async function buildTeamsManifest(values: ManifestValues = {}, root: string = ROOT): Promise<Record<string, unknown>> {
  const manifest = fillManifestTemplate(manifestTemplate(root), values, root);
  const issues = [...(await schemaIssues(manifest, vendoredSchema(root))), ...productIssues(manifest, root)];
  if (issues.length > 0) {
    throw new TeamsManifestError(issues);
  }
  return manifest;
}
