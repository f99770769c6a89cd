/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * The report shapes and the visual shape editor, in the whole App against the real data service
 * on an in-process local SharePoint with the demo plans: a samordnare picks and orders columns,
 * types headings, sees the live preview on a real plan change, edits the JSON and back, sees
 * errors at their path, saves; built-in shapes are read-only and copied; a rapportör only views.
 * Expected cell texts come from seed 000 (Arbets- och företagsnämnden 2022).
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';

import { App } from '../../src/components/App/App';
import { LocalSite, seededSite } from './support/localSite';
import { chooseOption } from './support/ui';
import type { DemoUser } from './support/localSite';

const AFN = 'Arbets- och företagsnämnden';
let site: LocalSite;

beforeAll(async () => {
  site = await seededSite();
}, 60000);

/** Opens the report shapes as the user. */
async function openShapes(user: DemoUser): Promise<void> {
  render(<App service={site.serviceFor(user)} locale="sv-SE" today="2022-09-15" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Rapportformer' }));
  // The page is a lazy chunk: the first time, it is compiled and loaded here.
  await screen.findByRole('heading', { name: 'Rapportformer', level: 2 }, { timeout: 40000 });
}

/** The preview's first table's column headings. */
function previewHeadings(): string[] {
  const preview = screen.getByTestId('ik-forhandsvisning');
  const table = within(preview).getAllByRole('table')[0];
  return within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent ?? '');
}

/** The column group of the editor, by its number. */
function column(nr: number): HTMLElement {
  return screen.getByRole('group', { name: new RegExp(`^Kolumn ${nr}:`) });
}

/** Chooses the preview's plan (AFN 2022) and period. */
async function previewOnAfn(period: string): Promise<void> {
  await chooseOption(/^Plan/, `${AFN} 2022`);
  await waitFor(() => expect(screen.getByRole('combobox', { name: /^Period\s/ })).toBeInTheDocument());
  await chooseOption(/^Period\s/, period);
}

describe('the visual shape editor', () => {
  it('picks, orders and heads columns, with the preview on a real plan following every change; saves; the list shows it', async () => {
    await openShapes('samordnare');
    fireEvent.click(screen.getByRole('button', { name: 'Ny rapportform' }));
    await screen.findByRole('heading', { name: 'Rapportform: Ny rapportform' });
    fireEvent.change(screen.getByRole('textbox', { name: /^Namn/ }), { target: { value: 'Kontroller i korthet' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Id/ }), { target: { value: 'kontroller-i-korthet' } });

    await previewOnAfn('Tertial 2');
    // The new shape's columns: the kontrollmoment and its status in the period.
    await waitFor(() => expect(previewHeadings()).toEqual(['Kontrollmoment', 'Status T2 2022']));
    expect(within(screen.getByTestId('ik-forhandsvisning')).getAllByText('Kontroll av omfattning och progress i insatser').length).toBeGreaterThan(0);

    // Add a column, pick its field, type its heading.
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till kolumn' }));
    const third = column(3);
    fireEvent.click(within(third).getByRole('combobox', { name: /^Fält/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Ansvarig för kontrollmomentet' }));
    fireEvent.change(within(column(3)).getByRole('textbox', { name: /^Rubrik/ }), { target: { value: 'Vem ansvarar' } });
    await waitFor(() => expect(previewHeadings()).toEqual(['Kontrollmoment', 'Status T2 2022', 'Vem ansvarar']));
    expect(within(screen.getByTestId('ik-forhandsvisning')).getAllByText('Enhetschef').length).toBeGreaterThan(0);

    // Move it first with the buttons a keyboard reaches; the focus stays on the moved column.
    const up3 = within(column(3)).getByRole('button', { name: 'Flytta kolumn 3 upp' });
    up3.focus();
    fireEvent.click(up3);
    await waitFor(() => expect(document.activeElement).toBe(within(column(2)).getByRole('button', { name: 'Flytta kolumn 2 upp' })));
    fireEvent.click(document.activeElement as HTMLElement);
    await waitFor(() => expect(previewHeadings()).toEqual(['Vem ansvarar', 'Kontrollmoment', 'Status T2 2022']));
    expect(screen.getByText('Kolumnen ”Vem ansvarar” är nu nummer 1 av 3.')).toBeInTheDocument();
    expect(within(column(1)).getByRole('button', { name: 'Flytta kolumn 1 upp' })).toBeDisabled();

    // Periods side by side: the status column per period up to the chosen one.
    await chooseOption(/^Perioder sida vid sida/, 'Till och med den valda');
    fireEvent.click(within(column(3)).getByRole('checkbox', { name: 'En kolumn per period' }));
    await waitFor(() => expect(previewHeadings()).toEqual(['Vem ansvarar', 'Kontrollmoment', 'Status T1 2022', 'Status T2 2022']));

    // Grouping by riskvärde puts the seed's group heading rows in.
    await chooseOption(/^Gruppering/, 'Efter riskvärde');
    fireEvent.change(screen.getByRole('textbox', { name: /^Grupprubrik/ }), { target: { value: 'Skattning {varde}: {sannolikhet}, {konsekvens}' } });
    await waitFor(() =>
      expect(within(screen.getByTestId('ik-forhandsvisning')).getByText('Skattning 16: sannolik risk, allvarliga konsekvenser')).toBeInTheDocument()
    );

    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Rapportformen ”Kontroller i korthet” är sparad.')).toBeInTheDocument();
    // The list is read again after the save.
    expect(await screen.findByRole('group', { name: 'Kontroller i korthet' })).toBeInTheDocument();
    const stored = (await site.serviceFor('lasare').listReportShapes()).filter((s) => s.shape.id === 'kontroller-i-korthet')[0];
    expect(stored.shape.tabeller[0].kolumner.map((c) => c.rubrik)).toEqual(['Vem ansvarar', 'Kontrollmoment', 'Status {periodkod} {ar}']);
    expect(stored.shape.tabeller[0].gruppering).toEqual({ typ: 'riskvarde', rubrik: 'Skattning {varde}: {sannolikhet}, {konsekvens}' });
    expect(stored.issues).toEqual([]);
  }, 120000);

  it('edits the JSON and back: a change in the text shows in the designer, an unknown field is shown at its path and blocks saving', async () => {
    await openShapes('samordnare');
    fireEvent.click(screen.getByRole('button', { name: 'Ny rapportform' }));
    await screen.findByRole('heading', { name: 'Rapportform: Ny rapportform' });
    fireEvent.click(screen.getByRole('tab', { name: 'JSON' }));
    const json = screen.getByRole('textbox', { name: /^Formen som JSON/ }) as HTMLTextAreaElement;
    const shape = JSON.parse(json.value);
    expect(shape.tabeller[0].kolumner.map((c: { falt: string }) => c.falt)).toEqual(['kontrollmoment.beskrivning', 'uppfoljning.status']);

    shape.tabeller[0].kolumner[1].falt = 'Statsu';
    fireEvent.change(json, { target: { value: JSON.stringify(shape, null, 2) } });
    const errors = await screen.findByTestId('ik-formfel');
    expect(errors).toHaveTextContent('tabeller[0].kolumner[1].falt: okänt fält "Statsu"');
    expect(screen.getByRole('button', { name: 'Spara' })).toBeDisabled();

    fireEvent.change(json, { target: { value: '{ "id": "x", ' } });
    expect(await screen.findByTestId('ik-formfel')).toHaveTextContent('texten är inte giltig JSON');

    shape.tabeller[0].kolumner[1].falt = 'kontrollmoment.frekvens';
    shape.tabeller[0].kolumner[1].rubrik = 'Hur ofta';
    fireEvent.change(json, { target: { value: JSON.stringify(shape, null, 2) } });
    await waitFor(() => expect(screen.queryByTestId('ik-formfel')).not.toBeInTheDocument());
    fireEvent.click(screen.getByRole('tab', { name: 'Formgivare' }));
    expect(within(column(2)).getByRole('textbox', { name: /^Rubrik/ })).toHaveValue('Hur ofta');
    expect(within(column(2)).getByRole('combobox', { name: /^Fält/ })).toHaveTextContent('Frekvens');

    // An error made in the designer shows at its control and in the JSON the same way.
    fireEvent.change(within(column(2)).getByRole('textbox', { name: /^Rubrik/ }), { target: { value: '' } });
    const atField = await within(column(2)).findByText(/^tabeller\[0\]\.kolumner\[1\]\.rubrik: /);
    expect(atField).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: 'JSON' }));
    expect(JSON.parse((screen.getByRole('textbox', { name: /^Formen som JSON/ }) as HTMLTextAreaElement).value).tabeller[0].kolumner[1].rubrik).toBe('');
    expect(screen.getByTestId('ik-formfel')).toHaveTextContent('tabeller[0].kolumner[1].rubrik');
  }, 120000);

  it('shows a built-in shape read-only and copies it into an own shape', async () => {
    await openShapes('samordnare');
    fireEvent.click(screen.getByRole('button', { name: 'Visa: Status per tertial' }));
    expect(await screen.findByText('Det här är en inbyggd form och kan inte ändras. Kopiera den för att göra en egen.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Formen som JSON/ })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Spara' })).not.toBeInTheDocument();
    // The preview of the built-in shape on seed 000 has the seed's headings.
    await previewOnAfn('Tertial 2');
    await waitFor(() => expect(previewHeadings()).toEqual(['Område', 'Kontrollmoment', 'Metod', 'Ansvarig', 'Frekvens', 'Status T1 2022', 'Status T2 2022']));
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera till egen form' }));
    await screen.findByRole('heading', { name: 'Rapportform: Kopia av Status per tertial' });
    expect(screen.getByRole('textbox', { name: /^Id/ })).toHaveValue('status-per-tertial-kopia');
    expect(screen.getAllByRole('group', { name: /^Kolumn \d+:/ })).toHaveLength(6);
  }, 120000);
});

describe('who may change shapes', () => {
  it('a rapportör views the shapes but is offered no change', async () => {
    await openShapes('handlaggare');
    // A MessageBar renders its text just after its live region.
    expect(await screen.findByText('Rapportformerna ändras av samordnarna. Du kan se dem.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ny rapportform' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Kopiera/ })).not.toBeInTheDocument();
    await act(async () => undefined);
  }, 60000);
});
