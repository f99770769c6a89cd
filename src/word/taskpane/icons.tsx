import * as React from 'react';
import { registerIcons } from '@fluentui/react/lib/Styling';

function strokeIcon(...paths: string[]): React.ReactElement {
  return (
    <svg viewBox="0 0 16 16" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth={1.4} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

/**
 * The Fluent icons the task pane's controls use, drawn inline: an add-in's page gets no icon
 * font from Office, and the local page has no internet.
 */
export function registerTaskPaneIcons(): void {
  registerIcons({
    icons: {
      ChevronDown: strokeIcon('M3.5 6l4.5 4.5L12.5 6'),
      CheckMark: strokeIcon('M3.5 8.5l3 3 6-7'),
      Cancel: strokeIcon('M3.5 3.5l9 9', 'M12.5 3.5l-9 9'),
      Clear: strokeIcon('M3.5 3.5l9 9', 'M12.5 3.5l-9 9'),
      Info: strokeIcon('M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 0 0 8 1.8z', 'M8 7.2v4', 'M8 4.8v.1'),
      ErrorBadge: strokeIcon('M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 0 0 8 1.8z', 'M8 4.5v4.2', 'M8 11v.1'),
      Completed: strokeIcon('M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 0 0 8 1.8z', 'M5.2 8.2l2 2 3.6-4'),
      Warning: strokeIcon('M8 2l6.3 11.5H1.7z', 'M8 6.2v3.6', 'M8 11.6v.1'),
      Blocked2: strokeIcon('M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 0 0 8 1.8z', 'M3.6 3.6l8.8 8.8'),
      Refresh: strokeIcon('M13 8a5 5 0 1 1-1.5-3.6', 'M13 2.5v3h-3'),
      Add: strokeIcon('M8 2.5v11', 'M2.5 8h11'),
      Shield: strokeIcon('M8 1.8l5.2 2v4c0 3.2-2.2 5.4-5.2 6.4-3-1-5.2-3.2-5.2-6.4v-4z', 'M5.6 8.2l1.7 1.7 3.2-3.4')
    }
  });
}
