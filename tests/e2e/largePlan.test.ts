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

  it('lets Tab walk the risk cards in order, beyond the ones rendered first', async () => {
    const { page, errors } = await openPage(product, 'samordnare', `#plan=${planId}`);
    const feed = page.getByRole('feed', { name: 'Finansiell kontroll' });
    await feed.locator('article').first().waitFor();
    // The list renders its first card, measures, then the cards around the screen.
    await page.waitForTimeout(1500);
    const initiallyRendered = Math.max(...(await renderedPlaces(page, 'Finansiell kontroll')));
    await feed.getByRole('button', { name: 'Redigera risk 2', exact: true }).focus();
    const visited: number[] = [];
    for (let press = 0; press < 500 && (visited.length === 0 || visited[visited.length - 1] <= initiallyRendered + 1); press++) {
      await page.keyboard.press('Tab');
      const place = await page.evaluate(() => {
        const card = document.activeElement && document.activeElement.closest('article');
        return card ? Number(card.getAttribute('aria-posinset')) : 0;
      });
      visited.push(place);
    }
    // Focus stayed in the feed's cards, in order, and went past the cards rendered at first.
    expect(visited.every((place) => place > 0)).toBe(true);
    expect(visited).toEqual(visited.slice().sort((a, b) => a - b));
    expect(visited[visited.length - 1]).toBeGreaterThan(initiallyRendered + 1);
    // Each card was entered: no card skipped.
    expect(Array.from(new Set(visited))).toEqual(Array.from({ length: visited[visited.length - 1] }, (_, i) => i + 1));
    expect(errors).toEqual([]);
  }, 120000);
});
