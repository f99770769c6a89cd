/** Renders a report .docx into the task pane with docx-preview (tables keep spans, shading and widths). */
import { renderAsync } from 'docx-preview';

/** Replaces the container's content with the rendered document. */
export async function renderDocxPreview(docx: Uint8Array, container: HTMLElement): Promise<void> {
  await renderAsync(docx, container, undefined, {
    inWrapper: false,
    ignoreWidth: true,
    ignoreHeight: true,
    breakPages: false,
    ignoreLastRenderedPageBreak: true,
    renderHeaders: false,
    renderFooters: false,
    className: 'ik-docx'
  });
}
