/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * The add-in's report source over src/reports and the data service, on the in-process local
 * SharePoint with the demo plans: built-in and own shapes listed (built-in first); a
 * summary-only block says what the chosen shape's `sammanfattning` asks for; a report block's
 * tables fill the text width of the section they go into (a landscape section for a wide shape).
 */
import { webcrypto } from 'crypto';
import { Document, Packer, PageOrientation, Paragraph } from 'docx';
import JSZip from 'jszip';

import { newKey, type IInternkontrollService, type PlanSummary } from '../../src/data/InternkontrollService';
import type { ReportShape } from '../../src/reports';
import { buildBlock } from '../../src/word/blocks/buildBlock';
import { insertBlock } from '../../src/word/blocks/insertBlock';
import { parseRecord } from '../../src/word/blocks/records';
import { createReportsSource, ownShapesOf } from '../../src/word/blocks/reportsSource';
import { LocalWordDocument } from '../../src/word/local/LocalWordDocument';
import { seededSite, type LocalSite } from '../components/support/localSite';

// jsdom (for the stand-in document's DOMParser) has no Web Crypto; the browser and Node both do.
if (!globalThis.crypto?.subtle) {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}

const AFN = 'Arbets- och företagsnämnden';
const AMN = 'Arbetsmarknadsnämnden';
const NOW = new Date('2022-09-12T08:30:00Z');

let site: LocalSite;
let service: IInternkontrollService;
let plans: PlanSummary[];

beforeAll(async () => {
  site = await seededSite();
  await site.serviceFor('samordnare').saveReportShape({
    key: newKey(),
    shape: {
      id: 'egen-status-kort',
      namn: 'Egen: status i korthet',
      tabeller: [{ rader: 'kontrollmoment', kolumner: [{ falt: 'kontrollmoment.beskrivning', rubrik: 'Kontrollmoment', bredd: 1 }] }]
    } as ReportShape
  });
  service = site.serviceFor('handlaggare');
  plans = await service.listPlans();
}, 60000);

function planId(namnd: string): number {
  return plans.filter((p) => p.namnd === namnd)[0].id;
}

describe('the shapes the add-in offers', () => {
  it('lists the four built-in shapes first, then the organisation’s own from its list', async () => {
    const source = createReportsSource({ ownShapes: ownShapesOf(service) });
    const listed = await source.listShapes();
    expect(listed.map((s) => [s.id, s.builtIn])).toEqual([
      ['status-per-tertial', true],
      ['granskningssammanfattning', true],
      ['periodens-riskanalys', true],
      ['atgarder-och-kontroller', true],
      ['egen-status-kort', false]
    ]);
    expect(listed[4].title).toBe('Egen: status i korthet');
  });

  it('renders a report with an own shape', async () => {
    const source = createReportsSource({ ownShapes: ownShapesOf(service) });
    const view = await service.loadPlanView(planId(AFN));
    const rendered = await source.render(view, 'T2', 'egen-status-kort', { includeSummary: false });
    const xml = await (await JSZip.loadAsync(rendered.docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Kontroll av omfattning och progress i insatser');
  });
});

describe('a summary-only block', () => {
  it('is seed 002’s review sentence with the granskning shape', async () => {
    const view = await service.loadPlanView(planId(AMN));
    const src = createReportsSource({ ownShapes: ownShapesOf(service) });
    const built = await buildBlock(view, { kind: 'summary', periodKey: 'DELAR', shapeId: 'granskningssammanfattning', includeSummary: false }, src, { now: NOW });
    expect(built.contentXml).toContain(
      'För sju av nio kontrollmoment är granskningen gjord utan anmärkning. I två fall är granskningen gjord med mindre anmärkning.'
    );
    expect(built.record.shapeId).toBe('granskningssammanfattning');
  });

  it('counts kontrollmoment per status with a shape whose summary is "status", and is refused for a shape without one', async () => {
    const view = await service.loadPlanView(planId(AMN));
    const src = createReportsSource({ ownShapes: ownShapesOf(service) });
    const status = await buildBlock(view, { kind: 'summary', periodKey: 'DELAR', shapeId: 'status-per-tertial', includeSummary: false }, src, { now: NOW });
    expect(status.contentXml).toMatch(/(Av|Samtliga) nio kontrollmoment (är|)/);
    expect(status.contentXml).not.toContain('granskningen gjord');
    expect(status.record.dataHash).not.toBe(
      (await buildBlock(view, { kind: 'summary', periodKey: 'DELAR', shapeId: 'granskningssammanfattning', includeSummary: false }, src, { now: NOW })).record.dataHash
    );
    await expect(
      buildBlock(view, { kind: 'summary', periodKey: 'DELAR', shapeId: 'periodens-riskanalys', shapeTitle: 'Periodens riskanalys', includeSummary: false }, src, { now: NOW })
    ).rejects.toThrow('Rapportformen "Periodens riskanalys" har ingen sammanfattning.');
  });
});

describe('the text width of the section', () => {
  /** A one-paragraph document on A4 landscape with 2 cm margins (1 134 twips). */
  async function landscapeDocx(): Promise<Uint8Array> {
    const document = new Document({
      sections: [
        {
          properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
          children: [new Paragraph('')]
        }
      ]
    });
    return Packer.pack(document, 'uint8array');
  }

  it('a wide shape inserted into a landscape section fills its 14 570 twips, and its record keeps the width for refreshing', async () => {
    const doc = await LocalWordDocument.open(await landscapeDocx());
    const context = await doc.inspectSelection();
    // A4 landscape 16 838 twips wide, less 2 × 1 134.
    expect(context.textWidthTwips).toBe(14570);
    const view = await service.loadPlanView(planId(AFN));
    const src = createReportsSource({ ownShapes: ownShapesOf(service) });
    const inserted = await insertBlock(doc, src, view, { kind: 'report', periodKey: 'T2', shapeId: 'status-per-tertial', includeSummary: false, textWidthTwips: context.textWidthTwips }, context, NOW);
    const xml = await (await JSZip.loadAsync(await doc.toDocx())).file('word/document.xml')!.async('string');
    const grid = /<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(xml)![1];
    const widths = Array.from(grid.matchAll(/w:w="(\d+)"/g)).map((m) => Number(m[1]));
    expect(widths).toHaveLength(7);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(14570);
    expect(parseRecord(doc.settings().get(inserted.tag))?.textWidthTwips).toBe(14570);
  });

  it('without a known width the fragment keeps the A4 portrait text width (9 638 twips)', async () => {
    const view = await service.loadPlanView(planId(AFN));
    const src = createReportsSource({ ownShapes: ownShapesOf(service) });
    const rendered = await src.render(view, 'T2', 'status-per-tertial', { includeSummary: false });
    const xml = await (await JSZip.loadAsync(rendered.docx)).file('word/document.xml')!.async('string');
    const grid = /<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(xml)![1];
    expect(Array.from(grid.matchAll(/w:w="(\d+)"/g)).reduce((sum, m) => sum + Number(m[1]), 0)).toBe(9638);
  });
});
