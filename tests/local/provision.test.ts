/**
 * The product's own schema provisioning (src/data/schema ensureSchema) runs unchanged
 * against the local SharePoint, and a second run changes nothing.
 */
import { LIST_DEFINITIONS } from '../../src/data/schema/lists';
import { provisionLocalSharePoint } from '../../local/provision';
import { createTestSite, type TestSite } from './support';

describe('local SharePoint: provisioning with ensureSchema', () => {
  let site: TestSite;

  beforeEach(() => {
    site = createTestSite();
  });

  afterEach(() => {
    site.core.close();
  });

  it('creates every list and column of the schema, and a second run changes nothing', async () => {
    const first = await provisionLocalSharePoint(site.core);
    expect(first.listsCreated).toEqual(LIST_DEFINITIONS.map((l) => l.title));
    for (const definition of LIST_DEFINITIONS) {
      const list = site.core.store.lists.byTitle(definition.title)!;
      expect(list).toBeDefined();
      for (const field of definition.fields) {
        const stored = list.fieldsByName.get(field.internalName.toLowerCase());
        expect(stored?.kind).toBe(field.type === 'User' && field.multi === true ? 'UserMulti' : field.type);
        expect(stored?.indexed).toBe(field.indexed === true || field.enforceUnique === true);
      }
      expect(list.fields.find((f) => f.internalName === 'Title')?.title).toBe(definition.titleField.displayName);
      expect(Number(list.props.WriteSecurity)).toBe(definition.writeSecurity ?? 1);
    }
    const second = await provisionLocalSharePoint(site.core);
    expect(second.changed).toBe(false);
  });

  it('gives every query column of the schema an index, so app queries pass the threshold rule', async () => {
    await provisionLocalSharePoint(site.core);
    for (const definition of LIST_DEFINITIONS) {
      const list = site.core.store.lists.byTitle(definition.title)!;
      for (const name of [...definition.queryColumns.filter, ...definition.queryColumns.orderBy]) {
        const field = list.fieldsByName.get(name.toLowerCase());
        expect({ list: definition.title, name, indexed: field?.indexed === true || field?.column === 'ID' }).toEqual({
          list: definition.title,
          name,
          indexed: true
        });
      }
    }
  });
});
