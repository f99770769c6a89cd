/**
 * The owner's first-run step: creating the product's lists and columns and setting up its
 * roles (groups, the level "Lägga till och visa", each list's permissions), with progress
 * worded for the UI. Refused unless the user may manage lists and permissions.
 */
import type { SPFI } from '@pnp/sp';
import { PermissionError } from '../errors';
import { toDataError } from '../httpErrors';
import type { EnsureListsProgress } from '../InternkontrollService';
import { readCurrentUser } from './currentUser';

/** Creates the lists and columns of the schema (and whatever else first setup needs). */
export type EnsureSchema = (sp: SPFI, onProgress?: (progress: EnsureListsProgress) => void) => Promise<void>;

/**
 * The schema's ensureSchema with its progress worded for the UI (lists and columns only). The
 * schema's definitions and provisioning are loaded on demand (a chunk of their own): only a site
 * owner's first use needs them; the same holds for the roles' setup below.
 */
export const ensureSchemaWithProgress: EnsureSchema = async (sp, onProgress) => {
  const { ensureSchema } = await import(/* webpackChunkName: 'ik-listor' */ '../schema/ensure');
  await ensureSchema(sp, (progress) => {
    if (!onProgress) {
      return;
    }
    const done = progress.currentList === undefined;
    const name = progress.currentListDisplayName ?? progress.currentList ?? '';
    onProgress({
      done: progress.completed,
      total: progress.total,
      message: done ? 'Listorna är klara.' : `Kontrollerar listan ${name} (${progress.completed + 1} av ${progress.total})`,
      messageEn: done ? 'The lists are ready.' : `Checking the list ${name} (${progress.completed + 1} of ${progress.total})`
    });
  });
};

/**
 * First setup: the lists and columns, then the roles, as one progress from 0 to the steps of
 * both. SharePoint enforces the roles from then on, whatever client writes.
 */
export const ensureListsAndRolesWithProgress: EnsureSchema = async (sp, onProgress) => {
  const { ensureSchema } = await import(/* webpackChunkName: 'ik-listor' */ '../schema/ensure');
  const { ensureRoles } = await import(/* webpackChunkName: 'ik-listor' */ '../security/ensureRoles');
  const { LIST_ROLES } = await import(/* webpackChunkName: 'ik-listor' */ '../security/roles');
  // Steps of `ensureRoles` with the product's table: the level, the groups, one per list.
  const roleSetupSteps = 2 + Object.keys(LIST_ROLES).length;
  // The steps of both runs: one per list, then the level, the groups and one per list.
  let schemaSteps = 0;
  await ensureSchema(sp, (progress) => {
    schemaSteps = progress.total;
    if (progress.currentList !== undefined && onProgress) {
      const name = progress.currentListDisplayName ?? progress.currentList;
      onProgress({
        done: progress.completed,
        total: progress.total + roleSetupSteps,
        message: `Kontrollerar listan ${name} (${progress.completed + 1} av ${progress.total})`,
        messageEn: `Checking the list ${name} (${progress.completed + 1} of ${progress.total})`
      });
    }
  });
  await ensureRoles(sp, (progress) => {
    if (!onProgress) {
      return;
    }
    const done = progress.completed === progress.total;
    onProgress({
      done: schemaSteps + progress.completed,
      total: schemaSteps + progress.total,
      message: done ? 'Listorna och behörigheterna är klara.' : progress.message,
      messageEn: done ? 'The lists and their permissions are ready.' : progress.messageEn
    });
  });
};

/** Creates missing lists and columns and sets up the roles; refused unless the user may manage lists and permissions. */
export async function ensureLists(sp: SPFI, provision: EnsureSchema, onProgress?: (progress: EnsureListsProgress) => void): Promise<void> {
  const user = await readCurrentUser(sp);
  if (!user.canManage) {
    throw new PermissionError('skapa listorna för intern kontroll och ställa in deras behörigheter', 'create the internal control lists and set up their permissions');
  }
  try {
    await provision(sp, onProgress);
  } catch (error) {
    const { RoleSetupError } = await import(/* webpackChunkName: 'ik-listor' */ '../security/ensureRoles');
    if (error instanceof RoleSetupError) {
      throw toDataError(error.reason, { entity: 'settings', action: 'manage', itemName: 'behörigheterna' });
    }
    throw toDataError(error, { entity: 'settings', action: 'manage', itemName: 'listorna' });
  }
}
