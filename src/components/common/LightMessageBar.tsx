/**
 * Fluent UI's MessageBar for the views of the first paint, with Fluent's own styles and markup
 * (icon, live region whose text is rendered after it exists, actions, dismiss button), but the
 * light dismiss button: Fluent's MessageBar imports its Button, which brings the menu machinery
 * into the first chunk (see `LightButtons`). Takes the subset of Fluent's props the views use.
 */
import * as React from 'react';
import { getStyles } from '@fluentui/react/lib/components/MessageBar/MessageBar.styles';
import type { IMessageBarStyleProps, IMessageBarStyles, MessageBarType as FluentMessageBarType } from '@fluentui/react/lib/MessageBar';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { classNamesFunction, DelayedRender, getId } from '@fluentui/react/lib/Utilities';
import { useTheme } from '@fluentui/react/lib/Theme';
import { IconButton } from './LightButtons';

/** The kinds of message, with Fluent's MessageBarType values. */
export const MessageBarType = { info: 0, error: 1, blocked: 2, severeWarning: 3, success: 4, warning: 5 } as const;
/** One kind of message. */
export type MessageBarType = (typeof MessageBarType)[keyof typeof MessageBarType];

/** Fluent's icon per kind. */
const ICONS: Record<MessageBarType, string> = { 0: 'Info', 1: 'ErrorBadge', 2: 'Blocked2', 3: 'Warning', 4: 'Completed', 5: 'Info' };

/** Props of the message bar. */
export interface IMessageBarProps {
  /** The kind of message; info by default. */
  messageBarType?: MessageBarType;
  /** True (the default) lays the actions out below the text. */
  isMultiline?: boolean;
  /** Buttons beside or below the text. */
  actions?: React.ReactElement;
  /** Shows a dismiss button that calls this. */
  onDismiss?: () => void;
  /** Accessible name of the dismiss button. */
  dismissButtonAriaLabel?: string;
  /** The message. */
  children?: React.ReactNode;
}

const getClassNames = classNamesFunction<IMessageBarStyleProps, IMessageBarStyles>();

/** A message in Fluent's look; errors are announced assertively (role alert), the rest politely (role status). */
export function MessageBar(props: IMessageBarProps): React.ReactElement {
  const theme = useTheme();
  const type = props.messageBarType !== undefined ? props.messageBarType : MessageBarType.info;
  const isMultiline = props.isMultiline !== false;
  const [labelId] = React.useState(() => getId('MessageBar'));
  const classNames = getClassNames(getStyles, {
    theme,
    messageBarType: type as unknown as FluentMessageBarType,
    onDismiss: props.onDismiss !== undefined,
    actions: props.actions !== undefined,
    isMultiline
  });
  const urgent = type === MessageBarType.error || type === MessageBarType.blocked || type === MessageBarType.severeWarning;
  const actions = props.actions ? <div className={classNames.actions}>{props.actions}</div> : null;
  const dismiss = props.onDismiss ? (
    <IconButton className={classNames.dismissal} onClick={props.onDismiss} iconProps={{ iconName: 'Clear' }} title={props.dismissButtonAriaLabel} ariaLabel={props.dismissButtonAriaLabel} />
  ) : null;
  return (
    <div className={classNames.root} {...(actions || dismiss ? { 'aria-describedby': labelId, role: 'region' } : {})}>
      <div className={classNames.content}>
        <div className={classNames.iconContainer} aria-hidden={true}>
          <FontIcon iconName={ICONS[type]} className={classNames.icon} />
        </div>
        <div className={classNames.text} id={labelId} role={urgent ? 'alert' : 'status'} aria-live={urgent ? 'assertive' : 'polite'}>
          <span className={classNames.innerText}>
            {/* The text comes after the live region is in the page, so screen readers announce it. */}
            <DelayedRender>
              <span>{props.children}</span>
            </DelayedRender>
          </span>
        </div>
        {!isMultiline && actions}
        {!isMultiline && dismiss && <div className={classNames.dismissSingleLine}>{dismiss}</div>}
        {isMultiline && dismiss}
      </div>
      {isMultiline && actions}
    </div>
  );
}
