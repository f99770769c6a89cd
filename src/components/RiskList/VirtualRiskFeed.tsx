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

/** One card per page: cards differ in height, and Fluent's List measures each page. */
const oneRiskPerPage = (): number => 1;

/**
 * Fluent UI's `List` over the cards: those near the viewport are in the page, spacers stand in
 * for the rest; a card holding focus stays rendered while it is scrolled away. Loaded on demand
 * (chunk `ik-lista`): only groups large enough to window need it.
 */
export default function VirtualRiskFeed(props: IVirtualRiskFeedProps): React.ReactElement {
  return (
    <List<Stored<Risk>>
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
  );
}
