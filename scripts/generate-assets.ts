/**
 * `npm run generate:assets`: writes the feature XML of `sharepoint/assets/` from the one list
 * schema in `src/data/schema`, and lists the generated schema files in the `elementFiles`
 * array of the feature in `config/package-solution.json` (nothing else in that file changes).
 * The schema test fails while the committed files differ from what this script writes.
 */
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ELEMENTS_FILE_NAME, generateAssets, type GeneratedAsset } from '../src/data/schema/xml';

/** The project's root folder. */
export const PROJECT_ROOT = resolve(__dirname, '..');

/** Folder the SPFx packager reads feature files from. */
export const ASSETS_DIR = join(PROJECT_ROOT, 'sharepoint', 'assets');

/** The solution's packaging configuration. */
export const PACKAGE_SOLUTION_PATH = join(PROJECT_ROOT, 'config', 'package-solution.json');

/** Generated files that are element files (everything but the element manifest itself). */
export function elementFileNames(assets: readonly GeneratedAsset[]): string[] {
  return assets.map((asset) => asset.fileName).filter((name) => name !== ELEMENTS_FILE_NAME);
}

/**
 * Returns package-solution.json's text with the feature's `elementFiles` array replaced by
 * `files`. Only that array's text changes, so the file's own formatting is kept. Throws when
 * the file has not exactly one feature listing `elements.xml` with an `elementFiles` array.
 */
export function replaceElementFiles(packageSolutionText: string, files: readonly string[]): string {
  const pattern = /("elementFiles"\s*:\s*)\[[^\]]*\]/g;
  const matches = packageSolutionText.match(pattern) ?? [];
  if (matches.length !== 1) {
    throw new Error(
      `package-solution.json ska ha exakt en elementFiles-lista, har ${matches.length}. / ` +
        `package-solution.json must have exactly one elementFiles array, found ${matches.length}.`
    );
  }
  const lineStart = packageSolutionText.lastIndexOf('\n', packageSolutionText.search(pattern)) + 1;
  const indent = /^\s*/.exec(packageSolutionText.slice(lineStart))?.[0] ?? '';
  const body =
    files.length === 0 ? '[]' : `[\n${files.map((file) => `${indent}  ${JSON.stringify(file)}`).join(',\n')}\n${indent}]`;
  return packageSolutionText.replace(pattern, (_match: string, key: string) => `${key}${body}`);
}

/** Writes the assets and the elementFiles array; returns the names of the files written. */
export function writeAssets(): string[] {
  const assets = generateAssets();
  const generatedNames = new Set(assets.map((asset) => asset.fileName));
  // A list removed from the schema must not leave its old schema file in the package.
  if (existsSync(ASSETS_DIR)) {
    for (const name of readdirSync(ASSETS_DIR)) {
      if (/^schema-.*\.xml$/.test(name) && !generatedNames.has(name)) {
        unlinkSync(join(ASSETS_DIR, name));
      }
    }
  }
  for (const asset of assets) {
    writeFileSync(join(ASSETS_DIR, asset.fileName), asset.content, 'utf8');
  }
  const packageSolution = readFileSync(PACKAGE_SOLUTION_PATH, 'utf8');
  const updated = replaceElementFiles(packageSolution, elementFileNames(assets));
  if (updated !== packageSolution) {
    writeFileSync(PACKAGE_SOLUTION_PATH, updated, 'utf8');
  }
  return assets.map((asset) => asset.fileName);
}

if (require.main === module) {
  const written = writeAssets();
  console.log(`Skrev ${written.length} filer i sharepoint/assets/: ${written.join(', ')}`);
}
