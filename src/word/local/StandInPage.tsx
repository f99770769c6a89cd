/**
 * The local page for the Word add-in: the task pane beside a live preview of the document it
 * edits (docx-preview), with a cursor picker and a "hand edit" button standing in for typing in
 * Word. Every change re-renders the preview.
 */
import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { IApprovalService } from '../../approvals/IApprovalService';
import type { IInternkontrollService } from '../../data/InternkontrollService';
import type { ReportSource } from '../blocks/ReportSource';
import type { HostSupport } from '../document/requirements';
import type { SelectionTracker } from '../document/selectionTracker';
import { TaskPane } from '../taskpane/TaskPane';
import type { LocalWordDocument } from './LocalWordDocument';

/** Props of the page. */
export interface IStandInPageProps {
  service: IInternkontrollService;
  approvals: IApprovalService;
  source: ReportSource;
  document: LocalWordDocument;
  selection: SelectionTracker;
  support: HostSupport;
  locale?: string;
  /** Renders a .docx into an element. */
  preview: (docx: Uint8Array, container: HTMLElement) => Promise<void>;
}

const classes = mergeStyleSets({
  page: { display: 'grid', gridTemplateColumns: 'minmax(300px, 360px) 1fr', minHeight: '100vh', background: '#f5f5f4' },
  pane: { background: '#ffffff', borderRight: '1px solid #d2d0ce', overflowY: 'auto' },
  documentArea: { padding: '16px 24px', display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 },
  heading: { fontSize: 18, fontWeight: 600, margin: 0 },
  select: { fontFamily: 'inherit', fontSize: 14, padding: '5px 8px', maxWidth: 420, selectors: { ':focus-visible': { outline: '2px solid #201f1e', outlineOffset: 2 } } },
  note: { margin: 0, color: '#484644', fontSize: 13 },
  preview: { background: '#ffffff', border: '1px solid #d2d0ce', padding: 24, overflow: 'auto', selectors: { ':focus-visible': { outline: '2px solid #201f1e', outlineOffset: 2 } } }
});

/** The page. */
export function StandInPage(props: IStandInPageProps): React.ReactElement {
  const { document, selection } = props;
  const [version, setVersion] = React.useState(0);
  const [, setCursorShown] = React.useState(document.cursor);
  const [note, setNote] = React.useState('');
  const previewRef = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => document.onChange(() => setVersion((v) => v + 1)), [document]);

  React.useEffect(() => {
    const container = previewRef.current;
    if (!container) {
      return;
    }
    let live = true;
    // Rendered aside and swapped in, so a slower earlier render never overwrites a later one.
    const next = window.document.createElement('div');
    document
      .toDocx()
      .then((docx) => (live ? props.preview(docx, next) : undefined))
      .then(() => {
        if (live) {
          container.replaceChildren(next);
          container.setAttribute('data-version', String(version));
        }
      })
      .catch((error: unknown) => setNote(error instanceof Error ? error.message : String(error)));
    return () => {
      live = false;
    };
  }, [version, document]);

  const positions = document.positions();
  return (
    <div className={classes.page}>
      <aside className={classes.pane} aria-label="Tilläggets åtgärdsfönster">
        <TaskPane service={props.service} approvals={props.approvals} source={props.source} port={document} selection={selection} support={props.support} locale={props.locale} preview={props.preview} />
      </aside>
      <section className={classes.documentArea} aria-labelledby="ik-document-title">
        <h2 id="ik-document-title" className={classes.heading}>
          Dokumentet (lokal förhandsvisning i stället för Word)
        </h2>
        <div className={classes.bar}>
          <label htmlFor="ik-cursor">Markören står i</label>
          <select
            id="ik-cursor"
            className={classes.select}
            value={document.cursor}
            onChange={(event) => {
              document.setCursor(Number(event.target.value));
              setCursorShown(document.cursor);
              selection.changed();
            }}
          >
            {positions.map((position) => (
              <option key={position.index} value={position.index}>
                {position.label}
              </option>
            ))}
          </select>
          <DefaultButton
            text="Ändra för hand i blocket vid markören"
            onClick={() => setNote(document.editByHand('(ändrat för hand)') ? 'Texten "(ändrat för hand)" lades till, som om du skrivit den i Word.' : 'Markören står inte i något med text.')}
          />
        </div>
        <p className={classes.note} role="status" aria-live="polite">
          {note || `Word-anrop hittills: ${document.syncs}.`}
        </p>
        <div ref={previewRef} className={classes.preview} role="region" aria-label="Dokumentets förhandsvisning" tabIndex={0} data-testid="document-preview" />
      </section>
    </div>
  );
}
