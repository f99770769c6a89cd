/**
 * A plan with 2 000 kontrollmoment (200 risks in two områden) in Chromium: the risk list keeps
 * only the cards near the screen in the page, as ARIA feeds whose cards say their place and the
 * set's size; scrolling brings the last risk; Tab walks the cards in order past the ones first
 * rendered; axe-core with every rule finds nothing. One browser and one product for the file.
 */
import type { Page } from 'playwright-core';

import { generatePlan, insertPlanInBulk } from '../../bench/fixtures';
import { axeViolations, openPage, startBrowserProduct, type BrowserProduct } from './support/browserProduct';

let product: BrowserProduct;
let planId = 0;

beforeAll(async () => {
  product = await startBrowserProduct({ seed: true });
  // generatePlan: one risk per 10 kontrollmoment, odd risks in område 2, even ones in område 1.
  planId = await insertPlanInBulk(product.core, product.sp, generatePlan('stor', 2000));
}, 120000);

afterAll(async () => {
  if (product) {
    await product.close();
  }
});

/** The places (aria-posinset) of the cards in one område's feed, as rendered now. */
async function renderedPlaces(page: Page, omrade: string): Promise<number[]> {
  const feed = page.getByRole('feed', { name: omrade });
  return feed.locator('article').evaluateAll((cards) => cards.map((card) => Number(card.getAttribute('aria-posinset'))));
}

/**
 * Where focus is: the place of its card (0 outside the cards), the focused element's own number
 * (given on first sight, so two controls with one name differ) and its name.
 */
async function focusedPlace(page: Page): Promise<{ place: number; element: number; control: string }> {
  return page.evaluate(() => {
    const counter = window as unknown as { focusSeen?: WeakMap<Element, number>; focusCount?: number };
    const seen = (counter.focusSeen ??= new WeakMap<Element, number>());
    const active = document.activeElement as HTMLElement | null;
    const card = active && active.closest('article');
    if (active && !seen.has(active)) {
      counter.focusCount = (counter.focusCount ?? 0) + 1;
      seen.set(active, counter.focusCount);
    }
    const control = active ? active.getAttribute('aria-label') || active.textContent || active.tagName : '';
    return { place: card ? Number(card.getAttribute('aria-posinset')) : 0, element: active ? seen.get(active)! : 0, control: control.slice(0, 60).trim() };
  });
}

describe('a plan with 2 000 kontrollmoment in Chromium', () => {
  it('renders only the cards near the screen, says each card’s place, and reaches the last by scrolling', async () => {
    const { page, errors } = await openPage(product, 'samordnare', `#plan=${planId}`);
    await page.getByRole('heading', { name: 'Internkontrollplan 2025: Benchnämnden stor' }).waitFor();
    await page.getByText('200 av 200 risker').waitFor();
    await page.getByRole('feed', { name: 'Finansiell kontroll' }).locator('article').first().waitFor();
    // Both områden hold 100 risks; far fewer cards are in the page.
    const cards = await page.locator('article').count();
    expect(cards).toBeGreaterThan(0);
    expect(cards).toBeLessThan(20);
    const first = page.getByRole('feed', { name: 'Finansiell kontroll' }).locator('article').first();
    expect(await first.getAttribute('aria-posinset')).toBe('1');
    expect(await first.getAttribute('aria-setsize')).toBe('100');
    // Område 1 (Finansiell kontroll) holds the even risks: its first card is risk 2.
    expect(await first.getByRole('heading').first().innerText()).toMatch(/^Risk 2\s*Risk 2$/);
    expect(await page.getByRole('feed', { name: 'Verksamhetskontroll' }).locator('article').first().getAttribute('aria-setsize')).toBe('100');
    expect(await axeViolations(page)).toEqual([]);

    // Scrolled to the end, the last risk of the last område is in the page, the first are not.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = page.getByRole('feed', { name: 'Verksamhetskontroll' }).locator('article[aria-posinset="100"]');
    await last.waitFor();
    expect(await last.getByRole('heading').first().innerText()).toMatch(/Risk 199$/);
    expect(await renderedPlaces(page, 'Finansiell kontroll')).not.toContain(50);
    expect(await page.locator('article').count()).toBeLessThan(20);
    expect(errors).toEqual([]);
  }, 120000);

  // The workbench scrolls the window; a modern SharePoint page scrolls a region of its own
  // (`?sida=sharepoint`), where Fluent's List measures against that region instead.
  describe.each([
    ['the window scrolls', ''],
    ['the page scrolls a region of its own, as in SharePoint', '?sida=sharepoint']
  ])('when %s', (_where, query) => {
    it('lets Tab walk the risk cards in order beyond the ones rendered first, and never traps focus', async () => {
      const { page, errors } = await openPage(product, 'samordnare', `${query}#plan=${planId}`);
      const feed = page.getByRole('feed', { name: 'Finansiell kontroll' });
      await feed.locator('article').first().waitFor();
      // The list renders its first card, measures, then the cards around the screen.
      await page.waitForTimeout(1500);
      const initiallyRendered = Math.max(...(await renderedPlaces(page, 'Finansiell kontroll')));
      // A card holds some sixty controls; three cards past the first rendered ones cross the
      // List's spacers more than once (where focus used to stay on a card's last control).
      const goal = initiallyRendered + 3;
      await feed.getByRole('button', { name: 'Redigera risk 2', exact: true }).focus();
      const visited: Array<{ place: number; element: number; control: string }> = [];
      for (let press = 0; press < 1000 && (visited.length === 0 || visited[visited.length - 1].place < goal); press++) {
        await page.keyboard.press('Tab');
        visited.push(await focusedPlace(page));
        const [before, now] = visited.slice(-2);
        // Each Tab moves focus: staying on one control twice is a keyboard trap.
        if (visited.length > 1 && before.element === now.element) {
          throw new Error(`Tab stannade på ${now.control} i kort ${now.place} efter ${visited.length} tryck`);
        }
      }
      const places = visited.map((v) => v.place);
      // Focus stayed in the feed's cards, in order, and went past the cards rendered at first.
      expect(places.every((place) => place > 0)).toBe(true);
      expect(places).toEqual(places.slice().sort((a, b) => a - b));
      expect(places[places.length - 1]).toBe(goal);
      // Each card was entered: no card skipped.
      expect(Array.from(new Set(places))).toEqual(Array.from({ length: goal }, (_, i) => i + 1));

      // Shift+Tab goes back across the cards the List has since dropped, one control at a time:
      // from the first control of the goal card into the card before it, and on to the first.
      const back: number[] = [];
      for (let press = 0; press < 1000 && (back.length === 0 || back[back.length - 1] > 1); press++) {
        await page.keyboard.press('Shift+Tab');
        back.push((await focusedPlace(page)).place);
      }
      expect(back.every((place) => place > 0)).toBe(true);
      expect(back).toEqual(back.slice().sort((a, b) => b - a));
      expect(Array.from(new Set(back))).toEqual(Array.from({ length: goal - 1 }, (_, i) => goal - 1 - i));
      expect(errors).toEqual([]);
    }, 240000);

    it('moves card by card with Page Down and Page Up, and leaves the feed with Ctrl+End and Ctrl+Home', async () => {
      const { page, errors } = await openPage(product, 'samordnare', `${query}#plan=${planId}`);
      const feed = page.getByRole('feed', { name: 'Finansiell kontroll' });
      await feed.locator('article').first().waitFor();
      await feed.getByRole('button', { name: 'Redigera risk 2', exact: true }).focus();
      // Page Down from a control in card 1 puts focus on card 2 itself, and so on: 30 cards on,
      // far beyond the rendered window, focus is on card 31 (risk 62: the område holds the even risks).
      const places: number[] = [];
      for (let press = 0; press < 30; press++) {
        await page.keyboard.press('PageDown');
        places.push((await focusedPlace(page)).place);
      }
      expect(places).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
      const focusedCard = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const box = active.getBoundingClientRect();
        return { tag: active.tagName, heading: (active.querySelector('h5') as HTMLElement | null)?.innerText ?? '', inView: box.top < window.innerHeight && box.bottom > 0 };
      });
      expect(focusedCard.tag).toBe('ARTICLE');
      expect(focusedCard.heading).toMatch(/^Risk 62\s*Risk 62$/);
      expect(focusedCard.inView).toBe(true);
      expect(await page.locator('article').count()).toBeLessThan(20);
      // What scrolled is the window, or only the page's own region (SharePoint's scrolling div).
      const scrolled = await page.evaluate(() => ({
        window: window.scrollY,
        region: (document.querySelector('[data-is-scrollable="true"]') as HTMLElement | null)?.scrollTop ?? 0
      }));
      if (query === '') {
        expect(scrolled.window).toBeGreaterThan(20000);
      } else {
        expect(scrolled).toMatchObject({ window: 0 });
        expect(scrolled.region).toBeGreaterThan(20000);
      }
      // Tab from the card goes to its first control.
      await page.keyboard.press('Tab');
      expect(await focusedPlace(page)).toMatchObject({ place: 31, control: 'Redigera risk 62' });
      for (let press = 0; press < 5; press++) {
        await page.keyboard.press('PageUp');
      }
      expect((await focusedPlace(page)).place).toBe(26);
      // Ctrl+End: the first control after this feed; Ctrl+Home: the nearest one before it.
      const sideOfFeed = (): Promise<string> =>
        feed.evaluate((element) => {
          const active = document.activeElement;
          if (!active || active === document.body) {
            return 'ingenstans';
          }
          if (element.contains(active)) {
            return 'i flödet';
          }
          return (element.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 ? 'efter' : 'före';
        });
      await page.keyboard.press('Control+End');
      expect(await sideOfFeed()).toBe('efter');
      await feed.getByRole('button', { name: 'Redigera risk 2', exact: true }).focus();
      await page.keyboard.press('Control+Home');
      expect(await sideOfFeed()).toBe('före');
      // Far down the plan, with the List's spacers and a card focused: axe with every rule.
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    }, 120000);
  });
});
