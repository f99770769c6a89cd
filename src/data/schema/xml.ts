/**
 * SharePoint XML from the list definitions: `<Field>` elements for CreateFieldAsXml at runtime,
 * and the feature-framework files in `sharepoint/assets/` (elements.xml and one
 * schema-<list>.xml per list). Pure functions: the same definitions give byte-identical XML.
 */
import { LIST_DEFINITIONS } from './lists';
import type { FieldDefinition, Guid, ListDefinition } from './types';

/** Namespace of SharePoint's feature-framework XML. */
export const SHAREPOINT_XML_NAMESPACE = 'http://schemas.microsoft.com/sharepoint/';

/** Group of the product's site columns and content types in SharePoint's settings pages. */
export const SCHEMA_GROUP = 'Internkontroll';

/** Id of SharePoint's built-in Title column (the same on every site). */
export const TITLE_FIELD_ID: Guid = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

/** Feature id of SharePoint's generic list template, which ListInstance elements name. */
export const GENERIC_LIST_FEATURE_ID: Guid = '00bfea71-de22-43b2-a848-c05709900100';

/** Name of the feature's element manifest in `sharepoint/assets/`. */
export const ELEMENTS_FILE_NAME = 'elements.xml';

/** Options value of CreateFieldAsXml: AddFieldInternalNameHint, so `Name` is kept as given. */
export const CREATE_FIELD_OPTIONS = 8;

const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

/** Escapes text for use in XML content and in double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An attribute; undefined values are left out so optional settings stay optional. */
type Attribute = readonly [name: string, value: string | number | undefined];

/** A child of an element: another element or the element's text. */
interface XmlNode {
  readonly name: string;
  readonly attributes: readonly Attribute[];
  readonly children: readonly XmlNode[];
  readonly text?: string;
}

/** Builds an element node. */
function element(name: string, attributes: readonly Attribute[], children: readonly XmlNode[] = [], text?: string): XmlNode {
  return { name, attributes, children, text };
}

/** Renders a node with two-space indentation, one element per line. */
function render(node: XmlNode, indent: string = ''): string {
  const attributes = node.attributes
    .filter((attribute) => attribute[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  const open = `${indent}<${node.name}${attributes}`;
  if (node.text !== undefined) {
    return `${open}>${escapeXml(node.text)}</${node.name}>`;
  }
  if (node.children.length === 0) {
    return `${open} />`;
  }
  const inner = node.children.map((child) => render(child, indent + '  ')).join('\n');
  return `${open}>\n${inner}\n${indent}</${node.name}>`;
}

/** SharePoint's boolean attribute value. */
function bool(value: boolean | undefined): string {
  return value === true ? 'TRUE' : 'FALSE';
}

/** A GUID in the braced form SharePoint writes in field and list references. */
function braced(id: Guid): string {
  return `{${id}}`;
}

/** How a lookup's target list is named: by URL in feature XML, by Id at runtime. */
type LookupTarget = (targetListTitle: string) => string;

/** Builds the `<Field>` node of a column. */
function fieldNode(field: FieldDefinition, lookupTarget: LookupTarget): XmlNode {
  const typeName = field.type === 'User' && field.multi === true ? 'UserMulti' : field.type;
  const common: Attribute[] = [
    ['ID', braced(field.id)],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.displayName],
    ['Description', field.description],
    ['Type', typeName],
    ['Group', SCHEMA_GROUP],
    ['Required', bool(field.required)],
    ['Indexed', bool(field.indexed)],
    ['EnforceUniqueValues', bool(field.enforceUnique)]
  ];
  if (field.appManaged === true) {
    common.push(['ShowInNewForm', 'FALSE'], ['ShowInEditForm', 'FALSE']);
  }
  switch (field.type) {
    case 'Text':
      return element(
        'Field',
        [...common, ['MaxLength', field.maxLength]],
        field.default === undefined ? [] : [element('Default', [], [], field.default)]
      );
    case 'Note':
      return element('Field', [
        ...common,
        ['NumLines', field.numLines],
        ['RichText', bool(field.richText)],
        ['RichTextMode', field.richText ? 'FullHtml' : undefined],
        ['AppendOnly', 'FALSE']
      ]);
    case 'Number':
      return element(
        'Field',
        [...common, ['Min', field.min], ['Max', field.max], ['Decimals', field.decimals]],
        field.default === undefined ? [] : [element('Default', [], [], String(field.default))]
      );
    case 'Boolean':
      return element('Field', common, [element('Default', [], [], field.default ? '1' : '0')]);
    case 'DateTime':
      return element(
        'Field',
        [...common, ['Format', field.format]],
        field.default === 'today' ? [element('Default', [], [], '[today]')] : []
      );
    case 'Choice':
    case 'MultiChoice': {
      const children: XmlNode[] = [
        element(
          'CHOICES',
          [],
          field.choices.map((choice) => element('CHOICE', [], [], choice))
        )
      ];
      if (field.default !== undefined) {
        children.push(element('Default', [], [], field.default));
      }
      return element(
        'Field',
        [...common, ['Format', field.type === 'Choice' ? 'Dropdown' : undefined], ['FillInChoice', bool(field.fillIn)]],
        children
      );
    }
    case 'Lookup':
      return element('Field', [...common, ['List', lookupTarget(field.targetList)], ['ShowField', field.showField]]);
    case 'User':
      return element('Field', [
        ...common,
        ['Mult', field.multi === true ? 'TRUE' : undefined],
        ['UserSelectionMode', field.selectionMode],
        ['UserSelectionScope', 0]
      ]);
  }
}

/** The web-relative URL of a list of ours, for lookups in feature XML. */
function featureLookupTarget(lists: readonly ListDefinition[]): LookupTarget {
  return (targetListTitle: string): string => {
    const target = lists.find((list) => list.title === targetListTitle);
    if (target === undefined) {
      throw new Error(`Uppslagslistan ${targetListTitle} finns inte i schemat. / Lookup list ${targetListTitle} is not in the schema.`);
    }
    return target.url;
  };
}

/**
 * `<Field>` XML of a column as the feature provisions it: a lookup names its target list by
 * URL (`List="Lists/IKPlaner"`), which SharePoint resolves when the list is created.
 */
export function featureFieldXml(field: FieldDefinition, lists: readonly ListDefinition[] = LIST_DEFINITIONS): string {
  return render(fieldNode(field, featureLookupTarget(lists)));
}

/**
 * `<Field>` XML of a column for CreateFieldAsXml on a real site: a lookup names its target
 * list by the Id the site gave it (`List="{…}"`), taken from `lookupListIds` by list title.
 */
export function runtimeFieldXml(field: FieldDefinition, lookupListIds: Readonly<Record<string, Guid>>): string {
  return render(
    fieldNode(field, (targetListTitle: string): string => {
      const id = lookupListIds[targetListTitle];
      if (id === undefined) {
        throw new Error(
          `Uppslagslistan ${targetListTitle} har inget id ännu. / Lookup list ${targetListTitle} has no id yet.`
        );
      }
      return braced(id.replace(/[{}]/g, ''));
    })
  );
}

/** The list's built-in Title column with this list's name and constraints. */
function titleFieldNode(list: ListDefinition): XmlNode {
  return element('Field', [
    ['ID', braced(TITLE_FIELD_ID)],
    ['Name', 'Title'],
    ['StaticName', 'Title'],
    ['SourceID', 'http://schemas.microsoft.com/sharepoint/v3'],
    ['DisplayName', list.titleField.displayName],
    ['Description', list.titleField.description],
    ['Type', 'Text'],
    ['Required', 'TRUE'],
    ['MaxLength', 255],
    ['Indexed', bool(list.titleField.indexed)],
    ['EnforceUniqueValues', bool(list.titleField.enforceUnique)]
  ]);
}

/** File name of a list's custom schema in `sharepoint/assets/`. */
export function schemaFileName(list: ListDefinition): string {
  return `schema-${list.title}.xml`;
}

/** The site columns of all lists, each internal name once, in list order. */
function siteColumns(lists: readonly ListDefinition[]): FieldDefinition[] {
  const seen = new Map<string, FieldDefinition>();
  for (const list of lists) {
    for (const field of list.fields) {
      const earlier = seen.get(field.internalName);
      if (earlier === undefined) {
        seen.set(field.internalName, field);
      } else if (earlier !== field && JSON.stringify(earlier) !== JSON.stringify(field)) {
        throw new Error(
          `Kolumnen ${field.internalName} är definierad på två olika sätt. / Column ${field.internalName} is defined in two different ways.`
        );
      }
    }
  }
  return Array.from(seen.values());
}

/** The content type element: Title renamed for the list, then the list's columns. */
function contentTypeNode(list: ListDefinition): XmlNode {
  const refs: XmlNode[] = [
    element('FieldRef', [
      ['ID', braced(TITLE_FIELD_ID)],
      ['Name', 'Title'],
      ['DisplayName', list.titleField.displayName],
      ['Required', 'TRUE']
    ]),
    ...list.fields.map((field) =>
      element('FieldRef', [
        ['ID', braced(field.id)],
        ['Name', field.internalName],
        ['Required', bool(field.required)]
      ])
    )
  ];
  return element(
    'ContentType',
    [
      ['ID', list.contentType.id],
      ['Name', list.contentType.name],
      ['Group', SCHEMA_GROUP],
      ['Description', list.contentType.description]
    ],
    [element('FieldRefs', [], refs)]
  );
}

/**
 * The feature's element manifest: site columns, then content types, then the list instances
 * in dependency order (SharePoint creates lists in document order, so a lookup's target list
 * exists when the list holding the lookup is created from its schema).
 */
export function elementsXml(lists: readonly ListDefinition[] = LIST_DEFINITIONS): string {
  const lookupTarget = featureLookupTarget(lists);
  const children: XmlNode[] = [
    ...siteColumns(lists).map((field) => fieldNode(field, lookupTarget)),
    ...lists.map(contentTypeNode),
    ...lists.map((list) =>
      element('ListInstance', [
        ['CustomSchema', schemaFileName(list)],
        ['FeatureId', GENERIC_LIST_FEATURE_ID],
        ['Title', list.title],
        ['Description', list.description],
        ['TemplateType', list.templateType],
        ['Url', list.url]
      ])
    )
  ];
  return `${XML_DECLARATION}\n${render(element('Elements', [['xmlns', SHAREPOINT_XML_NAMESPACE]], children))}\n`;
}

/** The fields shown in the default view: Title as a link, then what people read. */
function defaultViewFieldNames(list: ListDefinition): string[] {
  return ['LinkTitle', ...list.fields.filter((field) => field.appManaged !== true).map((field) => field.internalName)];
}

/**
 * A list's custom schema: its content type, all its columns (repeated here because SharePoint
 * creates the list's columns from this file), a default view sorted by ID (the one column
 * that is always indexed, so the view never hits the list view threshold) and the forms.
 */
export function listSchemaXml(list: ListDefinition, lists: readonly ListDefinition[] = LIST_DEFINITIONS): string {
  const lookupTarget = featureLookupTarget(lists);
  const view = element(
    'View',
    [
      ['BaseViewID', 1],
      ['Type', 'HTML'],
      ['WebPartZoneID', 'Main'],
      ['DisplayName', 'Alla objekt'],
      ['DefaultView', 'TRUE'],
      ['MobileView', 'TRUE'],
      ['MobileDefaultView', 'TRUE'],
      ['SetupPath', 'pages\\viewpage.aspx'],
      ['ImageUrl', '/_layouts/images/generic.png'],
      ['Url', 'AllItems.aspx']
    ],
    [
      element('XslLink', [['Default', 'TRUE']], [], 'main.xsl'),
      element('JSLink', [], [], 'clienttemplates.js'),
      element('RowLimit', [['Paged', 'TRUE']], [], '30'),
      element('Toolbar', [['Type', 'Standard']]),
      element(
        'ViewFields',
        [],
        defaultViewFieldNames(list).map((name) => element('FieldRef', [['Name', name]]))
      ),
      element('Query', [], [element('OrderBy', [], [element('FieldRef', [['Name', 'ID']])])])
    ]
  );
  const forms = [
    ['DisplayForm', 'DispForm.aspx'],
    ['EditForm', 'EditForm.aspx'],
    ['NewForm', 'NewForm.aspx']
  ].map(([type, url]) =>
    element('Form', [
      ['Type', type],
      ['Url', url],
      ['SetupPath', 'pages\\form.aspx'],
      ['WebPartZoneID', 'Main']
    ])
  );
  const metaData = element(
    'MetaData',
    [],
    [
      element('ContentTypes', [], [element('ContentTypeRef', [['ID', list.contentType.id]])]),
      element('Fields', [], [titleFieldNode(list), ...list.fields.map((field) => fieldNode(field, lookupTarget))]),
      element('Views', [], [view]),
      element('Forms', [], forms),
      // The list's validation formula: SharePoint refuses an item that fails it, with the message.
      ...(list.validation === undefined ? [] : [element('Validation', [['Message', list.validation.message]], [], list.validation.formula)])
    ]
  );
  const root = element(
    'List',
    [
      ['xmlns:ows', 'Microsoft SharePoint'],
      ['Title', list.title],
      ['EnableContentTypes', 'TRUE'],
      ['FolderCreation', 'FALSE'],
      ['Direction', '$Resources:Direction;'],
      ['Url', list.url],
      ['BaseType', 0],
      ['WriteSecurity', list.writeSecurity],
      ['VersioningEnabled', 'TRUE'],
      ['xmlns', SHAREPOINT_XML_NAMESPACE]
    ],
    [metaData]
  );
  return `${XML_DECLARATION}\n${render(root)}\n`;
}

/** One generated file of `sharepoint/assets/`. */
export interface GeneratedAsset {
  /** File name inside `sharepoint/assets/`. */
  readonly fileName: string;
  /** Full file content, UTF-8. */
  readonly content: string;
}

/** Every file of `sharepoint/assets/`: elements.xml first, then one schema per list. */
export function generateAssets(lists: readonly ListDefinition[] = LIST_DEFINITIONS): GeneratedAsset[] {
  return [
    { fileName: ELEMENTS_FILE_NAME, content: elementsXml(lists) },
    ...lists.map((list) => ({ fileName: schemaFileName(list), content: listSchemaXml(list, lists) }))
  ];
}
