/**
 * The error summary of a form: a region headed "Rätta 2 fel innan du sparar:" listing each
 * problem, linked to its field where the form has one. It takes focus when a save is stopped,
 * so a screen reader reads the problems first and the links lead to the fields.
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import { COLOURS } from '../styles';

/** One problem in the summary. */
export interface ErrorSummaryItem {
  /** The message, in the UI's language. */
  text: string;
  /** Id of the field it concerns; without one the message is shown without a link. */
  fieldId?: string;
}

/** Props of the error summary. */
export interface IErrorSummaryProps {
  /** Id of the summary's heading (unique on the page). */
  headingId: string;
  /** The heading, e.g. "Rätta 2 fel innan du sparar:". */
  heading: string;
  /** The problems; nothing is shown while there are none. */
  items: ErrorSummaryItem[];
  /** Each new value (after 0) moves the focus to the summary: the form counts its stopped saves. */
  focusRequest: number;
}

const classes = mergeStyleSets({
  summary: {
    border: '2px solid #a4262c',
    borderRadius: 4,
    padding: '12px 16px',
    background: '#fde7e9',
    selectors: { ':focus': { outline: `3px solid ${COLOURS.text}`, outlineOffset: 2 } }
  },
  heading: { fontSize: 15, fontWeight: 600, margin: '0 0 6px', color: '#750b1c' },
  list: { margin: 0, paddingLeft: 20, selectors: { a: { color: '#750b1c', textDecoration: 'underline' } } }
});

/** Focuses a form field by id; the forms put the id on the focusable element. */
function focusField(id: string): void {
  const element = document.getElementById(id);
  if (element) {
    element.focus();
  }
}

/**
 * The summary. Render it always (it shows nothing without items): the focus moves only when
 * `focusRequest` changes, never because the summary reappears while the user types.
 */
export function ErrorSummary(props: IErrorSummaryProps): React.ReactElement | null {
  const ref = React.useRef<HTMLElement>(null);
  React.useEffect(() => {
    if (props.focusRequest > 0 && ref.current) {
      ref.current.focus();
    }
  }, [props.focusRequest]);
  if (props.items.length === 0) {
    return null;
  }
  return (
    <section ref={ref} tabIndex={-1} className={classes.summary} aria-labelledby={props.headingId}>
      <h3 id={props.headingId} className={classes.heading}>
        {props.heading}
      </h3>
      <ul className={classes.list}>
        {props.items.map((item, i) => (
          <li key={i}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(item.fieldId as string);
                }}
              >
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
