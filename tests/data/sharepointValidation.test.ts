/**
 * Rules SharePoint enforces itself, from the one schema: the date order of kontrollmoment and
 * åtgärder is a list validation formula, so a REST write that skips the product's UI and
 * validation is refused by SharePoint with the same Swedish text, and nothing is stored. The
 * data layer reads that refusal as a validation failure, not as an ambiguous 500.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { SPFI } from '@pnp/sp';
import { ValidationFailedError } from '../../src/data/errors';
import { isAmbiguousFailure, toDataError } from '../../src/data/httpErrors';
import { ensureSchema } from '../../src/data/schema/ensure';
import { DATE_ORDER_VALIDATION, LIST_TITLES } from '../../src/data/schema/lists';
import { createTarget, userTest, type TestTarget } from '../support/target';

let target: TestTarget;
let owner: SPFI;
const created: Array<{ list: string; id: number }> = [];

beforeEach(async () => {
  target = createTarget();
  owner = target.sp('samordnare');
  await ensureSchema(owner);
});

afterEach(async () => {
  for (const { list, id } of created.splice(0)) {
    await owner.web.lists.getByTitle(list).items.getById(id).delete();
  }
  target.close();
});

describe('the date order, enforced by SharePoint', () => {
  userTest('samordnare')('the lists carry the schema’s formula and message', async () => {
    for (const title of [LIST_TITLES.kontrollmoment, LIST_TITLES.atgarder]) {
      const list = await owner.web.lists.getByTitle(title).select('ValidationFormula', 'ValidationMessage')<{ ValidationFormula: string; ValidationMessage: string }>();
      expect(list).toMatchObject({ ValidationFormula: DATE_ORDER_VALIDATION.formula, ValidationMessage: DATE_ORDER_VALIDATION.message });
    }
  });

  for (const title of [LIST_TITLES.kontrollmoment, LIST_TITLES.atgarder]) {
    userTest('samordnare')(`${title}: a REST write with slutdatum before startdatum is refused with the Swedish message; a valid one passes`, async () => {
      const items = owner.web.lists.getByTitle(title).items;
      const error = await items.add({ Title: 'Direkt via REST', Startdatum: '2025-06-01T00:00:00Z', Slutdatum: '2025-01-31T00:00:00Z' }).then(
        () => undefined,
        (e: unknown) => e
      );
      expect(error).toMatchObject({ status: 500 });
      expect((error as Error).message).toContain('Slutdatum får inte vara före startdatum. / The end date must not be before the start date.');
      expect((await items.filter("Title eq 'Direkt via REST'").select('Id')()).length).toBe(0);

      // What the data layer makes of it: a validation failure in Swedish, never retried.
      expect(isAmbiguousFailure(error)).toBe(false);
      const typed = toDataError(error, { entity: 'kontrollmoment', action: 'create' });
      expect(typed).toBeInstanceOf(ValidationFailedError);
      expect(typed.message).toBe('Kan inte spara: Slutdatum får inte vara före startdatum.');
      expect(typed.messageEn).toBe('Cannot save: The end date must not be before the start date.');

      const ok = await items.add({ Title: 'Rätt ordning via REST', Startdatum: '2025-01-31T00:00:00Z', Slutdatum: '2025-06-01T00:00:00Z' });
      created.push({ list: title, id: ok.Id as number });
      const onlyStart = await items.add({ Title: 'Bara start via REST', Startdatum: '2025-01-31T00:00:00Z' });
      created.push({ list: title, id: onlyStart.Id as number });
      // An update that breaks the order is refused as well.
      const update = await items.getById(ok.Id as number).update({ Slutdatum: '2024-12-31T00:00:00Z' }).then(
        () => undefined,
        (e: unknown) => e
      );
      expect((update as Error).message).toContain('Slutdatum får inte vara före startdatum.');
    });
  }
});
