/**
 * Rendering the whole App as a demo user and opening one plan the way a user does: by its
 * button in the plan list, then waiting for the plan's heading.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../src/components/App/App';
import type { DemoUser, LocalSite } from './localSite';

/** Renders the App for `user` on `today` and opens the plan of `namnd` and `ar`. */
export async function openPlan(site: LocalSite, user: DemoUser, namnd: string, ar: number, today: string): Promise<ReturnType<typeof render>> {
  const rendered = render(<App service={site.serviceFor(user)} locale="sv-SE" today={today} />);
  fireEvent.click(await screen.findByRole('button', { name: `Öppna internkontrollplanen för ${namnd} ${ar}` }));
  await screen.findByRole('heading', { name: `Internkontrollplan ${ar}: ${namnd}` });
  return rendered;
}
