/** Small helpers for driving the Fluent UI components in jsdom the way a user does. */
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
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
