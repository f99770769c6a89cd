/**
 * @jest-environment jsdom
 */
// jsdom's DOMParser is a strict XML parser: it is what checks the generated XML here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_LIMITS, SHAREPOINT_TEXT_MAX, type FieldLimit } from '../../src/model/limits';
import { FOLLOW_UP_STATUSES, PLAN_STATUSES, RESULTAT_VALUES } from '../../src/model/choices';
import {
  FIELD_LIMIT_COLUMNS,
  LIST_DEFINITIONS,
  LIST_TITLES,
  OBJEKTTYP_VALUES,
  getListDefinition,
  type FieldLimitColumn
} from '../../src/data/schema/lists';
import type { FieldDefinition, ListDefinition } from '../../src/data/schema/types';
import {
  ELEMENTS_FILE_NAME,
  SHAREPOINT_XML_NAMESPACE,
  TITLE_FIELD_ID,
  elementsXml,
  escapeXml,
  featureFieldXml,
  generateAssets,
  runtimeFieldXml,
  schemaFileName
} from '../../src/data/schema/xml';
import { elementFileNames, replaceElementFiles } from '../../scripts/generate-assets';

const root = join(__dirname, '..', '..');
const assetsDir = join(root, 'sharepoint', 'assets');
const packageSolutionText = readFileSync(join(root, 'config', 'package-solution.json'), 'utf8');
const STALE_HINT = 'Kör "npm run generate:assets" och checka in filerna. / Run "npm run generate:assets" and commit the files.';

/** Parses XML strictly; fails the test with the parser's message when it does not parse. */
function parseXml(text: string, what: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error !== undefined) {
    throw new Error(`${what} är inte giltig XML: ${error.textContent ?? ''}`);
  }
  return document;
}

/** Direct and indirect child elements with the given local name, in document order. */
function all(parent: Document | Element, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(SHAREPOINT_XML_NAMESPACE, localName));
}

/** Direct child elements with the given local name. */
function children(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((child) => child.localName === localName);
}

function fieldsOf(list: ListDefinition): Map<string, FieldDefinition> {
  return new Map(list.fields.map((field) => [field.internalName, field]));
}

function committed(fileName: string): string {
  return readFileSync(join(assetsDir, fileName), 'utf8');
}

function schemaDocument(list: ListDefinition): Document {
  return parseXml(committed(schemaFileName(list)), schemaFileName(list));
}

/** The `<Field>` of a column in a list's committed schema. */
function schemaField(list: ListDefinition, internalName: string): Element {
  const field = all(schemaDocument(list), 'Field').find((element) => element.getAttribute('Name') === internalName);
  if (field === undefined) {
    throw new Error(`${list.title} saknar kolumnen ${internalName} i ${schemaFileName(list)}`);
  }
  return field;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('generated feature XML in sharepoint/assets', () => {
  const assets = generateAssets();

  it.each(assets.map((asset) => [asset.fileName, asset.content]))('%s is up to date', (fileName, content) => {
    let onDisk: string;
    try {
      onDisk = committed(fileName);
    } catch {
      throw new Error(`sharepoint/assets/${fileName} saknas. ${STALE_HINT}`);
    }
    if (onDisk !== content) {
      throw new Error(`sharepoint/assets/${fileName} är inaktuell. ${STALE_HINT}`);
    }
  });

  it('holds no schema file the schema no longer generates', () => {
    const generated = new Set(assets.map((asset) => asset.fileName));
    const stray = readdirSync(assetsDir).filter((name) => name.endsWith('.xml') && !generated.has(name));
    expect(stray).toEqual([]);
  });

  it('is listed in the feature of package-solution.json', () => {
    const packageSolution = JSON.parse(packageSolutionText);
    const [feature] = packageSolution.solution.features;
    expect(feature.assets.elementManifests).toEqual([ELEMENTS_FILE_NAME]);
    if (JSON.stringify(feature.assets.elementFiles) !== JSON.stringify(elementFileNames(assets))) {
      throw new Error(`elementFiles i config/package-solution.json är inaktuell. ${STALE_HINT}`);
    }
  });

  it('changes when a definition changes, so a stale file is noticed', () => {
    const renamed = LIST_DEFINITIONS.map((list) =>
      list.title === LIST_TITLES.risker ? { ...list, titleField: { ...list.titleField, displayName: 'Riskrubrik' } } : list
    );
    const changed = generateAssets(renamed);
    expect(changed.find((asset) => asset.fileName === 'schema-IKRisker.xml')?.content).not.toBe(
      assets.find((asset) => asset.fileName === 'schema-IKRisker.xml')?.content
    );
    expect(changed.find((asset) => asset.fileName === ELEMENTS_FILE_NAME)?.content).not.toBe(assets[0].content);
  });
});

describe('elements.xml', () => {
  const document = parseXml(committed(ELEMENTS_FILE_NAME), ELEMENTS_FILE_NAME);
  const rootElement = document.documentElement;
  const siteColumns = children(rootElement, 'Field');
  const contentTypes = children(rootElement, 'ContentType');
  const listInstances = children(rootElement, 'ListInstance');

  it('is an Elements manifest in the SharePoint namespace', () => {
    expect(rootElement.localName).toBe('Elements');
    expect(rootElement.namespaceURI).toBe(SHAREPOINT_XML_NAMESPACE);
  });

  it('defines each site column once, with a braced GUID and its internal name as static name', () => {
    const names = siteColumns.map((field) => field.getAttribute('Name'));
    const ids = siteColumns.map((field) => field.getAttribute('ID'));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const field of siteColumns) {
      expect(field.getAttribute('ID')).toMatch(/^\{[0-9a-f-]{36}\}$/);
      expect(field.getAttribute('StaticName')).toBe(field.getAttribute('Name'));
    }
    const definedNames = new Set(LIST_DEFINITIONS.flatMap((list) => list.fields.map((field) => field.internalName)));
    expect(new Set(names)).toEqual(definedNames);
  });

  it('names lookup targets by the URL of a list instance declared in the same manifest', () => {
    const urls = listInstances.map((instance) => instance.getAttribute('Url'));
    const lookups = siteColumns.filter((field) => field.getAttribute('Type') === 'Lookup');
    expect(lookups.length).toBeGreaterThan(0);
    for (const lookup of lookups) {
      expect(urls).toContain(lookup.getAttribute('List'));
      expect(lookup.getAttribute('ShowField')).toBe('Title');
    }
  });

  it('has one content type per list whose FieldRefs are Title and the list columns', () => {
    expect(contentTypes.map((ct) => ct.getAttribute('ID'))).toEqual(LIST_DEFINITIONS.map((list) => list.contentType.id));
    const columnIds = new Set(siteColumns.map((field) => field.getAttribute('ID')));
    LIST_DEFINITIONS.forEach((list, index) => {
      const refs = all(contentTypes[index], 'FieldRef');
      expect(refs[0].getAttribute('ID')).toBe(`{${TITLE_FIELD_ID}}`);
      expect(refs[0].getAttribute('DisplayName')).toBe(list.titleField.displayName);
      expect(refs.slice(1).map((ref) => ref.getAttribute('Name'))).toEqual(list.fields.map((field) => field.internalName));
      for (const ref of refs.slice(1)) {
        expect(columnIds).toContain(ref.getAttribute('ID'));
      }
    });
  });

  it('declares the lists in dependency order with a custom schema each', () => {
    expect(listInstances.map((instance) => instance.getAttribute('Title'))).toEqual(LIST_DEFINITIONS.map((list) => list.title));
    for (const instance of listInstances) {
      const list = getListDefinition(instance.getAttribute('Title') ?? '') as ListDefinition;
      expect(instance.getAttribute('CustomSchema')).toBe(schemaFileName(list));
      expect(instance.getAttribute('TemplateType')).toBe('100');
      expect(instance.getAttribute('Url')).toBe(`Lists/${list.title}`);
      expect(instance.getAttribute('FeatureId')).toBe('00bfea71-de22-43b2-a848-c05709900100');
    }
  });

  it('escapes every text it writes', () => {
    const tricky = 'A & B <C> "D" \'E\'';
    const [first] = LIST_DEFINITIONS;
    const list: ListDefinition = {
      ...first,
      description: tricky,
      fields: [{ ...first.fields[0], displayName: tricky, description: tricky }]
    };
    const parsed = parseXml(elementsXml([list]), 'elements.xml med specialtecken');
    const field = all(parsed, 'Field')[0];
    expect(field.getAttribute('DisplayName')).toBe(tricky);
    expect(all(parsed, 'ListInstance')[0].getAttribute('Description')).toBe(tricky);
    expect(escapeXml(tricky)).toBe('A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;');
  });
});

describe.each(LIST_DEFINITIONS.map((list) => [list.title, list] as const))('schema-%s.xml', (_title, list) => {
  const document = schemaDocument(list);
  const listElement = document.documentElement;

  it('is a List schema in the SharePoint namespace for the list URL', () => {
    expect(listElement.localName).toBe('List');
    expect(listElement.namespaceURI).toBe(SHAREPOINT_XML_NAMESPACE);
    expect(listElement.getAttribute('Url')).toBe(list.url);
    expect(listElement.getAttribute('Title')).toBe(list.title);
    expect(listElement.getAttribute('WriteSecurity')).toBe(list.writeSecurity === undefined ? null : String(list.writeSecurity));
  });

  it('refers to the list content type and repeats every column, Title first', () => {
    expect(all(document, 'ContentTypeRef').map((ref) => ref.getAttribute('ID'))).toEqual([list.contentType.id]);
    const fieldsElement = all(document, 'Fields')[0];
    const fields = children(fieldsElement, 'Field');
    expect(fields.map((field) => field.getAttribute('Name'))).toEqual(['Title', ...list.fields.map((field) => field.internalName)]);
    expect(fields[0].getAttribute('DisplayName')).toBe(list.titleField.displayName);
    expect(fields[0].getAttribute('MaxLength')).toBe('255');
  });

  it('has one default view that orders by ID only, paged, with no filter', () => {
    const views = all(document, 'View');
    expect(views.filter((view) => view.getAttribute('DefaultView') === 'TRUE')).toHaveLength(1);
    const query = all(views[0], 'Query')[0];
    expect(all(query, 'Where')).toHaveLength(0);
    expect(all(query, 'FieldRef').map((ref) => ref.getAttribute('Name'))).toEqual(['ID']);
    expect(all(views[0], 'RowLimit')[0].getAttribute('Paged')).toBe('TRUE');
    const shown = all(all(views[0], 'ViewFields')[0], 'FieldRef').map((ref) => ref.getAttribute('Name'));
    expect(shown[0]).toBe('LinkTitle');
    expect(shown).not.toContain('IdempotencyKey');
  });

  it('has the display, edit and new forms', () => {
    expect(all(document, 'Form').map((form) => form.getAttribute('Type'))).toEqual(['DisplayForm', 'EditForm', 'NewForm']);
  });

  it('marks every column the app filters or sorts on as indexed', () => {
    const queried = new Set([...list.queryColumns.filter, ...list.queryColumns.orderBy]);
    queried.delete('ID');
    for (const column of queried) {
      expect([column, schemaField(list, column).getAttribute('Indexed')]).toEqual([column, 'TRUE']);
    }
  });

  it('gives its columns unique ASCII PascalCase internal names that clash with no built-in column', () => {
    const names = list.fields.map((field) => field.internalName);
    expect(new Set(names).size).toBe(names.length);
    const builtIn = ['Title', 'ID', 'Id', 'Created', 'Modified', 'Author', 'Editor', 'Attachments', 'ContentType', 'LinkTitle'];
    for (const name of names) {
      expect(name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(builtIn).not.toContain(name);
    }
  });
});

describe('list definitions', () => {
  it('are the fourteen lists of the naming contract (eight of the plan, report shapes, five of approval)', () => {
    expect(LIST_DEFINITIONS.map((list) => list.title)).toEqual([
      'IKPlaner',
      'IKOmraden',
      'IKRisker',
      'IKKontrollmoment',
      'IKAtgarder',
      'IKUppfoljningar',
      'IKAvvikelser',
      'IKInstallningar',
      'IKRapportformer',
      'IKGodkannare',
      'IKErsattare',
      'IKGodkannanden',
      'IKBeslut',
      'IKOgonblicksbilder'
    ]);
  });

  it('carry an indexed, required Plan lookup to IKPlaner in every list but IKPlaner, IKInstallningar, IKRapportformer and IKErsattare', () => {
    for (const list of LIST_DEFINITIONS) {
      const plan = fieldsOf(list).get('Plan');
      // A deputy stands in for an approver on every plan, so IKErsattare names no plan.
      if (list.title === LIST_TITLES.planer || list.title === LIST_TITLES.installningar || list.title === LIST_TITLES.rapportformer || list.title === LIST_TITLES.ersattare) {
        expect(plan).toBeUndefined();
        continue;
      }
      expect(plan).toMatchObject({ type: 'Lookup', targetList: 'IKPlaner', indexed: true, required: true });
      expect([list.title, schemaField(list, 'Plan').getAttribute('Indexed')]).toEqual([list.title, 'TRUE']);
      expect(list.queryColumns.filter).toContain('Plan');
    }
  });

  it('give every list an indexed IdempotencyKey that the app alone writes', () => {
    for (const list of LIST_DEFINITIONS) {
      expect([list.title, fieldsOf(list).get('IdempotencyKey')]).toEqual([
        list.title,
        expect.objectContaining({ type: 'Text', indexed: true, appManaged: true })
      ]);
    }
  });

  it('only query columns that exist (or ID)', () => {
    for (const list of LIST_DEFINITIONS) {
      const names = new Set(['ID', 'Title', ...list.fields.map((field) => field.internalName)]);
      for (const column of [...list.queryColumns.filter, ...list.queryColumns.orderBy]) {
        expect([list.title, column, names.has(column)]).toEqual([list.title, column, true]);
      }
      if (list.queryColumns.filter.includes('Title') || list.queryColumns.orderBy.includes('Title')) {
        expect(list.titleField.indexed).toBe(true);
      }
    }
  });

  it('point lookups only at lists that come earlier, so lists can be created in order', () => {
    LIST_DEFINITIONS.forEach((list, index) => {
      for (const field of list.fields) {
        if (field.type === 'Lookup') {
          const target = LIST_DEFINITIONS.findIndex((candidate) => candidate.title === field.targetList);
          expect([list.title, field.internalName, target >= 0 && target < index]).toEqual([list.title, field.internalName, true]);
        }
      }
    });
  });

  it('define a column shared by several lists identically everywhere (one site column per name)', () => {
    const byName = new Map<string, FieldDefinition>();
    for (const field of LIST_DEFINITIONS.flatMap((list) => list.fields)) {
      const earlier = byName.get(field.internalName);
      if (earlier !== undefined) {
        expect(field).toEqual(earlier);
      }
      byName.set(field.internalName, field);
    }
  });

  it('use unique GUIDs and content type ids derived from a GUID under Item', () => {
    const ids = [...LIST_DEFINITIONS.map((list) => list.id), ...new Set(LIST_DEFINITIONS.flatMap((list) => list.fields.map((f) => f.id)))];
    for (const id of ids) {
      expect(id).toMatch(GUID);
    }
    expect(new Set(ids).size).toBe(ids.length);
    const contentTypeIds = LIST_DEFINITIONS.map((list) => list.contentType.id);
    for (const id of contentTypeIds) {
      expect(id).toMatch(/^0x0100[0-9A-F]{32}$/);
    }
    expect(new Set(contentTypeIds).size).toBe(contentTypeIds.length);
    expect(new Set(LIST_DEFINITIONS.map((list) => list.contentType.name)).size).toBe(LIST_DEFINITIONS.length);
  });

  it('keep SharePoint column rules: Text ≤ 255, unique only when indexed, Note never indexed, app columns never required', () => {
    for (const field of LIST_DEFINITIONS.flatMap((list) => list.fields)) {
      if (field.type === 'Text') {
        expect(field.maxLength).toBeGreaterThan(0);
        expect(field.maxLength).toBeLessThanOrEqual(SHAREPOINT_TEXT_MAX);
      }
      if (field.enforceUnique === true) {
        expect(field.indexed).toBe(true);
      }
      if (field.type === 'Note') {
        expect([field.internalName, field.indexed === true]).toEqual([field.internalName, false]);
      }
      if (field.appManaged === true) {
        expect([field.internalName, field.required === true]).toEqual([field.internalName, false]);
      }
      if ((field.type === 'Choice' || field.type === 'MultiChoice') && field.default !== undefined) {
        expect(field.choices).toContain(field.default);
      }
    }
    for (const list of LIST_DEFINITIONS) {
      if (list.titleField.enforceUnique === true) {
        expect(list.titleField.indexed).toBe(true);
      }
    }
  });

  it('offer the model choice values', () => {
    const field = (list: string, name: string): FieldDefinition | undefined => fieldsOf(getListDefinition(list) as ListDefinition).get(name);
    expect(field('IKPlaner', 'PlanStatus')).toMatchObject({ choices: PLAN_STATUSES.map((o) => o.value) });
    expect(field('IKAtgarder', 'AtgardStatus')).toMatchObject({ choices: FOLLOW_UP_STATUSES.map((o) => o.value) });
    expect(field('IKUppfoljningar', 'UppfoljningStatus')).toMatchObject({ choices: FOLLOW_UP_STATUSES.map((o) => o.value) });
    expect(field('IKUppfoljningar', 'Resultat')).toMatchObject({ choices: RESULTAT_VALUES.map((o) => o.value) });
    expect(field('IKAvvikelser', 'AvvikelseStatus')).toMatchObject({ choices: FOLLOW_UP_STATUSES.map((o) => o.value) });
    expect(field('IKUppfoljningar', 'Objekttyp')).toMatchObject({ choices: Object.values(OBJEKTTYP_VALUES) });
    expect(field('IKKontrollmoment', 'Frekvens')).toMatchObject({ type: 'Choice', fillIn: true });
  });
});

describe('column lengths agree with the model FIELD_LIMITS', () => {
  const entries: Array<[string, FieldLimit, FieldLimitColumn]> = [];
  for (const [entity, fields] of Object.entries(FIELD_LIMITS)) {
    for (const [name, limit] of Object.entries(fields as Record<string, FieldLimit>)) {
      const column = (FIELD_LIMIT_COLUMNS as Record<string, Record<string, FieldLimitColumn>>)[entity]?.[name];
      entries.push([`${entity}.${name}`, limit, column]);
    }
  }

  it.each(entries)('%s', (_path, limit, column) => {
    expect(column).toBeDefined();
    const list = getListDefinition(column.list) as ListDefinition;
    expect(list).toBeDefined();
    if (column.column === 'Title') {
      // Title is SharePoint's built-in Text(255).
      expect(limit).toEqual({ kind: 'Text', maxLength: SHAREPOINT_TEXT_MAX });
      return;
    }
    const field = fieldsOf(list).get(column.column);
    if (field === undefined) {
      throw new Error(`${column.list} saknar kolumnen ${column.column}`);
    }
    if (column.inJson === true) {
      // A value inside a JSON column: the column must hold long text.
      expect(field.type).toBe('Note');
      return;
    }
    if (limit.kind === 'Text') {
      // A fill-in Choice stores free text in a Text(255) cell, like a Text column.
      if (field.type === 'Choice') {
        expect(field.fillIn).toBe(true);
        expect(limit.maxLength).toBe(SHAREPOINT_TEXT_MAX);
      } else {
        expect(field).toMatchObject({ type: 'Text', maxLength: limit.maxLength });
        expect(schemaField(list, column.column).getAttribute('MaxLength')).toBe(String(limit.maxLength));
      }
    } else {
      expect(field).toMatchObject({ type: 'Note', maxLength: limit.maxLength });
    }
  });
});

describe('runtime field XML', () => {
  const listIds: Record<string, string> = Object.fromEntries(
    LIST_DEFINITIONS.map((list, index) => [list.title, `0000000${index}-1111-2222-3333-444444444444`])
  );

  it('is the feature XML with lookups pointing at the site list Id instead of the URL', () => {
    for (const list of LIST_DEFINITIONS) {
      for (const field of list.fields) {
        const runtime = runtimeFieldXml(field, listIds);
        const parsed = parseXml(runtime, `${list.title}.${field.internalName}`).documentElement;
        expect(parsed.getAttribute('Name')).toBe(field.internalName);
        if (field.type === 'Lookup') {
          expect(parsed.getAttribute('List')).toBe(`{${listIds[field.targetList]}}`);
          const target = getListDefinition(field.targetList) as ListDefinition;
          expect(runtime.replace(`List="{${listIds[field.targetList]}}"`, `List="${target.url}"`)).toBe(featureFieldXml(field));
        } else {
          expect(runtime).toBe(featureFieldXml(field));
        }
      }
    }
  });

  it('refuses a lookup whose target list has no Id yet', () => {
    const plan = fieldsOf(getListDefinition('IKRisker') as ListDefinition).get('Plan') as FieldDefinition;
    expect(() => runtimeFieldXml(plan, {})).toThrow(/IKPlaner/);
  });
});

describe('package-solution.json update', () => {
  it('replaces only the elementFiles array', () => {
    const updated = replaceElementFiles(packageSolutionText, ['schema-A.xml', 'schema-B.xml']);
    const before = JSON.parse(packageSolutionText);
    const after = JSON.parse(updated);
    expect(after.solution.features[0].assets.elementFiles).toEqual(['schema-A.xml', 'schema-B.xml']);
    after.solution.features[0].assets.elementFiles = before.solution.features[0].assets.elementFiles;
    expect(after).toEqual(before);
    const untouched = updated.replace(/"elementFiles"\s*:\s*\[[^\]]*\]/, '');
    expect(untouched).toBe(packageSolutionText.replace(/"elementFiles"\s*:\s*\[[^\]]*\]/, ''));
  });

  it('refuses a file without exactly one elementFiles array', () => {
    expect(() => replaceElementFiles('{"solution":{}}', [])).toThrow(/elementFiles/);
  });
});
