/**
 * Contract tests: the demo users and the site's associated groups, the caller named per
 * request, the groups' permission levels on the site, WriteSecurity = 2, and the form digest.
 */
import { DEFAULT_SITE_URL, createLocalSharePointCore } from '../../local';
import { createTestSite, provisionTestLists, spErrorOf, type TestSite } from './support';

const ACCESS_DENIED = {
  status: 403,
  code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. You do not have permission to perform this action or access this resource.'
};

describe('local SharePoint: users, groups and permissions', () => {
  let site: TestSite;

  beforeEach(async () => {
    site = createTestSite();
    await provisionTestLists(site.sp(), { writeSecurity: 2 });
  });

  afterEach(() => {
    site.core.close();
  });

  it('answers currentuser per caller, with groups', async () => {
    const expected = [
      ['samordnare', 6, 'Samordnare intern kontroll', true, ['Internkontroll – ägare']],
      ['handlaggare', 7, 'Handläggare', false, ['Internkontroll – medlemmar']],
      ['chef', 8, 'Förvaltningsdirektör', false, ['Internkontroll – medlemmar']],
      ['lasare', 9, 'Läsare', false, ['Internkontroll – besökare']]
    ] as const;
    for (const [login, id, title, admin, groups] of expected) {
      const sp = site.sp(login);
      const user = await sp.web.currentUser();
      expect(user).toMatchObject({ Id: id, Title: title, IsSiteAdmin: admin, Email: `${login}@kommun.example`, LoginName: `i:0#.f|membership|${login}@kommun.example` });
      expect((await sp.web.currentUser.groups()).map((g: { Title: string }) => g.Title)).toEqual(groups);
    }
  });

  it('lists site users and groups with their members, and finds users by id and e-mail', async () => {
    const sp = site.sp('lasare');
    expect((await sp.web.siteUsers()).map((u: { Id: number }) => u.Id)).toEqual([6, 7, 8, 9]);
    expect((await sp.web.siteGroups()).map((g: { Id: number; Title: string }) => [g.Id, g.Title])).toEqual([
      [3, 'Internkontroll – ägare'],
      [4, 'Internkontroll – besökare'],
      [5, 'Internkontroll – medlemmar']
    ]);
    expect((await sp.web.siteGroups.getById(4).users()).map((u: { Title: string }) => u.Title)).toEqual(['Läsare']);
    expect((await sp.web.siteGroups.getById(5).users()).map((u: { Title: string }) => u.Title)).toEqual(['Handläggare', 'Förvaltningsdirektör']);
    expect((await sp.web.siteGroups.getByName('Internkontroll – ägare').users()).map((u: { Id: number }) => u.Id)).toEqual([6]);
    expect((await sp.web.siteUsers.getById(8)()).Title).toBe('Förvaltningsdirektör');
    expect((await sp.web.siteUsers.getByEmail('chef@kommun.example')()).Id).toBe(8);
    expect((await sp.web.siteUsers.getByLoginName('i:0#.f|membership|lasare@kommun.example')()).Id).toBe(9);
    expect((await sp.web.getUserById(7)()).Title).toBe('Handläggare');
  });

  it('ensures a user by login and refuses unknown people', async () => {
    const sp = site.sp('handlaggare');
    expect((await sp.web.ensureUser('i:0#.f|membership|chef@kommun.example')).Id).toBe(8);
    site.core.store.users.addToDirectory({ login: 'enhetschef', title: 'Enhetschef' });
    const ensured = await sp.web.ensureUser('enhetschef@kommun.example');
    expect(ensured).toMatchObject({ Title: 'Enhetschef', Email: 'enhetschef@kommun.example' });
    expect((await sp.web.siteUsers()).map((u: { Title: string }) => u.Title)).toContain('Enhetschef');
    expect((await spErrorOf(sp.web.ensureUser('okand@annanstans.example'))).status).toBe(404);
    expect(await spErrorOf(site.sp('lasare').web.ensureUser('chef@kommun.example'))).toEqual(ACCESS_DENIED);
  });

  it('takes the caller from X-Local-User or the cookie, by login, e-mail or claims login', async () => {
    const call = async (headers: Record<string, string>): Promise<string> => {
      const answer = await site.core.handle({ method: 'GET', url: `${DEFAULT_SITE_URL}/_api/web/currentuser?$select=Title`, headers: { Accept: 'application/json;odata=nometadata', ...headers } });
      expect(answer.status).toBe(200);
      return (JSON.parse(answer.body) as { Title: string }).Title;
    };
    expect(await call({ Cookie: 'theme=dark; local-user=chef' })).toBe('Förvaltningsdirektör');
    expect(await call({ 'X-Local-User': 'lasare@kommun.example' })).toBe('Läsare');
    expect(await call({ 'X-Local-User': 'i:0#.f|membership|handlaggare@kommun.example' })).toBe('Handläggare');
  });

  it('lets readers read but not write', async () => {
    await site.sp('handlaggare').web.lists.getByTitle('IKKontrollmoment').items.add({ Title: 'Läsbar' });
    const reader = site.sp('lasare').web.lists.getByTitle('IKKontrollmoment');
    expect((await reader.items.select('Title')()).map((r: { Title: string }) => r.Title)).toEqual(['Läsbar']);
    expect(await spErrorOf(reader.items.add({ Title: 'Nej' }))).toEqual(ACCESS_DENIED);
    expect(await spErrorOf(reader.items.getById(1).update({ Title: 'Nej' }))).toEqual(ACCESS_DENIED);
    expect(await spErrorOf(reader.items.getById(1).delete())).toEqual(ACCESS_DENIED);
    expect(await spErrorOf(reader.items.getById(1).recycle())).toEqual(ACCESS_DENIED);
  });

  it('with WriteSecurity 2 lets members edit only their own items; owners edit all', async () => {
    const list = (user: string) => site.sp(user).web.lists.getByTitle('IKKontrollmoment');
    const own = await list('handlaggare').items.add({ Title: 'Handläggarens' });
    expect(own.AuthorId).toBe(7);
    expect(await spErrorOf(list('chef').items.getById(own.Id).update({ Title: 'Chefens ändring' }))).toEqual(ACCESS_DENIED);
    expect(await spErrorOf(list('chef').items.getById(own.Id).delete())).toEqual(ACCESS_DENIED);
    await list('handlaggare').items.getById(own.Id).update({ Title: 'Egen ändring' });
    await list('samordnare').items.getById(own.Id).update({ Title: 'Samordnarens ändring' });
    const item = await list('chef').items.getById(own.Id)();
    expect(item).toMatchObject({ Title: 'Samordnarens ändring', AuthorId: 7, EditorId: 6 });
    const chefs = await list('chef').items.add({ Title: 'Chefens' });
    await list('chef').items.getById(chefs.Id).delete();
  });

  it('with ReadSecurity 2 shows members and visitors only their own items; owners see all', async () => {
    await site.sp().web.lists.getByTitle('IKKontrollmoment').update({ ReadSecurity: 2 });
    const list = (user: string) => site.sp(user).web.lists.getByTitle('IKKontrollmoment');
    const mine = await list('handlaggare').items.add({ Title: 'Handläggarens' });
    await list('chef').items.add({ Title: 'Chefens' });
    const titlesFor = async (user: string): Promise<string[]> => (await list(user).items.select('Title')()).map((r: { Title: string }) => r.Title);
    expect(await titlesFor('handlaggare')).toEqual(['Handläggarens']);
    expect(await titlesFor('chef')).toEqual(['Chefens']);
    expect(await titlesFor('lasare')).toEqual([]);
    expect(await titlesFor('samordnare')).toEqual(['Handläggarens', 'Chefens']);
    expect(await spErrorOf(list('chef').items.getById(mine.Id)())).toEqual(ACCESS_DENIED);
  });

  it('expands a person column to Title and EMail', async () => {
    await site.sp().web.lists.getByTitle('IKPlaner').items.add({ Title: 'Plan', SamordnareId: 6 });
    const [plan] = await site.sp('lasare').web.lists.getByTitle('IKPlaner').items.expand('Samordnare').select('Samordnare/Title', 'Samordnare/EMail')();
    expect(plan.Samordnare).toMatchObject({ Title: 'Samordnare intern kontroll', EMail: 'samordnare@kommun.example' });
  });

  it('refuses writes without a valid form digest with SharePoint’s 403', async () => {
    const url = `${DEFAULT_SITE_URL}/_api/web/lists/getByTitle('IKPlaner')/items`;
    const noDigest = await site.core.handle({ method: 'POST', url, headers: { Accept: 'application/json', 'X-Local-User': 'samordnare' }, body: '{"Title":"x"}' });
    expect(noDigest.status).toBe(403);
    expect(JSON.parse(noDigest.body)['odata.error']).toEqual({
      code: '-2130575251, Microsoft.SharePoint.SPException',
      message: {
        lang: 'en-US',
        value: "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
      }
    });
    const forged = await site.core.handle({ method: 'POST', url, headers: { 'X-Local-User': 'samordnare', 'X-RequestDigest': '0xABCDEF,25 Nov 2026 20:20:20 -0000' }, body: '{"Title":"x"}' });
    expect(forged.status).toBe(403);
  });

  it('expires a digest after its timeout', async () => {
    let now = new Date('2026-11-25T08:00:00Z');
    const core = createLocalSharePointCore({ clock: () => now });
    const info = await core.handle({ method: 'POST', url: `${DEFAULT_SITE_URL}/_api/contextinfo`, headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'samordnare' } });
    const { FormDigestValue: digest, FormDigestTimeoutSeconds: timeout } = JSON.parse(info.body) as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
    expect(timeout).toBe(1800);
    const write = () => core.handle({ method: 'POST', url: `${DEFAULT_SITE_URL}/_api/web/lists`, headers: { 'X-Local-User': 'samordnare', 'X-RequestDigest': digest }, body: '{"Title":"IKTest"}' });
    now = new Date('2026-11-25T08:29:00Z');
    expect((await write()).status).toBe(201);
    now = new Date('2026-11-25T08:31:00Z');
    expect((await write()).status).toBe(403);
    core.close();
  });
});
