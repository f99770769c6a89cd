/**
 * What the product reads from the Teams context (`teamsJs.app.getContext()`): the theme, the
 * open tab (`page.id`, an entity id of the manifest) and what a deep link asked to open
 * (`page.subPageId`, the link's `subEntityId`). A pure mapping over a structural type, so the
 * web part, the local Teams page and tests share it without teams-js.
 */
import { TEAMS_ENTITY_IDS, type TeamsEntityId } from './appIdentity';
import { isValidSubEntityId } from './deepLinks';

/** Teams' three themes. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** The part of teams-js's `app.Context` the product reads. */
export interface TeamsContextLike {
  /** App information; `theme` is "default", "dark" or "contrast". */
  app?: { theme?: string; locale?: string };
  /** The page (tab) Teams shows. */
  page?: { id?: string; subPageId?: string; frameContext?: string };
}

/** What a host needs to know about Teams. */
export interface TeamsHostState {
  /** The theme to render in. */
  theme: TeamsThemeName;
  /** The personal app's tab being shown, when it is one of ours. */
  entityId?: TeamsEntityId;
  /** The approval request (or other item) a deep link asked to open. */
  subEntityId?: string;
  /** Teams' UI language (e.g. "sv-se"), when given. */
  locale?: string;
}

/** Teams' theme name as the product's theme; anything unknown renders as "default". */
export function teamsThemeName(theme: string | undefined): TeamsThemeName {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/** The host state of a Teams context. An invalid sub-entity id is dropped, never passed on. */
export function teamsHostState(context: TeamsContextLike): TeamsHostState {
  const state: TeamsHostState = { theme: teamsThemeName(context.app?.theme) };
  const pageId = context.page?.id;
  const entity = Object.values(TEAMS_ENTITY_IDS).find((id) => id === pageId);
  if (entity !== undefined) {
    state.entityId = entity;
  }
  const subPageId = context.page?.subPageId;
  if (subPageId !== undefined && subPageId !== '' && isValidSubEntityId(subPageId)) {
    state.subEntityId = subPageId;
  }
  if (context.app?.locale !== undefined && context.app.locale !== '') {
    state.locale = context.app.locale;
  }
  return state;
}
