/**
 * Which Word the add-in runs in. WordApi 1.4 is the floor (content controls with OrNullObject
 * navigation, document settings); sign-in uses nested app authentication when the host has it
 * and the dialog API otherwise. Pure over `Office.context.requirements`.
 */

/** `Office.context.requirements`, or anything that answers the same question. */
export interface RequirementSets {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** What the host supports. */
export interface HostSupport {
  /** WordApi 1.4 or later: the add-in can work. */
  readonly supported: boolean;
  /** Swedish message for an older Word; empty when supported. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
  /** NestedAppAuth 1.1: MSAL's nested app authentication works here. */
  readonly nestedAppAuth: boolean;
  /** DialogApi 1.1: the sign-in dialog fallback works here. */
  readonly dialogApi: boolean;
}

/** The requirement set the add-in needs. */
export const MINIMUM_WORD_API = { name: 'WordApi', version: '1.4' } as const;

/** What the host supports, with a plain message when it is too old. */
export function checkHostSupport(requirements: RequirementSets | undefined): HostSupport {
  const has = (name: string, version: string): boolean => {
    try {
      return requirements !== undefined && requirements.isSetSupported(name, version);
    } catch {
      return false;
    }
  };
  const supported = has(MINIMUM_WORD_API.name, MINIMUM_WORD_API.version);
  return {
    supported,
    message: supported
      ? ''
      : 'Den här versionen av Word kan inte köra Internkontroll. Använd Word för Microsoft 365, Word 2021 eller senare, eller Word på webben.',
    messageEn: supported
      ? ''
      : 'This version of Word cannot run Internkontroll. Use Word for Microsoft 365, Word 2021 or later, or Word on the web.',
    nestedAppAuth: has('NestedAppAuth', '1.1'),
    dialogApi: has('DialogApi', '1.1')
  };
}
