/** @jest-environment jsdom */
/**
 * The risk feed's keyboard (WAI-ARIA feed pattern): what each key does from where focus is,
 * by hand-made cases, and the small feed (every card rendered) in the DOM. The windowed feed,
 * where the next card may not be in the page, is walked in Chromium (tests/e2e/largePlan).
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';

import { feedMoveFor, type FeedFocus, type FeedKey } from '../../src/components/RiskList/feedKeyboard';
import { RiskFeed } from '../../src/components/RiskList/RiskFeed';
import type { Stored } from '../../src/data/InternkontrollService';
import type { Risk } from '../../src/model';

const key = (name: string, modifiers: Partial<FeedKey> = {}): FeedKey => ({ key: name, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });
const inCard = (index: number, where: Partial<FeedFocus> = {}): FeedFocus => ({ index, count: 5, onLastControl: false, onFirstControl: false, inTextField: false, ...where });

describe('feedMoveFor', () => {
  it('moves to the next and previous card with Page Down and Page Up, focusing the card itself', () => {
    expect(feedMoveFor(key('PageDown'), inCard(1))).toEqual({ kind: 'card', index: 2, focus: 'card' });
    expect(feedMoveFor(key('PageUp'), inCard(1))).toEqual({ kind: 'card', index: 0, focus: 'card' });
  });

  it('stays on the first and last card at the ends of the feed', () => {
    expect(feedMoveFor(key('PageUp'), inCard(0))).toEqual({ kind: 'card', index: 0, focus: 'card' });
    expect(feedMoveFor(key('PageDown'), inCard(4))).toEqual({ kind: 'card', index: 4, focus: 'card' });
  });

  it('leaves the feed with Ctrl+End (after it) and Ctrl+Home (before it)', () => {
    expect(feedMoveFor(key('End', { ctrlKey: true }), inCard(2))).toEqual({ kind: 'leave', forward: true });
    expect(feedMoveFor(key('Home', { ctrlKey: true }), inCard(2))).toEqual({ kind: 'leave', forward: false });
    // Without Ctrl, Home and End are the page's.
    expect(feedMoveFor(key('End'), inCard(2))).toBeUndefined();
  });

  it('carries Tab across a card boundary only from the last control (Shift+Tab: the first)', () => {
    expect(feedMoveFor(key('Tab'), inCard(1, { onLastControl: true }))).toEqual({ kind: 'card', index: 2, focus: 'first' });
    expect(feedMoveFor(key('Tab', { shiftKey: true }), inCard(1, { onFirstControl: true }))).toEqual({ kind: 'card', index: 0, focus: 'last' });
    expect(feedMoveFor(key('Tab'), inCard(1))).toBeUndefined();
    expect(feedMoveFor(key('Tab', { shiftKey: true }), inCard(1, { onLastControl: true }))).toBeUndefined();
    // Out of the last card forward and the first backward, Tab is the browser's: it leaves the feed.
    expect(feedMoveFor(key('Tab'), inCard(4, { onLastControl: true }))).toBeUndefined();
    expect(feedMoveFor(key('Tab', { shiftKey: true }), inCard(0, { onFirstControl: true }))).toBeUndefined();
  });

  it('leaves the keys to a text field, and to Alt and Meta combinations', () => {
    expect(feedMoveFor(key('PageDown'), inCard(1, { inTextField: true }))).toBeUndefined();
    expect(feedMoveFor(key('End', { ctrlKey: true }), inCard(1, { inTextField: true }))).toBeUndefined();
    expect(feedMoveFor(key('PageDown', { altKey: true }), inCard(1))).toBeUndefined();
    expect(feedMoveFor(key('Tab', { metaKey: true }), inCard(1, { onLastControl: true }))).toBeUndefined();
    // Shift+Page Down selects text in browsers; the feed leaves it alone.
    expect(feedMoveFor(key('PageDown', { shiftKey: true }), inCard(1))).toBeUndefined();
  });
});

function risk(nr: number): Stored<Risk> {
  return { id: nr, key: `r${nr}`, nr, titel: `Risk ${nr}`, obligatorisk: false } as Stored<Risk>;
}

/** A small feed (below the windowing threshold) with a button before and after, as in the plan view. */
function SmallFeed(props: { count: number }): React.ReactElement {
  const risks = Array.from({ length: props.count }, (_, i) => risk(i + 1));
  return (
    <div>
      <button type="button">Före</button>
      <h4 id="omrade">Område</h4>
      <RiskFeed
        risks={risks}
        labelledBy="omrade"
        version={0}
        renderRisk={(r, position) => (
          <article key={r.key} tabIndex={-1} aria-labelledby={`h-${r.key}`} aria-posinset={position.posinset} aria-setsize={position.setsize}>
            <h5 id={`h-${r.key}`}>{r.titel}</h5>
            <button type="button">Redigera {r.titel}</button>
            <button type="button">Ta bort {r.titel}</button>
          </article>
        )}
      />
      <button type="button">Efter</button>
    </div>
  );
}

describe('the small risk feed in the page', () => {
  it('moves focus card by card with Page Down and Page Up, and out with Ctrl+End and Ctrl+Home', () => {
    render(<SmallFeed count={4} />);
    const card = (name: string): HTMLElement => screen.getByRole('article', { name });
    screen.getByRole('button', { name: 'Ta bort Risk 1' }).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(card('Risk 2')).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(card('Risk 4')).toHaveFocus();
    // The last card: Page Down keeps focus there.
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(card('Risk 4')).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'PageUp' });
    expect(card('Risk 3')).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'End', ctrlKey: true });
    expect(screen.getByRole('button', { name: 'Efter' })).toHaveFocus();
    screen.getByRole('button', { name: 'Redigera Risk 3' }).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'Home', ctrlKey: true });
    expect(screen.getByRole('button', { name: 'Före' })).toHaveFocus();
  });

  it('leaves Tab to the browser when the next card is in the page', () => {
    render(<SmallFeed count={3} />);
    screen.getByRole('button', { name: 'Ta bort Risk 1' }).focus();
    // Not prevented: the browser's own Tab moves to Risk 2's first control.
    expect(fireEvent.keyDown(document.activeElement!, { key: 'Tab' })).toBe(true);
    expect(fireEvent.keyDown(document.activeElement!, { key: 'PageDown' })).toBe(false);
  });
});
