/** Small helpers for driving the Fluent UI components in jsdom the way a user does. */
import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';

// The hosts register the icons; tests do not need the glyphs.
setIconOptions({ disableWarnings: true });

// The editors are chunks loaded on demand; the first load in a test run compiles them, which on
// a busy 2-core machine takes a few seconds. The wait only stops a hung test, it measures nothing.
configure({ asyncUtilTimeout: 15000 });

/** Chooses an option by its text: in a native select (the plan view's period) or a Fluent Dropdown (the forms). */
export async function chooseOption(label: string | RegExp, option: string): Promise<void> {
  const name = typeof label === 'string' ? new RegExp(`^${label}`) : label;
  const combobox = screen.getByRole('combobox', { name });
  if (combobox instanceof HTMLSelectElement) {
    const chosen = Array.from(combobox.options).filter((o) => o.text === option)[0];
    if (!chosen) {
      throw new Error(`No option "${option}" in ${String(label)}`);
    }
    fireEvent.change(combobox, { target: { value: chosen.value } });
    return;
  }
  fireEvent.click(combobox);
  fireEvent.click(await screen.findByRole('option', { name: option }));
  await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
}

/** Types into a text field found by its label. */
export function typeInto(label: string | RegExp, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** The TipTap editor of a rich-text field (the library puts it on its editable element, whose id the field is given). */
export interface FieldEditor {
  getHTML(): string;
  commands: { setContent(html: string, options: { emitUpdate: boolean }): boolean };
}

/** Waits for a rich-text field's editor (its chunk loads on demand) and returns it. */
export async function richEditor(id: string): Promise<FieldEditor> {
  await waitFor(() => expect(document.getElementById(id)).not.toBeNull());
  const element = document.getElementById(id) as HTMLElement & { editor?: unknown };
  await waitFor(() => expect(element.editor).toBeDefined());
  return element.editor as FieldEditor;
}

/** Replaces a rich-text field's content as the user's edit does (an update the form hears). */
export async function writeRich(id: string, html: string): Promise<void> {
  const editor = await richEditor(id);
  act(() => {
    editor.commands.setContent(html, { emitUpdate: true });
  });
}
