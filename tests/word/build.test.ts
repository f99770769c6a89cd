/**
 * `npm run build:word`: everything a host needs lands in the output folder, for the base URL
 * given; a bad base URL writes nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { buildWordAddin } from '../../scripts/word-addin/build';
import { validateManifest } from '../../scripts/word-addin/manifest';

let out: string;
beforeAll(() => {
  out = join(mkdtempSync(join(tmpdir(), 'ik-word-build-')), 'word');
});
afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

describe('npm run build:word', () => {
  it('writes the task pane, the sign-in dialog, icons, config and a valid manifest', async () => {
    const result = await buildWordAddin({ baseUrl: 'https://tillagg.kommun.example/ik/', outDir: out, siteUrl: 'https://kommun.sharepoint.com/sites/internkontroll', clientId: '11111111-2222-3333-4444-555555555555' });
    for (const name of ['taskpane.html', 'taskpane.js', 'auth-dialog.html', 'auth-dialog.js', 'hjalp.html', 'config.json', 'manifest.xml', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png']) {
      expect(existsSync(join(out, name))).toBe(true);
      expect(result.files[name]).toBeGreaterThan(0);
    }
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect((await validateManifest(manifest)).valid).toBe(true);
    expect(manifest).toContain('https://tillagg.kommun.example/ik/taskpane.html');
    expect(JSON.parse(readFileSync(join(out, 'config.json'), 'utf8'))).toEqual({ siteUrl: 'https://kommun.sharepoint.com/sites/internkontroll', clientId: '11111111-2222-3333-4444-555555555555' });
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(html).toContain('<script src="taskpane.js"></script>');
    expect(readFileSync(join(out, 'assets/icon-32.png')).subarray(1, 4).toString('ascii')).toBe('PNG');
    // The bundle is for a browser: no Node built-ins slipped in.
    expect(readFileSync(join(out, 'taskpane.js'), 'utf8')).not.toMatch(/require\("(fs|path|node:[a-z]+)"\)/);
  }, 60000);

  it('refuses a base URL that is not HTTPS and writes nothing', async () => {
    const elsewhere = join(out, '..', 'not-written');
    await expect(buildWordAddin({ baseUrl: 'http://tillagg.kommun.example', outDir: elsewhere })).rejects.toThrow('--base-url: Office laddar bara tillägg över HTTPS, inte "http:".');
    expect(existsSync(elsewhere)).toBe(false);
  });
});
