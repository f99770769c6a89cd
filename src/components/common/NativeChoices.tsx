/**
 * Light choice controls for the plan view's first paint: the browser's own select and radio
 * buttons, styled like Fluent's. They are fully keyboard and screen-reader operable by nature,
 * and spare the first chunk Fluent's Dropdown (with its Panel, Checkbox and Callout), TextField
 * and ChoiceGroup, which only the on-demand editors need.
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import { COLOURS } from './styles';

/**
 * The look of a labelled native select (or search field): Fluent's field look, with the accent
 * focus ring. Shared with the other native selects (the request's report shape) so all look alike.
 */
export const NATIVE_FIELD_STYLES = {
  field: { display: 'flex', flexDirection: 'column', gap: 4 },
  label: { fontWeight: 600, fontSize: 14, padding: '5px 0', color: COLOURS.text },
  select: {
    fontFamily: 'inherit',
    fontSize: 14,
    height: 32,
    padding: '0 8px',
    border: '1px solid #605e5c',
    borderRadius: 2,
    background: '#ffffff',
    color: COLOURS.text,
    selectors: { ':focus': { outline: `2px solid ${COLOURS.accent}`, outlineOffset: 0, borderColor: COLOURS.accent } }
  }
};

const classes = mergeStyleSets({
  ...NATIVE_FIELD_STYLES,
  fieldset: { border: 0, margin: 0, padding: 0 },
  legend: { fontWeight: 600, fontSize: 14, padding: '5px 0', color: COLOURS.text },
  radios: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px' },
  radio: { display: 'inline-flex', alignItems: 'center', gap: 6, cursor: 'pointer', selectors: { input: { width: 18, height: 18, margin: 0, accentColor: COLOURS.accent } } }
});

/** A choice: stored value and shown text. */
export interface NativeChoice {
  key: string;
  text: string;
}

/** A labelled select. */
export function NativeSelect(props: {
  id: string;
  label: string;
  options: NativeChoice[];
  value: string | undefined;
  onChange: (value: string) => void;
  className?: string;
}): React.ReactElement {
  return (
    <div className={`${classes.field} ${props.className || ''}`}>
      <label htmlFor={props.id} className={classes.label}>
        {props.label}
      </label>
      <select id={props.id} className={classes.select} value={props.value || ''} onChange={(event) => props.onChange(event.target.value)}>
        {props.options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled search field. */
export function NativeSearch(props: { id: string; label: string; value: string; onChange: (value: string) => void; className?: string }): React.ReactElement {
  return (
    <div className={`${classes.field} ${props.className || ''}`}>
      <label htmlFor={props.id} className={classes.label}>
        {props.label}
      </label>
      <input id={props.id} type="search" className={classes.select} value={props.value} onChange={(event) => props.onChange(event.target.value)} />
    </div>
  );
}

/** A group of radio buttons with its legend. */
export function RadioChoices(props: { name: string; label: string; options: NativeChoice[]; value: string; onChange: (value: string) => void }): React.ReactElement {
  return (
    <fieldset className={classes.fieldset}>
      <legend className={classes.legend}>{props.label}</legend>
      <div className={classes.radios}>
        {props.options.map((option) => (
          <label key={option.key} className={classes.radio}>
            <input type="radio" name={props.name} value={option.key} checked={props.value === option.key} onChange={() => props.onChange(option.key)} />
            {option.text}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
