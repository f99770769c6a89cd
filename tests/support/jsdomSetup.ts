/**
 * Shared setup of the jsdom tests.
 *
 * Fluent UI injects every style rule into the document; jsdom then scans all of them on each
 * getComputedStyle call, which testing-library and axe make for every element they inspect.
 * Tests assert roles, names and text, not CSS, so rules are not injected under jsdom.
 */
import { InjectionMode, Stylesheet } from '@fluentui/react/lib/Styling';
import { configure } from '@testing-library/react';

if (typeof document !== 'undefined') {
  Stylesheet.getInstance().setConfig({ injectionMode: InjectionMode.none });
  // findBy…/waitFor wait for a save that goes through the whole in-process SharePoint; on a
  // loaded 2-core machine that can take seconds. The cap guards against hangs, it measures nothing.
  configure({ asyncUtilTimeout: 10000 });
}
