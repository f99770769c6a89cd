/** The task pane's look: narrow (Word's pane is about 320 px), AA contrast on white. */
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  root: { padding: '12px 16px 24px', color: '#201f1e', fontSize: 14, lineHeight: '1.45', display: 'flex', flexDirection: 'column', gap: 12 },
  title: { fontSize: 20, fontWeight: 600, margin: 0 },
  heading: { fontSize: 16, fontWeight: 600, margin: '8px 0 0' },
  intro: { margin: 0, color: '#484644' },
  section: { display: 'flex', flexDirection: 'column', gap: 10 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 4 },
  notices: { selectors: { ':empty': { display: 'none' } } },
  hint: { margin: 0, padding: '6px 10px', borderLeft: '4px solid #8a6d00', background: '#fff4ce', color: '#3b2e00' },
  preview: {
    border: '1px solid #d2d0ce',
    borderRadius: 4,
    maxHeight: 360,
    overflow: 'auto',
    background: '#ffffff',
    padding: 8,
    selectors: { ':focus-visible': { outline: '2px solid #201f1e', outlineOffset: 2 }, section: { padding: '0 !important', minHeight: 'auto !important' } }
  },
  previewNote: { margin: 0, color: '#484644' },
  progress: { margin: 0, color: '#484644' },
  editedList: { display: 'flex', flexDirection: 'column', gap: 8, margin: '12px 0' },
  confirmList: { margin: '8px 0', paddingLeft: 20 },
  approval: { display: 'flex', gap: 8, alignItems: 'flex-start', margin: 0, padding: '6px 10px', borderLeft: '4px solid', color: '#201f1e', minHeight: 20 },
  approvalOk: { borderColor: '#107c10', background: '#dff6dd' },
  approvalWarn: { borderColor: '#8a6d00', background: '#fff4ce' },
  approvalNeutral: { borderColor: '#605e5c', background: '#f3f2f1' },
  approvalMark: { fontWeight: 700, minWidth: 12 },
  approvalLine: { display: 'block' },
  verifyList: { margin: 0, paddingLeft: 20, display: 'flex', flexDirection: 'column', gap: 6 }
});
