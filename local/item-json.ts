/**
 * Item JSON: the default projection SharePoint returns for a list item, `$select` with
 * projected lookup fields (`Plan/Title`, `Handlaggare/EMail`), `$expand` of Lookup and
 * Person columns, and the version history entries.
 */
import type { RequestContext } from './context';
import { ErrorCodes, propertyNotFound, SpError } from './errors';
import { Entity } from './json';
import { fromStorage, isLookupKind, isMultiKind, isUserKind, jsonName, type FieldRecord } from './store/fields';
import { itemEtag, type ItemRow } from './store/items';
import type { ListRecord } from './store/lists';
import type { SiteUser } from './store/users';
import { claimsLogin } from './store/users';
import { itemContentTypeId, itemTypeName, listPath } from './shapes';

type Getter = (row: ItemRow) => unknown;

interface Property {
  readonly name: string;
  readonly get: Getter;
}

/** The user properties a Person column can be projected to. */
const USER_PROJECTIONS: Readonly<Record<string, (user: SiteUser) => unknown>> = {
  Id: (u) => u.id,
  ID: (u) => u.id,
  Title: (u) => u.title,
  EMail: (u) => u.email,
  Name: (u) => claimsLogin(u),
  UserName: (u) => u.email,
  JobTitle: (u) => u.jobTitle,
  Department: (u) => u.department,
  FirstName: (u) => u.title.split(' ')[0],
  LastName: (u) => u.title.split(' ').slice(1).join(' '),
  Office: () => null,
  SipAddress: (u) => u.email,
  MobilePhone: () => null,
  WorkPhone: () => null
};

/** 400: a lookup selected without being expanded (SharePoint's wording). */
function lookupNotExpanded(name: string): SpError {
  return new SpError(
    400,
    ErrorCodes.spException,
    `The query to field '${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${name}.`
  );
}

function idsOf(field: FieldRecord, row: ItemRow): number[] {
  const value = fromStorage(field, row[field.column ?? '']);
  if (Array.isArray(value)) {
    return value as number[];
  }
  return typeof value === 'number' ? [value] : [];
}

/** The default item properties, in SharePoint's order. */
function defaultProperties(list: ListRecord): Property[] {
  const byName = (name: string): FieldRecord => list.fieldsByName.get(name.toLowerCase())!;
  const value = (field: FieldRecord): Getter => (row) => fromStorage(field, field.column === undefined ? undefined : row[field.column]);
  const properties: Property[] = [
    { name: 'FileSystemObjectType', get: () => 0 },
    { name: 'Id', get: (row) => Number(row.ID) },
    { name: 'ServerRedirectedEmbedUri', get: () => null },
    { name: 'ServerRedirectedEmbedUrl', get: () => '' },
    { name: 'ContentTypeId', get: () => itemContentTypeId(list) },
    { name: 'Title', get: value(byName('Title')) }
  ];
  for (const field of list.fields) {
    if (field.builtIn) {
      continue;
    }
    properties.push({ name: jsonName(field), get: value(field) });
    if (isUserKind(field.kind)) {
      const get = value(field);
      properties.push({
        name: `${field.internalName}StringId`,
        get: (row) => {
          const ids = get(row);
          return Array.isArray(ids) ? ids.map(String) : ids === null ? null : String(ids);
        }
      });
    }
  }
  properties.push(
    { name: 'ComplianceAssetId', get: () => null },
    { name: 'ID', get: (row) => Number(row.ID) },
    { name: 'Modified', get: (row) => row.s_modified },
    { name: 'Created', get: (row) => row.s_created },
    { name: 'AuthorId', get: (row) => Number(row.s_author) },
    { name: 'EditorId', get: (row) => Number(row.s_editor) },
    { name: 'OData__UIVersionString', get: (row) => `${Number(row.s_version)}.0` },
    { name: 'Attachments', get: () => false },
    { name: 'GUID', get: (row) => row.s_guid }
  );
  return properties;
}

/** Builds item entities for one request's `$select` and `$expand`. */
export class ItemProjection {
  private readonly plain: Property[] = [];
  private readonly expanded: Map<FieldRecord, Set<string>> = new Map();

  public constructor(
    private readonly ctx: RequestContext,
    private readonly list: ListRecord,
    select: readonly (readonly string[])[] | undefined,
    expand: readonly string[]
  ) {
    const expandable = new Map<string, FieldRecord>();
    for (const name of expand) {
      const field = list.fieldsByName.get(name.toLowerCase());
      if (field === undefined || !isLookupKind(field.kind) || name.includes('/')) {
        throw propertyNotFound(name);
      }
      expandable.set(name.toLowerCase(), field);
    }
    const defaults = defaultProperties(list);
    const selectable = new Map(defaults.map((p) => [p.name.toLowerCase(), p]));
    const paths = select ?? [['*']];
    const explicitlyExpanded = new Set<FieldRecord>();
    for (const path of paths) {
      if (path.length === 1 && path[0] === '*') {
        for (const property of defaults) {
          if (!this.plain.includes(property)) {
            this.plain.push(property);
          }
        }
        continue;
      }
      const [name, sub] = path;
      if (path.length === 1) {
        const property = defaults.find((p) => p.name === name) ?? selectable.get(name.toLowerCase());
        if (property !== undefined) {
          if (!this.plain.includes(property)) {
            this.plain.push(property);
          }
          continue;
        }
        const field = list.fieldsByName.get(name.toLowerCase());
        if (field === undefined || !isLookupKind(field.kind)) {
          throw propertyNotFound(name);
        }
        if (!expandable.has(name.toLowerCase())) {
          throw lookupNotExpanded(field.internalName);
        }
        this.project(field, this.defaultSubfields(field));
        explicitlyExpanded.add(field);
        continue;
      }
      const field = list.fieldsByName.get(name.toLowerCase());
      if (path.length !== 2 || field === undefined || !isLookupKind(field.kind)) {
        throw propertyNotFound(path.join('/'));
      }
      if (!expandable.has(name.toLowerCase())) {
        throw lookupNotExpanded(field.internalName);
      }
      this.project(field, [this.subfieldName(field, sub)]);
      explicitlyExpanded.add(field);
    }
    if (select === undefined || paths.some((p) => p.length === 1 && p[0] === '*')) {
      // Expanded but not projected: SharePoint returns the lookup with its default fields.
      for (const field of expandable.values()) {
        if (!explicitlyExpanded.has(field)) {
          this.project(field, this.defaultSubfields(field));
        }
      }
    }
  }

  private project(field: FieldRecord, subfields: readonly string[]): void {
    const set = this.expanded.get(field) ?? new Set<string>();
    subfields.forEach((s) => set.add(s));
    this.expanded.set(field, set);
  }

  private target(field: FieldRecord): ListRecord | undefined {
    return field.lookupList === undefined ? undefined : this.ctx.store.lists.byId(field.lookupList);
  }

  private defaultSubfields(field: FieldRecord): string[] {
    return isUserKind(field.kind) ? Object.keys(USER_PROJECTIONS).filter((k) => k !== 'ID') : ['Id', field.lookupField ?? 'Title'];
  }

  /** The canonical name of a projected subfield, or SharePoint's error when there is none. */
  private subfieldName(field: FieldRecord, sub: string): string {
    if (isUserKind(field.kind)) {
      const name = Object.keys(USER_PROJECTIONS).find((k) => k.toLowerCase() === sub.toLowerCase());
      if (name === undefined) {
        throw propertyNotFound(`${field.internalName}/${sub}`);
      }
      return name;
    }
    if (sub.toLowerCase() === 'id') {
      return sub === 'ID' ? 'ID' : 'Id';
    }
    const targetField = this.target(field)?.fieldsByName.get(sub.toLowerCase());
    if (targetField === undefined || targetField.column === undefined || isLookupKind(targetField.kind)) {
      throw propertyNotFound(`${field.internalName}/${sub}`);
    }
    return jsonName(targetField);
  }

  private expandedValues(field: FieldRecord, subfields: ReadonlySet<string>, rows: readonly ItemRow[]): Map<number, Entity> {
    const ids = rows.flatMap((row) => idsOf(field, row));
    const result = new Map<number, Entity>();
    if (isUserKind(field.kind)) {
      for (const id of new Set(ids)) {
        const user = this.ctx.store.users.byId(id);
        if (user !== undefined) {
          const props: Record<string, unknown> = {};
          subfields.forEach((s) => (props[s] = USER_PROJECTIONS[s](user)));
          result.set(id, new Entity({ type: 'SP.Data.UserInfoItem', id: `${this.ctx.siteUrl}/_api/Web/SiteUserInfoList/Items(${id})` }, props));
        }
      }
      return result;
    }
    const target = this.target(field);
    if (target === undefined) {
      return result;
    }
    const targetRows = this.ctx.store.items.getMany(target, ids);
    for (const [id, targetRow] of targetRows) {
      const props: Record<string, unknown> = {};
      for (const sub of subfields) {
        if (sub === 'Id' || sub === 'ID') {
          props[sub] = id;
          continue;
        }
        const targetField = target.fields.find((f) => jsonName(f) === sub)!;
        props[sub] = fromStorage(targetField, targetField.column === undefined ? undefined : targetRow[targetField.column]);
      }
      result.set(id, new Entity({ type: itemTypeName(target), id: String(targetRow.s_guid) }, props));
    }
    return result;
  }

  /** Builds the entities for rows of the list. */
  public build(rows: readonly ItemRow[]): Entity[] {
    const expansions = [...this.expanded].map(([field, subfields]) => ({ field, values: this.expandedValues(field, subfields, rows) }));
    return rows.map((row) => {
      const props: Record<string, unknown> = {};
      for (const property of this.plain) {
        props[property.name] = property.get(row);
      }
      for (const { field, values } of expansions) {
        const ids = idsOf(field, row);
        if (isMultiKind(field.kind)) {
          props[field.internalName] = ids.map((id) => values.get(id)).filter((e): e is Entity => e !== undefined);
        } else {
          // An empty lookup expands to null (see local/README.md).
          props[field.internalName] = ids.length === 0 ? null : (values.get(ids[0]) ?? null);
        }
      }
      return new Entity(
        { type: itemTypeName(this.list), id: String(row.s_guid), etag: itemEtag(row), editLink: `${listPath(this.list)}/Items(${Number(row.ID)})` },
        props
      );
    });
  }
}

function lookupValue(ctx: RequestContext, field: FieldRecord, id: number): Record<string, unknown> {
  if (isUserKind(field.kind)) {
    const user = ctx.store.users.byId(id);
    return { LookupId: id, LookupValue: user?.title ?? '', Email: user?.email ?? '' };
  }
  const target = field.lookupList === undefined ? undefined : ctx.store.lists.byId(field.lookupList);
  const shown = target?.fieldsByName.get((field.lookupField ?? 'Title').toLowerCase());
  const row = target === undefined ? undefined : ctx.store.items.get(target, id);
  const value = row === undefined || shown?.column === undefined ? '' : row[shown.column];
  return { LookupId: id, LookupValue: value === null ? '' : String(value) };
}

/** One entry of an item's version history (`items(7)/versions`). */
export function versionEntity(
  ctx: RequestContext,
  list: ListRecord,
  version: { version: number; created: string; editor: number; row: ItemRow },
  current: boolean
): Entity {
  const versionId = version.version * 512;
  const path = `${listPath(list)}/Items(${Number(version.row.ID)})/Versions(${versionId})`;
  // SharePoint Online writes a version's Created in UTC without the "Z" (its Modified field
  // keeps it), and OData-escapes internal names that start with "_" as "OData__x005f_…"
  // (recorded answers in pnp/pnpcore's test data, see local/README.md).
  const props: Record<string, unknown> = {
    VersionId: versionId,
    VersionLabel: `${version.version}.0`,
    IsCurrentVersion: current,
    Created: version.created.replace(/(\.\d+)?Z$/, ''),
    Modified: version.row.s_modified,
    ID: Number(version.row.ID),
    Author: lookupValue(ctx, list.fieldsByName.get('author')!, Number(version.row.s_author)),
    Editor: lookupValue(ctx, list.fieldsByName.get('editor')!, version.editor),
    owshiddenversion: version.version,
    OData__x005f_UIVersionString: `${version.version}.0`
  };
  for (const field of list.fields) {
    if ((field.builtIn && field.internalName !== 'Title') || field.column === undefined) {
      continue;
    }
    const name = field.internalName.startsWith('_') ? `OData__x005f_${field.internalName.slice(1)}` : field.internalName;
    const stored = version.row[field.column];
    if (isLookupKind(field.kind)) {
      const ids = idsOf(field, version.row);
      props[name] = isMultiKind(field.kind) ? ids.map((id) => lookupValue(ctx, field, id)) : ids.length === 0 ? null : lookupValue(ctx, field, ids[0]);
    } else {
      props[name] = fromStorage(field, stored);
    }
  }
  return new Entity({ type: 'SP.ListItemVersion', id: `${ctx.siteUrl}/_api/${path}`, editLink: path }, props);
}
