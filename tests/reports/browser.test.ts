/**
 * src/reports runs in the browser: esbuild bundles it for the browser platform (it fails on any
 * Node built-in), and the bundle builds and renders a report in a bare JavaScript context with
 * browser globals only — no require, process or Buffer.
 */
import { join } from 'node:path';
import * as vm from 'node:vm';
import { build } from 'esbuild';
import { readDocx, text } from './docxSupport';

describe('src/reports in the browser', () => {
  it('bundles for the browser and renders a .docx without Node APIs', async () => {
    const bundle = await build({
      entryPoints: [join(__dirname, 'browserEntry.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'ReportsBundle',
      target: 'es2019',
      write: false,
      logLevel: 'silent'
    });
    expect(bundle.errors).toEqual([]);
    const code = bundle.outputFiles[0].text;
    // Only what a browser (and the Word task pane) has; nothing of Node.
    const context = vm.createContext({ TextEncoder, TextDecoder, setTimeout, clearTimeout, queueMicrotask, console });
    vm.runInContext(`${code}\nthis.ReportsBundle = ReportsBundle;`, context);
    expect(vm.runInContext('typeof require + typeof process + typeof Buffer', context)).toBe('undefinedundefinedundefined');
    const result = (await vm.runInContext('ReportsBundle.renderSeed002()', context)) as { bytes: Uint8Array; summary: string; rows: number };
    expect(result.rows).toBe(9);
    const bytes = new Uint8Array(result.bytes);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    const docx = await readDocx(bytes);
    expect(text(docx.document)).toContain(result.summary);
    expect(text(docx.document)).toContain('Sammanfattning av granskningar till och med augusti 2024');
  }, 60000);
});
