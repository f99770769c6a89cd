/**
 * Organisation settings through the service against the local SharePoint: validated saves
 * (nothing written on a bad value), default periods, and a changed default matrix that
 * reaches the plans using it — previewed, refused when a rating would fall outside, and undone
 * when a plan's update fails.
 */
import { createDemoPlans } from '../../local/demo';
import { createNackaMatrix } from '../../local/demo/nacka';
import type { IInternkontrollService, PlanView, StoredSettings } from '../../src/data/InternkontrollService';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { formatLevelMove, PlanData, presetTemplates, resizeMatrix, setCellLevel } from '../../src/model';
import { createTarget, isRealTarget, TestTarget } from '../support/target';
import { FAST, provisionedService } from '../support/service';
import { FailBatchPart } from '../support/transportFaults';

const localTest = isRealTarget() ? test.skip : test;

let target: TestTarget;
let service: IInternkontrollService;

beforeEach(async () => {
  target = createTarget();
  service = await provisionedService(target, FAST);
});

afterEach(() => target.close());

describe('organisation settings', () => {
  test('saves the pattern with a matching example and the default periods, and reads them back', async () => {
    const saved = await service.saveSettings({
      organisation: 'Exempelkommun',
      diarienummerPattern: '^SN \\d{4}/\\d{1,4}$',
      diarienummerExample: 'SN 2024/118',
      defaultPeriods: presetTemplates('delar-helar')
    });
    const read = await createInternkontrollService(target.sp('samordnare')).loadSettings();
    expect(read).toEqual(saved);
    expect(read.defaultPeriods?.map((p) => `${p.key} ${p.start}–${p.end}`)).toEqual(['DELAR 01-01–08-31', 'HELAR 01-01–12-31']);
  });

  test('refuses an example that does not match its pattern and writes nothing', async () => {
    const first = await service.saveSettings({ organisation: 'Exempelkommun' });
    await expect(service.saveSettings({ ...first, diarienummerPattern: '^SN \\d{4}/\\d{1,4}$', diarienummerExample: 'SN-2024-118' })).rejects.toMatchObject({
      kind: 'validation',
      message: 'Kan inte spara: Exemplet (SN-2024-118) följer inte mönstret för diarienummer (^SN \\d{4}/\\d{1,4}$).',
      issues: [expect.objectContaining({ field: 'installningar.diarienummerExample' })]
    });
    expect(await service.loadSettings()).toEqual(first);
  });
});

describe('who may save the settings', () => {
  // IKInstallningar: samordnare Bidra, rapportörer and visitors Läsa (docs/roles.md).
  test('SharePoint refuses a rapportör and a reader, writing nothing; a samordnare who is not site owner saves', async () => {
    const first = await service.saveSettings({ organisation: 'Exempelkommun' });
    for (const user of ['handlaggare', 'lasare'] as const) {
      const refused = createInternkontrollService(target.sp(user), FAST);
      await expect(refused.saveSettings({ ...(await refused.loadSettings()), organisation: 'Annan kommun' })).rejects.toMatchObject({ kind: 'permission' });
    }
    expect(await service.loadSettings()).toEqual(first);

    const planerare = createInternkontrollService(target.sp('planerare'), FAST);
    await planerare.saveSettings({ ...(await planerare.loadSettings()), organisation: 'Nacka kommun' });
    expect((await createInternkontrollService(target.sp('lasare')).loadSettings()).organisation).toBe('Nacka kommun');
  });
});

describe('changing the organisation’s matrix', () => {
  let afn: PlanView;
  let naf: PlanView;
  let sn: PlanView;
  let settings: StoredSettings;

  beforeEach(async () => {
    const demos = createDemoPlans();
    const byId = (id: string): PlanData => demos.filter((d) => d.id === id)[0].data;
    // Nacka's matrix is the organisation's: seeds 000 and 003 use it, seed 004 has its own 4 × 4.
    settings = await service.saveSettings({ defaultRiskMatrix: createNackaMatrix() });
    afn = await service.importPlan(byId('seed000-afn-2022'));
    naf = await service.importPlan(byId('seed003-naf-2024'));
    sn = await service.importPlan(byId('seed004-sn-2022'));
  });

  test('previews which ratings move level, per plan using it', async () => {
    // 3 × 3 = 9 is Medium in Nacka's 5 × 5; making that cell Hög moves every rating of 9.
    const preview = await service.previewMatrixChange(setCellLevel(createNackaMatrix(), 3, 3, 'hog'));
    expect(preview.ownMatrixPlans).toBe(1);
    expect(preview.closedPlans).toBe(0);
    expect(preview.blocked).toBe(false);
    expect(preview.plans.map((p) => [p.label, p.moves.map((m) => formatLevelMove(m))])).toEqual([
      // Seed 000 has one risk under "Skattning 9": Bostäder för sociala ändamål slits hårdare än väntat.
      [`${afn.plan.namnd} 2022`, ['Risk 10 Bostäder för sociala ändamål slits …: Medium (9) → Hög (9)']],
      // Seed 003 prints Medium (9) for two risks, and Tertial 1 keeps them there.
      [
        'Nämnden för arbete och försörjning 2024',
        [
          'Risk 1 Brister i leverans och …: Medium (9) → Hög (9)',
          'Risk 1 Brister i leverans och … (Tertial 1): Medium (9) → Hög (9)',
          'Risk 3 Allvarliga händelser eller kris: Medium (9) → Hög (9)',
          'Risk 3 Allvarliga händelser eller kris (Tertial 1): Medium (9) → Hög (9)'
        ]
      ]
    ]);
  });

  test('saving writes the matrix to the plans using it and leaves the others', async () => {
    const changed = setCellLevel(createNackaMatrix(), 3, 3, 'hog');
    await service.saveSettings({ ...settings, defaultRiskMatrix: changed });
    const fresh = createInternkontrollService(target.sp('handlaggare'));
    expect((await fresh.loadPlanView(naf.plan.id)).plan.riskMatrix).toEqual(changed);
    expect((await fresh.loadPlanView(afn.plan.id)).plan.riskMatrix.grid[2][2]).toBe('hog');
    expect((await fresh.loadPlanView(sn.plan.id)).plan.riskMatrix).toEqual(sn.plan.riskMatrix);
    // The service that saved forgets its cached copies: it reads the new matrix too.
    expect((await service.loadPlanView(naf.plan.id)).plan.riskMatrix.grid[2][2]).toBe('hog');
  });

  test('refuses a smaller matrix that would leave ratings outside, naming them, and writes nothing', async () => {
    const smaller = resizeMatrix(createNackaMatrix(), 4, 4);
    const preview = await service.previewMatrixChange(smaller);
    expect(preview.blocked).toBe(true);
    const error = await service.saveSettings({ ...settings, defaultRiskMatrix: smaller }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'validation' });
    const messages = (error as { issues: Array<{ message: string }> }).issues.map((i) => i.message);
    expect(messages).toContain(
      'Risk 4 ”Hot mot, eller påverkan på, tjänsteman eller politiker” i Nämnden för arbete och försörjning 2024 är skattad sannolikhet 3, konsekvens 5, som inte finns i den ändrade matrisen. Skatta om risken eller behåll matrisens storlek.'
    );
    expect((await service.loadSettings()).defaultRiskMatrix).toEqual(createNackaMatrix());
    expect((await createInternkontrollService(target.sp('samordnare')).loadPlanView(naf.plan.id)).plan.riskMatrix).toEqual(createNackaMatrix());
  });

  localTest('undoes the settings and the plans already changed when a plan’s update fails', async () => {
    const failing = createInternkontrollService(target.sp('samordnare', FailBatchPart('IKPlaner', 2)), FAST);
    const changed = setCellLevel(createNackaMatrix(), 3, 3, 'hog');
    await expect(failing.saveSettings({ ...(await failing.loadSettings()), defaultRiskMatrix: changed })).rejects.toMatchObject({ kind: 'not-found' });
    const reader = createInternkontrollService(target.sp('samordnare'));
    expect((await reader.loadSettings()).defaultRiskMatrix).toEqual(createNackaMatrix());
    expect((await reader.loadPlanView(afn.plan.id)).plan.riskMatrix).toEqual(createNackaMatrix());
    expect((await reader.loadPlanView(naf.plan.id)).plan.riskMatrix).toEqual(createNackaMatrix());
  });
});
