/**
 * The side-by-side comparison after a refused save over someone else's change, shared by the
 * structure editors and the follow-up form: a region headed "Deras version och din" holding a
 * table of the differing fields ("Deras version", "Din version") with a radio group per field
 * to choose whose value applies, and the two ways to save. Rich text shows formatted (through
 * the model's sanitiser), never as markup. When a comparison appears the focus moves to its
 * heading and a polite live region says how many fields differ.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import { isRichTextEmpty, sanitizeRichText } from '../../../model';
import { formatText, useStrings } from '../../i18n';
import type { ConflictChoice, ConflictChoices } from '../conflict/fieldConflict';
import { COLOURS, sharedClasses } from '../styles';

/** A value as the comparison shows it: plain text, or rich text shown formatted. */
export type ConflictValue = { text: string } | { richText: string };

/** One differing field as the comparison shows it. */
export interface ConflictPanelRow {
  /** Field name (the key of its choice). */
  field: string;
  /** The field's label in the form. */
  label: string;
  /** Their value. */
  theirs: ConflictValue;
  /** Your value. */
  yours: ConflictValue;
}

/** Props of the comparison. */
export interface IConflictPanelProps {
  /** The differing fields; undefined while there is no comparison (only the live region is rendered). */
  rows: ConflictPanelRow[] | undefined;
  /** The choice per field. */
  choices: ConflictChoices;
  /** A field's choice changed. */
  onChoose: (field: string, choice: ConflictChoice) => void;
  /** "Spara med mina val". */
  onSaveChoices: () => void;
  /** "Skriv över med min version". */
  onOverwrite: () => void;
  /** True while a save runs. */
  saving: boolean;
  /** Prefix of the element ids (unique on the page), e.g. "ik-konflikt". */
  idPrefix: string;
  /** Each new value (after 0) is a new comparison: the focus moves to its heading and the live region speaks. */
  focusRequest: number;
}

const classes = mergeStyleSets({
  conflict: { border: `2px solid #8a6d00`, borderRadius: 4, padding: '10px 12px', background: '#fffbeb', display: 'flex', flexDirection: 'column', gap: 10 },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    selectors: {
      'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: `1px solid ${COLOURS.border}` },
      th: { fontWeight: 600, fontSize: 13 },
      td: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
      // The two choices stay whole words, however narrow the panel.
      'td.ik-konflikt-val': { whiteSpace: 'nowrap', wordBreak: 'normal', width: '1%' }
    }
  },
  caption: { textAlign: 'left', fontSize: 13 },
  text: { margin: 0 },
  heading: { fontSize: 15, fontWeight: 600, margin: 0, selectors: { ':focus': { outline: `2px solid ${COLOURS.text}`, outlineOffset: 2 } } },
  rich: { whiteSpace: 'normal', selectors: { 'p, ul, ol': { margin: '0 0 4px' } } },
  footer: { display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }
});

/** A value in its cell. */
function ValueCell(props: { value: ConflictValue; emptyText: string }): React.ReactElement {
  const { value } = props;
  if ('richText' in value) {
    if (isRichTextEmpty(value.richText)) {
      return <td>{props.emptyText}</td>;
    }
    // The model's sanitiser keeps only p, b/strong, i/em, ul/ol/li and br, without attributes.
    return <td className={`${sharedClasses.richText} ${classes.rich}`} dangerouslySetInnerHTML={{ __html: sanitizeRichText(value.richText) }} />;
  }
  return <td>{value.text === '' ? props.emptyText : value.text}</td>;
}

/** The comparison; render it always, so its live region is in the page before it speaks. */
export function ConflictPanel(props: IConflictPanelProps): React.ReactElement {
  const strings = useStrings();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const { rows } = props;
  const [announcement, setAnnouncement] = React.useState('');

  // A new comparison takes the focus to its heading and is announced once; the rows may change
  // afterwards as the form is edited, without moving the focus again.
  React.useEffect(() => {
    if (props.focusRequest > 0 && rows !== undefined) {
      setAnnouncement(rows.length > 0 ? formatText(strings.conflictAnnouncement, { count: rows.length }) : strings.conflictNoDifferences);
      if (headingRef.current) {
        headingRef.current.focus();
      }
    } else if (rows === undefined) {
      setAnnouncement('');
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.focusRequest, rows === undefined]);
  const headingId = `${props.idPrefix}-rubrik`;
  return (
    <>
      <div className={sharedClasses.visuallyHidden} aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {rows !== undefined && (
        <section className={classes.conflict} aria-labelledby={headingId}>
          <h3 id={headingId} ref={headingRef} tabIndex={-1} className={classes.heading}>
            {strings.conflictHeading}
          </h3>
          <p className={classes.text}>{strings.conflictLead}</p>
          <p className={classes.text}>{rows.length > 0 ? strings.conflictIntro : strings.conflictNoDifferences}</p>
          {rows.length > 0 && (
            <table className={classes.table}>
              <caption className={classes.caption}>{strings.conflictCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.conflictField}</th>
                  <th scope="col">{strings.conflictTheirs}</th>
                  <th scope="col">{strings.conflictYours}</th>
                  <th scope="col">{strings.conflictKeep}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={row.field}>
                    <th scope="row">{row.label}</th>
                    <ValueCell value={row.theirs} emptyText={strings.emptyValue} />
                    <ValueCell value={row.yours} emptyText={strings.emptyValue} />
                    <td className="ik-konflikt-val">
                      {/* The radio group's name, for screen readers: "Version som ska gälla för Status". */}
                      <span id={`${props.idPrefix}-val-${i}`} className={sharedClasses.visuallyHidden}>
                        {formatText(strings.conflictChoiceFor, { field: row.label })}
                      </span>
                      <ChoiceGroup
                        ariaLabelledBy={`${props.idPrefix}-val-${i}`}
                        selectedKey={props.choices[row.field]}
                        options={[
                          { key: 'theirs', text: strings.conflictUseTheirs },
                          { key: 'yours', text: strings.conflictUseYours }
                        ]}
                        onChange={(_e, option) => option && props.onChoose(row.field, option.key as ConflictChoice)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className={classes.footer}>
            <PrimaryButton text={strings.conflictSaveChoices} onClick={props.onSaveChoices} disabled={props.saving} />
            <DefaultButton text={strings.conflictOverwrite} onClick={props.onOverwrite} disabled={props.saving} />
          </div>
        </section>
      )}
    </>
  );
}
