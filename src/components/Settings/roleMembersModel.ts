/**
 * The role holders' section's small rules, pure: the role's name and text in the user's
 * language, what a search found, and whether the typed text is a whole e-mail address (which
 * `ensureuser` can add from the organisation's directory although it is not a site user yet).
 */
import type { ProductRole } from '../../data/InternkontrollService';
import { formatText, IUiStrings } from '../i18n';

/** The role's name, e.g. "Rapportörer". */
export function roleName(role: ProductRole, strings: IUiStrings): string {
  return role === 'samordnare' ? strings.roleSamordnare : role === 'rapportorer' ? strings.roleRapportorer : strings.roleGodkannare;
}

/** What the role's members do. */
export function roleText(role: ProductRole, strings: IUiStrings): string {
  return role === 'samordnare' ? strings.roleSamordnareText : role === 'rapportorer' ? strings.roleRapportorerText : strings.roleGodkannareText;
}

/** "1 person hittades.", "3 personer hittades." or the hint to type a whole address. */
export function searchOutcome(count: number, strings: IUiStrings): string {
  if (count === 0) {
    return strings.rolesSearchNone;
  }
  return count === 1 ? strings.rolesSearchOne : formatText(strings.rolesSearchMany, { count });
}

/** True for text shaped like one whole e-mail address (name@domain.tld), spaces around allowed. */
export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}
