/** Small helpers for driving the Fluent UI components in jsdom the way a user does. */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';

// The hosts register the icons; tests do not need the glyphs.
setIconOptions({ disableWarnings: true });

/** Opens a Fluent Dropdown by its label and chooses an option by its text. */
export async function chooseOption(label: string | RegExp, option: string): Promise<void> {
  const name = typeof label === 'string' ? new RegExp(`^${label}`) : label;
  fireEvent.click(screen.getByRole('combobox', { name }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
  await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
}

/** Types into a text field found by its label. */
export function typeInto(label: string | RegExp, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}
