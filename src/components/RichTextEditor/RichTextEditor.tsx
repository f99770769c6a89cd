/**
 * The rich-text field of kommentar, beskrivning and kontrollmetod: TipTap on ProseMirror with a
 * schema of exactly the tags the model keeps (p, strong/b, em/i, ul/ol/li, br), a toolbar with
 * Swedish names and keyboard shortcuts, and the label, hint and error tied to the editable
 * element for screen readers. Loaded on demand (see LazyRichTextEditor).
 */
import * as React from 'react';
import { mergeStyles, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Editor } from '@tiptap/react';

import { formatText, useStrings } from '../i18n';
import { COLOURS } from '../common/styles';
import { normaliseEditorHtml } from './editorHtml';
import { RICH_TEXT_EXTENSIONS } from './richTextSchema';
import type { IRichTextEditorProps } from './richTextEditorProps';

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', gap: 4 },
  label: { fontWeight: 600, fontSize: 14, padding: '5px 0', color: COLOURS.text, cursor: 'default' },
  required: { color: '#a4262c', paddingLeft: 4 },
  frame: {
    border: `1px solid #605e5c`,
    borderRadius: 2,
    background: '#ffffff',
    selectors: { ':focus-within': { borderColor: COLOURS.accent, boxShadow: `0 0 0 1px ${COLOURS.accent}` } }
  },
  invalid: { borderColor: '#a4262c' },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: 2, padding: 2, borderBottom: `1px solid ${COLOURS.border}`, background: '#faf9f8' },
  button: {
    minWidth: 32,
    height: 30,
    padding: '0 8px',
    border: '1px solid transparent',
    borderRadius: 2,
    background: 'transparent',
    color: COLOURS.text,
    fontFamily: 'inherit',
    fontSize: 14,
    cursor: 'pointer',
    selectors: {
      ':hover': { background: '#edebe9' },
      ':focus-visible': { outline: `2px solid ${COLOURS.text}`, outlineOffset: 1 },
      '[aria-pressed="true"]': { background: '#deecf9', borderColor: '#0f6cbd', color: '#0b4a8b' },
      ':disabled': { color: '#605e5c', cursor: 'default', background: 'transparent' }
    }
  },
  content: {
    selectors: {
      '.ProseMirror': { padding: '6px 8px', outline: 'none', lineHeight: '1.45', whiteSpace: 'pre-wrap', wordWrap: 'break-word' },
      '.ProseMirror p': { margin: '0 0 6px' },
      '.ProseMirror ul, .ProseMirror ol': { margin: '0 0 6px', paddingLeft: 22 },
      '.ProseMirror li p': { margin: 0 }
    }
  },
  hint: { fontSize: 12, color: COLOURS.secondaryText, margin: 0 },
  error: { fontSize: 12, color: '#a4262c', margin: 0 }
});

/** One toolbar button: its command, whether it is active, its name and shortcut. */
interface ToolbarAction {
  key: string;
  text: string;
  name: string;
  shortcut: string;
  isActive: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
  canRun: (editor: Editor) => boolean;
  style?: React.CSSProperties;
}

/** The rich-text field; default export so React.lazy can load it as a chunk of its own. */
export default function RichTextEditor(props: IRichTextEditorProps): React.ReactElement {
  const strings = useStrings();
  const { id, onChange } = props;
  const labelId = `${id}-etikett`;
  const hintId = `${id}-hjalp`;
  const errorId = `${id}-fel`;
  const onChangeRef = React.useRef(onChange);
  onChangeRef.current = onChange;
  const [, setTick] = React.useState(0);
  const describedBy = [props.description ? hintId : '', props.errorMessage ? errorId : ''].filter((s) => s !== '').join(' ');

  const editor = useEditor({
    extensions: RICH_TEXT_EXTENSIONS,
    content: props.value || '',
    editable: !props.disabled,
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(props.errorMessage ? { 'aria-invalid': 'true' } : {}),
        ...(props.required ? { 'aria-required': 'true' } : {}),
        style: `min-height: ${(props.rows || 4) * 21}px`
      }
    },
    onUpdate: ({ editor: changed }) => onChangeRef.current(normaliseEditorHtml(changed.getHTML())),
    // The toolbar's pressed states follow the selection.
    onSelectionUpdate: () => setTick((n) => n + 1),
    onTransaction: () => setTick((n) => n + 1)
  });

  // A value replaced from outside (a restored draft, "use theirs" in a conflict) is shown.
  React.useEffect(() => {
    if (editor && normaliseEditorHtml(editor.getHTML()) !== normaliseEditorHtml(props.value || '')) {
      editor.commands.setContent(props.value || '', { emitUpdate: false });
    }
  }, [editor, props.value]);

  // The attributes that depend on the error follow it.
  React.useEffect(() => {
    if (!editor) {
      return;
    }
    editor.setOptions({
      editorProps: {
        attributes: {
          id,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          ...(props.errorMessage ? { 'aria-invalid': 'true' } : {}),
          ...(props.required ? { 'aria-required': 'true' } : {}),
          style: `min-height: ${(props.rows || 4) * 21}px`
        }
      }
    });
  }, [editor, id, labelId, describedBy, props.errorMessage, props.required, props.rows]);

  const actions: ToolbarAction[] = [
    {
      key: 'bold',
      text: 'F',
      name: strings.richTextBold,
      shortcut: 'Ctrl+B',
      isActive: (e) => e.isActive('bold'),
      run: (e) => e.chain().focus().toggleBold().run(),
      canRun: (e) => e.can().toggleBold(),
      style: { fontWeight: 700 }
    },
    {
      key: 'italic',
      text: 'K',
      name: strings.richTextItalic,
      shortcut: 'Ctrl+I',
      isActive: (e) => e.isActive('italic'),
      run: (e) => e.chain().focus().toggleItalic().run(),
      canRun: (e) => e.can().toggleItalic(),
      style: { fontStyle: 'italic' }
    },
    {
      key: 'bulletList',
      text: '•',
      name: strings.richTextBulletList,
      shortcut: 'Ctrl+Shift+8',
      isActive: (e) => e.isActive('bulletList'),
      run: (e) => e.chain().focus().toggleBulletList().run(),
      canRun: (e) => e.can().toggleBulletList()
    },
    {
      key: 'orderedList',
      text: '1.',
      name: strings.richTextOrderedList,
      shortcut: 'Ctrl+Shift+7',
      isActive: (e) => e.isActive('orderedList'),
      run: (e) => e.chain().focus().toggleOrderedList().run(),
      canRun: (e) => e.can().toggleOrderedList()
    },
    {
      key: 'undo',
      text: '↶',
      name: strings.richTextUndo,
      shortcut: 'Ctrl+Z',
      isActive: () => false,
      run: (e) => e.chain().focus().undo().run(),
      canRun: (e) => e.can().undo()
    },
    {
      key: 'redo',
      text: '↷',
      name: strings.richTextRedo,
      shortcut: 'Ctrl+Y',
      isActive: () => false,
      run: (e) => e.chain().focus().redo().run(),
      canRun: (e) => e.can().redo()
    }
  ];

  // Arrow keys move between the toolbar's buttons (one tab stop for the toolbar, WAI-ARIA toolbar pattern).
  const [focusIndex, setFocusIndex] = React.useState(0);
  const buttonRefs = React.useRef<Array<HTMLButtonElement | null>>([]);
  const onToolbarKey = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const last = actions.length - 1;
    const next =
      event.key === 'ArrowRight' ? (focusIndex >= last ? 0 : focusIndex + 1) :
      event.key === 'ArrowLeft' ? (focusIndex <= 0 ? last : focusIndex - 1) :
      event.key === 'Home' ? 0 :
      event.key === 'End' ? last : -1;
    if (next >= 0) {
      event.preventDefault();
      setFocusIndex(next);
      const button = buttonRefs.current[next];
      if (button) {
        button.focus();
      }
    }
  };

  return (
    <div className={classes.root}>
      <span
        id={labelId}
        className={classes.label}
        onClick={() => {
          if (editor) {
            editor.commands.focus();
          }
        }}
      >
        {props.label}
        {props.required && (
          <span className={classes.required} aria-hidden="true">
            *
          </span>
        )}
      </span>
      <div className={`${classes.frame} ${props.errorMessage ? classes.invalid : ''}`}>
        <div role="toolbar" aria-label={formatText(strings.richTextToolbar, { field: props.label })} className={classes.toolbar} onKeyDown={onToolbarKey}>
          {actions.map((action, i) => {
            const title = `${action.name} (${action.shortcut})`;
            return (
              <button
                key={action.key}
                ref={(element) => {
                  buttonRefs.current[i] = element;
                }}
                type="button"
                className={classes.button}
                style={action.style}
                tabIndex={i === focusIndex ? 0 : -1}
                aria-label={action.name}
                aria-keyshortcuts={action.shortcut.replace('Ctrl', 'Control')}
                title={title}
                aria-pressed={action.key === 'undo' || action.key === 'redo' ? undefined : editor ? action.isActive(editor) : false}
                disabled={!editor || props.disabled || !action.canRun(editor)}
                onMouseDown={(event) => event.preventDefault()}
                onFocus={() => setFocusIndex(i)}
                onClick={() => {
                  if (editor) {
                    action.run(editor);
                  }
                }}
              >
                {/* The glyph is drawn by CSS, so the button's name is its Swedish name alone (label in name). */}
                <span aria-hidden="true" className={mergeStyles({ selectors: { '::before': { content: JSON.stringify(action.text) } } })} />
              </button>
            );
          })}
        </div>
        <EditorContent editor={editor} className={classes.content} />
      </div>
      {props.description && (
        <p id={hintId} className={classes.hint}>
          {props.description}
        </p>
      )}
      {props.errorMessage && (
        <p id={errorId} className={classes.error} role="alert">
          {props.errorMessage}
        </p>
      )}
    </div>
  );
}
