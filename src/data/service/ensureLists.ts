/** Creating the product's lists and columns, for users who may manage lists, with progress worded for the UI. */
import type { SPFI } from '@pnp/sp';
import { PermissionError } from '../errors';
import { toDataError } from '../httpErrors';
import type { EnsureListsProgress } from '../InternkontrollService';
import { ensureSchema } from '../schema/ensure';
import { readCurrentUser } from './currentUser';

/** Creates the lists and columns of the schema; the schema module provides it. */
export type EnsureSchema = (sp: SPFI, onProgress?: (progress: EnsureListsProgress) => void) => Promise<void>;

/** The schema's ensureSchema with its progress worded for the UI. */
export const ensureSchemaWithProgress: EnsureSchema = async (sp, onProgress) => {
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

/** Creates missing lists and columns; refused unless the user may manage lists. */
export async function ensureLists(sp: SPFI, provision: EnsureSchema, onProgress?: (progress: EnsureListsProgress) => void): Promise<void> {
  const user = await readCurrentUser(sp);
  if (!user.canManage) {
    throw new PermissionError('skapa listorna för intern kontroll', 'create the internal control lists');
  }
  try {
    await provision(sp, onProgress);
  } catch (error) {
    throw toDataError(error, { entity: 'settings', action: 'manage', itemName: 'listorna' });
  }
}
