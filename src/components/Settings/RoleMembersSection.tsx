import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';

import type { IInternkontrollService, ProductRole, RoleMembers } from '../../data/InternkontrollService';
import type { Person } from '../../model/types';
import { errorText } from '../common/dataErrors';
import { LoadError } from '../common/LoadError';
import { COLOURS, sharedClasses } from '../common/styles';
import { formatText, useStrings } from '../i18n';
import { looksLikeEmail, roleName, roleText, searchOutcome } from './roleMembersModel';

/** Props of the role holders' section. */
export interface IRoleMembersSectionProps {
  /** The data service. */
  service: IInternkontrollService;
  /** Whether the user may change the groups (else the lists are read-only). */
  canChange: boolean;
}

const classes = mergeStyleSets({
  heading: { fontSize: 18, fontWeight: 600, margin: '0 0 8px' },
  intro: { margin: '0 0 12px', color: COLOURS.secondaryText, fontSize: 13 },
  roles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: 16 },
  role: { border: `1px solid ${COLOURS.border}`, borderRadius: 6, padding: 12 },
  roleHeading: { fontSize: 15, fontWeight: 600, margin: '0 0 2px' },
  group: { fontSize: 12, color: COLOURS.secondaryText, margin: '0 0 4px' },
  roleText: { fontSize: 13, color: COLOURS.secondaryText, margin: '0 0 8px' },
  members: { listStyle: 'none', margin: '0 0 12px', padding: 0, display: 'flex', flexDirection: 'column', gap: 6 },
  member: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 },
  email: { display: 'block', fontSize: 12, color: COLOURS.secondaryText },
  results: { listStyle: 'none', margin: '6px 0 0', padding: 0, display: 'flex', flexDirection: 'column', gap: 4 },
  status: { fontSize: 12, margin: '4px 0 0', color: COLOURS.secondaryText }
});

/** Waits this long after the last keystroke before searching, so typing a name is one request. */
const SEARCH_DELAY_MS = 300;

/** One role: its members, each removable, and a people search that adds. */
function RoleCard(props: {
  entry: RoleMembers;
  canChange: boolean;
  service: IInternkontrollService;
  busy: boolean;
  onAdd: (role: ProductRole, loginOrEmail: string) => void;
  onRemove: (role: ProductRole, person: Person) => void;
}): React.ReactElement {
  const strings = useStrings();
  const { entry, service } = props;
  const [query, setQuery] = React.useState('');
  const [found, setFound] = React.useState<Person[] | undefined>(undefined);
  const headingId = `ik-roll-${entry.role}`;

  React.useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setFound(undefined);
      return undefined;
    }
    let current = true;
    const timer = setTimeout(() => {
      service.searchPeople(text).then(
        (people) => current && setFound(people),
        () => current && setFound([])
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, service]);

  const memberIds = entry.members.map((m) => m.id);
  const candidates = (found ?? []).filter((p) => memberIds.indexOf(p.id) < 0);
  const add = (loginOrEmail: string): void => {
    props.onAdd(entry.role, loginOrEmail);
    setQuery('');
    setFound(undefined);
  };

  return (
    <section className={classes.role} aria-labelledby={headingId}>
      <h4 id={headingId} className={classes.roleHeading}>
        {roleName(entry.role, strings)}
      </h4>
      <p className={classes.group}>{entry.groupTitle}</p>
      <p className={classes.roleText}>{roleText(entry.role, strings)}</p>
      {!entry.exists ? (
        <p>{strings.rolesGroupMissing}</p>
      ) : entry.members.length === 0 ? (
        <p>{strings.rolesNoMembers}</p>
      ) : (
        <ul className={classes.members} aria-label={formatText(strings.rolesMembersLabel, { group: entry.groupTitle })}>
          {entry.members.map((member) => (
            <li key={member.id} className={classes.member}>
              <span>
                {member.title}
                {member.email !== undefined && <span className={classes.email}>{member.email}</span>}
              </span>
              {props.canChange && (
                <DefaultButton
                  text={strings.rolesRemove}
                  ariaLabel={formatText(strings.rolesRemoveName, { name: member.title, group: entry.groupTitle })}
                  disabled={props.busy}
                  onClick={() => props.onRemove(entry.role, member)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {props.canChange && entry.exists && (
        <div>
          <TextField
            label={formatText(strings.rolesSearchLabel, { group: entry.groupTitle })}
            description={strings.rolesSearchHint}
            value={query}
            onChange={(_e, value) => setQuery(value || '')}
            autoComplete="off"
          />
          <p className={classes.status} role="status">
            {found === undefined ? '' : searchOutcome(candidates.length, strings)}
          </p>
          {(candidates.length > 0 || looksLikeEmail(query)) && (
            <ul className={classes.results} aria-label={formatText(strings.rolesResultsLabel, { group: entry.groupTitle })}>
              {candidates.map((person) => (
                <li key={person.id}>
                  <DefaultButton
                    text={person.email !== undefined ? `${person.title} (${person.email})` : person.title}
                    ariaLabel={formatText(strings.rolesAddName, { name: person.title, group: entry.groupTitle })}
                    iconProps={{ iconName: 'AddFriend' }}
                    disabled={props.busy}
                    onClick={() => add(person.email ?? String(person.id))}
                  />
                </li>
              ))}
              {looksLikeEmail(query) && candidates.every((p) => (p.email ?? '').toLowerCase() !== query.trim().toLowerCase()) && (
                <li>
                  <DefaultButton
                    text={formatText(strings.rolesAddEmail, { email: query.trim() })}
                    iconProps={{ iconName: 'AddFriend' }}
                    disabled={props.busy}
                    onClick={() => add(query.trim())}
                  />
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

type Load = { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'ready'; roles: RoleMembers[] };

/** The confirmation of a change, by role. */
function changeText(template: string, name: string, role: RoleMembers | undefined): string {
  return formatText(template, { name, group: role ? role.groupTitle : '' });
}

/**
 * Who holds each role, on the settings page: the members of the product's three SharePoint
 * groups, each removable, and a people search over the site's users (or a whole e-mail address
 * from the organisation's directory, through `ensureuser`) that adds. Read-only for users
 * SharePoint would refuse.
 */
export function RoleMembersSection(props: IRoleMembersSectionProps): React.ReactElement {
  const strings = useStrings();
  const { service } = props;
  const [load, setLoad] = React.useState<Load>({ kind: 'loading' });
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ ok: boolean; text: string } | undefined>(undefined);

  const read = React.useCallback(async (): Promise<void> => {
    try {
      setLoad({ kind: 'ready', roles: await service.loadRoleMembers() });
    } catch (error) {
      setLoad({ kind: 'error', error });
    }
  }, [service]);

  React.useEffect(() => {
    void read();
  }, [read]);

  /** Runs a change; its result is the confirmation to show. */
  const change = async (run: () => Promise<string>): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage({ ok: true, text: await run() });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error, strings) });
    } finally {
      await read();
      setBusy(false);
    }
  };

  const roles = load.kind === 'ready' ? load.roles : [];
  const byRole = (role: ProductRole): RoleMembers | undefined => roles.filter((r) => r.role === role)[0];

  return (
    <section className={sharedClasses.card} aria-labelledby="ik-inst-roller">
      <h3 id="ik-inst-roller" className={classes.heading}>
        {strings.rolesHeading}
      </h3>
      <p className={classes.intro}>
        {strings.rolesIntro} {props.canChange ? '' : strings.rolesReadOnly}
      </p>
      {load.kind === 'loading' && <Spinner size={SpinnerSize.medium} label={strings.rolesLoading} />}
      {load.kind === 'error' && <LoadError error={load.error} onRetry={() => void read()} />}
      <div aria-live="polite">
        {message !== undefined && (
          <MessageBar messageBarType={message.ok ? MessageBarType.success : MessageBarType.error} isMultiline={true} onDismiss={() => setMessage(undefined)} dismissButtonAriaLabel={strings.close}>
            {message.text}
          </MessageBar>
        )}
      </div>
      {load.kind === 'ready' && (
        <div className={classes.roles}>
          {roles.map((entry) => (
            <RoleCard
              key={entry.role}
              entry={entry}
              canChange={props.canChange}
              service={service}
              busy={busy}
              onAdd={(role, loginOrEmail) =>
                void change(async () => {
                  const person = await service.addRoleMember(role, loginOrEmail);
                  return changeText(strings.rolesAdded, person.title, byRole(role));
                })
              }
              onRemove={(role, person) =>
                void change(async () => {
                  await service.removeRoleMember(role, person.id);
                  return changeText(strings.rolesRemoved, person.title, byRole(role));
                })
              }
            />
          ))}
        </div>
      )}
    </section>
  );
}
