/**
 * The Word add-in's figures: bytes of the OOXML handed to `insertOoxml` per built-in shape, for
 * the largest demo plan and a generated plan of 2 000 kontrollmoment; the time to build that
 * package (report, .docx, Flat OPC); and the round trips to Word per insert and per refresh of
 * a document holding every block, counted through office-addin-mock. In-process local
 * SharePoint; run alone with `npx tsx bench/word.ts` or as part of `npm run bench`.
 */
import { performance } from 'node:perf_hooks';

import { createInternkontrollService } from '../src/data/PnpInternkontrollService';
import type { PlanView } from '../src/data/InternkontrollService';
import { BUILT_IN_SHAPES } from '../src/reports';
import { buildBlock } from '../src/word/blocks/buildBlock';
import { insertBlock } from '../src/word/blocks/insertBlock';
import { refreshBlocks } from '../src/word/blocks/refreshBlocks';
import { createReportsSource } from '../src/word/blocks/reportsSource';
import { createOfficeWordPort } from '../src/word/office/officeWordPort';
import { createLocalSharePointCore } from '../local';
import { localSpfi } from '../local/provision';
import { seedDemoData } from '../local/seedDemo';
import { createMockWord } from '../tests/word/support/mockWord';
import { generatePlan, insertPlanInBulk } from './fixtures';

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function cell(value: string | number, width: number, right: boolean = true): string {
  const text = String(value);
  return right ? text.padStart(width) : text.padEnd(width);
}

/** The last period of a plan that has follow-ups. */
function reportedPeriod(view: PlanView): string {
  const used = new Set(view.uppfoljningar.map((f) => f.periodKey));
  const periods = view.plan.perioder.filter((p) => used.has(p.key));
  return (periods[periods.length - 1] ?? view.plan.perioder[0]).key;
}

/** Runs the Word figures and prints them. */
export async function runWordBench(): Promise<void> {
  const core = createLocalSharePointCore({ database: ':memory:' });
  const sp = localSpfi(core, 'samordnare');
  await seedDemoData(sp);
  const service = createInternkontrollService(sp);
  const generatedId = await insertPlanInBulk(core, sp, generatePlan('word', 2000));
  const summaries = await service.listPlans();
  const views = await Promise.all(summaries.map((s) => service.loadPlanView(s.id)));
  const largestSeed = views.filter((v) => v.plan.id !== generatedId).sort((a, b) => b.kontrollmoment.length - a.kontrollmoment.length)[0];
  const generated = views.filter((v) => v.plan.id === generatedId)[0];
  const source = createReportsSource({ today: () => '2026-12-01' });
  const now = new Date('2026-12-01T09:00:00Z');

  console.log('');
  console.log('Word-tillägget / Word add-in — OOXML per insert (Flat OPC with one content control), build time median of 3 (one run at 2 000 km)');
  console.log(`${cell('plan', 44, false)} ${cell('shape', 26, false)} ${cell('OOXML bytes', 12)} ${cell('build ms', 9)}`);
  for (const view of [largestSeed, generated]) {
    const periodKey = reportedPeriod(view);
    for (const shape of BUILT_IN_SHAPES) {
      const times: number[] = [];
      let bytes = 0;
      for (let run = 0; run < (view === generated ? 1 : 3); run++) {
        const started = performance.now();
        const built = await buildBlock(view, { kind: 'report', periodKey, shapeId: shape.id, includeSummary: true }, source, { tag: 'ik:000000000000', now });
        times.push(performance.now() - started);
        bytes = Buffer.byteLength(built.wrappedXml ?? '', 'utf8');
      }
      console.log(`${cell(`${view.plan.namnd} ${view.plan.ar} (${view.kontrollmoment.length} km)`.slice(0, 44), 44, false)} ${cell(shape.id, 26, false)} ${cell(bytes, 12)} ${cell(median(times).toFixed(0), 9)}`);
    }
  }

  // Round trips: every shape of both plans in one document, then one data change and a refresh.
  const word = createMockWord();
  const port = createOfficeWordPort(word.word);
  const perInsert: number[] = [];
  for (const view of [largestSeed, generated]) {
    for (const shape of BUILT_IN_SHAPES) {
      const before = word.syncs();
      await insertBlock(port, source, view, { kind: 'report', periodKey: reportedPeriod(view), shapeId: shape.id, includeSummary: false }, { insideTable: false, isEmpty: true }, now);
      perInsert.push(word.syncs() - before);
    }
    const before = word.syncs();
    await insertBlock(port, source, view, { kind: 'summary', periodKey: reportedPeriod(view), shapeId: '', includeSummary: false }, { insideTable: false, isEmpty: true }, now);
    perInsert.push(word.syncs() - before);
  }
  const target = largestSeed.uppfoljningar.filter((f) => f.targetType === 'kontrollmoment' && f.periodKey === reportedPeriod(largestSeed))[0];
  await service.saveFollowUp(largestSeed.plan.id, { ...target, kommentar: '<p>Ändrat för benchen.</p>' }, largestSeed.avvikelser.filter((a) => a.followUpKey === target.key));
  const deps = { port, source, listPlans: () => service.listPlans(), loadPlanView: (id: number) => service.loadPlanView(id), confirmEdited: async () => new Set<string>(), now: () => now };
  let before = word.syncs();
  const started = performance.now();
  const outcome = await refreshBlocks(deps);
  const refreshMs = performance.now() - started;
  const refreshSyncs = word.syncs() - before;
  before = word.syncs();
  await refreshBlocks(deps);
  const quietSyncs = word.syncs() - before;
  console.log(
    `Round trips to Word (context.sync): insert ${Array.from(new Set(perInsert)).join('/')} each (${perInsert.length} blocks); ` +
      `refresh of all ${outcome.found} blocks ${refreshSyncs} (${outcome.rebuilt.length} rebuilt, ${outcome.unchanged.length} unchanged, ${refreshMs.toFixed(0)} ms); ` +
      `refresh with nothing changed ${quietSyncs}.`
  );
}

if (require.main === module) {
  runWordBench().catch((error: unknown) => {
    console.error('Bench misslyckades / bench failed:', error);
    process.exit(1);
  });
}
