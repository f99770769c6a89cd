/**
 * Unsaved edits kept in the browser's sessionStorage, one entry per item (or per new item's
 * place), so a reload or an accidental navigation does not lose what was typed. The entry goes
 * when the item is saved or the user discards it. Storage that is full or blocked is ignored:
 * the form still works, it just cannot keep the draft.
 */
import type { Draft, EditTarget } from './structureDraft';

/** What is kept for one draft. */
export interface StoredDraft {
  /** The field values as typed. */
  draft: Draft;
  /** The key of the item (a new item keeps the key it was given). */
  key: string;
  /** The ETag of the version the draft was made from; undefined for a new item. */
  etag?: string;
  /** When it was kept, ISO time. */
  savedAt: string;
  /** The target's parent, for a new item. */
  parentKey?: string;
}

const PREFIX = 'internkontroll:utkast:';

/** The storage key of a target's draft: kind, plan and item (a new item by its parent). */
export function draftStorageKey(planId: number | undefined, target: Pick<EditTarget, 'kind' | 'item' | 'parentKey'>): string {
  const place = target.item ? target.item.key : `ny:${target.parentKey || ''}`;
  return `${PREFIX}${planId === undefined ? 'ny-plan' : planId}:${target.kind}:${place}`;
}

function storage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' && window.sessionStorage ? window.sessionStorage : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a draft. */
export function keepDraft(storageKey: string, value: StoredDraft): void {
  try {
    const store = storage();
    if (store) {
      store.setItem(storageKey, JSON.stringify(value));
    }
  } catch {
    // Full or blocked storage: the draft is simply not kept.
  }
}

/** The kept draft, when there is one that can be read. */
export function readDraft(storageKey: string): StoredDraft | undefined {
  try {
    const store = storage();
    const raw = store ? store.getItem(storageKey) : null;
    if (!raw) {
      return undefined;
    }
    const parsed = JSON.parse(raw) as StoredDraft;
    return parsed && typeof parsed === 'object' && parsed.draft && typeof parsed.key === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets a draft. */
export function discardDraft(storageKey: string): void {
  try {
    const store = storage();
    if (store) {
      store.removeItem(storageKey);
    }
  } catch {
    // Nothing to do.
  }
}

/** The kept drafts of a plan (or of a new plan), with their storage keys. */
export function draftsOfPlan(planId: number | undefined): Array<{ storageKey: string; kind: string; itemKey: string; value: StoredDraft }> {
  const store = storage();
  if (!store) {
    return [];
  }
  const prefix = `${PREFIX}${planId === undefined ? 'ny-plan' : planId}:`;
  const found: Array<{ storageKey: string; kind: string; itemKey: string; value: StoredDraft }> = [];
  for (let i = 0; i < store.length; i++) {
    const storageKey = store.key(i);
    if (!storageKey || storageKey.indexOf(prefix) !== 0) {
      continue;
    }
    const value = readDraft(storageKey);
    if (value) {
      const [kind, ...rest] = storageKey.slice(prefix.length).split(':');
      found.push({ storageKey, kind, itemKey: rest.join(':'), value });
    }
  }
  return found;
}
