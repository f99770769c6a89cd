/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * The task pane and the approval, in jsdom, over the in-process local SharePoint with two users
 * and a real approval (the handläggare requests, the förvaltningsdirektör approves through the
 * approval service), and the local stand-in document as Word. The pane shows the state; approved
 * data inserts without a question and the block carries "Godkännande: Godkänd … (kontrollsumma
 * …)" in the .docx; after an edit of the data, inserting asks first (Escape and Avbryt insert
 * nothing, focus returns to the button), "Infoga ändå" inserts with "Ändrad efter godkännande";
 * Verifiera tells approved, changed data and a hand edit apart in a live region. axe-core
 * (WCAG 2.1 A/AA; colour contrast needs a layout engine and is checked in Chromium) on each state.
 * The document with the approved block is rendered by LibreOffice (skipped where it is missing).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import JSZip from 'jszip';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

import { convertToPdf, missingRenderTools, pdfPageTexts } from '../../scripts/libreoffice';
import { swedishDay, type IApprovalService } from '../../src/approvals';
import { createApprovalService } from '../../src/data/approvals/ApprovalService';
import { LIST_TITLES } from '../../src/data/schema/lists';
import { parseRecord } from '../../src/word/blocks/records';
import { createReportsSource, ownShapesOf } from '../../src/word/blocks/reportsSource';
import { checkHostSupport } from '../../src/word/document/requirements';
import { createSelectionTracker } from '../../src/word/document/selectionTracker';
import { baseMemoDocx } from '../../src/word/local/baseDocument';
import { LocalWordDocument } from '../../src/word/local/LocalWordDocument';
import { TaskPane } from '../../src/word/taskpane/TaskPane';
import { seededSite, type DemoUser, type LocalSite } from '../components/support/localSite';
import { chooseOption } from '../components/support/ui';
import { wcagViolations } from '../support/axe';

jest.setTimeout(180_000);

const AFN = 'Arbets- och företagsnämnden';
const SHAPE = 'status-per-tertial';

let site: LocalSite;
let afnId: number;
let hash: string;
let day: string;
/** The document right after the approved block went in, for the render check. */
let approvedDocument: Uint8Array | undefined;
const renderTest = missingRenderTools().length === 0 ? test : test.skip;

function approvalsFor(user: DemoUser): IApprovalService {
  return createApprovalService(site.spFor(user), { plans: site.serviceFor(user) });
}

/** The approval state's live region. */
function approvalState(): HTMLElement {
  return within(screen.getByRole('region', { name: 'Godkännande' })).getByRole('status');
}

/** The results of Verifiera, one line per block. */
async function verifyLines(): Promise<string[]> {
  fireEvent.click(screen.getByRole('button', { name: 'Verifiera' }));
  const results = screen.getByTestId('verify-results');
  await waitFor(() => expect(within(results).getAllByRole('listitem').length).toBeGreaterThan(0));
  return within(results).getAllByRole('listitem').map((item) => item.textContent ?? '');
}

async function changeKommentar(text: string): Promise<void> {
  const service = site.serviceFor('handlaggare');
  const view = await service.loadPlanView(afnId);
  const followUp = view.uppfoljningar.filter((f) => f.targetType === 'kontrollmoment' && f.periodKey === 'T2')[0];
  await service.saveFollowUp(afnId, { ...followUp, kommentar: `<p>${text}</p>` }, view.avvikelser.filter((a) => a.followUpKey === followUp.key));
}

beforeAll(async () => {
  site = await seededSite();
  afnId = (await site.serviceFor('handlaggare').listPlans()).filter((p) => p.namnd === AFN)[0].id;
  await approvalsFor('planerare').setPlanApprovers({ planId: afnId, approverIds: [site.core.store.users.byLogin('chef')!.id], rule: 'any' });
  const made = await approvalsFor('handlaggare').request({ planId: afnId, periodKey: 'T2', shapeId: SHAPE });
  const asChef = approvalsFor('chef');
  await asChef.decide(made.request.key, { outcome: 'approved', seenHash: (await asChef.content(afnId, 'T2', SHAPE)).hash });
  const [decision] = await site.spFor('samordnare').web.lists.getByTitle(LIST_TITLES.beslut).items.select('Kontrollsumma', 'Created')<Array<{ Kontrollsumma: string; Created: string }>>();
  hash = decision.Kontrollsumma;
  day = swedishDay(decision.Created);
}, 120_000);

test('the pane shows the approval, inserts approved data with its line, asks before changed data, and Verifiera tells the blocks apart', async () => {
  const service = site.serviceFor('handlaggare');
  const word = await LocalWordDocument.open(await baseMemoDocx());
  const selection = createSelectionTracker(word);
  render(
    <TaskPane
      service={service}
      approvals={approvalsFor('handlaggare')}
      source={createReportsSource({ ownShapes: ownShapesOf(service) })}
      port={word}
      selection={selection}
      support={checkHostSupport({ isSetSupported: (name) => name === 'WordApi' || name === 'DialogApi' })}
      locale="sv-SE"
    />
  );
  selection.changed();
  await screen.findByRole('combobox', { name: /^Plan/ });
  await chooseOption('Plan', `${AFN} 2022`);
  await waitFor(() => expect(screen.getByRole('combobox', { name: /^Period/ })).not.toHaveAttribute('aria-disabled', 'true'));
  await chooseOption(/^Period/, 'Tertial 2');

  // The state of what is chosen, in words (not colour only).
  const approvedLine = `Godkänd ${day} av Förvaltningsdirektör (kontrollsumma ${hash.slice(0, 12)})`;
  await waitFor(() => expect(approvalState()).toHaveTextContent(`✓${approvedLine}`));
  expect(await wcagViolations()).toEqual([]);

  // Approved and unchanged: inserted without a question.
  fireEvent.click(screen.getByRole('button', { name: 'Infoga vid markören' }));
  await screen.findByText('Tabellen är infogad: Status per tertial, Tertial 2, Arbets- och företagsnämnden 2022.');
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(word.text()).toContain(`Godkännande: ${approvedLine}`);
  approvedDocument = await word.toDocx();
  const xml = await (await JSZip.loadAsync(approvedDocument)).file('word/document.xml')!.async('string');
  const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
  // The line is the last text of the block, after its last table.
  const lineAt = texts.lastIndexOf(approvedLine);
  expect(texts[lineAt - 1]).toBe('Godkännande: ');
  expect(xml.lastIndexOf('</w:tbl>')).toBeLessThan(xml.indexOf(hash.slice(0, 12)));
  const records = Array.from(word.settings().values()).map((value) => parseRecord(value));
  expect(records.map((r) => r?.approval)).toEqual([{ status: 'approved', line: approvedLine, approvedHash: hash, currentHash: hash }]);

  expect(await verifyLines()).toEqual([
    `Det godkända: Status per tertial · Tertial 2 · Arbets- och företagsnämnden 2022. Tabellen i dokumentet är den som godkändes ${day} (kontrollsumma ${hash.slice(0, 12)}). Uppgifterna är oförändrade sedan dess.`
  ]);

  // Someone edits the data after the approval.
  await changeKommentar('Ändrat efter godkännandet: stickprov klart i oktober.');
  const [afterEdit] = await verifyLines();
  expect(afterEdit).toMatch(new RegExp(`^Det godkända, men uppgifterna har ändrats sedan: .* Uppgifterna har ändrats sedan de godkändes ${day}: kontrollsumman är nu [0-9a-f]{12}, godkänd var ${hash.slice(0, 12)}\\.$`));

  // Inserting the changed data asks first, naming the state; Avbryt is focused; Escape inserts nothing.
  const insertButton = screen.getByRole('button', { name: 'Infoga vid markören' });
  insertButton.focus();
  fireEvent.click(insertButton);
  const dialog = await screen.findByRole('alertdialog', { name: 'Uppgifterna är inte godkända' });
  expect(dialog).toHaveTextContent(`Det du infogar är inte det som godkändes: Ändrad efter godkännande (godkänd ${day} av Förvaltningsdirektör, kontrollsumma ${hash.slice(0, 12)}). Vill du infoga det ändå?`);
  await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Avbryt' })));
  expect(await wcagViolations()).toEqual([]);
  fireEvent.keyDown(document.activeElement as Element, { key: 'Escape', code: 'Escape', keyCode: 27, which: 27 });
  await screen.findByText('Ingenting infogades.');
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Infoga vid markören' })));
  expect(word.settings().size).toBe(1);
  // The state now says so too.
  await waitFor(() => expect(approvalState()).toHaveTextContent(`!Ändrad efter godkännande (godkänd ${day} av Förvaltningsdirektör, kontrollsumma ${hash.slice(0, 12)})`));

  // Avbryt by click inserts nothing either; Infoga ändå inserts, with the line saying it is changed.
  fireEvent.click(screen.getByRole('button', { name: 'Infoga vid markören' }));
  fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Avbryt' }));
  await screen.findByText('Ingenting infogades.');
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  expect(word.settings().size).toBe(1);
  fireEvent.click(screen.getByRole('button', { name: 'Infoga vid markören' }));
  fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Infoga ändå' }));
  await screen.findByText('Tabellen är infogad: Status per tertial, Tertial 2, Arbets- och företagsnämnden 2022.');
  // The dialog closes with Fluent's fade; until it is gone the pane behind it is hidden from assistive technology.
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  expect(word.settings().size).toBe(2);
  expect(word.text()).toContain(`Godkännande: Ändrad efter godkännande (godkänd ${day} av Förvaltningsdirektör, kontrollsumma ${hash.slice(0, 12)})`);

  // A hand edit in the first block.
  const first = word.positions().filter((p) => p.label.indexOf('Infogat block') === 0)[0];
  word.setCursor(first.index);
  expect(word.editByHand('(ändrat för hand)')).toBe(true);
  const lines = await verifyLines();
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^Ändrad för hand: Status per tertial · Tertial 2 · Arbets- och företagsnämnden 2022\. Blocket har ändrats för hand i dokumentet sedan det infogades\. Tabellen i dokumentet skiljer sig från det som godkändes/);
  expect(lines[1]).toMatch(/^Inte det godkända: .* Blocket är inte ändrat för hand: det byggdes av andra uppgifter än de godkända/);
  expect(await wcagViolations()).toEqual([]);
});

renderTest('LibreOffice renders the document with the approval line under the table', async () => {
  expect(approvedDocument).toBeDefined();
  const dir = mkdtempSync(join(tmpdir(), 'ik-word-approval-'));
  try {
    const file = join(dir, 'tjansteskrivelse.docx');
    writeFileSync(file, approvedDocument as Uint8Array);
    const [pdf] = await convertToPdf([file], dir);
    const text = pdfPageTexts(pdf).join('\n').replace(/\s+/g, ' ');
    const line = `Godkännande: Godkänd ${day} av Förvaltningsdirektör (kontrollsumma ${hash.slice(0, 12)})`;
    expect(text).toContain(line);
    // Under the table: after its (repeated) header row, and the table after the memo's title.
    expect(text.indexOf('Status T2 2022')).toBeGreaterThan(text.indexOf('Tjänsteskrivelse till Arbetsmarknadsnämnden'));
    expect(text.lastIndexOf('Status T2 2022')).toBeLessThan(text.indexOf(line));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
