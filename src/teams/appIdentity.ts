/**
 * The product's fixed identities in Microsoft Teams. They are written into the Teams app
 * manifest (`config/teams/manifest.template.json`) and the SPFx component manifests, and a test holds
 * them equal: a deep link sent today must still open the right view after the next release.
 */

/** The Teams app's id (`id` in the Teams app manifest); deep links name the app by it. */
export const TEAMS_APP_ID = 'b431199f-f10e-4c8a-9d20-979572bb4aac';

/** The web part's SPFx component id: the page Teams loads for the personal app and the tab. */
export const WEB_PART_COMPONENT_ID = '377a7e91-3d4d-4de6-8eb3-75f15164e2fd';

/** The Adaptive Card Extension "Att godkänna" (Viva Connections). */
export const ATT_GODKANNA_ACE_COMPONENT_ID = '7420e524-0e59-4034-bef6-f7aee8544ce7';

/**
 * Entity ids of the personal app's tabs (`staticTabs[].entityId`). Teams gives the open tab's
 * entity id to the page (`page.id`), so one web part shows the view the tab names.
 */
export const TEAMS_ENTITY_IDS = {
  /** "Att godkänna": the requests waiting for the user's decision; deep links open a request here. */
  attGodkanna: 'attGodkanna',
  /** "Planer": the plans, as on the SharePoint page. */
  planer: 'planer'
} as const;

/** An entity id of the personal app. */
export type TeamsEntityId = (typeof TEAMS_ENTITY_IDS)[keyof typeof TEAMS_ENTITY_IDS];
