/**
 * The plan view's editing: which editor or delete confirmation is open, moves up and down, and
 * the drafts a reload left behind. The editors themselves load on demand (lazyEditors).
 */
import * as React from 'react';

import type { IInternkontrollService, PlanView, Stored } from '../../data/InternkontrollService';
import { newKey } from '../../data/InternkontrollService';
import type { Atgard, Kontrollmoment, Omrade, Risk } from '../../model';
import type { DeleteTarget } from '../DeleteConfirm/deleteImpact';
import type { EditingRights } from '../common/editingRights';
import { itemName } from '../common/itemNames';
import { formatText } from '../i18n';
import type { IUiStrings } from '../i18n';
import type { StructureActions, StructureItem, StructureItemKind } from '../RiskList/StructureButtons';
import { moveWrites } from '../RiskList/structureOrder';
import { discardDraft, draftsOfPlan } from '../StructureEditor/draftStorage';
import type { EditTarget, StoredItem, StructureKind } from '../StructureEditor/structureDraft';
import { findItem } from '../StructureEditor/findItem';
import { LazyDeleteConfirmDialog, LazyStructureEditor } from '../StructureEditor/lazyEditors';

/** A kept draft the user can go back to. */
export interface PendingDraft {
  storageKey: string;
  target: EditTarget;
  name: string;
}

/** What the plan view gets from its editing. */
export interface PlanEditing {
  /** The controls of the risk list. */
  actions: StructureActions;
  /** Opens the plan's own editor. */
  editPlan: () => void;
  /** Asks to delete the plan. */
  deletePlan: () => void;
  /** Opens the editor of a new område. */
  addOmrade: () => void;
  /** Drafts kept from before a reload. */
  pending: PendingDraft[];
  /** Opens a kept draft's editor, or forgets it. */
  resume: (draft: PendingDraft) => void;
  forget: (draft: PendingDraft) => void;
  /** The open editor or dialog. */
  element: React.ReactElement | null;
}

/** The editing state of a plan view. */
export function usePlanEditing(options: {
  service: IInternkontrollService;
  /** What the user may do, per kind of item (from SharePoint's permissions). */
  rights: EditingRights;
  view: PlanView | undefined;
  strings: IUiStrings;
  today: string;
  reload: () => Promise<PlanView | undefined>;
  announce: (text: string) => void;
  onPlanDeleted: () => void;
}): PlanEditing {
  const { service, view, strings, today, reload, announce } = options;
  const [editing, setEditing] = React.useState<EditTarget | undefined>(undefined);
  const [deleting, setDeleting] = React.useState<DeleteTarget | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [pendingTick, setPendingTick] = React.useState(0);

  const pending = React.useMemo((): PendingDraft[] => {
    if (!view) {
      return [];
    }
    return draftsOfPlan(view.plan.id)
      .map((kept): PendingDraft | undefined => {
        const kind = kept.kind as StructureKind;
        const isNew = kept.itemKey.indexOf('ny:') === 0;
        const item = isNew ? undefined : findItem(view, kind, kept.itemKey);
        if (!isNew && !item) {
          return undefined;
        }
        const name = item ? itemName(kind, item, strings) || strings.editPlanHeading : formatText(strings.newItemDraft, { kind: strings[`kind_${kind}` as keyof IUiStrings] as string });
        return { storageKey: kept.storageKey, target: { kind, item, parentKey: isNew ? kept.itemKey.slice(3) || undefined : undefined, newKey: kept.value.key }, name };
      })
      .filter((d): d is PendingDraft => d !== undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, strings, pendingTick, editing]);

  const move = async (kind: StructureItemKind, item: StructureItem, siblings: StructureItem[], direction: -1 | 1): Promise<void> => {
    if (!view) {
      return;
    }
    const planId = view.plan.id;
    const buttonName = formatText(direction < 0 ? strings.moveUpItem : strings.moveDownItem, { name: itemName(kind, item, strings) });
    setBusy(true);
    let outcome = '';
    try {
      for (const write of moveWrites(siblings, item.key, direction)) {
        // A move is no change of the item: the reason of an earlier change is not repeated.
        const moved = { ...write.item, ordning: write.ordning } as Record<string, unknown>;
        delete moved.andringsorsak;
        if (kind === 'omrade') {
          await service.saveOmrade(planId, moved as unknown as Stored<Omrade>);
        } else if (kind === 'risk') {
          await service.saveRisk(planId, moved as unknown as Stored<Risk>);
        } else if (kind === 'kontrollmoment') {
          await service.saveKontrollmoment(planId, moved as unknown as Stored<Kontrollmoment>);
        } else {
          await service.saveAtgard(planId, moved as unknown as Stored<Atgard>);
        }
      }
      outcome = formatText(direction < 0 ? strings.movedUp : strings.movedDown, { name: itemName(kind, item, strings) });
    } catch (error) {
      const message = (error as { message?: string; messageEn?: string }) || {};
      outcome = (strings.language === 'en' ? message.messageEn : message.message) || strings.unexpectedError;
    } finally {
      // The new order is shown before it is announced.
      await reload();
      setBusy(false);
      announce(outcome);
      // The moved item's button keeps the focus where the item went.
      window.setTimeout(() => {
        const button = document.querySelector<HTMLElement>(`button[aria-label="${buttonName.replace(/"/g, '\\"')}"]:not([disabled])`);
        const fallback = document.querySelector<HTMLElement>(`button[aria-label="${formatText(strings.editItem, { name: itemName(kind, item, strings) }).replace(/"/g, '\\"')}"]`);
        (button || fallback || document.body).focus();
      }, 0);
    }
  };

  const actions: StructureActions = {
    busy,
    rights: options.rights,
    onEdit: (kind, item) => setEditing({ kind, item: item as StoredItem, newKey: newKey() }),
    onAdd: (kind, parentKey) => setEditing({ kind, parentKey, newKey: newKey() }),
    onMove: (kind, item, siblings, direction) => void move(kind, item, siblings, direction),
    onDelete: (target) => setDeleting(target)
  };

  const confirmDelete = async (target: DeleteTarget): Promise<void> => {
    if (!view) {
      return;
    }
    const planId = view.plan.id;
    switch (target.kind) {
      case 'plan':
        await service.deletePlan(view.plan);
        options.onPlanDeleted();
        return;
      case 'omrade':
        await service.deleteOmrade(planId, target.item);
        break;
      case 'risk':
        await service.deleteRisk(planId, target.item);
        break;
      case 'kontrollmoment':
        await service.deleteKontrollmoment(planId, target.item);
        break;
      case 'atgard':
        await service.deleteAtgard(planId, target.item);
        break;
      case 'followUp':
        await service.deleteFollowUp(planId, target.item);
        break;
    }
    await reload();
    announce(strings.deleted);
  };

  let element: React.ReactElement | null = null;
  if (editing) {
    element = (
      <LazyStructureEditor
        service={service}
        view={view}
        target={editing}
        today={today}
        onReload={reload}
        onDismiss={() => {
          setEditing(undefined);
          setPendingTick((n) => n + 1);
        }}
        onSaved={(kind) => {
          setEditing(undefined);
          void reload().then(() => announce(strings[`saved_${kind}` as keyof IUiStrings] as string));
        }}
      />
    );
  } else if (deleting && view) {
    element = (
      <LazyDeleteConfirmDialog
        view={view}
        target={deleting}
        permissions={options.rights.permissions}
        onConfirm={() => confirmDelete(deleting)}
        onDismiss={() => setDeleting(undefined)}
      />
    );
  }

  return {
    actions,
    editPlan: () => view && setEditing({ kind: 'plan', item: view.plan, newKey: newKey() }),
    deletePlan: () => setDeleting({ kind: 'plan' }),
    addOmrade: () => setEditing({ kind: 'omrade', newKey: newKey() }),
    pending,
    resume: (draft) => setEditing(draft.target),
    forget: (draft) => {
      discardDraft(draft.storageKey);
      setPendingTick((n) => n + 1);
    },
    element
  };
}
