import * as React from 'react';
import { List } from '@fluentui/react/lib/List';

import type { Stored } from '../../data/InternkontrollService';
import type { Risk } from '../../model';

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

/** What Tab stops at inside a card. */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** One card per page: cards differ in height, and Fluent's List measures each page. */
const oneRiskPerPage = (): number => 1;

/**
 * Fluent UI's `List` over the cards: those near the viewport are in the page, spacers stand in
 * for the rest; a card holding focus stays rendered while it is scrolled away. Loaded on demand
 * (chunk `ik-lista`): only groups large enough to window need it.
 */
export default function VirtualRiskFeed(props: IVirtualRiskFeedProps): React.ReactElement {
  const list = React.useRef<List<Stored<Risk>>>(null);
  const onKeyDown = React.useCallback((event: React.KeyboardEvent<HTMLDivElement>): void => {
    // While the page scrolls the List renders only what is on screen, and updates it at most
    // every half second: a quick Tab out of a card's last control would find the next card not
    // yet in the page and leave the feed. Bring that card in and move focus into it instead.
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const card = (event.target as HTMLElement).closest('article[aria-posinset]');
    if (!card) {
      return;
    }
    const controls = Array.from(card.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => !element.hasAttribute('disabled'));
    const forward = !event.shiftKey;
    if (controls.length === 0 || controls[forward ? controls.length - 1 : 0] !== event.target) {
      return;
    }
    const index = Number(card.getAttribute('aria-posinset')) - 1 + (forward ? 1 : -1);
    const feed = event.currentTarget;
    const cardAt = (i: number): Element | null => feed.querySelector(`article[aria-posinset="${i + 1}"]`);
    if (index < 0 || index >= props.risks.length || cardAt(index) !== null || !list.current) {
      return;
    }
    event.preventDefault();
    list.current.scrollToIndex(index);
    let frames = 0;
    const focusWhenRendered = (): void => {
      const next = cardAt(index);
      if (next) {
        const inNext = Array.from(next.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => !element.hasAttribute('disabled'));
        const target = inNext.length > 0 ? inNext[forward ? 0 : inNext.length - 1] : undefined;
        if (target) {
          target.focus();
        }
      } else if (frames++ < 60) {
        requestAnimationFrame(focusWhenRendered);
      }
    };
    requestAnimationFrame(focusWhenRendered);
  }, [props.risks.length]);
  return (
    // The wrapper only passes Tab on to the next card; the feed's role and name are on the List.
    <div onKeyDown={onKeyDown}>
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
