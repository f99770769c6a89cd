/**
 * Rules SharePoint enforces itself, from the one schema: the date order of kontrollmoment and
 * åtgärder (slutdatum not before startdatum, avstämningsdatum between them) is a list validation formula, so a REST write that skips the product's UI and
 * validation is refused by SharePoint with the same Swedish text, and nothing is stored. The
 * data layer reads that refusal as a validation failure, not as an ambiguous 500.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { SPFI } from '@pnp/sp';
import { ValidationFailedError } from '../../src/data/errors';
import { isAmbiguousFailure, toDataError } from '../../src/data/httpErrors';
import { avstamningBounds } from '../../src/data/fields';
import { ensureSchema } from '../../src/data/schema/ensure';
import { DATE_ORDER_VALIDATION, LIST_TITLES } from '../../src/data/schema/lists';
import { createTarget, userTest, type TestTarget } from '../support/target';

const MESSAGE_SV = 'Datumen är i fel ordning: slutdatum får inte vara före startdatum, och avstämningsdatum ska ligga mellan start- och slutdatum.';
const MESSAGE_EN = 'The dates are out of order: the end date must not be before the start date, and check-in dates must lie between the start and end dates.';
const FULL_MESSAGE = `${MESSAGE_SV} / ${MESSAGE_EN}`;

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
      expect((error as Error).message).toContain(FULL_MESSAGE);
      expect((await items.filter("Title eq 'Direkt via REST'").select('Id')()).length).toBe(0);

      // What the data layer makes of it: a validation failure in Swedish, never retried.
      expect(isAmbiguousFailure(error)).toBe(false);
      const typed = toDataError(error, { entity: 'kontrollmoment', action: 'create' });
      expect(typed).toBeInstanceOf(ValidationFailedError);
      expect(typed.message).toBe(`Kan inte spara: ${MESSAGE_SV}`);
      expect(typed.messageEn).toBe(`Cannot save: ${MESSAGE_EN}`);

      const ok = await items.add({ Title: 'Rätt ordning via REST', Startdatum: '2025-01-31T00:00:00Z', Slutdatum: '2025-06-01T00:00:00Z' });
      created.push({ list: title, id: ok.Id as number });
      const onlyStart = await items.add({ Title: 'Bara start via REST', Startdatum: '2025-01-31T00:00:00Z' });
      created.push({ list: title, id: onlyStart.Id as number });
      // An update that breaks the order is refused as well.
      const update = await items.getById(ok.Id as number).update({ Slutdatum: '2024-12-31T00:00:00Z' }).then(
        () => undefined,
        (e: unknown) => e
      );
      expect((update as Error).message).toContain(MESSAGE_SV);
    });
  }

  for (const title of [LIST_TITLES.kontrollmoment, LIST_TITLES.atgarder]) {
    userTest('samordnare')(`${title}: an avstämningsdatum before startdatum or after slutdatum is refused by SharePoint; one between passes`, async () => {
      const items = owner.web.lists.getByTitle(title).items;
      const dates = { Startdatum: '2025-02-01T00:00:00Z', Slutdatum: '2025-11-30T00:00:00Z' };
      const early = await items
        .add({ Title: 'Tidig avstämning via REST', ...dates, Avstamningsdatum: '2025-01-15', ForstaAvstamning: '2025-01-15T00:00:00Z', SistaAvstamning: '2025-01-15T00:00:00Z' })
        .then(() => undefined, (e: unknown) => e);
      expect((early as Error).message).toContain(FULL_MESSAGE);
      const late = await items
        .add({ Title: 'Sen avstämning via REST', ...dates, Avstamningsdatum: '2025-05-01, 2025-12-15', ForstaAvstamning: '2025-05-01T00:00:00Z', SistaAvstamning: '2025-12-15T00:00:00Z' })
        .then(() => undefined, (e: unknown) => e);
      expect((late as Error).message).toContain(FULL_MESSAGE);
      expect((await items.filter("startswith(Title,'Tidig avstämning') or startswith(Title,'Sen avstämning')").select('Id')()).length).toBe(0);

      const between = await items.add({ Title: 'Avstämning mellan via REST', ...dates, Avstamningsdatum: '2025-05-01, 2025-09-01', ForstaAvstamning: '2025-05-01T00:00:00Z', SistaAvstamning: '2025-09-01T00:00:00Z' });
      created.push({ list: title, id: between.Id as number });
      // Moving slutdatum before the last avstämning is refused too.
      const moved = await items.getById(between.Id as number).update({ Slutdatum: '2025-08-01T00:00:00Z' }).then(() => undefined, (e: unknown) => e);
      expect((moved as Error).message).toContain(MESSAGE_SV);
    });
  }
});

describe('the data layer writes the avstämningsdatum bounds that SharePoint checks', () => {
  test('the first and the last of several dates, in date order whatever the typed order; none gives blanks', () => {
    expect(avstamningBounds(['2025-09-01', '2025-05-01', '2025-06-15'])).toEqual({ ForstaAvstamning: '2025-05-01T00:00:00Z', SistaAvstamning: '2025-09-01T00:00:00Z' });
    expect(avstamningBounds(['2025-05-01'])).toEqual({ ForstaAvstamning: '2025-05-01T00:00:00Z', SistaAvstamning: '2025-05-01T00:00:00Z' });
    const none = avstamningBounds(undefined);
    expect(none.ForstaAvstamning).toBe(none.SistaAvstamning);
    expect(none.ForstaAvstamning === null || none.ForstaAvstamning === '').toBe(true);
  });
});
