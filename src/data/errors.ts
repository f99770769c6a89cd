/**
 * Typed errors of the data layer. Every error the UI may see carries a Swedish message to show
 * (`message`) and an English one alongside (`messageEn`). Raw HTTP errors from PnPjs never
 * reach the UI: `toDataError` turns them into one of these.
 */
import type { ValidationIssue } from '../model/types';

/** What kind of failure a DataError is; lets the UI choose a reaction without instanceof. */
export type DataErrorKind =
  | 'concurrency'
  | 'permission'
  | 'not-found'
  | 'validation'
  | 'throttled'
  | 'unavailable'
  | 'partial-save'
  | 'unexpected';

/** Base of all data-layer errors: a Swedish message, an English message and the HTTP status. */
export class DataError extends Error {
  /** The kind of failure. */
  public readonly kind: DataErrorKind;
  /** English text of the message. */
  public readonly messageEn: string;
  /** HTTP status that caused the error, when one did. */
  public readonly status: number | undefined;

  /** Creates an error with its Swedish message first, then the English one. */
  public constructor(kind: DataErrorKind, message: string, messageEn: string, status?: number) {
    super(message);
    // Keeps instanceof working when the bundle targets ES5-style classes.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = new.target.name;
    this.kind = kind;
    this.messageEn = messageEn;
    this.status = status;
  }
}

/** Which stored entity a message is about. */
export type EntityKind = 'plan' | 'omrade' | 'risk' | 'kontrollmoment' | 'atgard' | 'followUp' | 'avvikelse' | 'settings' | 'approval' | 'reportShape';

/** Swedish and English names of the things the data layer stores, for messages. */
export interface EntityNoun {
  /** Definite form, e.g. "kontrollmomentet", "åtgärden". */
  sv: string;
  /** Indefinite form, e.g. "kontrollmoment". */
  svIndefinite: string;
  /** Indefinite article: "ett" (neuter), "en" (common). */
  article: 'ett' | 'en';
  /** Pronoun referring back to it: "det" (neuter), "den" (common), "dem" (plural). */
  pronoun: 'det' | 'den' | 'dem';
  /** English, e.g. "control". */
  en: string;
}

/** The nouns of each stored entity. */
export const ENTITY_NOUNS: Readonly<Record<EntityKind, EntityNoun>> = {
  plan: { sv: 'planen', svIndefinite: 'plan', article: 'en', pronoun: 'den', en: 'plan' },
  omrade: { sv: 'området', svIndefinite: 'område', article: 'ett', pronoun: 'det', en: 'area' },
  risk: { sv: 'risken', svIndefinite: 'risk', article: 'en', pronoun: 'den', en: 'risk' },
  kontrollmoment: { sv: 'kontrollmomentet', svIndefinite: 'kontrollmoment', article: 'ett', pronoun: 'det', en: 'control' },
  atgard: { sv: 'åtgärden', svIndefinite: 'åtgärd', article: 'en', pronoun: 'den', en: 'action' },
  followUp: { sv: 'uppföljningen', svIndefinite: 'uppföljning', article: 'en', pronoun: 'den', en: 'follow-up' },
  avvikelse: { sv: 'avvikelsen', svIndefinite: 'avvikelse', article: 'en', pronoun: 'den', en: 'deviation' },
  settings: { sv: 'inställningarna', svIndefinite: 'inställning', article: 'en', pronoun: 'dem', en: 'settings' },
  approval: { sv: 'godkännandet', svIndefinite: 'godkännande', article: 'ett', pronoun: 'det', en: 'approval' },
  reportShape: { sv: 'rapportformen', svIndefinite: 'rapportform', article: 'en', pronoun: 'den', en: 'report shape' }
};


/** A concurrency error's own wording, for conflicts that are not a stale ETag. */
export interface ConcurrencyWording {
  /** Swedish message. */
  message: string;
  /** English message. */
  messageEn: string;
  /** HTTP status that SharePoint answered with. */
  status: number;
}

/**
 * Someone else changed the item after it was read (HTTP 412 on If-Match), or created the same
 * thing first (a unique column refused the create). Either way: reload and try again.
 */
export class ConcurrencyError extends DataError {
  /** The entity kind. */
  public readonly entity: EntityKind;
  /** The item's display name as the user saw it. */
  public readonly itemName: string;

  /** Creates the error for the entity with the name the user knows it by; `wording` replaces the stale-ETag text. */
  public constructor(entity: EntityKind, itemName: string, wording?: ConcurrencyWording) {
    const noun = ENTITY_NOUNS[entity];
    super(
      'concurrency',
      wording ? wording.message : `Någon annan har ändrat ${noun.sv} ”${itemName}” sedan du öppnade ${noun.pronoun}. Ladda om och försök igen.`,
      wording ? wording.messageEn : `Someone else has changed the ${noun.en} “${itemName}” since you opened it. Reload and try again.`,
      wording ? wording.status : 412
    );
    this.entity = entity;
    this.itemName = itemName;
  }
}

/**
 * SharePoint refused a create or update because a unique column already holds the value
 * (SPDuplicateValuesFoundException): someone else saved the same thing first.
 */
export class DuplicateValuesError extends ConcurrencyError {
  /** Creates the error; the default wording names the entity, callers may word it closer. */
  public constructor(entity: EntityKind, itemName: string, status: number, wording?: Omit<ConcurrencyWording, 'status'>) {
    const noun = ENTITY_NOUNS[entity];
    super(
      entity,
      itemName,
      wording
        ? { ...wording, status }
        : {
            message: `Någon annan har just sparat ${noun.sv} ”${itemName}”. Ladda om och försök igen.`,
            messageEn: `Someone else has just saved the ${noun.en} “${itemName}”. Reload and try again.`,
            status
          }
    );
  }
}

/**
 * Two users saved a follow-up of the same target and period; the other one was first. The
 * message names the target and the period as the user sees them: "kontrollmoment 7",
 * "Tertial 2".
 */
export class FollowUpTakenError extends DuplicateValuesError {
  /** Creates the error. `targetSv`/`targetEn`: "kontrollmoment 7" / "control 7"; `periodLabel`: "Tertial 2". */
  public constructor(itemName: string, targetSv: string, targetEn: string, periodLabel: string, status: number) {
    super('followUp', itemName, status, {
      message: `Någon annan har just registrerat uppföljningen av ${targetSv} för ${periodLabel}. Ladda om och försök igen.`,
      messageEn: `Someone else has just recorded the follow-up of ${targetEn} for ${periodLabel}. Reload and try again.`
    });
  }
}

/** The user may not do what was asked (HTTP 401/403). */
export class PermissionError extends DataError {
  /**
   * Creates the error. `actionSv` completes "Du har inte behörighet att …", e.g.
   * "ändra kontrollmomentet ”Attestregler”"; `actionEn` completes "You do not have permission to …".
   */
  public constructor(actionSv: string, actionEn: string, status: number = 403) {
    super(
      'permission',
      `Du har inte behörighet att ${actionSv}. Be samordnaren för intern kontroll om behörighet.`,
      `You do not have permission to ${actionEn}. Ask the internal control coordinator for access.`,
      status
    );
  }
}

/** The item or list does not exist (HTTP 404), e.g. deleted by someone else. */
export class NotFoundError extends DataError {
  /** Creates the error for the entity with its name or id. */
  public constructor(entity: EntityKind, itemName: string) {
    const noun = ENTITY_NOUNS[entity];
    super(
      'not-found',
      `Hittade inte ${noun.sv} ”${itemName}”. Någon kan ha tagit bort ${noun.pronoun}. Ladda om sidan.`,
      `The ${noun.en} “${itemName}” was not found. Someone may have deleted it. Reload the page.`,
      404
    );
  }
}

/** No person with the login or e-mail address is in the organisation's directory (ensureuser answered 404). */
export class PersonNotFoundError extends DataError {
  /** The login or e-mail address asked for. */
  public readonly login: string;

  /** Creates the error for the login or e-mail the user gave. */
  public constructor(login: string) {
    super(
      'not-found',
      `Det finns ingen person med e-postadressen eller inloggningen ”${login}” i organisationens katalog. Kontrollera stavningen.`,
      `There is no person with the e-mail address or login “${login}” in the organisation's directory. Check the spelling.`,
      404
    );
    this.login = login;
  }
}

/** Input broke the model's rules; nothing was written. */
export class ValidationFailedError extends DataError {
  /** The problems, each with a Swedish message naming the field. */
  public readonly issues: ValidationIssue[];

  /** Creates the error from the model's issues (at least one). */
  public constructor(issues: ValidationIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (och ${issues.length - 1} fel till)` : '';
    const moreEn = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(
      'validation',
      first ? `Kan inte spara: ${first.message}${more}` : 'Kan inte spara: uppgifterna är ofullständiga.',
      first ? `Cannot save: ${first.messageEn}${moreEn}` : 'Cannot save: the data is incomplete.'
    );
    this.issues = issues;
  }
}

/** SharePoint kept throttling (HTTP 429/503) after every retry was spent. */
export class ThrottledError extends DataError {
  /** Creates the error; `status` is the last status seen. */
  public constructor(status: number) {
    super(
      'throttled',
      'SharePoint är hårt belastat just nu och tog inte emot ändringen. Vänta en stund och försök igen.',
      'SharePoint is busy right now and did not accept the request. Wait a moment and try again.',
      status
    );
  }
}

/** The server could not be reached or failed (network error, 5xx) after retries. */
export class UnavailableError extends DataError {
  /** Creates the error; `status` is the last status seen, undefined for a network error. */
  public constructor(status?: number) {
    super(
      'unavailable',
      'Det gick inte att nå SharePoint. Kontrollera anslutningen och försök igen.',
      'SharePoint could not be reached. Check the connection and try again.',
      status
    );
  }
}

/**
 * A save of several items failed part-way and the items already created could not all be
 * removed again. Carries the ids left behind so the UI can tell the user.
 */
export class PartialSaveError extends DataError {
  /** Item ids per list title that remained after the compensation failed. */
  public readonly leftBehind: Record<string, number[]>;

  /** Creates the error with what is left behind. */
  public constructor(leftBehind: Record<string, number[]>, status?: number) {
    super(
      'partial-save',
      'Sparandet avbröts och allt kunde inte återställas. Ladda om sidan och kontrollera uppgifterna.',
      'Saving was interrupted and could not be fully undone. Reload the page and check the data.',
      status
    );
    this.leftBehind = leftBehind;
  }
}

/** Anything else SharePoint answered with. */
export class UnexpectedError extends DataError {
  /** The server's own text, for support; never shown as the main message. */
  public readonly detail: string;

  /** Creates the error with the server's text as detail. */
  public constructor(detail: string, status?: number) {
    super(
      'unexpected',
      'Något gick fel när uppgifterna skulle sparas eller hämtas. Försök igen.',
      'Something went wrong while saving or loading the data. Try again.',
      status
    );
    this.detail = detail;
  }
}
