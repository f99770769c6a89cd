/**
 * Insert and refresh through the thin Word layer (office-addin-mock), on the real data service
 * over the in-process local SharePoint with the demo plans: the round trips (insert 1, refresh
 * of all blocks 2), the refusals inside a table and inside one of our blocks, the "edited by
 * hand" question, and the requirement-set message.
 */
import { OfficeMockObject } from 'office-addin-mock';

import type { IInternkontrollService, PlanSummary, PlanView, Stored } from '../../src/data/InternkontrollService';
import type { FollowUp } from '../../src/model';
import { parseRecord } from '../../src/word/blocks/records';
import { insertBlock, InsertRefusedError } from '../../src/word/blocks/insertBlock';
import { refreshBlocks, type EditedBlock } from '../../src/word/blocks/refreshBlocks';
import { checkHostSupport } from '../../src/word/document/requirements';
import { createOfficeWordPort } from '../../src/word/office/officeWordPort';
import { seededSite, type LocalSite } from '../components/support/localSite';
import { docxReportSource } from './support/docxReportSource';
import { createMockWord, type MockWord } from './support/mockWord';

const AFN = 'Arbets- och företagsnämnden';
const AMN = 'Arbetsmarknadsnämnden';
const NOW = new Date('2022-09-12T08:30:00Z');
const EMPTY_CURSOR = { insideTable: false, isEmpty: true };

let site: LocalSite;
let service: IInternkontrollService;
let plans: PlanSummary[];

beforeAll(async () => {
  site = await seededSite();
  service = site.serviceFor('handlaggare');
  plans = await service.listPlans();
}, 60000);

function planId(namnd: string): number {
  return plans.filter((p) => p.namnd === namnd)[0].id;
}

/** The first kontrollmoment follow-up of a period, with its avvikelser. */
function followUpOf(view: PlanView, periodKey: string): Stored<FollowUp> {
  return view.uppfoljningar.filter((f) => f.targetType === 'kontrollmoment' && f.periodKey === periodKey)[0];
}

function refreshDeps(word: MockWord, confirmEdited: (edited: EditedBlock[]) => Promise<ReadonlySet<string>> = async () => new Set()) {
  return {
    port: createOfficeWordPort(word.word),
    source: docxReportSource,
    listPlans: () => service.listPlans(),
    loadPlanView: (id: number) => service.loadPlanView(id),
    confirmEdited,
    now: () => NOW
  };
}

describe('the requirement sets', () => {
  it('asks for WordApi 1.4 and tells an older Word so in Swedish', () => {
    const older = new OfficeMockObject({ isSetSupported: (name: string, version: string) => name === 'WordApi' && Number(version) <= 1.3 });
    const support = checkHostSupport(older as unknown as { isSetSupported(n: string, v?: string): boolean });
    expect(support.supported).toBe(false);
    expect(support.message).toBe(
      'Den här versionen av Word kan inte köra Internkontroll. Använd Word för Microsoft 365, Word 2021 eller senare, eller Word på webben.'
    );
    expect(support.messageEn).toMatch(/^This version of Word cannot run Internkontroll/);

    const current = checkHostSupport({ isSetSupported: (name, version) => (name === 'WordApi' && Number(version) <= 1.5) || name === 'DialogApi' });
    expect(current).toEqual({ supported: true, message: '', messageEn: '', nestedAppAuth: false, dialogApi: true });
    expect(checkHostSupport({ isSetSupported: () => true }).nestedAppAuth).toBe(true);
    // Outside Office (no requirements object) nothing is supported; a throwing host counts as no.
    expect(checkHostSupport(undefined).supported).toBe(false);
    expect(checkHostSupport({ isSetSupported: () => { throw new Error('x'); } }).supported).toBe(false);
  });
});

describe('reading the cursor', () => {
  it('tells a table, one of our blocks and a free paragraph apart in one round trip', async () => {
    const word = createMockWord();
    const port = createOfficeWordPort(word.word);
    expect(await port.inspectSelection()).toEqual({ insideTable: false, insideBlockTag: undefined, isEmpty: true });
    expect(word.syncs()).toBe(1);
    word.setSelection({ insideTable: true, isEmpty: false });
    expect(await port.inspectSelection()).toEqual({ insideTable: true, insideBlockTag: undefined, isEmpty: false });
    word.setSelection({ controlTag: 'ik:0123456789ab' });
    expect((await port.inspectSelection()).insideBlockTag).toBe('ik:0123456789ab');
    // Someone else's content control is not ours.
    word.setSelection({ controlTag: 'Mottagare' });
    expect((await port.inspectSelection()).insideBlockTag).toBeUndefined();
    expect(word.syncs()).toBe(4);
  });
});

describe('inserting at the cursor', () => {
  it('puts the report in one tagged control with its record, in one round trip', async () => {
    const word = createMockWord();
    const view = await service.loadPlanView(planId(AFN));
    const inserted = await insertBlock(
      createOfficeWordPort(word.word),
      docxReportSource,
      view,
      { kind: 'report', periodKey: 'T2', shapeId: 'status-per-tertial', shapeTitle: 'Status per tertial', includeSummary: true },
      EMPTY_CURSOR,
      NOW
    );
    expect(word.syncs()).toBe(1);
    expect(word.selectionInserts).toHaveLength(1);
    const [ooxml, location] = word.selectionInserts[0];
    expect(location).toBe('Replace');
    expect(inserted.tag).toMatch(/^ik:[0-9a-f]{12}$/);
    expect(inserted.title).toBe('Status per tertial, Tertial 2, Arbets- och företagsnämnden 2022');
    expect(ooxml).toContain(`<w:tag w:val="${inserted.tag}"/>`);
    expect(ooxml).toContain(`<w:alias w:val="${inserted.title}"/>`);
    expect(inserted.ooxmlBytes).toBe(Buffer.byteLength(ooxml, 'utf8'));
    expect(word.controls.map((c) => c.tag)).toEqual([inserted.tag]);
    // The summary sentence rides along, as Word shows it.
    expect(word.controls[0].text).toContain('kontrollmoment');

    expect(word.settings.map((s) => s.key)).toEqual([inserted.tag]);
    const record = parseRecord(word.settings[0].value);
    expect(record).toEqual({
      v: 1,
      kind: 'report',
      planKey: view.plan.key,
      planId: view.plan.id,
      planTitle: 'Arbets- och företagsnämnden 2022',
      periodKey: 'T2',
      shapeId: 'status-per-tertial',
      includeSummary: true,
      dataHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      builtAt: '2022-09-12T08:30:00.000Z'
    });
  });

  it('puts the block after selected text rather than over it', async () => {
    const word = createMockWord();
    const view = await service.loadPlanView(planId(AMN));
    await insertBlock(createOfficeWordPort(word.word), docxReportSource, view, { kind: 'summary', periodKey: 'DELAR', shapeId: '', includeSummary: false }, { insideTable: false, isEmpty: false }, NOW);
    expect(word.syncs()).toBe(1);
    expect(word.selectionInserts[0][1]).toBe('After');
    // Seed 002's sentence, word for word.
    expect(word.controls[0].text).toBe(
      'För sju av nio kontrollmoment är granskningen gjord utan anmärkning. I två fall är granskningen gjord med mindre anmärkning. ' +
        'Det gäller kontrollmoment 3 (uppföljning av insatser) och kontrollmoment 9 (förebyggande arbete mot välfärdsbrottslighet).\r'
    );
    expect(parseRecord(word.settings[0].value)?.kind).toBe('summary');
  });

  it('refuses inside a table and inside one of our blocks, before any round trip', async () => {
    const word = createMockWord();
    const port = createOfficeWordPort(word.word);
    const view = await service.loadPlanView(planId(AFN));
    const request = { kind: 'report' as const, periodKey: 'T2', shapeId: 'status-per-tertial', includeSummary: false };

    const inTable = insertBlock(port, docxReportSource, view, request, { insideTable: true, isEmpty: true }, NOW);
    await expect(inTable).rejects.toBeInstanceOf(InsertRefusedError);
    await expect(inTable).rejects.toThrow('Markören står i en tabell. Flytta markören till ett eget stycke utanför tabellen och försök igen.');

    // Inside our block (also when that block is a table) the block is named, not the table.
    const inBlock = insertBlock(port, docxReportSource, view, request, { insideTable: true, insideBlockTag: 'ik:0123456789ab', isEmpty: true }, NOW);
    await expect(inBlock).rejects.toThrow(/^Markören står i en tabell eller mening som Internkontroll redan har infogat\./);
    expect(word.syncs()).toBe(0);
    expect(word.selectionInserts).toEqual([]);
    expect(word.settings).toEqual([]);
  });
});

describe('Uppdatera tabeller', () => {
  /** A document with three blocks: AFN T2 report, AFN T1 report, AMN summary for delår. */
  async function documentWithBlocks(): Promise<{ word: MockWord; tags: string[]; afn: PlanView }> {
    const word = createMockWord();
    const port = createOfficeWordPort(word.word);
    const afn = await service.loadPlanView(planId(AFN));
    const amn = await service.loadPlanView(planId(AMN));
    const tags = [
      (await insertBlock(port, docxReportSource, afn, { kind: 'report', periodKey: 'T2', shapeId: 'status-per-tertial', includeSummary: false }, EMPTY_CURSOR, NOW)).tag,
      (await insertBlock(port, docxReportSource, afn, { kind: 'report', periodKey: 'T1', shapeId: 'egen-kort', includeSummary: false }, EMPTY_CURSOR, NOW)).tag,
      (await insertBlock(port, docxReportSource, amn, { kind: 'summary', periodKey: 'DELAR', shapeId: '', includeSummary: false }, EMPTY_CURSOR, NOW)).tag
    ];
    return { word, tags, afn };
  }

  async function changeAfnT2(afn: PlanView, status: FollowUp['status']): Promise<void> {
    const followUp = followUpOf(afn, 'T2');
    await service.saveFollowUp(afn.plan.id, { ...followUp, status }, afn.avvikelser.filter((a) => a.followUpKey === followUp.key));
  }

  it('rebuilds what changed in two round trips and leaves the rest', async () => {
    const { word, tags, afn } = await documentWithBlocks();
    const before = word.syncs();
    const oldRecord = parseRecord(word.settings.filter((s) => s.key === tags[0])[0].value)!;
    const oldText = word.controls[0].text;
    const newStatus = followUpOf(afn, 'T2').status === 'Genomförd' ? 'Pågående' : 'Genomförd';
    await changeAfnT2(afn, newStatus);

    const outcome = await refreshBlocks(refreshDeps(word));
    expect(word.syncs() - before).toBe(2);
    expect(outcome).toEqual({ found: 3, rebuilt: [tags[0]], unchanged: [tags[1], tags[2]], kept: [], unknown: [], failed: [], forgotten: [], cancelled: false });
    // The control stays (same tag); its content is replaced, without a second control inside.
    expect(word.controls[0].tag).toBe(tags[0]);
    expect(word.controls[0].inserted).toHaveLength(1);
    expect(word.controls[0].inserted[0][1]).toBe('Replace');
    expect(word.controls[0].inserted[0][0]).not.toMatch(/<w:sdt>/);
    expect(word.controls[0].text).not.toBe(oldText);
    expect(word.controls[1].inserted).toEqual([]);
    expect(word.controls[2].inserted).toEqual([]);
    const newRecord = parseRecord(word.settings.filter((s) => s.key === tags[0])[0].value)!;
    expect(newRecord.dataHash).not.toBe(oldRecord.dataHash);
    expect(newRecord.contentHash).not.toBe(oldRecord.contentHash);
    expect(newRecord.planKey).toBe(oldRecord.planKey);

    // Nothing changed since: one round trip to read, nothing written.
    const again = word.syncs();
    const quiet = await refreshBlocks(refreshDeps(word));
    expect(word.syncs() - again).toBe(1);
    expect(quiet.rebuilt).toEqual([]);
    expect(quiet.unchanged).toHaveLength(3);
    await changeAfnT2(await service.loadPlanView(afn.plan.id), followUpOf(afn, 'T2').status);
  });

  it('stays at two round trips with twelve blocks of every kind', async () => {
    const word = createMockWord();
    const port = createOfficeWordPort(word.word);
    const afn = await service.loadPlanView(planId(AFN));
    for (let i = 0; i < 12; i++) {
      await insertBlock(port, docxReportSource, afn, { kind: i % 3 === 0 ? 'summary' : 'report', periodKey: i % 2 ? 'T1' : 'T2', shapeId: 'status-per-tertial', includeSummary: i % 4 === 1 }, EMPTY_CURSOR, NOW);
    }
    expect(word.syncs()).toBe(12);
    const current = followUpOf(afn, 'T1');
    await service.saveFollowUp(afn.plan.id, { ...current, resultat: current.resultat === 'Utan anmärkning' ? 'Med mindre anmärkning' : 'Utan anmärkning' }, afn.avvikelser.filter((a) => a.followUpKey === current.key));
    const outcome = await refreshBlocks(refreshDeps(word));
    expect(word.syncs()).toBe(14);
    expect(outcome.found).toBe(12);
    expect(outcome.rebuilt.length).toBeGreaterThan(0);
    expect(outcome.rebuilt.length + outcome.unchanged.length).toBe(12);
    const restored = await service.loadPlanView(afn.plan.id);
    const back = followUpOf(restored, 'T1');
    await service.saveFollowUp(afn.plan.id, { ...back, resultat: current.resultat }, restored.avvikelser.filter((a) => a.followUpKey === back.key));
  });

  it('asks before replacing a block edited by hand, and keeps it when told to', async () => {
    const { word, tags, afn } = await documentWithBlocks();
    // The handläggare rewrites a cell in the T2 table.
    word.controls[0].text = word.controls[0].text.replace(/\r/, ' (kompletteras)\r');
    const edited = word.controls[0].text;
    const original = followUpOf(afn, 'T2').status;
    await changeAfnT2(afn, original === 'Genomförd' ? 'Pågående' : 'Genomförd');

    const asked: EditedBlock[][] = [];
    const kept = await refreshBlocks(refreshDeps(word, async (list) => {
      asked.push(list);
      return new Set(list.map((b) => b.tag));
    }));
    expect(asked).toHaveLength(1);
    expect(asked[0].map((b) => [b.tag, b.description])).toEqual([[tags[0], 'Status per tertial · Tertial 2 · Arbets- och företagsnämnden 2022']]);
    expect(kept.kept).toEqual([tags[0]]);
    expect(kept.rebuilt).toEqual([]);
    expect(word.controls[0].text).toBe(edited);
    expect(word.controls[0].inserted).toEqual([]);

    // Asked again next time; told to replace, the hand edit goes.
    const replaced = await refreshBlocks(refreshDeps(word, async () => new Set()));
    expect(replaced.rebuilt).toEqual([tags[0]]);
    expect(word.controls[0].text).not.toContain('(kompletteras)');
    const fresh = await service.loadPlanView(afn.plan.id);
    await changeAfnT2(fresh, original);
  });

  it('does not count Word’s own marks or a hand edit that matches the new data as edits', async () => {
    const { word } = await documentWithBlocks();
    // Word may report spacing and marks differently; only letters and digits count.
    word.controls[1].text = word.controls[1].text.replace(/\r/g, '\r\n').replace(/\u0007/g, '\t');
    const asked: EditedBlock[][] = [];
    const outcome = await refreshBlocks(refreshDeps(word, async (list) => {
      asked.push(list);
      return new Set();
    }));
    expect(asked).toEqual([]);
    expect(outcome.unchanged).toHaveLength(3);
  });

  it('forgets records of deleted blocks and leaves blocks it cannot read alone', async () => {
    const { word, tags } = await documentWithBlocks();
    // The handläggare deletes the summary; a block pasted from another document has no record.
    word.controls.splice(2, 1);
    word.controls.push({ ...word.controls[0], tag: 'ik:fromelsewhere', inserted: [], insertOoxml: () => { throw new Error('must not be touched'); } });
    const before = word.syncs();
    const outcome = await refreshBlocks(refreshDeps(word));
    expect(word.syncs() - before).toBe(2);
    expect(outcome.forgotten).toEqual([tags[2]]);
    expect(outcome.unknown).toEqual(['ik:fromelsewhere']);
    expect(word.settings.map((s) => s.key).sort()).toEqual([tags[0], tags[1]].sort());
  });

  it('names a block whose plan is gone and rebuilds the others', async () => {
    const word = createMockWord({
      controls: [{ tag: 'ik:aaaaaaaaaaaa', text: 'Gammal tabell', inserted: [], insertOoxml: () => undefined }],
      settings: [
        {
          key: 'ik:aaaaaaaaaaaa',
          value: JSON.stringify({ v: 1, kind: 'report', planKey: 'borttagen-plan', planId: 9999, planTitle: 'Kulturnämnden 2021', periodKey: 'T1', shapeId: 'status-per-tertial', includeSummary: false, dataHash: 'x', contentHash: 'y', builtAt: '2021-05-01T00:00:00.000Z' })
        }
      ]
    });
    const outcome = await refreshBlocks(refreshDeps(word));
    expect(outcome.failed).toHaveLength(1);
    expect(outcome.failed[0].tag).toBe('ik:aaaaaaaaaaaa');
    expect(outcome.failed[0].message).toMatch(/^Planen Kulturnämnden 2021 kunde inte läsas: /);
    expect(word.syncs()).toBe(1);
  });
});
