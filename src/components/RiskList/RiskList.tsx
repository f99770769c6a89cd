import * as React from 'react';
import { DefaultButton } from '../common/LightButtons';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { PlanView, Stored } from '../../data/InternkontrollService';
import { isRichTextEmpty, richTextToPlainText, riskLevelFor, sanitizeRichText } from '../../model';
import type { Atgard, Kontrollmoment, Omrade, Period, Risk, RiskMatrix } from '../../model';
import { groupRisksByOmrade } from './riskGrouping';
import { FeedPosition, RiskFeed } from './RiskFeed';
import { DeleteFollowUpButton, StructureActions, StructureButtons } from './StructureButtons';
import { byOrdning } from './structureOrder';
import { ratingOf, resultatLabel, riskBadgeText, statusLabel, statusSymbol } from '../common/labels';
import { avvikelserOf, findFollowUp, FollowUpTarget } from '../common/planViewQueries';
import { formatText, useStrings } from '../i18n';
import { COLOURS, sharedClasses, STATUS_COLOURS } from '../common/styles';

/** Props of the risk list. */
export interface IRiskListProps {
  /** The loaded plan. */
  view: PlanView;
  /** The risks to show (already filtered), with the rating the badges should show. */
  risks: Stored<Risk>[];
  /** The period whose follow-up is shown. */
  period: Period;
  /**
   * True when the user may record follow-ups (SharePoint lets the user add and edit in the
   * follow-up lists: a rapportör, or a site owner); otherwise no follow-up controls are rendered.
   */
  canFollowUp: boolean;
  /** Opens the follow-up form for a kontrollmoment or åtgärd, or the re-rating form for a risk. */
  onFollowUp: (target: FollowUpTarget) => void;
  /** The follow-up saved last in this view, marked on its item where the user's eyes are. */
  lastSaved?: { followUpKey: string; time: string };
  /** The plan's edit controls (edit, move, delete, add); absent for users who may not edit the plan. */
  structure?: StructureActions;
}

const classes = mergeStyleSets({
  // Seen when Page Down / Page Up put focus on the card itself.
  riskCard: { selectors: { ':focus': { outline: 'none' }, ':focus-visible': { outline: `3px solid ${COLOURS.text}`, outlineOffset: 2 } } },
  group: { display: 'flex', flexDirection: 'column', gap: 12, marginBottom: 24 },
  groupHeading: { fontSize: 18, fontWeight: 600, paddingBottom: 4, borderBottom: `2px solid ${COLOURS.border}` },
  groupDescription: { margin: 0, color: COLOURS.secondaryText },
  riskHeader: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '6px 10px' },
  riskTitle: { fontSize: 16, fontWeight: 600, flex: '1 1 320px' },
  riskNumber: { color: COLOURS.secondaryText, fontWeight: 400, marginRight: 6 },
  badges: { display: 'flex', gap: 6, flexWrap: 'wrap' },
  riskDescription: { margin: '8px 0 0', color: COLOURS.text },
  // Padding, not margin: the root's heading reset (margin 0) is the more specific rule.
  subHeading: { fontSize: 13, fontWeight: 600, textTransform: 'uppercase', letterSpacing: '0.04em', color: COLOURS.secondaryText, paddingTop: 14, paddingBottom: 6 },
  items: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 },
  item: {
    borderLeft: `4px solid ${COLOURS.border}`,
    background: '#faf9f8',
    borderRadius: 4,
    padding: '10px 12px',
    display: 'flex',
    alignItems: 'flex-start',
    gap: 16
  },
  itemBody: { flex: '1 1 auto', minWidth: 0 },
  itemTitle: { fontWeight: 600 },
  meta: { display: 'flex', flexWrap: 'wrap', gap: '2px 16px', margin: '4px 0 0', fontSize: 13, color: COLOURS.secondaryText },
  metaTerm: { fontWeight: 600, display: 'inline', marginRight: 4 },
  metaValue: { display: 'inline', margin: 0 },
  statusLine: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginTop: 6 },
  kommentar: { marginTop: 6, fontSize: 14 },
  savedMarker: { fontSize: 13, fontWeight: 600, color: '#0b5a08' },
  avvikelser: { marginTop: 6, fontSize: 13 },
  actions: { flex: '0 0 auto', display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 4 },
  structureRow: { display: 'flex', alignItems: 'center' },
  groupHeader: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 8, borderBottom: `2px solid ${COLOURS.border}` },
  addRow: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 10 },
  riskActions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, marginTop: 10 },
  empty: { margin: 0, color: COLOURS.secondaryText, fontStyle: 'italic' }
});

/** Rich text from a list item, sanitised to the safe subset before it is rendered. */
function RichText(props: { html: string | undefined; className?: string }): React.ReactElement | null {
  if (isRichTextEmpty(props.html)) {
    return null;
  }
  return (
    <div
      className={`${sharedClasses.richText} ${props.className || ''}`}
      // The model's sanitiser keeps only p, b/strong, i/em, ul/ol/li and br, without attributes.
      dangerouslySetInnerHTML={{ __html: sanitizeRichText(props.html) }}
    />
  );
}

/** The "Hög (12)" badge in the level's colours; the level is written, never shown by colour alone. */
export function RiskLevelBadge(props: { matrix: RiskMatrix; risk: Risk; prefix?: string }): React.ReactElement | null {
  const strings = useStrings();
  const rating = ratingOf(props.risk);
  const text = riskBadgeText(props.matrix, props.risk, strings);
  if (!rating || text === undefined) {
    return (
      <span className={sharedClasses.badge} style={{ background: '#ffffff', color: COLOURS.secondaryText, borderColor: '#8a8886' }}>
        {props.prefix ? `${props.prefix} ` : ''}
        {strings.notRated}
      </span>
    );
  }
  const level = riskLevelFor(props.matrix, rating);
  return (
    <span
      className={sharedClasses.badge}
      style={level ? { background: level.colour, color: level.textColour } : { background: '#ffffff', color: COLOURS.text, borderColor: '#8a8886' }}
      title={`${strings.riskLevelLabel}: ${text}`}
    >
      {props.prefix ? `${props.prefix} ` : ''}
      {text}
    </span>
  );
}

/** The status pill of a follow-up: symbol and word, coloured as a second cue. */
export function StatusPill(props: {
  status: Parameters<typeof statusLabel>[0] | undefined;
  /** True when a follow-up exists (then a missing status reads "Utan status", not "Inte uppföljd"). */
  followedUp?: boolean;
}): React.ReactElement {
  const strings = useStrings();
  const colours = STATUS_COLOURS[props.status || 'none'];
  return (
    <span className={sharedClasses.badge} style={{ background: colours.background, color: colours.text, borderColor: colours.border }}>
      <span aria-hidden="true">{statusSymbol(props.status)}</span>
      {props.status ? statusLabel(props.status, strings) : props.followedUp ? strings.noStatus : strings.noFollowUp}
    </span>
  );
}

/** One kontrollmoment or åtgärd with its follow-up in the period. */
function FollowUpItem(props: {
  view: PlanView;
  target: FollowUpTarget;
  period: Period;
  canFollowUp: boolean;
  onFollowUp: (target: FollowUpTarget) => void;
  lastSaved?: { followUpKey: string; time: string };
  structure?: StructureActions;
  siblings: Array<Stored<Kontrollmoment> | Stored<Atgard>>;
}): React.ReactElement {
  const strings = useStrings();
  const { view, target, period } = props;
  const followUp = findFollowUp(view, target.type, target.item.key, period.key);
  const avvikelser = followUp ? avvikelserOf(view, followUp.key) : [];
  const titleId = `ik-${target.type}-${target.item.key}-titel`;
  const status = followUp ? followUp.status : undefined;
  const km = target.type === 'kontrollmoment' ? (target.item as Stored<Kontrollmoment>) : undefined;
  const atgard = target.type === 'atgard' ? (target.item as Stored<Atgard>) : undefined;
  const name = km ? formatText(strings.kontrollmomentNumber, { nr: km.nr }) : atgard ? atgard.beskrivning : '';
  const meta: Array<[string, string | undefined]> = km
    ? [
        [strings.metodLabel, km.kontrollmetod ? richTextToPlainText(km.kontrollmetod).replace(/\s+/g, ' ') : undefined],
        [strings.ansvarigLabel, km.ansvarig],
        [strings.frekvensLabel, km.frekvens]
      ]
    : [
        [strings.currentStatusLabel, atgard && statusLabel(atgard.status, strings)],
        [strings.ansvarigLabel, atgard && atgard.ansvarig],
        [strings.slutdatumLabel, atgard && atgard.slutdatum]
      ];
  const shownMeta = meta.filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
  return (
    <li className={classes.item} style={{ borderLeftColor: STATUS_COLOURS[status || 'none'].border }}>
      <div className={classes.itemBody}>
        {km ? (
          <div id={titleId}>
            <span className={classes.itemTitle}>{name}: </span>
            <span dangerouslySetInnerHTML={{ __html: inlineRichText(km.beskrivning) }} />
            {km.obligatorisk && (
              <span className={`${sharedClasses.badge} ${sharedClasses.obligatoriskBadge}`} style={{ marginLeft: 8 }}>
                {strings.obligatorisk}
              </span>
            )}
          </div>
        ) : (
          <div id={titleId} className={classes.itemTitle}>
            {name}
          </div>
        )}
        {atgard && atgard.detaljer && <RichText html={atgard.detaljer} className={classes.kommentar} />}
        {shownMeta.length > 0 && (
          <dl className={classes.meta}>
            {shownMeta.map(([term, value]) => (
              <div key={term}>
                <dt className={classes.metaTerm}>{term}:</dt>
                <dd className={classes.metaValue}>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        <div className={classes.statusLine}>
          <span className={sharedClasses.visuallyHidden}>{`${strings.fieldStatus} ${period.label}:`}</span>
          <StatusPill status={status} followedUp={followUp !== undefined} />
          {followUp && followUp.resultat && (
            <span className={sharedClasses.badge} style={{ background: '#ffffff', color: COLOURS.text, borderColor: COLOURS.border }}>
              {resultatLabel(followUp.resultat, strings)}
            </span>
          )}
          {followUp && props.lastSaved && props.lastSaved.followUpKey === followUp.key && (
            <span className={classes.savedMarker}>✓ {formatText(strings.savedMarker, { time: props.lastSaved.time })}</span>
          )}
        </div>
        {followUp && <RichText html={followUp.kommentar} className={classes.kommentar} />}
        {avvikelser.length > 0 && (
          <div className={classes.avvikelser}>
            <strong>{strings.avvikelserInline}:</strong>
            <ul style={{ margin: '2px 0 0', paddingLeft: 20 }}>
              {avvikelser.map((a) => (
                <li key={a.key}>
                  {a.beskrivning}
                  {a.atgard ? ` — ${strings.fieldAvvikelseAtgard}: ${a.atgard}` : ''}
                  {a.slutdatum ? ` (${strings.slutdatumLabel.toLocaleLowerCase(strings.locale)} ${a.slutdatum})` : ''}
                  {a.status ? ` · ${statusLabel(a.status, strings)}` : ''}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {(props.canFollowUp || props.structure) && (
        <div className={classes.actions}>
          {props.canFollowUp && (
            <DefaultButton
              text={strings.followUpButton}
              iconProps={{ iconName: 'Edit' }}
              ariaLabel={formatText(strings.followUpButtonName, { name: km ? name.toLocaleLowerCase(strings.locale) : `”${name}”`, period: period.label })}
              onClick={() => props.onFollowUp(target)}
            />
          )}
          {props.structure && (
            <div className={classes.structureRow}>
              <StructureButtons
                actions={props.structure}
                kind={target.type === 'kontrollmoment' ? 'kontrollmoment' : 'atgard'}
                item={target.item as Stored<Kontrollmoment> | Stored<Atgard>}
                siblings={props.siblings}
                name={km ? name.toLocaleLowerCase(strings.locale) : formatText(strings.atgardName, { name })}
              />
              {followUp && (
                <DeleteFollowUpButton
                  actions={props.structure}
                  followUp={followUp}
                  name={`${km ? name.toLocaleLowerCase(strings.locale) : formatText(strings.atgardName, { name })} ${period.label}`}
                />
              )}
            </div>
          )}
        </div>
      )}
    </li>
  );
}

/** Rich text reduced to inline markup (paragraphs become spaces) so it can follow a label on one line. */
function inlineRichText(html: string): string {
  return sanitizeRichText(html)
    .replace(/<\/?(p|ul|ol|li)>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A heading and the list of kontrollmoment or åtgärder under a risk; nothing when there are none. */
function FollowUpSection(
  props: IRiskListProps & { heading: string; headingElement: 'h5' | 'h6'; targets: FollowUpTarget[] }
): React.ReactElement | null {
  if (props.targets.length === 0) {
    return null;
  }
  const SubHeading = props.headingElement;
  return (
    <>
      <SubHeading className={classes.subHeading}>{props.heading}</SubHeading>
      <ul className={classes.items}>
        {props.targets.map((target) => (
          <FollowUpItem
            key={target.item.key}
            view={props.view}
            target={target}
            period={props.period}
            canFollowUp={props.canFollowUp}
            onFollowUp={props.onFollowUp}
            lastSaved={props.lastSaved}
            structure={props.structure}
            siblings={props.targets.map((t) => t.item as Stored<Kontrollmoment> | Stored<Atgard>)}
          />
        ))}
      </ul>
    </>
  );
}

/** One risk: title, level badge, obligatorisk marker, description, kontrollmoment and åtgärder. */
function RiskCard(props: IRiskListProps & { risk: Stored<Risk>; grouped: boolean; position: FeedPosition }): React.ReactElement {
  const strings = useStrings();
  const { view, risk, period } = props;
  const matrix = view.plan.riskMatrix;
  // Headings follow the page outline: under an område heading (h4) the risk is h5.
  const RiskHeading = props.grouped ? 'h5' : 'h4';
  const SubHeading = props.grouped ? 'h6' : 'h5';
  // The badge shows the year's original rating; the period's re-rating has its own badge.
  const original = view.risker.filter((r) => r.key === risk.key)[0] || risk;
  const riskFollowUp = findFollowUp(view, 'risk', risk.key, period.key);
  const periodRating = riskFollowUp && riskFollowUp.riskvardering;
  const riskSavedHere = riskFollowUp !== undefined && props.lastSaved !== undefined && props.lastSaved.followUpKey === riskFollowUp.key;
  const kontrollmoment = byOrdning(view.kontrollmoment.filter((km) => km.riskKey === risk.key));
  const atgarder = byOrdning(view.atgarder.filter((a) => a.riskKey === risk.key));
  const headingId = `ik-risk-${risk.key}`;
  return (
    <article
      className={`${sharedClasses.card} ${classes.riskCard}`}
      aria-labelledby={headingId}
      // Focusable, not a Tab stop: Page Down / Page Up in the feed move focus card by card.
      tabIndex={-1}
      aria-posinset={props.position.posinset}
      aria-setsize={props.position.setsize}
      data-risk-key={risk.key}
    >
      <div className={classes.riskHeader}>
        <RiskHeading id={headingId} className={classes.riskTitle}>
          <span className={classes.riskNumber}>{formatText(strings.riskNumber, { nr: risk.nr })}</span>
          {risk.titel}
        </RiskHeading>
        <div className={classes.badges}>
          <RiskLevelBadge matrix={matrix} risk={original} prefix={periodRating ? strings.originalRatingPrefix : undefined} />
          {periodRating && (
            <RiskLevelBadge
              matrix={matrix}
              risk={{ ...original, sannolikhet: periodRating.sannolikhet, konsekvens: periodRating.konsekvens }}
              prefix={`${period.label}:`}
            />
          )}
          {risk.obligatorisk && <span className={`${sharedClasses.badge} ${sharedClasses.obligatoriskBadge}`}>{strings.obligatorisk}</span>}
        </div>
        {props.structure && (
          <StructureButtons
            actions={props.structure}
            kind="risk"
            item={original}
            // Moves are among all the område's risks, also those a heat-map filter hides.
            siblings={byOrdning(view.risker.filter((r) => (r.omradeKey || '') === (original.omradeKey || '')))}
            name={formatText(strings.riskNumber, { nr: risk.nr }).toLocaleLowerCase(strings.locale)}
          />
        )}
      </div>
      <RichText html={risk.beskrivning} className={classes.riskDescription} />
      {riskFollowUp && !isRichTextEmpty(riskFollowUp.kommentar) && (
        <>
          <SubHeading className={classes.subHeading}>{formatText(strings.periodAnalysisHeading, { period: period.label })}</SubHeading>
          <RichText html={riskFollowUp.kommentar} />
        </>
      )}
      {(props.canFollowUp || riskSavedHere) && (
        <div className={classes.riskActions}>
          {props.canFollowUp && (
            <DefaultButton
              text={formatText(strings.rateRiskButton, { period: period.label })}
              iconProps={{ iconName: 'Edit' }}
              // The visible text starts the name (label in name); the risk's title tells the buttons apart.
              ariaLabel={formatText(strings.rateRiskButtonName, { period: period.label, titel: risk.titel })}
              onClick={() => props.onFollowUp({ type: 'risk', item: original })}
            />
          )}
          {riskSavedHere && props.lastSaved && <span className={classes.savedMarker}>✓ {formatText(strings.savedMarker, { time: props.lastSaved.time })}</span>}
        </div>
      )}
      <FollowUpSection
        {...props}
        heading={strings.kontrollmomentHeading}
        headingElement={SubHeading}
        targets={kontrollmoment.map((item): FollowUpTarget => ({ type: 'kontrollmoment', item }))}
      />
      <FollowUpSection
        {...props}
        heading={strings.atgarderHeading}
        headingElement={SubHeading}
        targets={atgarder.map((item): FollowUpTarget => ({ type: 'atgard', item }))}
      />
      {kontrollmoment.length === 0 && atgarder.length === 0 && !riskFollowUp && <p className={classes.empty}>{strings.noKontrollmoment}</p>}
      {props.structure && (props.structure.rights.kontrollmoment.add || props.structure.rights.atgard.add) && (
        <div className={classes.addRow}>
          {props.structure.rights.kontrollmoment.add && (
            <DefaultButton
              text={strings.addKontrollmoment}
              iconProps={{ iconName: 'Add' }}
              ariaLabel={formatText(strings.addKontrollmomentTo, { nr: risk.nr })}
              onClick={() => props.structure && props.structure.onAdd('kontrollmoment', risk.key)}
            />
          )}
          {props.structure.rights.atgard.add && (
            <DefaultButton
              text={strings.addAtgard}
              iconProps={{ iconName: 'Add' }}
              ariaLabel={formatText(strings.addAtgardTo, { nr: risk.nr })}
              onClick={() => props.structure && props.structure.onAdd('atgard', risk.key)}
            />
          )}
        </div>
      )}
    </article>
  );
}

/** The risks grouped by område, each with its kontrollmoment and åtgärder and their follow-up in the period. */
export function RiskList(props: IRiskListProps): React.ReactElement {
  const strings = useStrings();
  const { view, period, canFollowUp, lastSaved, structure, onFollowUp } = props;
  // The plan view hands new risk arrays on every render; the same risks keep the same groups,
  // so the virtualised feeds keep what they measured.
  const shown = props.risks.map((risk) => `${risk.key}:${risk.sannolikhet}:${risk.konsekvens}`).join('|');
  const risks = React.useRef(props.risks);
  risks.current = props.risks;
  const withEmpty = structure !== undefined;
  const groups = React.useMemo(() => groupRisksByOmrade(view.plan.omraden, risks.current, withEmpty), [view, shown, withEmpty]);
  // What the cards show besides the risk: a change re-renders the cards in the page.
  const version = React.useMemo(() => ({}), [view, period, canFollowUp, lastSaved, structure, onFollowUp]);
  return (
    <div>
      {groups.map((group) => {
        // A plan without områden lists its risks without a group heading.
        if (!group.omrade && groups.length === 1) {
          return (
            <div key="" className={classes.group}>
              <RiskFeed
                risks={group.risks}
                labelledBy="ik-risker-rubrik"
                version={version}
                renderRisk={(risk, position) => <RiskCard {...props} risk={risk} grouped={false} position={position} />}
              />
            </div>
          );
        }
        const headingId = `ik-omrade-${group.key || 'ovriga'}`;
        return (
          <section key={group.key} className={classes.group} aria-labelledby={headingId}>
            <div className={classes.groupHeader}>
              <h4 id={headingId} className={classes.groupHeading} style={{ borderBottom: 'none' }}>
                {group.omrade ? group.omrade.namn : strings.otherRisksGroup}
              </h4>
              {props.structure && group.omrade && (
                <StructureButtons
                  actions={props.structure}
                  kind="omrade"
                  item={group.omrade as Stored<Omrade>}
                  siblings={props.view.plan.omraden.slice().sort((a, b) => a.ordning - b.ordning)}
                  name={formatText(strings.omradeName, { name: group.omrade.namn })}
                />
              )}
            </div>
            {group.omrade && group.omrade.beskrivning && <p className={classes.groupDescription}>{group.omrade.beskrivning}</p>}
            <RiskFeed
              risks={group.risks}
              labelledBy={headingId}
              version={version}
              renderRisk={(risk, position) => <RiskCard {...props} risk={risk} grouped={true} position={position} />}
            />
            {props.structure && props.structure.rights.risk.add && group.omrade && (
              <div>
                <DefaultButton
                  text={strings.addRisk}
                  iconProps={{ iconName: 'Add' }}
                  ariaLabel={formatText(strings.addRiskTo, { name: group.omrade.namn })}
                  onClick={() => props.structure && group.omrade && props.structure.onAdd('risk', group.omrade.key)}
                />
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
