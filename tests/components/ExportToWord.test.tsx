/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * "Exportera till Word" in the plan view, against the real data service on an in-process local
 * SharePoint with the demo plans: period and shape chosen (built-in and own), the bilaga
 * downloaded through the browser's download, unzipped and read. Expected texts come from
 * seed 000 (Arbets- och företagsnämnden 2022, "Status per tertial", T2).
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import JSZip from 'jszip';

import { ExportToWordDialog } from '../../src/components/ExportToWord/ExportToWordDialog';
import { bilagaFileName } from '../../src/components/ExportToWord/exportBilaga';
import { newKey } from '../../src/data/InternkontrollService';
import type { ReportShape } from '../../src/reports';
import { openPlan } from './support/app';
import { LocalSite, seededSite } from './support/localSite';
import { chooseOption } from './support/ui';

const AFN = 'Arbets- och företagsnämnden';

let site: LocalSite;
let downloads: Array<{ name: string; blob: Blob; inDialog: boolean }>;
let clicked: string[];
const realCreate = URL.createObjectURL;
const realRevoke = URL.revokeObjectURL;

beforeAll(async () => {
  site = await seededSite();
}, 60000);

beforeEach(() => {
  downloads = [];
  clicked = [];
  let next = 0;
  const blobs = new Map<string, Blob>();
  // jsdom has no object URLs: keep the blob, and see which link the page clicks.
  URL.createObjectURL = (blob: Blob): string => {
    const url = `blob:test/${++next}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
    const blob = blobs.get(this.href);
    if (blob) {
      // A modal's focus trap cancels clicks outside it: the link must be inside the dialog.
      downloads.push({ name: this.download, blob, inDialog: this.closest('[role="dialog"]') !== null });
    }
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  URL.createObjectURL = realCreate;
  URL.revokeObjectURL = realRevoke;
});

async function blobBytes(blob: Blob): Promise<Uint8Array> {
  const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
  return new Uint8Array(buffer);
}

/** The text of word/document.xml's paragraphs and cells, tags removed, runs joined. */
function plainText(documentXml: string): string {
  return documentXml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

describe('Exportera till Word', () => {
  it('downloads seed 000 as a bilaga: the heading block above the table, the table with its repeated header and merged risk cells', async () => {
    await openPlan(site, 'samordnare', AFN, 2022, '2022-09-15');
    fireEvent.click(screen.getByRole('button', { name: 'Exportera till Word' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('combobox', { name: /^Rapportform/ });
    await chooseOption(/^Period/, 'Tertial 2');
    await chooseOption(/^Rapportform/, 'Status per tertial');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ladda ned bilagan' }));
    await within(dialog).findByText(/Bilagan ”.*” är nedladdad\./, undefined, { timeout: 30000 });
    expect(downloads).toHaveLength(1);
    expect(downloads[0].inDialog).toBe(true);
    expect(downloads[0].name).toBe('Arbets- och företagsnämnden 2022 Tertial 2 – Status per tertial.docx');
    expect(downloads[0].blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');

    const zip = await JSZip.loadAsync(await blobBytes(downloads[0].blob));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = plainText(xml);
    // The bilaga's heading block: nämnd, plan, period, diarienummer above the table.
    expect(text).toContain('Bilaga 1');
    expect(text).toContain('Nämnd: Arbets- och företagsnämnden');
    expect(text).toContain('Plan: Internkontrollplan 2022');
    expect(text).toMatch(/Period: Tertial 2 2022/);
    expect(text).toContain('Diarienummer: AFN 2021/232');
    // Seed 000's title and table: headings side by side per tertial, groups by riskvärde.
    expect(text).toContain('Uppföljning och statusuppdatering T2 2022');
    expect(text).toContain('Status T1 2022');
    expect(text).toContain('Status T2 2022');
    expect(text).toContain('Skattning 16: sannolik risk, allvarliga konsekvenser');
    expect(text).toContain('Bristande kontinuitet och progress under etableringsperioden');
    expect(text).toContain('Kontroll av omfattning och progress i insatser');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    // The shape is wide: the bilaga's page is landscape.
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    expect(text.indexOf('Diarienummer: AFN 2021/232')).toBeLessThan(text.indexOf('Skattning 16'));
  }, 60000);

  it('offers the organisation’s own shapes after the built-in ones, and exports with one', async () => {
    const samordnare = site.serviceFor('samordnare');
    const own: ReportShape = {
      id: 'export-kort-lista',
      namn: 'Kort lista per kontrollmoment',
      titel: 'Kontrollmoment {periodkod} {ar}',
      sammanfattning: 'ingen',
      tabeller: [
        {
          rubrik: 'Kontrollmomentens status',
          rader: 'kontrollmoment',
          kolumner: [
            { falt: 'kontrollmoment.beskrivning', rubrik: 'Vad kontrolleras', bredd: 3 },
            { falt: 'uppfoljning.status', rubrik: 'Läge {periodkod}', bredd: 1 }
          ]
        }
      ]
    } as ReportShape;
    await samordnare.saveReportShape({ key: newKey(), shape: own });
    const plans = await samordnare.listPlans();
    const view = await samordnare.loadPlanView(plans.filter((p) => p.namnd === AFN)[0].id);
    const files: Array<{ name: string; bytes: Uint8Array }> = [];
    render(<ExportToWordDialog service={site.serviceFor('handlaggare')} view={view} periodKey="T2" onDismiss={() => undefined} onDownload={(f) => files.push(f)} datum="2022-09-20" />);
    const shapeBox = await screen.findByRole('combobox', { name: /^Rapportform/ });
    fireEvent.click(shapeBox);
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Status per tertial', 'Granskningssammanfattning', 'Periodens riskanalys', 'Åtgärder och kontroller', 'Kort lista per kontrollmoment']);
    fireEvent.click(screen.getByRole('option', { name: 'Kort lista per kontrollmoment' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ladda ned bilagan' }));
    await screen.findByText(/är nedladdad/, undefined, { timeout: 30000 });
    expect(files).toHaveLength(1);
    const xml = await (await JSZip.loadAsync(files[0].bytes)).file('word/document.xml')!.async('string');
    const text = plainText(xml);
    expect(text).toContain('Kontrollmoment T2 2022');
    expect(text).toContain('Kontrollmomentens status');
    expect(text).toContain('Vad kontrolleras');
    expect(text).toContain('Läge T2');
    expect(text).toContain('Datum: 2022-09-20');
    expect(text).toContain('Kontroll av omfattning och progress i insatser');
    // An own shape's id never reaches the user: the file is named by the shape's name.
    expect(files[0].name).toBe('Arbets- och företagsnämnden 2022 Tertial 2 – Kort lista per kontrollmoment.docx');
    expect(clicked).toEqual([]);
  }, 60000);

  it('names files safely whatever the plan is called', () => {
    const name = bilagaFileName({ plan: { namnd: 'Nämnd: A/B "C"\u0007', ar: 2024 }, period: { label: 'Helår' }, shapeName: 'Form <1>' } as never);
    expect(name).toBe('Nämnd A B C 2024 Helår – Form 1.docx');
  });
});

describe('the plan view', () => {
  it('offers the export to every reader, and the dialog closes with Stäng', async () => {
    await openPlan(site, 'lasare', AFN, 2022, '2022-09-15');
    fireEvent.click(screen.getByRole('button', { name: 'Exportera till Word' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  }, 60000);
});
