/**
 * The keyboard of the WAI-ARIA feed pattern over the risk cards: Page Down / Page Up move to the
 * next / previous card, Ctrl+End / Ctrl+Home leave the feed after / before it. A card holds some
 * sixty controls in a full plan, so without these keys a keyboard user Tabs through every one of
 * them to reach the next risk. The windowed feed adds bringing in a card that is not rendered.
 */
import type * as React from 'react';

/** Where a key sends focus from a card. */
export type FeedMove =
  /** To a card (0-based index among the feed's cards), on the card itself or a control in it. */
  | { kind: 'card'; index: number; focus: 'card' | 'first' | 'last' }
  /** Out of the feed, to the control after it (forward) or before it. */
  | { kind: 'leave'; forward: boolean };

/** The parts of a keyboard event the feed reads. */
export interface FeedKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** Where the focus is inside a card. */
export interface FeedFocus {
  /** 0-based index of the card. */
  index: number;
  /** The feed's number of cards. */
  count: number;
  /** Focus is on the card's last control (Tab leaves the card). */
  onLastControl: boolean;
  /** Focus is on the card's first control (Shift+Tab leaves the card). */
  onFirstControl: boolean;
  /** Focus is in a field that uses Page Up / Down and Ctrl+Home / End itself. */
  inTextField: boolean;
}

/**
 * What a key does in the feed, or undefined when the browser should have it. Tab is included
 * only to carry focus across a card boundary (the windowed feed needs it: the next card may not
 * be in the page); inside a card Tab is the browser's.
 */
export function feedMoveFor(key: FeedKey, focus: FeedFocus): FeedMove | undefined {
  const last = focus.count - 1;
  if (key.altKey || key.metaKey) {
    return undefined;
  }
  if (key.key === 'Tab' && !key.ctrlKey) {
    const forward = !key.shiftKey;
    if (forward ? !focus.onLastControl || focus.index >= last : !focus.onFirstControl || focus.index <= 0) {
      return undefined;
    }
    return { kind: 'card', index: focus.index + (forward ? 1 : -1), focus: forward ? 'first' : 'last' };
  }
  if (focus.inTextField || key.shiftKey) {
    return undefined;
  }
  if (!key.ctrlKey && (key.key === 'PageDown' || key.key === 'PageUp')) {
    const index = Math.min(last, Math.max(0, focus.index + (key.key === 'PageDown' ? 1 : -1)));
    return { kind: 'card', index, focus: 'card' };
  }
  if (key.ctrlKey && (key.key === 'End' || key.key === 'Home')) {
    return { kind: 'leave', forward: key.key === 'End' };
  }
  return undefined;
}

/** What Tab stops at inside a card. */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The controls Tab stops at in an element, in document order. */
export function focusableIn(element: Element): HTMLElement[] {
  return Array.from(element.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((control) => !control.hasAttribute('disabled'));
}

/** The card (article) at a 0-based index in a feed, when it is in the page. */
export function cardAt(feed: Element, index: number): HTMLElement | null {
  return feed.querySelector<HTMLElement>(`article[aria-posinset="${index + 1}"]`);
}

/** Focuses the first control after the feed (forward) or the nearest one before it. */
export function focusOutside(feed: Element, forward: boolean): void {
  const outside = focusableIn(feed.ownerDocument.body).filter(
    (control) => !feed.contains(control) && (feed.compareDocumentPosition(control) & (forward ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING)) !== 0
  );
  const target = forward ? outside[0] : outside[outside.length - 1];
  if (target) {
    target.focus();
  }
}

/** Moves focus onto a rendered card, or into its first or last control. */
export function focusInCard(card: HTMLElement, focus: 'card' | 'first' | 'last'): void {
  const controls = focus === 'card' ? [] : focusableIn(card);
  const target = controls.length > 0 ? controls[focus === 'first' ? 0 : controls.length - 1] : card;
  target.focus();
}

/**
 * Reads a keydown inside a feed: the card it came from and where focus is in it, or undefined
 * when it did not come from a card of this feed.
 */
export function feedFocusOf(event: { target: EventTarget | null }, feed: Element, count: number): (FeedFocus & { card: HTMLElement }) | undefined {
  const target = event.target as HTMLElement | null;
  const card = target && target.closest ? target.closest<HTMLElement>('article[aria-posinset]') : null;
  if (!card || !feed.contains(card)) {
    return undefined;
  }
  const controls = focusableIn(card);
  const tag = target!.tagName;
  // On the card itself (after Page Down) Shift+Tab leaves it; Tab goes to its first control.
  const onCard = target === card;
  return {
    card,
    index: Number(card.getAttribute('aria-posinset')) - 1,
    count,
    onLastControl: controls.length > 0 ? controls[controls.length - 1] === target : onCard,
    onFirstControl: onCard || (controls.length > 0 && controls[0] === target),
    inTextField: tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target!.isContentEditable
  };
}

/**
 * Brings a card that is not in the page into it, next to the card `from`, and calls back with
 * it (or null when it did not come). Only the windowed feed has one.
 */
export type BringIn = (from: HTMLElement, index: number, forward: boolean, then: (card: HTMLElement | null) => void) => void;

/**
 * The feed's keydown: the pattern's keys, and Tab across a card boundary when the next card is
 * not in the page. Keys the feed does not use are left to the browser.
 */
export function handleFeedKeyDown(event: React.KeyboardEvent<HTMLElement>, count: number, bringIn?: BringIn): void {
  const feed = event.currentTarget;
  const focus = feedFocusOf(event, feed, count);
  const move = focus && feedMoveFor(event, focus);
  if (!focus || !move) {
    return;
  }
  if (move.kind === 'leave') {
    event.preventDefault();
    focusOutside(feed, move.forward);
    return;
  }
  const rendered = cardAt(feed, move.index);
  if (event.key === 'Tab' && rendered) {
    // The next card is in the page: the browser's own Tab gets there.
    return;
  }
  if (rendered) {
    event.preventDefault();
    focusInCard(rendered, move.focus);
    return;
  }
  if (!bringIn) {
    return;
  }
  event.preventDefault();
  const forward = move.index > focus.index;
  bringIn(focus.card, move.index, forward, (card) => {
    if (card) {
      focusInCard(card, move.focus);
    } else if (event.key === 'Tab') {
      // Never a keyboard trap (WCAG 2.1.2): if the card does not come, focus leaves the feed
      // as Tab would have without this handler.
      focusOutside(feed, forward);
    }
  });
}
