/**
 * Deep links into the personal app and what the page reads from the Teams context. Expected
 * links are written out by hand from the format Teams documents:
 * https://teams.microsoft.com/l/entity/{appId}/{entityId}?context={"subEntityId":"…"} (URL-encoded).
 */
import {
  approvalRequestDeepLink,
  buildTeamsDeepLink,
  parseTeamsDeepLink,
  TEAMS_APP_ID,
  teamsHostState,
  teamsThemeName
} from '../../src/teams';

const KEY = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

describe('deep links', () => {
  it('opens a request in the "Att godkänna" tab', () => {
    expect(approvalRequestDeepLink(KEY)).toBe(
      `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/attGodkanna?label=Att%20godk%C3%A4nna&context=%7B%22subEntityId%22%3A%22${KEY}%22%7D`
    );
  });

  it('round-trips every part', () => {
    const link = { appId: TEAMS_APP_ID, entityId: 'attGodkanna', subEntityId: KEY, label: 'Att godkänna', webUrl: 'https://kommun.sharepoint.com/sites/internkontroll?a=1&b=2' };
    expect(parseTeamsDeepLink(buildTeamsDeepLink(link))).toEqual(link);
    expect(parseTeamsDeepLink(buildTeamsDeepLink({ appId: TEAMS_APP_ID, entityId: 'planer' }))).toEqual({ appId: TEAMS_APP_ID, entityId: 'planer' });
  });

  it('reads a link as Teams clients write it (unencoded braces and quotes)', () => {
    const written = `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/attGodkanna?context={"subEntityId":"${KEY}"}`;
    expect(parseTeamsDeepLink(written)).toEqual({ appId: TEAMS_APP_ID, entityId: 'attGodkanna', subEntityId: KEY });
  });

  it.each([
    ['another host', `https://teams.example.com/l/entity/${TEAMS_APP_ID}/attGodkanna`],
    ['http', `http://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/attGodkanna`],
    ['another path', `https://teams.microsoft.com/l/chat/${TEAMS_APP_ID}/attGodkanna`],
    ['an app id that is no GUID', 'https://teams.microsoft.com/l/entity/internkontroll/attGodkanna'],
    ['a context that is no JSON', `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/attGodkanna?context=%7Bsub`],
    ['a sub-entity id with markup', `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/attGodkanna?context=${encodeURIComponent('{"subEntityId":"<img src=x>"}')}`],
    ['a sub-entity id that is a number', `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/attGodkanna?context=${encodeURIComponent('{"subEntityId":5}')}`],
    ['no URL at all', 'attGodkanna']
  ])('is not read from %s', (_, url) => {
    expect(parseTeamsDeepLink(url)).toBeUndefined();
  });

  it('refuses to build what it would not read back', () => {
    expect(() => buildTeamsDeepLink({ appId: 'x', entityId: 'attGodkanna' })).toThrow('Teams-appens id måste vara ett GUID');
    expect(() => buildTeamsDeepLink({ appId: TEAMS_APP_ID, entityId: 'att godkänna' })).toThrow('Ogiltigt entitets-id');
    expect(() => approvalRequestDeepLink('"><script>')).toThrow('Ogiltigt id att öppna');
  });
});

describe('Teams context', () => {
  it('opens the request a deep link named, in the tab it named, in its theme', () => {
    expect(teamsHostState({ app: { theme: 'dark', locale: 'sv-se' }, page: { id: 'attGodkanna', subPageId: KEY } })).toEqual({
      theme: 'dark',
      entityId: 'attGodkanna',
      subEntityId: KEY,
      locale: 'sv-se'
    });
  });

  it('maps the three themes and treats anything else as default', () => {
    expect(['default', 'dark', 'contrast', 'highContrast', undefined].map(teamsThemeName)).toEqual(['default', 'dark', 'contrast', 'default', 'default']);
  });

  it('drops a tab that is not ours and a sub-entity id it would never write', () => {
    expect(teamsHostState({ app: { theme: 'contrast' }, page: { id: 'someOtherTab', subPageId: 'a b' } })).toEqual({ theme: 'contrast' });
    expect(teamsHostState({})).toEqual({ theme: 'default' });
    expect(teamsHostState({ page: { id: 'planer', subPageId: '' } })).toEqual({ theme: 'default', entityId: 'planer' });
  });
});
