/** Teams pieces every host and feature may use: the app's identities, deep links, the Teams context. */
export * from './appIdentity';
export * from './deepLinks';
export * from './teamsContext';
