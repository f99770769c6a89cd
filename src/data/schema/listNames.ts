/**
 * The names code finds the product's lists and stored values by: small, and free of the list
 * definitions (lists.ts), which only provisioning and history need.
 */
import type { FollowUpTargetType } from '../../model/types';

/** The internal titles of the approval lists. */
export const APPROVAL_LIST_TITLES = {
  godkannare: 'IKGodkannare',
  ersattare: 'IKErsattare',
  godkannanden: 'IKGodkannanden',
  beslut: 'IKBeslut',
  ogonblicksbilder: 'IKOgonblicksbilder'
} as const;

/** The internal titles of the product's lists. Code finds a list by this title. */
export const LIST_TITLES = {
  planer: 'IKPlaner',
  omraden: 'IKOmraden',
  risker: 'IKRisker',
  kontrollmoment: 'IKKontrollmoment',
  atgarder: 'IKAtgarder',
  uppfoljningar: 'IKUppfoljningar',
  avvikelser: 'IKAvvikelser',
  installningar: 'IKInstallningar',
  rapportformer: 'IKRapportformer',
  ...APPROVAL_LIST_TITLES
} as const;

/** Internal title of one of the product's lists. */
export type ListTitle = (typeof LIST_TITLES)[keyof typeof LIST_TITLES];

/**
 * Stored value of the `Objekttyp` column per kind of follow-up target. The value names what
 * the follow-up is about in SharePoint's own list view, so it is proper Swedish.
 */
export const OBJEKTTYP_VALUES: Readonly<Record<FollowUpTargetType, string>> = {
  kontrollmoment: 'Kontrollmoment',
  atgard: 'Åtgärd',
  risk: 'Risk'
};

/**
 * Separator between the dates of `Avstamningsdatum`: the column holds one or more ISO dates,
 * "2022-05-01, 2022-09-01", readable in SharePoint's own list view.
 */
export const AVSTAMNINGSDATUM_SEPARATOR = ', ';


/**
 * Stored values of the `Avisering` column of IKInstallningar, by the notification path they
 * choose: Teams' activity feed (falling back to chat, then e-mail), a Teams chat message (then
 * e-mail), e-mail only, or none.
 */
export const NOTIFICATION_SETTING_STORED = {
  activity: 'Aktivitetsflöde i Teams (med reserv)',
  chat: 'Chattmeddelande i Teams',
  email: 'E-post',
  off: 'Av'
} as const;

/** The notification setting: where notifications start, or `off`. */
export type NotificationSetting = keyof typeof NOTIFICATION_SETTING_STORED;

/** The stored values, in the order offered. */
export const NOTIFICATION_SETTING_VALUES: readonly string[] = Object.values(NOTIFICATION_SETTING_STORED);
