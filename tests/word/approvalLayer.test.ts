/**
 * The approval in the Word layer (office-addin-mock), on the real data and approval services over
 * the in-process local SharePoint, with a real approval: the handläggare requests, the
 * förvaltningsdirektör approves. A block of approved data carries the export's approval line
 * and its record the hash; "Verifiera" reads the document in one round trip and tells approved,
 * changed data and hand edits apart; inserting or refreshing data changed after approval needs
 * the user's yes; a self-approval written straight through REST never counts. Expected lines and
 * hashes come from the decision SharePoint stored (its `Kontrollsumma` and `Created`).
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';

import { swedishDay, type IApprovalService } from '../../src/approvals';
import { createApprovalService } from '../../src/data/approvals/ApprovalService';
import type { PlanView } from '../../src/data/InternkontrollService';
import { LIST_TITLES } from '../../src/data/schema/lists';
import { ROLE_GROUPS } from '../../src/data/security/roles';
import { approvalStates, needsConfirmation } from '../../src/word/blocks/blockApproval';
import { insertBlock } from '../../src/word/blocks/insertBlock';
import { parseRecord } from '../../src/word/blocks/records';
import { refreshBlocks, type UnapprovedBlock } from '../../src/word/blocks/refreshBlocks';
import { createReportsSource } from '../../src/word/blocks/reportsSource';
import { verifyBlocks } from '../../src/word/blocks/verifyBlocks';
import { createOfficeWordPort } from '../../src/word/office/officeWordPort';
import { seededSite, type DemoUser, type LocalSite } from '../components/support/localSite';
import { createMockWord, type MockWord } from './support/mockWord';

jest.setTimeout(120000);

const SHAPE = 'status-per-tertial';
const AFN = 'Arbets- och företagsnämnden';
const AMN = 'Arbetsmarknadsnämnden';
const NOW = new Date('2022-09-12T08:30:00Z');
const EMPTY_CURSOR = { insideTable: false, isEmpty: true };
const source = createReportsSource();

let site: LocalSite;
let owner: SPFI;
let afnId: number;

function approvalsFor(user: DemoUser): IApprovalService {
  return createApprovalService(site.spFor(user), { plans: site.serviceFor(user) });
}

/** The decisions SharePoint stored for a plan, as the owner reads them. */
async function storedDecisions(planId: number): Promise<Array<{ Kontrollsumma: string; Created: string; AuthorId: number }>> {
  const all = await owner.web.lists.getByTitle(LIST_TITLES.beslut).items.select('Kontrollsumma', 'Created', 'AuthorId', 'PlanId')<Array<{ Kontrollsumma: string; Created: string; AuthorId: number; PlanId: number }>>();
  return all.filter((d) => d.PlanId === planId);
}

async function changeKommentar(planId: number, periodKey: string, text: string): Promise<void> {
  const service = site.serviceFor('handlaggare');
  const view = await service.loadPlanView(planId);
  const followUp = view.uppfoljningar.filter((f) => f.targetType === 'kontrollmoment' && f.periodKey === periodKey)[0];
  await service.saveFollowUp(planId, { ...followUp, kommentar: `<p>${text}</p>` }, view.avvikelser.filter((a) => a.followUpKey === followUp.key));
}

async function insertReport(word: MockWord, view: PlanView, periodKey: string): Promise<string> {
  const approval = await approvalStates(approvalsFor('handlaggare'), source).blockApproval(view, periodKey, SHAPE);
  const inserted = await insertBlock(createOfficeWordPort(word.word), source, view, { kind: 'report', periodKey, shapeId: SHAPE, includeSummary: true }, EMPTY_CURSOR, NOW, approval);
  return inserted.tag;
}

function verify(word: MockWord) {
  const service = site.serviceFor('handlaggare');
  return verifyBlocks({ port: createOfficeWordPort(word.word), approvals: approvalsFor('handlaggare'), listPlans: () => service.listPlans(), loadPlanView: (id) => service.loadPlanView(id), source });
}

beforeAll(async () => {
  site = await seededSite();
  owner = site.spFor('samordnare');
  const plans = await site.serviceFor('handlaggare').listPlans();
  afnId = plans.filter((p) => p.namnd === AFN)[0].id;
  await approvalsFor('planerare').setPlanApprovers({ planId: afnId, approverIds: [site.idOf('chef')], rule: 'any' });
  const made = await approvalsFor('handlaggare').request({ planId: afnId, periodKey: 'T2', shapeId: SHAPE });
  const asChef = approvalsFor('chef');
  const seen = await asChef.content(afnId, 'T2', SHAPE);
  await asChef.decide(made.request.key, { outcome: 'approved', seenHash: seen.hash });
}, 120000);

describe('a block of approved data', () => {
  let word: MockWord;
  let tag: string;
  let line: string;
  let hash: string;

  beforeAll(async () => {
    const [decision] = await storedDecisions(afnId);
    hash = decision.Kontrollsumma;
    line = `Godkänd ${swedishDay(decision.Created)} av Förvaltningsdirektör (kontrollsumma ${hash.slice(0, 12)})`;
    word = createMockWord();
    tag = await insertReport(word, await site.serviceFor('handlaggare').loadPlanView(afnId), 'T2');
  });

  it('carries the approval line under its tables and the hash in its record, in one round trip', async () => {
    expect(word.syncs()).toBe(1);
    const text = word.controls[0].text;
    expect(text.endsWith(`Godkännande: ${line}\r`)).toBe(true);
    // Under the tables: after the last table cell.
    expect(text).toContain('\u0007');
    expect(text.lastIndexOf('\u0007')).toBeLessThan(text.indexOf('Godkännande:'));
    expect(parseRecord(word.settings.filter((s) => s.key === tag)[0].value)?.approval).toEqual({ status: 'approved', line, approvedHash: hash, currentHash: hash });
  });

  it('Verifiera reads the document in one round trip, writes nothing and says it is what was approved', async () => {
    const before = word.syncs();
    const checks = await verify(word);
    expect(word.syncs() - before).toBe(1);
    expect(word.controls[0].inserted).toEqual([]);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ tag, verdict: 'approved', description: 'Status per tertial · Tertial 2 · Arbets- och företagsnämnden 2022' });
    expect(checks[0].message).toBe(`Tabellen i dokumentet är den som godkändes ${line.slice(8, 18)} (kontrollsumma ${hash.slice(0, 12)}). Uppgifterna är oförändrade sedan dess.`);
  });

  it('a summary block keeps the approval in its record only, and Verifiera compares its sentence with the approved one', async () => {
    const summaryWord = createMockWord();
    const view = await site.serviceFor('handlaggare').loadPlanView(afnId);
    const approval = await approvalStates(approvalsFor('handlaggare'), source).blockApproval(view, 'T2', SHAPE);
    const inserted = await insertBlock(createOfficeWordPort(summaryWord.word), source, view, { kind: 'summary', periodKey: 'T2', shapeId: SHAPE, includeSummary: false }, EMPTY_CURSOR, NOW, approval);
    expect(summaryWord.controls[0].text).not.toContain('Godkännande');
    expect(parseRecord(summaryWord.settings[0].value)?.approval).toEqual({ status: 'approved', line: '', approvedHash: hash, currentHash: hash });
    const [check] = await verify(summaryWord);
    expect(check).toMatchObject({ tag: inserted.tag, verdict: 'approved', description: 'Sammanfattning · Tertial 2 · Arbets- och företagsnämnden 2022' });
    const sentence = summaryWord.controls[0].text;
    summaryWord.controls[0].text = sentence.replace(/kontrollmoment/, 'Förfalskat');
    expect(summaryWord.controls[0].text).not.toBe(sentence);
    expect((await verify(summaryWord))[0].verdict).toBe('edited');
  });

  it('Verifiera tells a hand edit of a cell, and of the approval line, from the approved table', async () => {
    const original = word.controls[0].text;
    try {
      // A word of the first data cell changed, as a person would in Word.
      const cellStart = original.indexOf('\u0007', original.indexOf('\u0007') + 1) + 1;
      const edited = original.slice(0, cellStart) + 'Förfalskat ' + original.slice(cellStart);
      word.controls[0].text = edited;
      const [check] = await verify(word);
      expect(check.verdict).toBe('edited');
      expect(check.message).toMatch(/^Blocket har ändrats för hand i dokumentet sedan det infogades\. Tabellen i dokumentet skiljer sig från det som godkändes/);

      // The table untouched, the line changed by hand: the table is the approved one, the line is named.
      word.controls[0].text = original.replace(`kontrollsumma ${hash.slice(0, 12)}`, 'kontrollsumma 000000000000');
      const [lineCheck] = await verify(word);
      expect(lineCheck.verdict).toBe('approved');
      expect(lineCheck.message).toMatch(/Raden om godkännandet i dokumentet har ändrats för hand \("Godkänd .* \(kontrollsumma 000000000000\)"\)\.$/);
    } finally {
      word.controls[0].text = original;
    }
  });
});

describe('after the data changes', () => {
  it('the approved block stays approved but the data has moved on; a new block asks first and says "Ändrad efter godkännande"; refresh asks, and Avbryt writes nothing', async () => {
    const word = createMockWord();
    const tag = await insertReport(word, await site.serviceFor('handlaggare').loadPlanView(afnId), 'T2');
    const [decision] = await storedDecisions(afnId);
    const day = swedishDay(decision.Created);
    await changeKommentar(afnId, 'T2', 'Ändrat efter godkännandet.');

    const [check] = await verify(word);
    expect(check.verdict).toBe('data-changed');
    expect(check.message).toMatch(new RegExp(`^Tabellen i dokumentet är den som godkändes ${day} .*Uppgifterna har ändrats sedan de godkändes ${day}: kontrollsumman är nu [0-9a-f]{12}, godkänd var ${decision.Kontrollsumma.slice(0, 12)}\\.$`));

    const fresh = await site.serviceFor('handlaggare').loadPlanView(afnId);
    const approval = await approvalStates(approvalsFor('handlaggare'), source).blockApproval(fresh, 'T2', SHAPE);
    expect(approval.status).toBe('changed');
    expect(needsConfirmation(approval)).toBe(true);
    expect(approval.line).toBe(`Ändrad efter godkännande (godkänd ${day} av Förvaltningsdirektör, kontrollsumma ${decision.Kontrollsumma.slice(0, 12)})`);
    expect(approval.approvedHash).toBe(decision.Kontrollsumma);
    expect(approval.currentHash).not.toBe(decision.Kontrollsumma);

    const asked: UnapprovedBlock[][] = [];
    const deps = (answer: boolean) => ({
      port: createOfficeWordPort(word.word),
      source,
      listPlans: () => site.serviceFor('handlaggare').listPlans(),
      loadPlanView: (id: number) => site.serviceFor('handlaggare').loadPlanView(id),
      confirmEdited: async () => new Set<string>(),
      approvals: approvalStates(approvalsFor('handlaggare'), source),
      confirmUnapproved: async (blocks: UnapprovedBlock[]) => {
        asked.push(blocks);
        return answer;
      },
      now: () => NOW
    });
    const before = word.syncs();
    const textBefore = word.controls[0].text;
    const cancelled = await refreshBlocks(deps(false));
    expect(asked).toHaveLength(1);
    expect(asked[0].map((b) => [b.tag, b.approval.status])).toEqual([[tag, 'changed']]);
    expect(cancelled).toMatchObject({ cancelled: true, rebuilt: [] });
    expect(word.syncs() - before).toBe(1);
    expect(word.controls[0].text).toBe(textBefore);

    const refreshed = await refreshBlocks(deps(true));
    expect(refreshed).toMatchObject({ cancelled: false, rebuilt: [tag] });
    expect(word.controls[0].text).toContain('Ändrat efter godkännandet.');
    expect(word.controls[0].text.endsWith(`Godkännande: ${approval.line}\r`)).toBe(true);
    expect(parseRecord(word.settings[0].value)?.approval?.status).toBe('changed');
    const [after] = await verify(word);
    expect(after.verdict).toBe('not-approved-content');
    expect(after.message).toMatch(/^Tabellen i dokumentet skiljer sig från det som godkändes .* Blocket är inte ändrat för hand: det byggdes av andra uppgifter än de godkända \(Ändrad efter godkännande/);
  });
});

describe('a self-approval written straight through REST', () => {
  it('never counts: the block says "Väntar på godkännande", asks first, and Verifiera says it is not approved', async () => {
    const plans = await site.serviceFor('handlaggare').listPlans();
    const amnId = plans.filter((p) => p.namnd === AMN)[0].id;
    const amn = await site.serviceFor('planerare').loadPlanView(amnId);
    const periodKey = amn.plan.perioder[0].key;
    // planerare is a samordnare and here also a godkännare, so SharePoint lets them add to IKBeslut.
    await owner.web.siteGroups.getByName(ROLE_GROUPS.godkannare.title).users.add('i:0#.f|membership|planerare@kommun.example');
    await approvalsFor('planerare').setPlanApprovers({ planId: amnId, approverIds: [site.idOf('chef'), site.idOf('planerare')], rule: 'any' });
    const made = await approvalsFor('planerare').request({ planId: amnId, periodKey, shapeId: SHAPE });
    const hash = (await approvalsFor('chef').content(amnId, periodKey, SHAPE)).hash;
    await site.spFor('planerare').web.lists.getByTitle(LIST_TITLES.beslut).items.add({ Title: 'Beslut', PlanId: amnId, Period: periodKey, Begarannyckel: made.request.key, Beslutsutfall: 'Godkänd', Kontrollsumma: hash });
    expect((await storedDecisions(amnId)).map((d) => d.AuthorId)).toEqual([site.idOf('planerare')]);

    const approval = await approvalStates(approvalsFor('handlaggare'), source).blockApproval(amn, periodKey, SHAPE);
    expect(approval).toMatchObject({ status: 'requested', line: 'Väntar på godkännande' });
    expect(approval.approvedHash).toBeUndefined();
    expect(needsConfirmation(approval)).toBe(true);

    const word = createMockWord();
    await insertBlock(createOfficeWordPort(word.word), source, amn, { kind: 'report', periodKey, shapeId: SHAPE, includeSummary: false }, EMPTY_CURSOR, NOW, approval);
    expect(word.controls[0].text.endsWith('Godkännande: Väntar på godkännande\r')).toBe(true);
    const [check] = await verify(word);
    expect(check).toMatchObject({ verdict: 'not-approved', message: 'Uppföljningen för perioden är inte godkänd.' });
  });
});
