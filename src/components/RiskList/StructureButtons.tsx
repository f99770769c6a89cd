/**
 * The edit controls of one område, risk, kontrollmoment or åtgärd: edit, move up, move down
 * and delete, each a button whose name says what it acts on ("Flytta upp risk 3"), so moving
 * works by keyboard and screen reader, not by dragging.
 */
import * as React from 'react';
import { IconButton } from '../common/LightButtons';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { Stored } from '../../data/InternkontrollService';
import type { Atgard, FollowUp, Kontrollmoment, Omrade, Risk } from '../../model';
import type { DeleteTarget } from '../DeleteConfirm/deleteImpact';
import type { EditingRights } from '../common/editingRights';
import { formatText, useStrings } from '../i18n';

/** The kinds of item in the plan's structure. */
export type StructureItemKind = 'omrade' | 'risk' | 'kontrollmoment' | 'atgard';

/** A stored item of the plan's structure. */
export type StructureItem = Stored<Omrade> | Stored<Risk> | Stored<Kontrollmoment> | Stored<Atgard>;

/** What the plan view does when a structure control is used. */
export interface StructureActions {
  /** Opens the editor of an item. */
  onEdit: (kind: StructureItemKind, item: StructureItem) => void;
  /** Opens the editor of a new item: a risk under an område (key or undefined), a kontrollmoment or åtgärd under a risk. */
  onAdd: (kind: StructureItemKind, parentKey?: string) => void;
  /** Moves an item one place among its siblings (in their shown order). */
  onMove: (kind: StructureItemKind, item: StructureItem, siblings: StructureItem[], direction: -1 | 1) => void;
  /** Asks to delete an item (or a follow-up) with everything that goes with it. */
  onDelete: (target: DeleteTarget) => void;
  /** True while a move is written: the move buttons wait. */
  busy?: boolean;
  /** What the user may do per kind of item: only those controls are shown. */
  rights: EditingRights;
}

const classes = mergeStyleSets({
  group: { display: 'inline-flex', gap: 0, alignItems: 'center', flexWrap: 'wrap' }
});

/** Edit, move up/down and delete for one item; `name` is how the item is called ("risk 3"). */
export function StructureButtons(props: {
  actions: StructureActions;
  kind: StructureItemKind;
  item: StructureItem;
  siblings: StructureItem[];
  name: string;
}): React.ReactElement {
  const strings = useStrings();
  const { actions, kind, item, siblings, name } = props;
  const index = siblings.map((s) => s.key).indexOf(item.key);
  const labelled = (template: string): { ariaLabel: string; title: string } => {
    const text = formatText(template, { name });
    return { ariaLabel: text, title: text };
  };
  const deleteTarget = { kind, item } as DeleteTarget;
  const rights = actions.rights[kind];
  if (!rights.edit && !rights.delete) {
    return <></>;
  }
  return (
    <span className={classes.group} role="group" aria-label={formatText(strings.structureButtonsFor, { name })}>
      {rights.edit && (
        <>
          <IconButton iconProps={{ iconName: 'Edit' }} {...labelled(strings.editItem)} onClick={() => actions.onEdit(kind, item)} />
          <IconButton
            iconProps={{ iconName: 'Up' }}
            {...labelled(strings.moveUpItem)}
            disabled={index <= 0 || actions.busy}
            onClick={() => actions.onMove(kind, item, siblings, -1)}
          />
          <IconButton
            iconProps={{ iconName: 'Down' }}
            {...labelled(strings.moveDownItem)}
            disabled={index < 0 || index >= siblings.length - 1 || actions.busy}
            onClick={() => actions.onMove(kind, item, siblings, 1)}
          />
        </>
      )}
      {rights.delete && <IconButton iconProps={{ iconName: 'Delete' }} {...labelled(strings.deleteItem)} onClick={() => actions.onDelete(deleteTarget)} />}
    </span>
  );
}

/** The delete button of a follow-up (nothing for a user who may not delete follow-ups and avvikelser). */
export function DeleteFollowUpButton(props: { actions: StructureActions; followUp: Stored<FollowUp>; name: string }): React.ReactElement {
  const strings = useStrings();
  if (!props.actions.rights.followUp.delete) {
    return <></>;
  }
  const text = formatText(strings.deleteFollowUp, { name: props.name });
  return <IconButton iconProps={{ iconName: 'Delete' }} ariaLabel={text} title={text} onClick={() => props.actions.onDelete({ kind: 'followUp', item: props.followUp })} />;
}
