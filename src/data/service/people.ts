/**
 * People for pickers: a search over the site's users (`web/siteusers` with `substringof` on the
 * name and e-mail, at most 20), and `ensureuser` for a person of the organisation's directory
 * who has not used the site yet, by e-mail address or login.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { Person } from '../../model/types';
import { PersonNotFoundError } from '../errors';
import { httpStatusOf, toDataError } from '../httpErrors';
import { odataString } from '../ListRepository';

/** Fewest characters a search needs, so one letter does not list the whole site. */
export const PERSON_SEARCH_MIN = 2;

/** Most people one search returns. */
export const PERSON_SEARCH_MAX = 20;

/** A site user as REST returns it. */
interface SiteUserJson {
  Id: number;
  Title: string;
  Email?: string;
}

/** A site user as a Person. */
export function personFromUser(user: SiteUserJson): Person {
  const person: Person = { id: user.Id, title: user.Title };
  if (user.Email !== undefined && user.Email !== '') {
    person.email = user.Email;
  }
  return person;
}

/** Site users (people, not groups) whose name or e-mail contains the text, by name. */
export async function searchPeople(sp: SPFI, text: string): Promise<Person[]> {
  const query = text.trim();
  if (query.length < PERSON_SEARCH_MIN) {
    return [];
  }
  const quoted = odataString(query);
  try {
    const users = await sp.web.siteUsers
      .select('Id', 'Title', 'Email', 'PrincipalType')
      .filter(`PrincipalType eq 1 and (substringof(${quoted},Title) or substringof(${quoted},Email))`)
      .top(PERSON_SEARCH_MAX)<SiteUserJson[]>();
    return users.map(personFromUser).sort((a, b) => a.title.localeCompare(b.title, 'sv'));
  } catch (error) {
    throw toDataError(error, { entity: 'settings', action: 'read' });
  }
}

/** The person with the e-mail or login, made a site user if needed (`ensureuser`). */
export async function ensurePerson(sp: SPFI, loginOrEmail: string): Promise<Person> {
  const login = loginOrEmail.trim();
  try {
    const user = await sp.web.ensureUser(login);
    return personFromUser(user as unknown as SiteUserJson);
  } catch (error) {
    if (httpStatusOf(error) === 404) {
      throw new PersonNotFoundError(login);
    }
    throw toDataError(error, { entity: 'settings', action: 'manage' });
  }
}
