import * as React from 'react';
import { List } from '@fluentui/react/lib/List';

import type { Stored } from '../../data/InternkontrollService';
import type { Risk } from '../../model';
import { cardAt, handleFeedKeyDown, type BringIn } from './feedKeyboard';

/** Props of the windowed feed: the group's risks and how one card is rendered. */
export interface IVirtualRiskFeedProps {
  /** The group's shown risks, in order. */
  risks: Stored<Risk>[];
  /** Id of the heading that names the feed. */
  labelledBy: string;
  /** A new value re-renders the cards in the page. */
  version: unknown;
  /** Renders the card at an index. */
  onRenderCell: (risk: Stored<Risk> | undefined, index: number | undefined) => React.ReactNode;
}

/** How long a key waits for the card it brings in; then focus is left where it is (or leaves, on Tab). */
const GIVE_UP_AFTER_MS = 2000;

/** One card per page: cards differ in height, and Fluent's List measures each page. */
const oneRiskPerPage = (): number => 1;

/**
 * Fluent UI's `List` over the cards: those near the viewport are in the page, spacers stand in
 * for the rest; a card holding focus stays rendered while it is scrolled away. Loaded on demand
 * (chunk `ik-lista`): only groups large enough to window need it.
 */
export default function VirtualRiskFeed(props: IVirtualRiskFeedProps): React.ReactElement {
  const list = React.useRef<List<Stored<Risk>>>(null);
  const wrapper = React.useRef<HTMLDivElement>(null);
  // While the page scrolls the List renders only what is on screen and updates at most every
  // half second, so a key can ask for a card that is not in the page yet.
  const bringIn = React.useCallback<BringIn>((from, index, forward, then) => {
    const page = from.closest('.ms-List-page');
    // The neighbouring page is the card or the spacer standing in for it, where it will be.
    const neighbour = page && (forward ? page.nextElementSibling : page.previousElementSibling);
    if (!neighbour || !list.current || !wrapper.current) {
      then(null);
      return;
    }
    // Not List.scrollToIndex: it counts from the top of the list, not of the page, so where the
    // page itself scrolls it lands above the card and the card never renders. scrollIntoView
    // scrolls whichever container holds the list (the window here, a div in SharePoint).
    neighbour.scrollIntoView({ block: forward ? 'start' : 'end' });
    // Measure now instead of after the List's scroll debounce.
    list.current.forceUpdate();
    const feed = wrapper.current;
    const giveUpAt = Date.now() + GIVE_UP_AFTER_MS;
    const whenRendered = (): void => {
      const card = cardAt(feed, index);
      if (card || Date.now() >= giveUpAt) {
        then(card);
      } else {
        requestAnimationFrame(whenRendered);
      }
    };
    requestAnimationFrame(whenRendered);
  }, []);
  const count = props.risks.length;
  const onKeyDown = React.useCallback((event: React.KeyboardEvent<HTMLDivElement>) => handleFeedKeyDown(event, count, bringIn), [count, bringIn]);
  return (
    // The wrapper only carries the feed's keys; the feed's role and name are on the List.
    <div ref={wrapper} onKeyDown={onKeyDown}>
      <List<Stored<Risk>>
        ref={list}
        role="feed"
        aria-labelledby={props.labelledBy}
        items={props.risks}
        version={props.version}
        getKey={(risk) => risk.key}
        onRenderCell={props.onRenderCell}
        getItemCountForPage={oneRiskPerPage}
        renderedWindowsAhead={1}
        renderedWindowsBehind={1}
      />
    </div>
  );
}
