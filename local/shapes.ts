/**
 * The REST JSON shapes of the site's non-item entities: SP.Web, SP.List, SP.Field*,
 * SP.User and SP.Group, with the properties SharePoint Online returns by default (a useful
 * subset; properties the product never reads are left out).
 */
import type { RequestContext } from './context';
import { Entity } from './json';
import { FIELD_KINDS, isMultiKind, type FieldRecord } from './store/fields';
import type { ListRecord } from './store/lists';
import { claimsLogin, type SiteGroup, type SiteUser } from './store/users';

/** `Web/Lists(guid'…')`, the relative path SharePoint uses in edit links. */
export function listPath(list: ListRecord): string {
  return `Web/Lists(guid'${list.id}')`;
}

/** The entity type of a list's items, e.g. `SP.Data.IKPlanerListItem`. */
export function itemTypeName(list: ListRecord): string {
  return `SP.Data.${list.entityTypeName}Item`;
}

/** The `$metadata` fragment of a list's item collection, e.g. `SP.ListData.IKPlanerListItems`. */
export function itemSetName(list: ListRecord): string {
  return `SP.ListData.${list.entityTypeName}Items`;
}

/** The content type id of a list's items (derived from the list id so it is stable). */
export function itemContentTypeId(list: ListRecord): string {
  return `0x0100${list.id.replace(/-/g, '').toUpperCase()}`;
}

/** SP.Web. */
export function webEntity(ctx: RequestContext): Entity {
  const identity = ctx.store.identity();
  const lastModified = ctx.store.lists.all().reduce((latest, list) => (list.lastItemModified > latest ? list.lastItemModified : latest), identity.created);
  return new Entity(
    { type: 'SP.Web', id: `${ctx.siteUrl}/_api/Web`, editLink: 'Web' },
    {
      AllowRssFeeds: true,
      Configuration: 0,
      Created: identity.created,
      Description: '',
      Id: identity.webId,
      IsMultilingual: false,
      Language: 1053,
      LastItemModifiedDate: lastModified,
      LastItemUserModifiedDate: lastModified,
      NoCrawl: false,
      RecycleBinEnabled: true,
      ServerRelativeUrl: ctx.sitePath,
      SiteLogoUrl: null,
      Title: identity.title,
      UIVersion: 15,
      Url: ctx.siteUrl,
      WebTemplate: 'STS',
      WelcomePage: 'SitePages/Home.aspx'
    }
  );
}

/** SP.Site. */
export function siteEntity(ctx: RequestContext): Entity {
  const identity = ctx.store.identity();
  return new Entity(
    { type: 'SP.Site', id: `${ctx.siteUrl}/_api/site`, editLink: 'site' },
    { Id: identity.siteId, ReadOnly: false, ServerRelativeUrl: ctx.sitePath, Url: ctx.siteUrl }
  );
}

/** SP.List. */
export function listEntity(ctx: RequestContext, list: ListRecord): Entity {
  return new Entity(
    { type: 'SP.List', id: `${ctx.siteUrl}/_api/${listPath(list)}`, editLink: listPath(list), etag: `"${list.version}"` },
    {
      AllowContentTypes: list.props.AllowContentTypes,
      BaseTemplate: list.baseTemplate,
      BaseType: 0,
      ContentTypesEnabled: list.props.ContentTypesEnabled,
      Created: list.created,
      DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
      Description: list.description,
      Direction: list.props.Direction,
      DisableGridEditing: list.props.DisableGridEditing,
      DraftVersionVisibility: list.props.DraftVersionVisibility,
      EnableAttachments: list.props.EnableAttachments,
      EnableFolderCreation: list.props.EnableFolderCreation,
      EnableMinorVersions: list.props.EnableMinorVersions,
      EnableModeration: list.props.EnableModeration,
      EnableVersioning: list.props.EnableVersioning,
      EntityTypeName: list.entityTypeName,
      ExcludeFromOfflineClient: list.props.ExcludeFromOfflineClient,
      ForceCheckout: list.props.ForceCheckout,
      HasExternalDataSource: false,
      Hidden: list.props.Hidden,
      Id: list.id,
      ImageUrl: '/_layouts/15/images/itgen.png?rev=47',
      IrmEnabled: list.props.IrmEnabled,
      IrmExpire: list.props.IrmExpire,
      IrmReject: list.props.IrmReject,
      IsApplicationList: list.props.IsApplicationList,
      IsCatalog: false,
      IsPrivate: false,
      ItemCount: list.itemCount,
      LastItemDeletedDate: list.lastItemDeleted,
      LastItemModifiedDate: list.lastItemModified,
      LastItemUserModifiedDate: list.lastItemModified,
      ListItemEntityTypeFullName: itemTypeName(list),
      MajorVersionLimit: list.props.MajorVersionLimit,
      MajorWithMinorVersionsLimit: list.props.MajorWithMinorVersionsLimit,
      MultipleDataList: false,
      NoCrawl: list.props.NoCrawl,
      OnQuickLaunch: list.props.OnQuickLaunch,
      ParentWebUrl: ctx.sitePath,
      ReadSecurity: list.props.ReadSecurity,
      ServerTemplateCanCreateFolders: true,
      TemplateFeatureId: list.props.TemplateFeatureId,
      Title: list.title,
      ValidationFormula: list.props.ValidationFormula,
      ValidationMessage: list.props.ValidationMessage,
      WriteSecurity: list.props.WriteSecurity
    }
  );
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The field's schema XML as SharePoint would report it after the field's current settings. */
export function schemaXmlFor(list: ListRecord, field: FieldRecord): string {
  if (field.builtIn && field.internalName !== 'Title') {
    return field.schemaXml;
  }
  const attributes: [string, string | undefined][] = [
    ['Type', field.kind],
    ['DisplayName', field.title],
    ['Description', field.description === '' ? undefined : field.description],
    ['Required', field.required ? 'TRUE' : 'FALSE'],
    ['EnforceUniqueValues', field.enforceUnique ? 'TRUE' : 'FALSE'],
    ['Indexed', field.indexed ? 'TRUE' : 'FALSE'],
    ['MaxLength', field.maxLength === undefined ? undefined : String(field.maxLength)],
    ['Format', field.displayFormat],
    ['Min', field.min === undefined ? undefined : String(field.min)],
    ['Max', field.max === undefined ? undefined : String(field.max)],
    ['Decimals', field.decimals === undefined ? undefined : String(field.decimals)],
    ['FillInChoice', field.fillIn === undefined ? undefined : field.fillIn ? 'TRUE' : 'FALSE'],
    ['RichText', field.richText === undefined ? undefined : field.richText ? 'TRUE' : 'FALSE'],
    ['NumLines', field.numLines === undefined ? undefined : String(field.numLines)],
    ['List', field.lookupList === undefined ? undefined : `{${field.lookupList}}`],
    ['ShowField', field.kind === 'Lookup' || field.kind === 'LookupMulti' ? field.lookupField : undefined],
    ['Mult', isMultiKind(field.kind) && field.kind !== 'MultiChoice' ? 'TRUE' : undefined],
    ['UserSelectionMode', field.selectionMode === undefined ? undefined : field.selectionMode === 0 ? 'PeopleOnly' : 'PeopleAndGroups'],
    ['Group', field.group === '' ? undefined : field.group],
    ['Hidden', field.hidden ? 'TRUE' : undefined],
    ['ID', `{${field.id}}`],
    ['SourceID', `{${list.id}}`],
    ['StaticName', field.staticName],
    ['Name', field.internalName]
  ];
  const attributeText = attributes
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}="${xmlEscape(value)}"`)
    .join(' ');
  const children: string[] = [];
  if (field.defaultValue !== undefined) {
    children.push(`<Default>${xmlEscape(field.defaultValue)}</Default>`);
  }
  if (field.choices !== undefined) {
    children.push(`<CHOICES>${field.choices.map((c) => `<CHOICE>${xmlEscape(c)}</CHOICE>`).join('')}</CHOICES>`);
  }
  return children.length === 0 ? `<Field ${attributeText} />` : `<Field ${attributeText}>${children.join('')}</Field>`;
}

/** SP.Field (and its subtypes). */
export function fieldEntity(ctx: RequestContext, list: ListRecord, field: FieldRecord): Entity {
  const info = FIELD_KINDS[field.kind];
  const path = `${listPath(list)}/Fields(guid'${field.id}')`;
  const props: Record<string, unknown> = {
    AutoIndexed: false,
    CanBeDeleted: !field.builtIn,
    ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
    DefaultFormula: null,
    DefaultValue: field.defaultValue ?? null,
    Description: field.description,
    Direction: 'none',
    EnforceUniqueValues: field.enforceUnique,
    EntityPropertyName: field.internalName.startsWith('_') ? `OData_${field.internalName}` : field.internalName,
    Filterable: field.kind !== 'Note',
    FromBaseType: field.builtIn,
    Group: field.group,
    Hidden: field.hidden,
    Id: field.id,
    Indexed: field.indexed || field.column === 'ID',
    IndexStatus: 0,
    InternalName: field.internalName,
    IsModern: false,
    JSLink: 'clienttemplates.js',
    PinnedToFiltersPane: false,
    ReadOnlyField: field.readOnly,
    Required: field.required,
    SchemaXml: schemaXmlFor(list, field),
    Scope: `${ctx.sitePath}/Lists/${list.urlName}`,
    Sealed: field.builtIn && field.internalName !== 'Title',
    ShowInFiltersPane: 0,
    Sortable: !isMultiKind(field.kind) && field.kind !== 'Note',
    StaticName: field.staticName,
    Title: field.title,
    FieldTypeKind: info.fieldTypeKind,
    TypeAsString: field.kind,
    TypeDisplayName: info.typeDisplayName,
    TypeShortDescription: info.typeDisplayName,
    ValidationFormula: null,
    ValidationMessage: null
  };
  switch (field.kind) {
    case 'Text':
      props.MaxLength = field.maxLength ?? 255;
      break;
    case 'Note':
      Object.assign(props, { AllowHyperlink: false, AppendOnly: false, NumberOfLines: field.numLines ?? 6, RestrictedMode: true, RichText: field.richText ?? false, UnlimitedLengthInDocumentLibrary: false });
      break;
    case 'Number':
    case 'Currency':
      Object.assign(props, {
        CommaSeparator: true,
        DisplayFormat: field.decimals ?? -1,
        MaximumValue: field.max ?? 1.7976931348623157e308,
        MinimumValue: field.min ?? -1.7976931348623157e308,
        ShowAsPercentage: false
      });
      break;
    case 'Choice':
    case 'MultiChoice':
      Object.assign(props, { Choices: field.choices ?? [], EditFormat: 0, FillInChoice: field.fillIn ?? false, Mappings: null });
      break;
    case 'DateTime':
      Object.assign(props, { DateTimeCalendarType: 0, DisplayFormat: field.displayFormat === 'DateTime' ? 1 : 0, FriendlyDisplayFormat: 0 });
      break;
    case 'Lookup':
    case 'LookupMulti':
    case 'User':
    case 'UserMulti':
      Object.assign(props, {
        AllowMultipleValues: isMultiKind(field.kind),
        DependentLookupInternalNames: [],
        IsDependentLookup: false,
        IsRelationship: field.kind === 'Lookup' || field.kind === 'LookupMulti',
        LookupField: field.lookupField ?? 'Title',
        LookupList: field.kind === 'User' || field.kind === 'UserMulti' ? '{00000000-0000-0000-0000-000000000000}' : `{${field.lookupList ?? ''}}`,
        LookupWebId: ctx.store.identity().webId,
        PrimaryFieldId: null,
        RelationshipDeleteBehavior: 0
      });
      if (field.kind === 'User' || field.kind === 'UserMulti') {
        Object.assign(props, { AllowDisplay: true, Presence: true, SelectionGroup: 0, SelectionMode: field.selectionMode ?? 0 });
      }
      break;
    default:
      break;
  }
  return new Entity({ type: info.odataType, id: `${ctx.siteUrl}/_api/${path}`, editLink: path }, props);
}

/** SP.User. */
export function userEntity(ctx: RequestContext, user: SiteUser): Entity {
  const path = `Web/GetUserById(${user.id})`;
  return new Entity(
    { type: 'SP.User', id: `${ctx.siteUrl}/_api/${path}`, editLink: path },
    {
      Id: user.id,
      IsHiddenInUI: false,
      LoginName: claimsLogin(user),
      Title: user.title,
      PrincipalType: 1,
      Email: user.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: user.isSiteAdmin,
      UserId: { NameId: (0x10032000 + user.id).toString(16), NameIdIssuer: 'urn:federation:microsoftonline' },
      UserPrincipalName: user.email
    }
  );
}

/** SP.Group. */
export function groupEntity(ctx: RequestContext, group: SiteGroup): Entity {
  const path = `Web/SiteGroups/GetById(${group.id})`;
  const owner = ctx.store.users.groupById(group.ownerId) ?? ctx.store.users.byId(group.ownerId);
  return new Entity(
    { type: 'SP.Group', id: `${ctx.siteUrl}/_api/${path}`, editLink: path },
    {
      Id: group.id,
      IsHiddenInUI: false,
      LoginName: group.title,
      Title: group.title,
      PrincipalType: 8,
      AllowMembersEditMembership: group.allowMembersEditMembership,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: group.description,
      OnlyAllowMembersViewMembership: group.onlyAllowMembersViewMembership,
      OwnerTitle: owner?.title ?? group.title,
      RequestToJoinLeaveEmailSetting: null
    }
  );
}
