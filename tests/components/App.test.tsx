/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * The whole UI against the real data service on an in-process local SharePoint seeded with the
 * four demo plans: what each demo user sees and can do.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';

import { App } from '../../src/components/App/App';
import type { PlanSummary } from '../../src/data/InternkontrollService';
import { openPlan } from './support/app';
import { DemoUser, emptySite, LocalSite, seededSite } from './support/localSite';
import { chooseOption, richEditor, typeInto, writeRich } from './support/ui';

// The follow-up form loads the rich-text editor on demand; its first load in a run compiles
// TipTap and ProseMirror, which on a busy 2-core machine takes longer than the default wait.
jest.setTimeout(120_000);

/** Seed 000: Arbets- och företagsnämnden 2022, a 5 × 5 matrix, tertials, 10 risks, 24 kontrollmoment. */
const AFN = 'Arbets- och företagsnämnden';

let site: LocalSite;
let afnPlan: PlanSummary;

beforeAll(async () => {
  site = await seededSite();
  const plans = await site.serviceFor('samordnare').listPlans();
  afnPlan = plans.filter((p) => p.namnd === AFN)[0];
});

/** Renders the App as a user and opens the AFN plan on the given day. */
async function openAfnPlan(user: DemoUser, today: string): Promise<ReturnType<typeof render>> {
  return openPlan(site, user, AFN, 2022, today);
}

describe('plan list', () => {
  it('lists the seeded plans with nämnd, year, status and Dnr', async () => {
    render(<App service={site.serviceFor('lasare')} locale="sv-SE" />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    const texts = rows.map((row) => row.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Arbetsmarknadsnämnden'),
        expect.stringContaining('Nämnden för arbete och försörjning'),
        expect.stringContaining('Socialnämnden')
      ])
    );
    const afnRow = rows.filter((row) => (row.textContent || '').indexOf(AFN) >= 0)[0];
    expect(afnRow).toHaveTextContent('2022');
    expect(afnRow).toHaveTextContent('AFN 2021/232');
    expect(afnRow).toHaveTextContent('Beslutad');
    // Newest year first, as the service returns them.
    expect(rows[0]).toHaveTextContent('2024');
  });

  it('speaks English for an English locale', async () => {
    render(<App service={site.serviceFor('lasare')} locale="en-US" />);
    expect(await screen.findByRole('heading', { name: 'Internal control plans' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Committee' })).toBeInTheDocument();
  });
});

describe('plan view', () => {
  it('shows the header, the heat map of the plan’s matrix and the risks', async () => {
    await openAfnPlan('lasare', '2022-06-15');
    expect(screen.getByText('AFN 2021/232')).toBeInTheDocument();
    const view = await site.serviceFor('lasare').loadPlanView(afnPlan.id);
    const matrix = view.plan.riskMatrix;
    const grid = screen.getByRole('grid');
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(matrix.sannolikhet.length * matrix.konsekvens.length);
    // Every cell shows as many risks as the plan has with that rating.
    for (const button of within(grid).getAllByRole('button')) {
      const s = Number(button.getAttribute('data-sannolikhet'));
      const k = Number(button.getAttribute('data-konsekvens'));
      const count = view.risker.filter((r) => r.sannolikhet === s && r.konsekvens === k).length;
      expect(button.textContent).toContain(`: ${count} ${count === 1 ? 'risk' : 'risker'}`);
      const shown = button.querySelector('[data-part="count"]');
      expect(shown ? shown.textContent : '').toBe(count > 0 ? String(count) : '');
    }
    expect(screen.getByRole('button', { name: 'Sannolikhet 4 (sannolik), konsekvens 4 (allvarlig): 2 risker, nivå Hög' })).toBeInTheDocument();
    expect(screen.getByText(`${view.risker.length} av ${view.risker.length} risker`)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(view.risker.length);
    expect(screen.getAllByText('Hög (16)')).toHaveLength(2);
    // The period the plan opens on is the one containing today.
    expect(screen.getByRole('combobox', { name: /Uppföljningsperiod/ })).toHaveDisplayValue('Tertial 2');
  });

  it('filters the risks to the chosen cell and back', async () => {
    await openAfnPlan('lasare', '2022-06-15');
    const total = screen.getAllByRole('article').length;
    fireEvent.click(screen.getByRole('button', { name: /^Sannolikhet 4 \(sannolik\), konsekvens 4/ }));
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(2);
    articles.forEach((article) => expect(article).toHaveTextContent('Hög (16)'));
    expect(screen.getByText(`2 av ${total} risker`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Visa alla risker' }));
    expect(screen.getAllByRole('article')).toHaveLength(total);
  });

  it('shows the chosen period’s follow-up and its progress', async () => {
    await openAfnPlan('lasare', '2022-06-15');
    const view = await site.serviceFor('lasare').loadPlanView(afnPlan.id);
    const doneT2 = view.uppfoljningar.filter((f) => f.periodKey === 'T2' && f.targetType === 'kontrollmoment' && f.status === 'Genomförd').length;
    expect(screen.getByText(`${doneT2} av ${view.kontrollmoment.length} kontrollmoment och åtgärder är genomförda.`)).toBeInTheDocument();
    await chooseOption('Uppföljningsperiod', 'Tertial 3');
    expect(screen.getByRole('heading', { name: 'Uppföljning Tertial 3' })).toBeInTheDocument();
    expect(screen.getByText(`0 av ${view.kontrollmoment.length} kontrollmoment och åtgärder är genomförda.`)).toBeInTheDocument();
  });

  it('shows a reader the plan read-only, with no edit controls at all', async () => {
    await openAfnPlan('lasare', '2022-06-15');
    expect(await screen.findByText('Du har läsbehörighet. Du kan se planerna men inte ändra dem.')).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: /^Följ upp/ })).toHaveLength(0);
  });

  it('offers a rapportör a follow-up button per kontrollmoment, and says plans are the samordnare’s', async () => {
    await openAfnPlan('handlaggare', '2022-06-15');
    const view = await site.serviceFor('handlaggare').loadPlanView(afnPlan.id);
    expect(screen.queryByText(/Du har läsbehörighet/)).not.toBeInTheDocument();
    expect(screen.getByText('Du rapporterar uppföljningar, avvikelser och riskvärderingar. Planen ändras av samordnarna.')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Följ upp kontrollmoment \d+ för Tertial 2$/ })).toHaveLength(view.kontrollmoment.length);
  });

  it('gives a samordnare who is not a rapportör no follow-up controls, as SharePoint would refuse them', async () => {
    await openAfnPlan('planerare', '2022-06-15');
    expect(await screen.findByText('Du ändrar planen. Uppföljningen rapporteras av rapportörerna.')).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: /^Följ upp/ })).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: /^Värdera risken/ })).toHaveLength(0);
  });
});

describe('risk re-rating per period (seed 003)', () => {
  it('shows the period’s rating and analysis beside the original, and draws the heat map from either', async () => {
    render(<App service={site.serviceFor('lasare')} locale="sv-SE" today="2024-03-15" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna internkontrollplanen för Nämnden för arbete och försörjning 2024' }));
    await screen.findByRole('grid');
    const article = screen.getAllByRole('article').filter((a) => /Förtroendeskadligt agerande/.test(a.textContent || ''))[0];
    expect(within(article).getByText('Ursprunglig: Hög (12)')).toBeInTheDocument();
    expect(within(article).getByText('Tertial 1: Medium (8)')).toBeInTheDocument();
    expect(within(article).getByRole('heading', { name: 'Riskanalys Tertial 1' })).toBeInTheDocument();
    expect(article).toHaveTextContent(/Risknivån bedöms ha minskat från hög till medium/);

    const cell = (s: number, k: number): HTMLElement => screen.getByRole('button', { name: new RegExp(`^Sannolikhet ${s} .*konsekvens ${k} `) });
    expect(cell(3, 4)).toHaveAccessibleName(/: 3 risker, nivå Hög$/);
    fireEvent.click(screen.getByRole('radio', { name: 'Per Tertial 1' }));
    expect(cell(3, 4)).toHaveAccessibleName(/: 2 risker, nivå Hög$/);
    expect(cell(2, 4)).toHaveAccessibleName(/: 2 risker, nivå Medium$/);
  });
});

describe('follow-up', () => {
  it('validates before saving, links the summary to the fields, then saves and survives a reload', async () => {
    const rendered = await openAfnPlan('handlaggare', '2022-10-15');
    const target = (await site.serviceFor('handlaggare').loadPlanView(afnPlan.id)).kontrollmoment.filter((k) => k.nr === 3)[0];
    fireEvent.click(screen.getByRole('button', { name: 'Följ upp kontrollmoment 3 för Tertial 3' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: 'Följ upp kontrollmoment 3' })).toBeInTheDocument();

    await chooseOption('Status', 'Genomförd');
    await chooseOption('Resultat av granskning', 'Med anmärkning');
    // A result with a remark asks for an avvikelse.
    expect(within(dialog).getByRole('group', { name: 'Avvikelse 1' })).toBeInTheDocument();
    await writeRich('ik-uppfoljning-kommentar', '<p>Stickprov på tio ärenden.</p><p>Två saknade beslut.</p>');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    const summary = await within(dialog).findByRole('region', { name: /^Rätta \d+ fel innan du sparar:/ });
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Beskrivning måste fyllas i/),
        expect.stringMatching(/^Åtgärd måste fyllas i/),
        expect.stringMatching(/^Slutdatum måste fyllas i/),
        expect.stringMatching(/^Resultatet ”Med anmärkning” kräver minst en avvikelse/)
      ])
    );
    const beskrivning = screen.getByLabelText('Beskrivning');
    expect(beskrivning).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (beskrivning.getAttribute('aria-describedby') || '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent || '').join(' ')).toMatch(/Beskrivning måste fyllas i/);
    expect(screen.getByRole('combobox', { name: /^Resultat av granskning/ })).toHaveAttribute('aria-invalid', 'true');
    // The summary's link takes the user to the field.
    fireEvent.click(links.filter((l) => /^Åtgärd/.test(l.textContent || ''))[0]);
    expect(screen.getByLabelText('Åtgärd')).toHaveFocus();
    // Nothing was written while there were issues.
    const unsaved = await site.serviceFor('lasare').loadPlanView(afnPlan.id);
    expect(unsaved.uppfoljningar.filter((f) => f.targetKey === target.key && f.periodKey === 'T3')).toHaveLength(0);

    typeInto('Beskrivning', 'Två ärenden saknade beslut');
    typeInto('Åtgärd', 'Rutinen för beslut ses över');
    typeInto('Slutdatum', '2023-03-31');
    // Fixed fields lose their message at once.
    expect(screen.getByLabelText('Beskrivning')).not.toHaveAttribute('aria-invalid', 'true');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(within(dialog).getByText('Sparar …')).toBeInTheDocument();
    expect(await screen.findByText('Uppföljningen av kontrollmoment 3 för Tertial 3 är sparad.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The saved item is marked where the user's eyes are, besides the announcement.
    expect(screen.getByText(/^✓ Sparad kl\. \d\d[:.]\d\d$/)).toBeInTheDocument();

    // Stored: another user reads it from SharePoint.
    const stored = await site.serviceFor('lasare').loadPlanView(afnPlan.id);
    const followUp = stored.uppfoljningar.filter((f) => f.targetKey === target.key && f.periodKey === 'T3')[0];
    expect(followUp).toMatchObject({ status: 'Genomförd', resultat: 'Med anmärkning', kommentar: '<p>Stickprov på tio ärenden.</p><p>Två saknade beslut.</p>' });
    expect(stored.avvikelser.filter((a) => a.followUpKey === followUp.key)).toEqual([
      expect.objectContaining({ beskrivning: 'Två ärenden saknade beslut', atgard: 'Rutinen för beslut ses över', slutdatum: '2023-03-31' })
    ]);

    // A reload of the page shows it.
    rendered.unmount();
    await openAfnPlan('handlaggare', '2022-10-15');
    const article = screen.getAllByRole('article').filter((a) => within(a).queryByRole('button', { name: 'Följ upp kontrollmoment 3 för Tertial 3' }))[0];
    expect(article).toHaveTextContent('Genomförd');
    expect(article).toHaveTextContent('Med anmärkning');
    expect(article).toHaveTextContent('Två ärenden saknade beslut');
  });

  it('tells the user when someone else saved first, and lets them take the other version instead of theirs', async () => {
    await openAfnPlan('handlaggare', '2022-06-15');
    fireEvent.click(screen.getByRole('button', { name: 'Följ upp kontrollmoment 1 för Tertial 2' }));
    const dialog = await screen.findByRole('dialog');

    // Meanwhile the samordnare changes the same follow-up.
    const other = site.serviceFor('samordnare');
    const fresh = await other.loadPlanView(afnPlan.id);
    const km1 = fresh.kontrollmoment.filter((k) => k.nr === 1)[0];
    const theirs = fresh.uppfoljningar.filter((f) => f.targetKey === km1.key && f.periodKey === 'T2')[0];
    await other.saveFollowUp(afnPlan.id, { ...theirs, kommentar: '<p>Ändrat av samordnaren.</p>' }, []);

    await writeRich('ik-uppfoljning-kommentar', '<p>Min ändring</p>');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    // Their version beside yours, yours still in the form.
    const table = await within(dialog).findByRole('table', { name: 'Fält som skiljer sig' });
    expect(within(dialog).getByText(/^Någon annan har sparat en ny version medan du hade formuläret öppet\./)).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Kommentar']);
    expect(within(rows[0]).getAllByRole('cell')[0]).toHaveTextContent('Ändrat av samordnaren.');
    expect(within(rows[0]).getAllByRole('cell')[1]).toHaveTextContent('Min ändring');
    expect((await richEditor('ik-uppfoljning-kommentar')).getHTML()).toBe('<p>Min ändring</p>');

    // The handläggare takes the samordnare's text; the save goes through over the new version.
    fireEvent.click(within(rows[0]).getByRole('radio', { name: 'Deras' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara med mina val' }));
    expect(await screen.findByText('Uppföljningen av kontrollmoment 1 för Tertial 2 är sparad.')).toBeInTheDocument();
    const stored = await other.loadPlanView(afnPlan.id);
    expect(stored.uppfoljningar.filter((f) => f.key === theirs.key)[0].kommentar).toBe('<p>Ändrat av samordnaren.</p>');
  });

  it('closes without saving on Avbryt', async () => {
    await openAfnPlan('handlaggare', '2022-06-15');
    const before = await site.serviceFor('lasare').loadPlanView(afnPlan.id);
    fireEvent.click(screen.getByRole('button', { name: 'Följ upp kontrollmoment 2 för Tertial 2' }));
    const dialog = await screen.findByRole('dialog');
    await writeRich('ik-uppfoljning-kommentar', '<p>Ska inte sparas</p>');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const after = await site.serviceFor('lasare').loadPlanView(afnPlan.id);
    expect(after.uppfoljningar.map((f) => f.etag)).toEqual(before.uppfoljningar.map((f) => f.etag));
  });
});

describe('first use', () => {
  it('lets a site owner create the lists, showing each step', async () => {
    const empty = emptySite();
    render(<App service={empty.serviceFor('samordnare')} locale="sv-SE" />);
    expect(await screen.findByRole('heading', { name: 'Listorna för internkontroll finns inte på webbplatsen ännu' })).toBeInTheDocument();
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      const text = bar && bar.getAttribute('aria-valuetext');
      if (text && seen.indexOf(text) < 0) {
        seen.push(text);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Skapa listor' }));
    });
    expect(await screen.findByText('Det finns inga internkontrollplaner på webbplatsen ännu.', {}, { timeout: 15000 })).toBeInTheDocument();
    observer.disconnect();
    // The bar showed the service's own steps, one after another.
    const steps = seen.filter((text) => /^Kontrollerar listan/.test(text));
    expect(steps.length).toBeGreaterThan(3);
    expect(steps[0]).toMatch(/\(1 av \d+\)$/);
  });

  it('tells a reader whom to ask, with no button', async () => {
    const empty = emptySite();
    render(<App service={empty.serviceFor('lasare')} locale="sv-SE" />);
    expect(await screen.findByText(/^Be webbplatsens ägare/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skapa listor' })).not.toBeInTheDocument();
  });
});
