import * as React from 'react';
import { registerIcons } from '@fluentui/react/lib/Styling';

/** A 16 × 16 stroke icon in the text colour. */
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
 * The icons the components use, drawn inline. SharePoint pages provide Fluent's icon font; the
 * local workbench has no internet to fetch it from, so it registers these instead.
 */
export function registerWorkbenchIcons(): void {
  registerIcons({
    icons: {
      ChevronDown: strokeIcon('M3.5 6l4.5 4.5L12.5 6'),
      Back: strokeIcon('M13.5 8h-11', 'M6.5 4l-4 4 4 4'),
      Edit: strokeIcon('M10.5 2.5l3 3-8 8h-3v-3z', 'M9 4l3 3'),
      Add: strokeIcon('M8 2.5v11', 'M2.5 8h11'),
      Delete: strokeIcon('M2.5 4h11', 'M6 4V2.5h4V4', 'M4 4l.8 9.5h6.4L12 4', 'M6.8 6.5v5', 'M9.2 6.5v5'),
      Refresh: strokeIcon('M13 8a5 5 0 1 1-1.5-3.6', 'M13 2.5v3h-3'),
      Search: strokeIcon('M7 2.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9z', 'M10.3 10.3l3.2 3.2'),
      Cancel: strokeIcon('M3.5 3.5l9 9', 'M12.5 3.5l-9 9'),
      Clear: strokeIcon('M3.5 3.5l9 9', 'M12.5 3.5l-9 9'),
      ClearFilter: strokeIcon('M2 3h9L7.5 7.5V12L5.5 13V7.5z', 'M11 9.5l3 3', 'M14 9.5l-3 3'),
      Info: strokeIcon('M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 0 0 8 1.8z', 'M8 7.2v4', 'M8 4.8v.1'),
      ErrorBadge: strokeIcon('M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 0 0 8 1.8z', 'M8 4.5v4.2', 'M8 11v.1'),
      Completed: strokeIcon('M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 0 0 8 1.8z', 'M5.2 8.2l2 2 3.6-4'),
      Warning: strokeIcon('M8 2l6.3 11.5H1.7z', 'M8 6.2v3.6', 'M8 11.6v.1'),
      Blocked2: strokeIcon('M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 0 0 8 1.8z', 'M3.6 3.6l8.8 8.8'),
      Up: strokeIcon('M8 13.5v-11', 'M4 6.5l4-4 4 4'),
      Down: strokeIcon('M8 2.5v11', 'M4 9.5l4 4 4-4'),
      CheckMark: strokeIcon('M3 8.5l3.2 3.2L13 4.8'),
      WordDocument: strokeIcon('M3.5 1.5h6l3 3v10h-9z', 'M9.5 1.5v3h3', 'M5 7l1 4.5L7.5 8.5 9 11.5 10 7'),
      Copy: strokeIcon('M5.5 5.5h8v8h-8z', 'M10.5 5.5v-3h-8v8h3'),
      ChevronUp: strokeIcon('M3.5 10l4.5-4.5 4.5 4.5'),
      Contact: strokeIcon('M8 2.5a2.8 2.8 0 1 0 0 5.6 2.8 2.8 0 0 0 0-5.6z', 'M2.8 14c.6-2.8 2.7-4.3 5.2-4.3s4.6 1.5 5.2 4.3')
    }
  });
}
