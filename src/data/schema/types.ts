/**
 * The typed description of the product's SharePoint lists. Every list, column and content
 * type is written once with these types (see `lists.ts`); the feature XML, the local
 * SharePoint and the runtime provisioning are all derived from that one description.
 */

/** A GUID written as 8-4-4-4-12 lower-case hex digits, without braces. */
export type Guid = string;

/** SharePoint's list template for a generic custom list. */
export const GENERIC_LIST_TEMPLATE = 100;

/**
 * SharePoint's list setting for who may edit items:
 * 1 = all users with write permission edit all items (SharePoint's default),
 * 2 = members create items and edit only their own.
 */
export type WriteSecurity = 1 | 2;

/** What every column definition carries, whatever its type. */
export interface FieldDefinitionBase {
  /** Stable field id, hard-coded so the generated XML never changes between runs. */
  readonly id: Guid;
  /** ASCII PascalCase internal (and static) name, e.g. `Kontrollmetod`. */
  readonly internalName: string;
  /** Swedish display name, e.g. `Kontrollmetod`, `Åtgärdsstatus`. */
  readonly displayName: string;
  /** Swedish help text shown under the column in SharePoint's forms. */
  readonly description: string;
  /** Whether SharePoint requires a value. */
  readonly required?: boolean;
  /** Whether the column is indexed; every column the app filters or sorts on must be. */
  readonly indexed?: boolean;
  /** Whether SharePoint enforces unique values (requires `indexed`). */
  readonly enforceUnique?: boolean;
  /**
   * Written only by the app (keys, JSON): left out of SharePoint's new and edit forms and of
   * the default view, so nobody edits it by hand. Such a column is never `required`, or
   * SharePoint's own new form could not be saved.
   */
  readonly appManaged?: boolean;
  /**
   * What the column means to the History view: `reason` marks the column where the reason for
   * changing a beslutad plan's item is recorded; History shows it as the change's reason, not
   * as a changed field.
   */
  readonly historyRole?: 'reason';
}

/** Single line of text (SharePoint allows at most 255 characters). */
export interface TextFieldDefinition extends FieldDefinitionBase {
  readonly type: 'Text';
  /** Maximum length in characters, 1–255. */
  readonly maxLength: number;
  /** Value SharePoint fills in for new items. */
  readonly default?: string;
}

/** Multiple lines of text. */
export interface NoteFieldDefinition extends FieldDefinitionBase {
  readonly type: 'Note';
  /** Rich text (HTML) or plain text; JSON columns are always plain. */
  readonly richText: boolean;
  /** Height of the edit box in SharePoint's own forms. */
  readonly numLines: number;
  /**
   * Largest text the app lets a user enter (from the model's FIELD_LIMITS). SharePoint
   * itself does not enforce a length on multi-line text, so this is not emitted to XML.
   */
  readonly maxLength?: number;
}

/** Number column. */
export interface NumberFieldDefinition extends FieldDefinitionBase {
  readonly type: 'Number';
  /** Smallest allowed value. */
  readonly min?: number;
  /** Largest allowed value. */
  readonly max?: number;
  /** Decimal places shown and stored (0 for whole numbers). */
  readonly decimals: number;
  /** Value SharePoint fills in for new items. */
  readonly default?: number;
}

/** Yes/No column. */
export interface BooleanFieldDefinition extends FieldDefinitionBase {
  readonly type: 'Boolean';
  /** Value SharePoint fills in for new items. */
  readonly default: boolean;
}

/** Date column; the product stores dates only, never times. */
export interface DateTimeFieldDefinition extends FieldDefinitionBase {
  readonly type: 'DateTime';
  /** Only `DateOnly`: follow-ups and actions are planned per day. */
  readonly format: 'DateOnly';
  /** `today` makes SharePoint fill in the creation date. */
  readonly default?: 'today';
}

/** Single choice column. */
export interface ChoiceFieldDefinition extends FieldDefinitionBase {
  readonly type: 'Choice';
  /** The offered values, in display order. */
  readonly choices: readonly string[];
  /** Whether users may type a value of their own ("Fill-in choice"). */
  readonly fillIn: boolean;
  /** Value SharePoint fills in for new items; must be one of `choices`. */
  readonly default?: string;
}

/** Multiple choice column. */
export interface MultiChoiceFieldDefinition extends FieldDefinitionBase {
  readonly type: 'MultiChoice';
  /** The offered values, in display order. */
  readonly choices: readonly string[];
  /** Whether users may type a value of their own. */
  readonly fillIn: boolean;
  /** Value SharePoint fills in for new items; must be one of `choices`. */
  readonly default?: string;
}

/** Lookup to another list of the product. */
export interface LookupFieldDefinition extends FieldDefinitionBase {
  readonly type: 'Lookup';
  /** Internal title of the target list, e.g. `IKPlaner`. */
  readonly targetList: string;
  /** Internal name of the target column shown, normally `Title`. */
  readonly showField: string;
}

/** Person column (people only, never groups). */
export interface UserFieldDefinition extends FieldDefinitionBase {
  readonly type: 'User';
  /** Only `PeopleOnly`: responsibilities are held by persons. */
  readonly selectionMode: 'PeopleOnly';
  /** Whether more than one person may be chosen. */
  readonly multi?: boolean;
}

/** One column of a list. The `type` names SharePoint's field type. */
export type FieldDefinition =
  | TextFieldDefinition
  | NoteFieldDefinition
  | NumberFieldDefinition
  | BooleanFieldDefinition
  | DateTimeFieldDefinition
  | ChoiceFieldDefinition
  | MultiChoiceFieldDefinition
  | LookupFieldDefinition
  | UserFieldDefinition;

/** The field types of the DSL. */
export type FieldType = FieldDefinition['type'];

/** How a list shows SharePoint's built-in `Title` column (always Text 255, required). */
export interface TitleFieldSettings {
  /** Swedish display name of `Title` in this list, e.g. `Risk`, `Nyckel`. */
  readonly displayName: string;
  /** Swedish help text. */
  readonly description: string;
  /** Whether `Title` is indexed (needed to filter on it, and for `enforceUnique`). */
  readonly indexed?: boolean;
  /** Whether `Title` values must be unique in the list. */
  readonly enforceUnique?: boolean;
}

/** The list's own content type, a child of SharePoint's `Item` (0x01). */
export interface ContentTypeDefinition {
  /** `0x0100` followed by the 32 hex digits of a GUID. */
  readonly id: string;
  /** Swedish name, unique on the site, e.g. `IK Kontrollmoment`. */
  readonly name: string;
  /** Swedish description. */
  readonly description: string;
}

/**
 * The columns the app's queries use on a list. The data layer filters and sorts only on
 * these; the schema test checks that each one is indexed (or is `ID`), so no query of the
 * app hits the 5 000-item list view threshold.
 */
export interface QueryColumns {
  /** Internal names used in `$filter` (lookups as the column name, e.g. `Plan` for `PlanId`). */
  readonly filter: readonly string[];
  /** Internal names used in `$orderby`. */
  readonly orderBy: readonly string[];
}

/**
 * A list validation formula: SharePoint evaluates it on every save of an item, through forms
 * and REST alike, and refuses the save with `message` when it is not TRUE. Formulas name
 * columns by display name (`[Startdatum]`) and may read only single line of text, number,
 * date, choice and yes/no columns — not multiple lines of text, lookups or people.
 */
export interface ListValidation {
  /** The formula, with its leading `=`. */
  readonly formula: string;
  /** Swedish message first, English second, shown (and answered over REST) when it fails. */
  readonly message: string;
}

/** One SharePoint list of the product. */
export interface ListDefinition {
  /** Stable list id; used by the local SharePoint. A real site assigns its own list Id. */
  readonly id: Guid;
  /** The list's SharePoint Title (ASCII, PascalCase, `IK` prefix); code finds lists by it. */
  readonly title: string;
  /** Proper Swedish name shown to users, e.g. `Åtgärder`. */
  readonly displayName: string;
  /** Swedish description of the list. */
  readonly description: string;
  /** Web-relative URL, `Lists/<title>`. */
  readonly url: string;
  /** Always the generic list template. */
  readonly templateType: typeof GENERIC_LIST_TEMPLATE;
  /** Item-level write permission; undefined keeps SharePoint's default (1). */
  readonly writeSecurity?: WriteSecurity;
  /** How the built-in `Title` column is named and constrained in this list. */
  readonly titleField: TitleFieldSettings;
  /** The list's own columns, in form order (without `Title`). */
  readonly fields: readonly FieldDefinition[];
  /** The list's content type. */
  readonly contentType: ContentTypeDefinition;
  /** Columns the app filters and sorts this list on. */
  readonly queryColumns: QueryColumns;
  /** The list's validation formula, if it has one. */
  readonly validation?: ListValidation;
}
