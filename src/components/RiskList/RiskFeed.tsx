import * as React from 'react';

import type { Stored } from '../../data/InternkontrollService';
import type { Risk } from '../../model';
import { handleFeedKeyDown } from './feedKeyboard';

/**
 * From this many risks in one group on, only the risk cards on screen (and a window either
 * side) are in the page. Smaller groups render every card, so find-in-page and a screen
 * reader's heading list see the whole group.
 */
export const VIRTUALISE_FROM = 20;

/** Where a card sits in its feed, for `aria-posinset` / `aria-setsize`. */
export interface FeedPosition {
  /** 1-based place among the group's shown risks. */
  posinset: number;
  /** How many risks the group shows. */
  setsize: number;
}

/** Props of the risk feed. */
export interface IRiskFeedProps {
  /** The group's shown risks, in order. */
  risks: Stored<Risk>[];
  /** Id of the heading that names the group (the feed's accessible name). */
  labelledBy: string;
  /**
   * Anything the cards depend on besides the risk (plan view, period, last save, controls):
   * a new value re-renders the cards that are in the page.
   */
  version: unknown;
  /** Renders one risk card (an `article` that carries the position). */
  renderRisk: (risk: Stored<Risk>, position: FeedPosition) => React.ReactElement;
}

/** The windowed feed, on demand (chunk `ik-lista`): plans with small groups never load Fluent's List. */
const VirtualRiskFeed = React.lazy(() => import(/* webpackChunkName: 'ik-lista' */ './VirtualRiskFeed'));

/** Cards shown while the windowed feed loads: the first screenful, in the same feed markup. */
const CARDS_WHILE_LOADING = 3;

/**
 * The risks of one group as an ARIA feed (WAI-ARIA 1.1: a scrolling list of articles whose
 * DOM holds only part of the set): from `VIRTUALISE_FROM` risks Fluent UI's `List`
 * (`VirtualRiskFeed`, loaded on demand) keeps the cards near the viewport in the page and
 * stands spacers in for the rest; each card says its place and the set's size, and a card
 * holding focus stays rendered while it is scrolled away, so Tab keeps its order. Page Down /
 * Page Up move between cards and Ctrl+End / Ctrl+Home leave the feed, as the pattern asks.
 */
export function RiskFeed(props: IRiskFeedProps): React.ReactElement {
  const { risks, renderRisk } = props;
  const virtualise = risks.length >= VIRTUALISE_FROM;
  const onRenderCell = React.useCallback(
    (risk: Stored<Risk> | undefined, index: number | undefined): React.ReactNode =>
      risk === undefined || index === undefined ? null : (
        // Padding, not the group's flex gap: the cards sit inside the List's pages.
        <div style={{ paddingBottom: 12 }}>{renderRisk(risk, { posinset: index + 1, setsize: risks.length })}</div>
      ),
    [renderRisk, risks.length]
  );
  const onKeyDown = React.useCallback((event: React.KeyboardEvent<HTMLDivElement>) => handleFeedKeyDown(event, risks.length), [risks.length]);
  const plain = (count: number): React.ReactElement => (
    // The feed's keys (feedKeyboard): Page Down / Up between cards, Ctrl+End / Home out.
    <div role="feed" aria-labelledby={props.labelledBy} aria-busy={count < risks.length ? true : undefined} onKeyDown={onKeyDown}>
      {risks.slice(0, count).map((risk, index) => (
        <React.Fragment key={risk.key}>{onRenderCell(risk, index)}</React.Fragment>
      ))}
    </div>
  );
  if (!virtualise) {
    // Small groups skip the List altogether: no measuring passes, every card rendered once.
    return plain(risks.length);
  }
  return (
    <React.Suspense fallback={plain(CARDS_WHILE_LOADING)}>
      <VirtualRiskFeed risks={risks} labelledBy={props.labelledBy} version={props.version} onRenderCell={onRenderCell} />
    </React.Suspense>
  );
}
