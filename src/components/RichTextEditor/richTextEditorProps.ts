/** Props of the rich-text field, shared by the field and its on-demand loader. */
export interface IRichTextEditorProps {
  /** Id of the editable element: the error summary links to it. */
  id: string;
  /** Visible label, e.g. "Beskrivning". */
  label: string;
  /** The text as stored: the sanitised HTML subset. */
  value: string;
  /** Called with the normalised HTML on every change the user makes. */
  onChange: (html: string) => void;
  /** A hint shown under the field. */
  description?: string;
  /** The field's validation message; marks the field invalid. */
  errorMessage?: string;
  /** True for a required field (shown with the label). */
  required?: boolean;
  /** Height of the editing area in text lines. */
  rows?: number;
  /** Read only. */
  disabled?: boolean;
}
