/**
 * Shared look of the components. CSS-in-JS through Fluent's mergeStyleSets, so every host
 * (SPFx, the workbench, tests) gets the same styles without a CSS loader. Colours are chosen
 * for WCAG AA contrast on white.
 */
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { FollowUpStatus } from '../../model';

/** Text colours that meet 4.5:1 on white. */
export const COLOURS = {
  text: '#201f1e',
  secondaryText: '#484644',
  border: '#d2d0ce',
  cardBackground: '#ffffff',
  pageBackground: '#f5f5f4',
  accent: '#0f5fa8'
} as const;

/** Status colours for the progress bar and status pills, each with a readable text colour. */
export const STATUS_COLOURS: Record<FollowUpStatus | 'none', { background: string; text: string; border: string }> = {
  Genomförd: { background: '#dff6dd', text: '#0b5a08', border: '#107c10' },
  Pågående: { background: '#deecf9', text: '#0b4a8b', border: '#0f6cbd' },
  'Ej påbörjad': { background: '#fff4ce', text: '#5c4400', border: '#8a6d00' },
  'Ej aktuellt': { background: '#edebe9', text: '#3b3a39', border: '#8a8886' },
  none: { background: '#ffffff', text: '#484644', border: '#8a8886' }
};

/** Classes used by several components. */
export const sharedClasses = mergeStyleSets({
  root: {
    color: COLOURS.text,
    fontSize: 14,
    lineHeight: '1.45',
    selectors: {
      'h2, h3, h4, h5, h6': { margin: 0, color: COLOURS.text },
      // Links and buttons inside rich text keep a visible focus ring.
      'a:focus-visible, button:focus-visible': { outline: `2px solid ${COLOURS.text}`, outlineOffset: 2 }
    }
  },
  card: {
    background: COLOURS.cardBackground,
    border: `1px solid ${COLOURS.border}`,
    borderRadius: 8,
    padding: '16px 20px',
    boxShadow: '0 1px 2px rgba(0,0,0,0.06)'
  },
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    margin: -1,
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0
  },
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: 4,
    padding: '2px 8px',
    borderRadius: 12,
    fontSize: 12,
    fontWeight: 600,
    lineHeight: '18px',
    whiteSpace: 'nowrap',
    border: '1px solid transparent'
  },
  obligatoriskBadge: {
    background: '#ffffff',
    color: '#5c2e91',
    borderColor: '#5c2e91'
  },
  secondaryText: { color: COLOURS.secondaryText },
  pageHeading: { fontSize: 28, fontWeight: 600, margin: '0 0 12px', lineHeight: '1.25' },
  richText: {
    selectors: {
      p: { margin: '0 0 6px' },
      'p:last-child': { marginBottom: 0 },
      'ul, ol': { margin: '0 0 6px', paddingLeft: 20 }
    }
  }
});
