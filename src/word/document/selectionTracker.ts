/**
 * Keeps the cursor's context current so that inserting costs one round trip: the host reports
 * selection changes (`DocumentSelectionChanged` in Office), the tracker reads the selection
 * once per change, and an insert uses the last reading — or waits for the one under way.
 */
import type { SelectionContext, WordDocumentPort } from './WordDocumentPort';

/** The tracker. */
export interface SelectionTracker {
  /** The cursor's context as of the last change. */
  current(): Promise<SelectionContext>;
  /** Tell the tracker the selection changed. */
  changed(): void;
  /** Called with each new reading (for a hint before the user clicks). */
  onUpdate(listener: (selection: SelectionContext) => void): () => void;
}

/** A tracker over a port. */
export function createSelectionTracker(port: WordDocumentPort): SelectionTracker {
  let reading: Promise<SelectionContext> | undefined;
  const listeners = new Set<(selection: SelectionContext) => void>();
  const read = (): Promise<SelectionContext> => {
    const next = port.inspectSelection();
    reading = next;
    next.then(
      (selection) => {
        if (reading === next) {
          listeners.forEach((listener) => listener(selection));
        }
      },
      () => {
        if (reading === next) {
          reading = undefined;
        }
      }
    );
    return next;
  };
  return {
    current: () => reading ?? read(),
    changed: () => {
      void read();
    },
    onUpdate: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }
  };
}
