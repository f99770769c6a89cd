/**
 * `npm run report`: the command line export, run as a process against a local SharePoint data
 * folder holding the demo plans. Success writes a .docx; an unknown plan, period or shape, or a
 * bad shape file, prints the Swedish message, exits 2 and writes no file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLocalSharePointCore, databaseFile, localSpfi, provisionLocalSharePoint } from '../../local';
import { seedDemoData } from '../../local/seedDemo';
import { builtInShape, copyReportShape } from '../../src/reports';
import { readDocx, tables, text } from './docxSupport';

const ROOT = resolve(__dirname, '..', '..');

/** Runs the CLI on Node 22 with tsx, as `npm run report` does. */
function report(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'report.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60000,
    env: { ...process.env, LOCAL_DATA_DIR: '' }
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run report', () => {
  let dir = '';
  let data = '';
  let planId = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ik-cli-'));
    data = join(dir, 'data');
    mkdirSync(data, { recursive: true });
    const core = createLocalSharePointCore({ database: databaseFile(data), logger: () => undefined });
    try {
      await provisionLocalSharePoint(core);
      const seeded = await seedDemoData(localSpfi(core));
      planId = seeded.imported['seed004-sn-2022'];
    } finally {
      core.close();
    }
  }, 60000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the .docx of a plan given by key, from the data folder', async () => {
    const out = join(dir, 'amn.docx');
    const run = report(['--plan', 'seed002-amn-2024-plan', '--period', 'DELAR', '--shape', 'granskningssammanfattning', '--data', data, '--out', out, '--date', '2024-09-10']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Skrev ${out}: Delårsrapportering av internkontrollplan för 2024, 1 tabell, 9 rader,`);
    const docx = await readDocx(readFileSync(out));
    expect(text(docx.document)).toContain('Sammanfattning av granskningar till och med augusti 2024');
    expect(text(docx.document)).toContain('Datum: 2024-09-10');
    expect(tables(docx.document)).toHaveLength(1);
  }, 60000);

  it('takes a plan by id and a shape from a .json file; a fragment without the title block', async () => {
    const shape = copyReportShape(builtInShape('atgarder-och-kontroller')!);
    shape.id = 'egen-form';
    shape.namn = 'Egen form';
    shape.tabeller = shape.tabeller.slice(0, 1);
    const file = join(dir, 'egen-form.json');
    writeFileSync(file, JSON.stringify(shape));
    const out = join(dir, 'sn.docx');
    const run = report(['--plan', String(planId), '--period', 'DELAR', '--shape', file, '--data', data, '--out', out, '--layout', 'fragment']);
    expect(run.status).toBe(0);
    const docx = await readDocx(readFileSync(out));
    expect(tables(docx.document)).toHaveLength(1);
    expect(text(docx.document)).toContain('1 Uppföljning åtgärder');
    expect(text(docx.document)).not.toContain('Bilaga 1');
  }, 60000);

  it('unknown plan: Swedish message naming it, exit 2, no file', () => {
    const out = join(dir, 'none-plan.docx');
    const run = report(['--plan', 'finns-inte', '--period', 'DELAR', '--shape', 'granskningssammanfattning', '--data', data, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Okänd plan "finns-inte"');
    expect(run.stderr).toContain('seed002-amn-2024-plan');
    expect(existsSync(out)).toBe(false);
  }, 60000);

  it('unknown period: Swedish message naming it, exit 2, no file', () => {
    const out = join(dir, 'none-period.docx');
    const run = report(['--plan', 'seed002-amn-2024-plan', '--period', 'T9', '--shape', 'granskningssammanfattning', '--data', data, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Perioden "T9" finns inte i planen för Arbetsmarknadsnämnden 2024; planens perioder: DELAR, HELAR');
    expect(existsSync(out)).toBe(false);
  }, 60000);

  it('unknown shape, missing shape file and invalid shape file: exit 2, no file', () => {
    const out = join(dir, 'none-shape.docx');
    const unknown = report(['--plan', 'seed002-amn-2024-plan', '--period', 'DELAR', '--shape', 'finns-inte', '--data', data, '--out', out]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Okänd rapportform "finns-inte". Former: status-per-tertial, granskningssammanfattning, periodens-riskanalys, atgarder-och-kontroller.');
    const missingFile = report(['--plan', 'seed002-amn-2024-plan', '--period', 'DELAR', '--shape', join(dir, 'saknas.json'), '--data', data, '--out', out]);
    expect(missingFile.status).toBe(2);
    expect(missingFile.stderr).toContain('saknas.json" finns inte');
    const bad = copyReportShape(builtInShape('status-per-tertial')!) as unknown as Record<string, any>;
    bad.id = 'trasig';
    bad.tabeller[0].kolumner[5].falt = 'Statsu';
    const badFile = join(dir, 'trasig.json');
    writeFileSync(badFile, JSON.stringify(bad));
    const invalid = report(['--plan', 'seed002-amn-2024-plan', '--period', 'DELAR', '--shape', badFile, '--data', data, '--out', out]);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('tabeller[0].kolumner[5].falt: okänt fält "Statsu" (menade du "uppfoljning.status"?)');
    expect(existsSync(out)).toBe(false);
  }, 60000);

  it('no data folder: says how to get one, exit 2', () => {
    const run = report(['--plan', 'x', '--period', 'DELAR', '--shape', 'granskningssammanfattning', '--data', join(dir, 'tom')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Ingen lokal data i');
  }, 60000);
});
