/**
 * The follow-up form's state: the draft of a follow-up and its avvikelser for a target in a
 * period, the result's effect on the avvikelse rows, and what the draft saves as.
 */
import type { Editable, PlanView, Stored } from '../../data/InternkontrollService';
import { isRichTextEmpty, resultatRequiresAvvikelse } from '../../model';
import type { Avvikelse, FollowUp, FollowUpStatus, Resultat, RiskRating } from '../../model';
import { avvikelserOf, findFollowUp, FollowUpTarget } from '../common/planViewQueries';
import { normaliseEditorHtml, sameRichText } from '../RichTextEditor/editorHtml';

/** One avvikelse as the form edits it. */
export interface AvvikelseDraft {
  /** The avvikelse's key (new ones get a fresh key once, kept across retries). */
  key: string;
  /** Present when the avvikelse is stored. */
  stored?: Stored<Avvikelse>;
  /** What was found. */
  beskrivning: string;
  /** The åtgärd decided. */
  atgard: string;
  /** "YYYY-MM-DD" or "". */
  slutdatum: string;
  /** Status of the fix; undefined while not set. */
  status?: FollowUpStatus;
}

/** The follow-up form's state. */
export interface FollowUpDraft {
  /** The follow-up's key: the stored one's, or a fresh one for a new follow-up. */
  key: string;
  /** The stored follow-up, when there is one. */
  stored?: Stored<FollowUp>;
  /** Status in the period. */
  status?: FollowUpStatus;
  /** Result of the review (kontrollmoment). */
  resultat?: Resultat;
  /** The period's sannolikhet step (risk follow-ups). */
  sannolikhet?: number;
  /** The period's konsekvens step (risk follow-ups). */
  konsekvens?: number;
  /** Kommentar as the rich-text field holds it (the sanitised subset). A risk's is the period's risk analysis. */
  kommentar: string;
  /** The kommentar as loaded, so an untouched kommentar is written back exactly as stored. */
  kommentarLoaded: string;
  /** Avvikelser. */
  avvikelser: AvvikelseDraft[];
}

/** The form's starting state for a target in a period. `newKey` makes keys for new entities. */
export function draftFor(view: PlanView, target: FollowUpTarget, periodKey: string, newKey: () => string): FollowUpDraft {
  const stored = findFollowUp(view, target.type, target.item.key, periodKey);
  const kommentar = stored && stored.kommentar ? stored.kommentar : '';
  return {
    key: stored ? stored.key : newKey(),
    stored,
    status: stored ? stored.status : undefined,
    resultat: stored ? stored.resultat : undefined,
    sannolikhet: stored && stored.riskvardering ? stored.riskvardering.sannolikhet : undefined,
    konsekvens: stored && stored.riskvardering ? stored.riskvardering.konsekvens : undefined,
    kommentar,
    kommentarLoaded: kommentar,
    avvikelser: stored
      ? avvikelserOf(view, stored.key).map((a) => ({
          key: a.key,
          stored: a,
          beskrivning: a.beskrivning || '',
          atgard: a.atgard || '',
          slutdatum: a.slutdatum || '',
          status: a.status
        }))
      : []
  };
}

/** An empty avvikelse row. */
export function emptyAvvikelse(key: string): AvvikelseDraft {
  return { key, beskrivning: '', atgard: '', slutdatum: '' };
}

/** True when the avvikelse row is new and nothing is written in it. */
export function isBlankAvvikelse(avvikelse: AvvikelseDraft): boolean {
  return !avvikelse.stored && avvikelse.beskrivning.trim() === '' && avvikelse.atgard.trim() === '' && avvikelse.slutdatum === '' && avvikelse.status === undefined;
}

/**
 * Sets the result and keeps the avvikelser in step: a result that needs an avvikelse gets an
 * empty row to fill in when it has none; a result that does not drops rows left blank.
 */
export function withResultat(draft: FollowUpDraft, resultat: Resultat | undefined, newKey: () => string): FollowUpDraft {
  let avvikelser = draft.avvikelser;
  if (resultatRequiresAvvikelse(resultat)) {
    if (avvikelser.length === 0) {
      avvikelser = [emptyAvvikelse(newKey())];
    }
  } else {
    avvikelser = avvikelser.filter((a) => !isBlankAvvikelse(a));
  }
  return { ...draft, resultat, avvikelser };
}

/** True when the form shows its avvikelser section. */
export function showsAvvikelser(draft: FollowUpDraft): boolean {
  return resultatRequiresAvvikelse(draft.resultat) || draft.avvikelser.length > 0;
}

/** The follow-up and avvikelser a draft saves as, ready for `saveFollowUp`. */
export interface FollowUpToSave {
  /** The follow-up: the stored one with the edits (keeping its ETag), or a new one. */
  followUp: Editable<FollowUp>;
  /** The complete set of avvikelser after the edit. */
  avvikelser: Editable<Avvikelse>[];
}

/**
 * The draft's riskvärdering: undefined when neither step is chosen. A half-chosen rating is
 * passed on as it is, so validation names the missing step and nothing is saved.
 */
function draftRating(draft: FollowUpDraft): RiskRating | undefined {
  if (draft.sannolikhet === undefined && draft.konsekvens === undefined) {
    return undefined;
  }
  return { sannolikhet: draft.sannolikhet, konsekvens: draft.konsekvens } as RiskRating;
}

/** Builds what the draft saves as. Blank new avvikelse rows are not saved (see below for the one exception). */
export function followUpToSave(target: FollowUpTarget, periodKey: string, draft: FollowUpDraft): FollowUpToSave {
  const kommentar =
    draft.stored && sameRichText(draft.kommentar, draft.kommentarLoaded)
      ? draft.stored.kommentar
      : isRichTextEmpty(draft.kommentar)
        ? undefined
        : normaliseEditorHtml(draft.kommentar);
  const edits = {
    status: draft.status,
    resultat: target.type === 'kontrollmoment' ? draft.resultat : draft.stored ? draft.stored.resultat : undefined,
    kommentar,
    riskvardering: target.type === 'risk' ? draftRating(draft) : draft.stored ? draft.stored.riskvardering : undefined
  };
  const followUp: Editable<FollowUp> = draft.stored
    ? { ...draft.stored, ...edits }
    : { key: draft.key, targetType: target.type, targetKey: target.item.key, periodKey, ...edits };
  // A blank row is left out, unless it is the one the result asks for: then its empty fields
  // must be reported, so it stays (and validation stops the save).
  const written = draft.avvikelser.filter((a) => !isBlankAvvikelse(a));
  const keepBlank = written.length === 0 && resultatRequiresAvvikelse(draft.resultat);
  const avvikelser: Editable<Avvikelse>[] = draft.avvikelser
    .filter((a) => keepBlank || !isBlankAvvikelse(a))
    .map((a) => {
      const fields = { beskrivning: a.beskrivning.trim(), atgard: a.atgard.trim(), slutdatum: a.slutdatum, status: a.status };
      return a.stored ? { ...a.stored, ...fields } : { key: a.key, followUpKey: draft.key, ...fields };
    });
  return { followUp, avvikelser };
}
