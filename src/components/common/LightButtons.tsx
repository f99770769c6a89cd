/**
 * Buttons for the views of the first paint (plan list, plan view, risk cards): Fluent UI's own
 * button styles on a native `<button>`. Fluent's `Button` components bring their menu
 * machinery (ContextualMenu, Callout, FocusZone, positioning, keytips) into the bundle even
 * where no button has a menu, a third of the web part's first chunk; these look and behave as
 * Fluent's DefaultButton, PrimaryButton, ActionButton and IconButton without a menu, and take
 * the subset of their props the views use. Editors and dialogs, loaded on demand, keep Fluent's.
 */
import * as React from 'react';
import { getStyles as getActionButtonStyles } from '@fluentui/react/lib/components/Button/ActionButton/ActionButton.styles';
import { getStyles as getDefaultButtonStyles } from '@fluentui/react/lib/components/Button/DefaultButton/DefaultButton.styles';
import { getStyles as getIconButtonStyles } from '@fluentui/react/lib/components/Button/IconButton/IconButton.styles';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import type { IButtonStyles } from '@fluentui/react/lib/Button';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

/** Props of a light button: those of Fluent's buttons that the first-paint views use. */
export interface ILightButtonProps {
  /** The visible text. */
  text?: string;
  /** The Fluent icon before the text. */
  iconProps?: { iconName: string };
  /** The accessible name, when it says more than the text. */
  ariaLabel?: string;
  /** The tooltip. */
  title?: string;
  /** Called on click (mouse, Enter, Space). */
  onClick?: (event: React.MouseEvent<HTMLButtonElement>) => void;
  /** A disabled button cannot be clicked. */
  disabled?: boolean;
  /** Extra class on the button. */
  className?: string;
}

type Variant = 'default' | 'primary' | 'action' | 'icon';

/** The class names of a button, as Fluent's BaseButton derives them from its styles (no menu, not checked). */
function buildClassNames(theme: ITheme, variant: Variant, disabled: boolean, className: string | undefined): Record<'root' | 'flexContainer' | 'textContainer' | 'icon' | 'label', string> {
  const styles: IButtonStyles =
    variant === 'action' ? getActionButtonStyles(theme) : variant === 'icon' ? getIconButtonStyles(theme) : getDefaultButtonStyles(theme, undefined, variant === 'primary');
  const variantClass = variant === 'primary' ? 'ms-Button--primary' : variant === 'default' ? 'ms-Button--default' : variant === 'action' ? 'ms-Button--action ms-Button--command' : 'ms-Button--icon';
  return mergeStyleSets({
    root: [
      'ms-Button',
      styles.root,
      variantClass,
      disabled && ['is-disabled', styles.rootDisabled],
      !disabled && {
        ':hover': styles.rootHovered,
        ':hover .ms-Button-icon': styles.iconHovered,
        ':hover .ms-Button-label': styles.labelHovered,
        ':focus': styles.rootFocused,
        ':active': styles.rootPressed,
        ':active .ms-Button-icon': styles.iconPressed
      },
      className
    ],
    flexContainer: ['ms-Button-flexContainer', styles.flexContainer],
    textContainer: ['ms-Button-textContainer', styles.textContainer],
    icon: ['ms-Button-icon', styles.icon, disabled && styles.iconDisabled],
    label: ['ms-Button-label', styles.label, disabled && styles.labelDisabled]
  }) as unknown as Record<'root' | 'flexContainer' | 'textContainer' | 'icon' | 'label', string>;
}

/**
 * Memoised per theme, variant, state and class, as Fluent memoises its buttons' class names:
 * merging the style sets is the costly part of a button, and a large plan shows hundreds.
 */
const classNamesFor = memoizeFunction(buildClassNames);

/** One button of a variant, in Fluent's markup (flex container, icon, text container, label). */
function LightButton(props: ILightButtonProps & { variant: Variant }): React.ReactElement {
  const theme = useTheme();
  const disabled = props.disabled === true;
  const classNames = classNamesFor(theme, props.variant, disabled, props.className);
  return (
    <button
      type="button"
      className={classNames.root}
      aria-label={props.ariaLabel}
      title={props.title}
      disabled={disabled}
      data-is-focusable={!disabled}
      onClick={disabled ? undefined : props.onClick}
    >
      <span className={classNames.flexContainer}>
        {props.iconProps && <FontIcon iconName={props.iconProps.iconName} className={classNames.icon} aria-hidden={true} />}
        {props.text !== undefined && props.text !== '' && (
          <span className={classNames.textContainer}>
            <span className={classNames.label}>{props.text}</span>
          </span>
        )}
      </span>
    </button>
  );
}

/** Fluent's DefaultButton, without a menu. */
export function DefaultButton(props: ILightButtonProps): React.ReactElement {
  return <LightButton {...props} variant="default" />;
}

/** Fluent's PrimaryButton, without a menu. */
export function PrimaryButton(props: ILightButtonProps): React.ReactElement {
  return <LightButton {...props} variant="primary" />;
}

/** Fluent's ActionButton (a command link with an icon), without a menu. */
export function ActionButton(props: ILightButtonProps): React.ReactElement {
  return <LightButton {...props} variant="action" />;
}

/** Fluent's IconButton (an icon alone; name it with `ariaLabel`), without a menu. */
export function IconButton(props: ILightButtonProps): React.ReactElement {
  return <LightButton {...props} variant="icon" />;
}
