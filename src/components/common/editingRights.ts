/**
 * What the plan's editing offers a user, read from SharePoint's effective permissions on each
 * list (`currentUser().permissions`): a control is shown only when SharePoint would accept
 * what it writes. SharePoint enforces the same rules, so a hidden button is never the only guard.
 */
import type { CurrentUser, ListPermissions, ProductListKey } from '../../data/InternkontrollService';

/** Add, edit and delete on the list of one kind of item. */
export interface ItemRights {
  /** May create items (a new område, risk, …). */
  add: boolean;
  /** May change items, which includes moving them (a move writes the item's Ordning). */
  edit: boolean;
  /** May delete items. */
  delete: boolean;
}

/** The plan's editing rights per kind of item. */
export interface EditingRights {
  plan: ItemRights;
  omrade: ItemRights;
  risk: ItemRights;
  kontrollmoment: ItemRights;
  atgard: ItemRights;
  /** Deleting a follow-up takes its avvikelser along: delete on both lists. */
  followUp: ItemRights;
  /** The user's permissions per list, for what a cascading delete takes along. */
  permissions: Record<ProductListKey, ListPermissions>;
}

const rightsOf = (permissions: ListPermissions | undefined): ItemRights => ({
  add: permissions !== undefined && permissions.add,
  edit: permissions !== undefined && permissions.edit,
  delete: permissions !== undefined && permissions.delete
});

/** The editing rights of a user. */
export function editingRights(user: CurrentUser): EditingRights {
  const p = user.permissions;
  const followUps = rightsOf(p.uppfoljningar);
  const avvikelser = rightsOf(p.avvikelser);
  return {
    plan: rightsOf(p.planer),
    omrade: rightsOf(p.omraden),
    risk: rightsOf(p.risker),
    kontrollmoment: rightsOf(p.kontrollmoment),
    atgard: rightsOf(p.atgarder),
    followUp: { add: followUps.add, edit: followUps.edit, delete: followUps.delete && avvikelser.delete },
    permissions: p
  };
}

/** True when the user may do anything to the plan's structure (the risk list then shows its edit controls). */
export function editsStructure(rights: EditingRights): boolean {
  return [rights.omrade, rights.risk, rights.kontrollmoment, rights.atgard, rights.followUp].some((r) => r.add || r.edit || r.delete);
}
