/**
 * The reports built from plan views loaded through the real data service over the local
 * SharePoint are the same as those built from the demo data itself: what the web part, the
 * Word add-in and the CLI read gives the report the shape tests check.
 */
import { createLocalSharePointCore, localSpfi, LocalSharePointCore, provisionLocalSharePoint } from '../../local';
import { seedDemoData } from '../../local/seedDemo';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { buildReport, builtInShape } from '../../src/reports';
import { demoReport, SHAPE_OF_DEMO } from './support';

describe('reports from the data service', () => {
  let core: LocalSharePointCore;
  let imported: Record<string, number> = {};

  beforeAll(async () => {
    core = createLocalSharePointCore({ logger: () => undefined });
    await provisionLocalSharePoint(core);
    imported = (await seedDemoData(localSpfi(core))).imported;
  }, 60000);

  afterAll(() => core.close());

  it.each(Object.keys(SHAPE_OF_DEMO))('%s: the same tables and summary as from the demo data', async (id) => {
    const service = createInternkontrollService(localSpfi(core, 'lasare'));
    const view = await service.loadPlanView(imported[id]);
    const { demo, report: expected } = demoReport(id);
    const report = buildReport(view, demo.reportPeriodKey, builtInShape(SHAPE_OF_DEMO[id])!, { datum: expected.date });
    expect(report.tables).toEqual(expected.tables);
    expect(report.summary).toEqual(expected.summary);
    expect(report.plan.id).toBe(imported[id]);
  });
});
