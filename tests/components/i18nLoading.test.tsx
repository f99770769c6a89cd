/** @jest-environment jsdom */
/**
 * The English table loads on demand: a component waits for it (showing nothing of the table
 * meanwhile), gets it once loaded, and falls back to Swedish when the load fails.
 */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';

type I18n = typeof import('../../src/components/i18n');

/** Shows the table's app title, or "väntar" while the table loads. */
function Title(props: { i18n: I18n; locale: string }): React.ReactElement {
  const strings = props.i18n.useStringsForLocale(props.locale);
  return <h1>{strings ? strings.appTitle : 'väntar'}</h1>;
}

/** A fresh copy of the catalogue module (its cache empty), with the English module as given. */
function freshCatalogue(english?: () => unknown): I18n {
  let i18n: I18n | undefined;
  jest.isolateModules(() => {
    // The one React the test renders with, not the isolated registry's own copy.
    jest.doMock('react', () => React);
    if (english) {
      jest.doMock('../../src/components/i18n/en', english);
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    i18n = require('../../src/components/i18n') as I18n;
  });
  return i18n!;
}

afterEach(() => {
  jest.dontMock('react');
  jest.dontMock('../../src/components/i18n/en');
});

describe('useStringsForLocale', () => {
  it('gives Swedish at once, and English after its table has loaded', async () => {
    const i18n = freshCatalogue();
    render(<Title i18n={i18n} locale="sv-SE" />);
    expect(screen.getByRole('heading')).toHaveTextContent('Internkontroll');
    render(<Title i18n={i18n} locale="en-US" />);
    expect(screen.getByText('väntar')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Internal control' })).toBeInTheDocument();
    // Loaded once, it is at hand for the next component without waiting.
    render(<Title i18n={i18n} locale="en-GB" />);
    expect(screen.getAllByRole('heading', { name: 'Internal control' })).toHaveLength(2);
  });

  it('falls back to Swedish when the English table cannot be loaded', async () => {
    const i18n = freshCatalogue(() => {
      throw new Error('chunk ik-en could not be fetched');
    });
    render(<Title i18n={i18n} locale="en-US" />);
    expect(await screen.findByRole('heading', { name: 'Internkontroll' })).toBeInTheDocument();
    await expect(i18n.loadStringsForLocale('en-US')).rejects.toThrow('chunk ik-en');
  });
});
