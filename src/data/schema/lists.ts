/**
 * The product's SharePoint lists, written once. The feature XML in `sharepoint/assets/`, the
 * local SharePoint and the runtime provisioning (`ensure.ts`) are all derived from this file.
 *
 * Ids are hard-coded literals so the generated XML is identical on every run. Never change an
 * id or internal name of a column that has shipped: sites provisioned with it keep the old one.
 *
 * A column with the same internal name is the same site column in every list that has it
 * (SharePoint allows one site column per internal name), so shared columns are defined once
 * below and reused.
 */
import { FOLLOW_UP_STATUSES, KNOWN_FREKVENSER, PLAN_STATUSES, RESULTAT_VALUES } from '../../model/choices';
import { FIELD_LIMITS, NOTE_MAX, SHAREPOINT_TEXT_MAX, YEAR_RANGE } from '../../model/limits';
import { MATRIX_SIZE_RANGE } from '../../model/riskMatrix';
import { approvalListDefinitions } from './approvalLists';
import { LIST_TITLES, NOTIFICATION_SETTING_VALUES, OBJEKTTYP_VALUES, type ListTitle } from './listNames';
import {
  GENERIC_LIST_TEMPLATE,
  type BooleanFieldDefinition,
  type ChoiceFieldDefinition,
  type DateTimeFieldDefinition,
  type ListDefinition,
  type ListValidation,
  type LookupFieldDefinition,
  type NoteFieldDefinition,
  type NumberFieldDefinition,
  type TextFieldDefinition,
  type UserFieldDefinition
} from './types';

// The names code looks lists up by live in listNames.ts, so a repository does not bring every
// list definition into the web part's first chunk.
export { AVSTAMNINGSDATUM_SEPARATOR, LIST_TITLES, OBJEKTTYP_VALUES, type ListTitle } from './listNames';

// ---- Columns shared by several lists ----------------------------------------------------

/** The plan a row belongs to; every child list has it, indexed, so a plan loads by PlanId. */
const PLAN: LookupFieldDefinition = {
  type: 'Lookup',
  id: '850225e9-04f8-4ef8-ae82-f5da77455c29',
  internalName: 'Plan',
  displayName: 'Plan',
  description: 'Internkontrollplanen som raden hör till.',
  targetList: LIST_TITLES.planer,
  showField: 'Title',
  required: true,
  indexed: true
};

/** The entity's stable key; a retried create looks it up first, so it never duplicates. */
const IDEMPOTENCY_KEY: TextFieldDefinition = {
  type: 'Text',
  id: 'b8522574-47e3-4801-97ee-02b1eea58ce9',
  internalName: 'IdempotencyKey',
  displayName: 'Nyckel',
  description: 'Radens fasta nyckel, satt av appen. Ändra inte.',
  maxLength: SHAREPOINT_TEXT_MAX,
  indexed: true,
  appManaged: true
};

const SORTERING: NumberFieldDefinition = {
  type: 'Number',
  id: '50cacbde-cfd2-4005-9bc0-d76236e356d0',
  internalName: 'Sortering',
  displayName: 'Sortering',
  description: 'Ordning inom planen, från 1.',
  min: 1,
  decimals: 0,
  required: true,
  indexed: true
};

/**
 * Order of a risk, kontrollmoment or åtgärd among its siblings (under its område or risk), set
 * when the user moves it up or down. Optional: rows without it follow by their Nr. Nr itself
 * never changes on a move, because reports and summary sentences cite it.
 */
const SORTERING_INOM: NumberFieldDefinition = {
  type: 'Number',
  id: 'd2c6dc30-cd98-45f1-8b48-8bad4b8285de',
  internalName: 'Ordning',
  displayName: 'Ordning',
  description: 'Ordning bland raderna under samma område eller risk, från 1; tom följer Nr.',
  min: 1,
  decimals: 0
};

/**
 * Why a risk or kontrollmoment of a beslutad plan was changed. Written in the same item update
 * as the change, so the item's version history holds who, when and why.
 */
const ANDRINGSORSAK: TextFieldDefinition = {
  type: 'Text',
  id: 'f4f8edab-bc97-4308-8c89-a1ce237dd9be',
  internalName: 'Andringsorsak',
  displayName: 'Ändringsorsak',
  description: 'Varför raden ändrades efter att planen beslutades; versionshistoriken visar vem och när.',
  maxLength: FIELD_LIMITS.risk.andringsorsak.maxLength
};

const NR: NumberFieldDefinition = {
  type: 'Number',
  id: '05a7becd-8340-43d8-9223-7a53e7fde6a0',
  internalName: 'Nr',
  displayName: 'Nr',
  description: 'Nummer inom planen, visas i rapporterna.',
  min: 1,
  decimals: 0,
  required: true,
  indexed: true
};

const BESKRIVNING: NoteFieldDefinition = {
  type: 'Note',
  id: '8833c9cb-b19c-4b93-8a41-3cdea47331bf',
  internalName: 'Beskrivning',
  displayName: 'Beskrivning',
  description: 'Beskrivning med stycken och punktlistor.',
  richText: true,
  numLines: 6,
  maxLength: NOTE_MAX
};

const OBLIGATORISK: BooleanFieldDefinition = {
  type: 'Boolean',
  id: 'be9ca0e9-34d1-4b4c-916d-242c1fb26fef',
  internalName: 'Obligatorisk',
  displayName: 'Obligatorisk',
  description: 'Ja när kommunstyrelsen har beslutat att alla nämnder ska ha den.',
  default: false
};

const SANNOLIKHET: NumberFieldDefinition = {
  type: 'Number',
  id: '1e3f0e60-178a-403f-af74-49059496300c',
  internalName: 'Sannolikhet',
  displayName: 'Sannolikhet',
  description: 'Steg på riskmatrisens sannolikhetsskala, från 1.',
  min: 1,
  max: MATRIX_SIZE_RANGE.max,
  decimals: 0
};

const KONSEKVENS: NumberFieldDefinition = {
  type: 'Number',
  id: '5f8d6a41-7744-431b-b829-407e69145085',
  internalName: 'Konsekvens',
  displayName: 'Konsekvens',
  description: 'Steg på riskmatrisens konsekvensskala, från 1.',
  min: 1,
  max: MATRIX_SIZE_RANGE.max,
  decimals: 0
};

const RISK: LookupFieldDefinition = {
  type: 'Lookup',
  id: 'd5ea736c-fa2c-46c9-9806-7831d417b5be',
  internalName: 'Risk',
  displayName: 'Risk',
  description: 'Risken som raden hör till.',
  targetList: LIST_TITLES.risker,
  showField: 'Title',
  indexed: true
};

const ANSVARIG: TextFieldDefinition = {
  type: 'Text',
  id: '76038a14-1588-4127-94d2-1db67f13559f',
  internalName: 'Ansvarig',
  displayName: 'Ansvarig',
  description: 'Roll eller namn på den som ansvarar.',
  maxLength: FIELD_LIMITS.kontrollmoment.ansvarig.maxLength
};

const RAPPORTERINGSANSVARIG: TextFieldDefinition = {
  type: 'Text',
  id: 'e548736f-45af-446a-9787-05fee84c0472',
  internalName: 'Rapporteringsansvarig',
  displayName: 'Rapporteringsansvarig',
  description: 'Roll eller namn på den som rapporterar.',
  maxLength: FIELD_LIMITS.kontrollmoment.rapporteringsansvarig.maxLength
};

/**
 * The person who does the control or owns the åtgärd, beside the text `Ansvarig` (which keeps a
 * role such as "Enhetschef"): a Person column holds a site user's id, which SharePoint resolves
 * and indexes, so "Att rapportera" finds a user's items with `AnsvarigPersonId eq <id>` on an
 * indexed column — a typed name could neither be matched reliably nor filtered under the list
 * view threshold.
 */
const ANSVARIG_PERSON: UserFieldDefinition = {
  type: 'User',
  id: '93cf0c3e-1f53-4940-b180-8be1290023a2',
  internalName: 'AnsvarigPerson',
  displayName: 'Ansvarig (person)',
  description: 'Personen som ansvarar; får raden under Att rapportera.',
  selectionMode: 'PeopleOnly',
  indexed: true
};

/** The person who reports, beside the text `Rapporteringsansvarig`; see ANSVARIG_PERSON. */
const RAPPORTERINGSANSVARIG_PERSON: UserFieldDefinition = {
  type: 'User',
  id: '30e5c6d4-25a2-4974-bbda-55db4c4f578b',
  internalName: 'RapporteringsansvarigPerson',
  displayName: 'Rapporteringsansvarig (person)',
  description: 'Personen som rapporterar; får raden under Att rapportera.',
  selectionMode: 'PeopleOnly',
  indexed: true
};

/**
 * The key of the item a copied item came from (last year's plan, område, risk, kontrollmoment
 * or åtgärd), set by "Kopiera till nästa år"; indexed so next year's item is found from last
 * year's key for year-on-year comparison.
 */
const URSPRUNGSNYCKEL: TextFieldDefinition = {
  type: 'Text',
  id: '0f3288c8-bfa8-4b3c-a332-3ef2be8fba3a',
  internalName: 'Ursprungsnyckel',
  displayName: 'Ursprungsnyckel',
  description: 'Nyckeln för raden som denna kopierades från (förra årets plan), satt av appen. Ändra inte.',
  maxLength: SHAREPOINT_TEXT_MAX,
  indexed: true,
  appManaged: true
};

const STARTDATUM: DateTimeFieldDefinition = {
  type: 'DateTime',
  id: 'e804bc64-c746-4596-981a-c7cbb53ac7c7',
  internalName: 'Startdatum',
  displayName: 'Startdatum',
  description: 'Dag då arbetet börjar.',
  format: 'DateOnly'
};

/**
 * The first and the last of the avstämningsdatum, as date-only columns the app writes with every
 * save of the text column, so that SharePoint's list validation formula can check that they lie
 * between startdatum and slutdatum (a formula cannot read a multiple-lines text column).
 */
const FORSTA_AVSTAMNING: DateTimeFieldDefinition = {
  type: 'DateTime',
  id: '6c1f0f0e-5a43-4c1e-9a0e-3f7d2b8e41a5',
  internalName: 'ForstaAvstamning',
  displayName: 'Första avstämning',
  description: 'Det tidigaste avstämningsdatumet, sätts av appen.',
  format: 'DateOnly',
  appManaged: true
};

/** See FORSTA_AVSTAMNING. */
const SISTA_AVSTAMNING: DateTimeFieldDefinition = {
  type: 'DateTime',
  id: 'b3e9d5c2-7f18-4d6a-8c41-92a0e6f7c3d8',
  internalName: 'SistaAvstamning',
  displayName: 'Sista avstämning',
  description: 'Det senaste avstämningsdatumet, sätts av appen.',
  format: 'DateOnly',
  appManaged: true
};

/** One or more dates, so plain text: "2022-05-01, 2022-09-01" (see AVSTAMNINGSDATUM_SEPARATOR). */
const AVSTAMNINGSDATUM: NoteFieldDefinition = {
  type: 'Note',
  id: '40c75e3a-c4d4-469f-94c8-7d0b56a465db',
  internalName: 'Avstamningsdatum',
  displayName: 'Avstämningsdatum',
  description: 'En eller flera avstämningsdagar, ÅÅÅÅ-MM-DD, åtskilda med kommatecken.',
  richText: false,
  numLines: 2,
  maxLength: NOTE_MAX
};

const SLUTDATUM: DateTimeFieldDefinition = {
  type: 'DateTime',
  id: 'f9df18ee-98d6-4c32-b8c8-4fbdb74cfae0',
  internalName: 'Slutdatum',
  displayName: 'Slutdatum',
  description: 'Dag då arbetet ska vara klart.',
  format: 'DateOnly'
};

// ---- IKPlaner ------------------------------------------------------------------------------

const NAMND: TextFieldDefinition = {
  type: 'Text',
  id: 'e06e18de-aedf-48ce-9022-363ef85946f8',
  internalName: 'Namnd',
  displayName: 'Nämnd',
  description: 'Nämnden som planen gäller, t.ex. Socialnämnden.',
  maxLength: FIELD_LIMITS.plan.namnd.maxLength,
  required: true,
  indexed: true
};

const FORVALTNING: TextFieldDefinition = {
  type: 'Text',
  id: '14478ef9-408d-40b9-bc52-e901e617e4fc',
  internalName: 'Forvaltning',
  displayName: 'Förvaltning',
  description: 'Förvaltningen som bereder nämndens ärenden.',
  maxLength: FIELD_LIMITS.plan.forvaltning.maxLength
};

const AR: NumberFieldDefinition = {
  type: 'Number',
  id: '071eca0b-031f-47f3-8339-bdc0c8ff7044',
  internalName: 'Ar',
  displayName: 'År',
  description: 'Året som planen gäller.',
  min: YEAR_RANGE.min,
  max: YEAR_RANGE.max,
  decimals: 0,
  required: true,
  indexed: true
};

const DIARIENUMMER: TextFieldDefinition = {
  type: 'Text',
  id: '6d6f11f1-2e51-4aaa-9f52-2aa59bb36b12',
  internalName: 'Diarienummer',
  displayName: 'Diarienummer',
  description: 'Ärendets diarienummer, t.ex. AMN-2024-00318.',
  maxLength: FIELD_LIMITS.plan.diarienummer.maxLength
};

const PLAN_STATUS: ChoiceFieldDefinition = {
  type: 'Choice',
  id: '52187615-367f-49f3-afd8-a6ebf4c87f83',
  internalName: 'PlanStatus',
  displayName: 'Status',
  description: 'Planens status.',
  choices: PLAN_STATUSES.map((option) => option.value),
  fillIn: false,
  default: 'Utkast',
  required: true,
  indexed: true
};

const BESLUTSDATUM: DateTimeFieldDefinition = {
  type: 'DateTime',
  id: 'cfa5a88f-78da-40f9-a042-e7ebb2dfa04a',
  internalName: 'Beslutsdatum',
  displayName: 'Beslutsdatum',
  description: 'Dag då nämnden beslutade om planen.',
  format: 'DateOnly'
};

/** The plan's own copy of the risk matrix, so later changes never re-rate old plans. */
const RISK_MATRIX: NoteFieldDefinition = {
  type: 'Note',
  id: '4209f44a-8be8-43ba-8a77-21b57f4fe920',
  internalName: 'RiskMatrix',
  displayName: 'Riskmatris',
  description: 'Planens riskmatris (JSON), sätts av appen. Ändra inte här.',
  richText: false,
  numLines: 6,
  maxLength: NOTE_MAX,
  appManaged: true
};

const PERIODER: NoteFieldDefinition = {
  type: 'Note',
  id: '4eceaea0-bbf2-42a2-a7c7-38ed8440cfbf',
  internalName: 'Perioder',
  displayName: 'Perioder',
  description: 'Planens uppföljningsperioder (JSON), sätts av appen. Ändra inte här.',
  richText: false,
  numLines: 6,
  maxLength: NOTE_MAX,
  appManaged: true
};

const SAMORDNARE: UserFieldDefinition = {
  type: 'User',
  id: 'c31c4031-b9e2-4a43-97c9-a1f173a96faa',
  internalName: 'Samordnare',
  displayName: 'Samordnare',
  description: 'Den som samordnar planens interna kontroll.',
  selectionMode: 'PeopleOnly'
};

// ---- IKRisker ------------------------------------------------------------------------------

const OMRADE: LookupFieldDefinition = {
  type: 'Lookup',
  id: '7c68907f-7c6e-4fa8-9b9a-11512dd9abc8',
  internalName: 'Omrade',
  displayName: 'Område',
  description: 'Kontrollområdet som risken hör till.',
  targetList: LIST_TITLES.omraden,
  showField: 'Title',
  indexed: true
};

// ---- IKKontrollmoment ----------------------------------------------------------------------

const KORTNAMN: TextFieldDefinition = {
  type: 'Text',
  id: '8bf58cd2-5e4b-409c-ba14-db3053c8a87c',
  internalName: 'Kortnamn',
  displayName: 'Kortnamn',
  description: 'Kort namn i sammanfattningar, t.ex. uppföljning av insatser.',
  maxLength: FIELD_LIMITS.kontrollmoment.kortnamn.maxLength
};

const KONTROLLMETOD: NoteFieldDefinition = {
  type: 'Note',
  id: '2f747c1b-a463-4355-a914-4f2484e62082',
  internalName: 'Kontrollmetod',
  displayName: 'Kontrollmetod',
  description: 'Hur kontrollen görs, t.ex. stickprov eller genomgång.',
  richText: true,
  numLines: 4,
  maxLength: FIELD_LIMITS.kontrollmoment.kontrollmetod.maxLength
};

/** Free text in the model: the known values are offered, any other may be typed. */
const FREKVENS: ChoiceFieldDefinition = {
  type: 'Choice',
  id: '14231009-695c-4141-a4c9-796438bfbde1',
  internalName: 'Frekvens',
  displayName: 'Frekvens',
  description: 'Hur ofta kontrollen görs. Välj eller skriv en egen.',
  choices: KNOWN_FREKVENSER,
  fillIn: true
};

// ---- IKAtgarder ----------------------------------------------------------------------------

const DETALJER: NoteFieldDefinition = {
  type: 'Note',
  id: 'a41e7350-0124-4cf8-bc56-15fb46b65001',
  internalName: 'Detaljer',
  displayName: 'Detaljer',
  description: 'Längre beskrivning av åtgärden.',
  richText: false,
  numLines: 4,
  maxLength: FIELD_LIMITS.atgard.detaljer.maxLength
};

const ATGARD_STATUS: ChoiceFieldDefinition = {
  type: 'Choice',
  id: 'dea0524a-9c68-4660-8245-75d76bf58081',
  internalName: 'AtgardStatus',
  displayName: 'Status',
  description: 'Åtgärdens aktuella status.',
  choices: FOLLOW_UP_STATUSES.map((option) => option.value),
  fillIn: false,
  default: 'Ej påbörjad',
  required: true,
  indexed: true
};

// ---- IKUppfoljningar -----------------------------------------------------------------------

const PERIOD: TextFieldDefinition = {
  type: 'Text',
  id: 'd0446da0-fbc0-4445-83db-9798af00efcd',
  internalName: 'Period',
  displayName: 'Period',
  description: 'Nyckeln för planens period, t.ex. T1 eller DELAR.',
  maxLength: FIELD_LIMITS.period.key.maxLength,
  required: true,
  indexed: true
};

const OBJEKTTYP: ChoiceFieldDefinition = {
  type: 'Choice',
  id: '1fe9ec57-f222-4e91-92b5-49d2bd18635e',
  internalName: 'Objekttyp',
  displayName: 'Avser',
  description: 'Om uppföljningen gäller ett kontrollmoment, en åtgärd eller en risk.',
  choices: [OBJEKTTYP_VALUES.kontrollmoment, OBJEKTTYP_VALUES.atgard, OBJEKTTYP_VALUES.risk],
  fillIn: false,
  required: true,
  indexed: true
};

const KONTROLLMOMENT: LookupFieldDefinition = {
  type: 'Lookup',
  id: '835c5924-f5f2-4ff8-abc0-9162f6b1ea5c',
  internalName: 'Kontrollmoment',
  displayName: 'Kontrollmoment',
  description: 'Kontrollmomentet som följs upp.',
  targetList: LIST_TITLES.kontrollmoment,
  showField: 'Title',
  indexed: true
};

const ATGARD: LookupFieldDefinition = {
  type: 'Lookup',
  id: 'f961979f-c692-41bd-93de-89d5f0738fdf',
  internalName: 'Atgard',
  displayName: 'Åtgärd',
  description: 'Åtgärden som följs upp.',
  targetList: LIST_TITLES.atgarder,
  showField: 'Title',
  indexed: true
};

const UPPFOLJNING_STATUS: ChoiceFieldDefinition = {
  type: 'Choice',
  id: '2abb9320-356e-4d43-bd49-ac60a6999327',
  internalName: 'UppfoljningStatus',
  displayName: 'Status',
  description: 'Status under perioden.',
  choices: FOLLOW_UP_STATUSES.map((option) => option.value),
  fillIn: false
};

const RESULTAT: ChoiceFieldDefinition = {
  type: 'Choice',
  id: 'c018b56b-f81a-4a07-843f-aa69ce933617',
  internalName: 'Resultat',
  displayName: 'Resultat av granskning',
  description: 'Resultatet av granskningen under perioden.',
  choices: RESULTAT_VALUES.map((option) => option.value),
  fillIn: false
};

const KOMMENTAR: NoteFieldDefinition = {
  type: 'Note',
  id: '54651c7d-78b9-4df5-98de-57b8f351692f',
  internalName: 'Kommentar',
  displayName: 'Kommentar',
  description: 'Periodens kommentar till nämnden.',
  richText: true,
  numLines: 6,
  maxLength: FIELD_LIMITS.followUp.kommentar.maxLength
};

/**
 * `<targetType>:<targetKey>:<periodKey>` of the follow-up, unique in the list: SharePoint
 * itself refuses a second follow-up of the same target in the same period, also when two
 * users save at the same moment. With GUID keys the value is at most 14 + 1 + 36 + 1 + 50 =
 * 102 characters (longest target type, key, longest period key).
 */
const UPPFOLJNINGSNYCKEL: TextFieldDefinition = {
  type: 'Text',
  id: '2312e1c6-9850-4b26-8ba2-ab21c08746b9',
  internalName: 'Uppfoljningsnyckel',
  displayName: 'Uppföljningsnyckel',
  description: 'Vad och vilken period uppföljningen gäller, satt av appen. Ändra inte.',
  maxLength: SHAREPOINT_TEXT_MAX,
  indexed: true,
  enforceUnique: true,
  appManaged: true
};

// ---- IKAvvikelser --------------------------------------------------------------------------

const UPPFOLJNING: LookupFieldDefinition = {
  type: 'Lookup',
  id: '2a42883b-5f40-48d6-94fe-9b23a2fddf0b',
  internalName: 'Uppfoljning',
  displayName: 'Uppföljning',
  description: 'Uppföljningen som fann avvikelsen.',
  targetList: LIST_TITLES.uppfoljningar,
  showField: 'Title',
  required: true,
  indexed: true
};

/**
 * The åtgärd decided to fix an avvikelse, as text. Not named `Atgard`: that internal name is
 * the follow-up's lookup to IKAtgarder, and one internal name is one site column.
 */
const AVVIKELSE_ATGARD: NoteFieldDefinition = {
  type: 'Note',
  id: 'd3ec5559-d2db-4fb9-bb75-1c73725050ca',
  internalName: 'AvvikelseAtgard',
  displayName: 'Åtgärd',
  description: 'Vad som görs för att rätta till avvikelsen.',
  richText: false,
  numLines: 4,
  maxLength: FIELD_LIMITS.avvikelse.atgard.maxLength,
  required: true
};

const AVVIKELSE_STATUS: ChoiceFieldDefinition = {
  type: 'Choice',
  id: 'edf6aa32-ec0b-4e1b-b4ed-d360290dfa91',
  internalName: 'AvvikelseStatus',
  displayName: 'Status',
  description: 'Status för rättelsen.',
  choices: FOLLOW_UP_STATUSES.map((option) => option.value),
  fillIn: false,
  default: 'Ej påbörjad',
  indexed: true
};

// ---- IKInstallningar -----------------------------------------------------------------------

const VARDE: NoteFieldDefinition = {
  type: 'Note',
  id: '42b7bf14-506c-4dee-9d4f-0f4d91e74df8',
  internalName: 'Varde',
  displayName: 'Värde',
  description: 'Inställningens värde (JSON), sätts av appen.',
  richText: false,
  numLines: 6,
  maxLength: NOTE_MAX,
  appManaged: true
};

/**
 * How approval notifications go out (the "Avisering" item of IKInstallningar). A column of its
 * own rather than JSON in `Varde`, so SharePoint itself checks the value (list validation) and
 * refuses everyone but owners and samordnare (the list's permissions).
 */
export const AVISERING: ChoiceFieldDefinition = {
  type: 'Choice',
  id: '5d0f3a8e-6c2b-4f1e-9a57-2b8c4e1d7f60',
  internalName: 'Avisering',
  displayName: 'Avisering',
  description: 'Hur godkännare och den som begärde godkännande aviseras. Sätts av appen.',
  choices: NOTIFICATION_SETTING_VALUES,
  fillIn: false,
  appManaged: true
};

/** Only the offered notification values (or none, on the other settings items). */
export const AVISERING_VALIDATION: ListValidation = {
  formula: '=OR(ISBLANK([Avisering]),' + NOTIFICATION_SETTING_VALUES.map((value) => `[Avisering]="${value}"`).join(',') + ')',
  message:
    `Avisering måste vara något av ${NOTIFICATION_SETTING_VALUES.map((value) => `”${value}”`).join(', ')}. / ` +
    'Avisering must be one of the offered notification paths.'
};

// ---- IKRapportformer ----------------------------------------------------------------------

const RAPPORTNAMN: TextFieldDefinition = {
  type: 'Text',
  id: '150f45c0-409c-4190-a43c-030b454bbafa',
  internalName: 'Rapportnamn',
  displayName: 'Namn',
  description: 'Rapportformens namn, t.ex. Status per tertial. Sätts av appen från formen.',
  maxLength: SHAREPOINT_TEXT_MAX,
  appManaged: true
};

/** The shape itself, as the JSON the format describes (docs/report-shapes.md). */
const RAPPORTFORM: NoteFieldDefinition = {
  type: 'Note',
  id: '692137e2-58e5-441c-b21b-1daaab60f1cd',
  internalName: 'Rapportform',
  displayName: 'Rapportform (JSON)',
  description: 'Rapportformen som JSON, sätts av appen. Ändra i appens formredigerare, inte här.',
  richText: false,
  numLines: 12,
  maxLength: NOTE_MAX,
  appManaged: true
};

// ---- Validation SharePoint itself enforces ------------------------------------------------

/**
 * The date order of kontrollmoment and åtgärder: slutdatum not before startdatum, and every
 * avstämningsdatum between them (through the first and the last, which the app writes beside
 * the text column). SharePoint evaluates it on every save, also a REST write that skips the UI,
 * and answers with the message. A blank date leaves its comparisons out.
 */
export const DATE_ORDER_VALIDATION: ListValidation = {
  formula:
    '=AND(' +
    'IF(OR(ISBLANK([Startdatum]),ISBLANK([Slutdatum])),TRUE,[Slutdatum]>=[Startdatum]),' +
    'IF(OR(ISBLANK([Startdatum]),ISBLANK([ForstaAvstamning])),TRUE,[ForstaAvstamning]>=[Startdatum]),' +
    'IF(OR(ISBLANK([Slutdatum]),ISBLANK([SistaAvstamning])),TRUE,[SistaAvstamning]<=[Slutdatum]),' +
    'IF(OR(ISBLANK([ForstaAvstamning]),ISBLANK([SistaAvstamning])),TRUE,[SistaAvstamning]>=[ForstaAvstamning]))',
  message:
    'Datumen är i fel ordning: slutdatum får inte vara före startdatum, och avstämningsdatum ska ligga mellan start- och slutdatum. / ' +
    'The dates are out of order: the end date must not be before the start date, and check-in dates must lie between the start and end dates.'
};

// ---- The lists -----------------------------------------------------------------------------

const PLANER: ListDefinition = {
  id: 'ee0b2c4b-0045-4b36-bc92-48e88e7aa861',
  title: LIST_TITLES.planer,
  displayName: 'Internkontrollplaner',
  description: 'Nämndernas internkontrollplaner, en per nämnd och år.',
  url: 'Lists/IKPlaner',
  templateType: GENERIC_LIST_TEMPLATE,
  titleField: { displayName: 'Plan', description: 'Planens namn, t.ex. Internkontrollplan 2025 Socialnämnden.' },
  fields: [NAMND, FORVALTNING, AR, DIARIENUMMER, PLAN_STATUS, BESLUTSDATUM, RISK_MATRIX, PERIODER, SAMORDNARE, IDEMPOTENCY_KEY, URSPRUNGSNYCKEL],
  contentType: {
    id: '0x0100F39682C1083A4316AD15296B1D457B3E',
    name: 'IK Plan',
    description: 'En nämnds internkontrollplan för ett år.'
  },
  queryColumns: { filter: ['Ar', 'Namnd', 'PlanStatus', 'IdempotencyKey', 'Ursprungsnyckel'], orderBy: ['Ar'] }
};

const OMRADEN: ListDefinition = {
  id: 'ed8a80a8-ee17-4770-ac27-f1fd1feb551c',
  title: LIST_TITLES.omraden,
  displayName: 'Kontrollområden',
  description: 'Planernas kontrollområden som grupperar riskerna.',
  url: 'Lists/IKOmraden',
  templateType: GENERIC_LIST_TEMPLATE,
  titleField: { displayName: 'Område', description: 'Områdets namn, t.ex. Finansiell kontroll.' },
  fields: [PLAN, BESKRIVNING, SORTERING, IDEMPOTENCY_KEY, URSPRUNGSNYCKEL],
  contentType: {
    id: '0x01004F0EED6CE28743D58A5CD2063B7F6F6B',
    name: 'IK Kontrollområde',
    description: 'Ett kontrollområde i en internkontrollplan.'
  },
  queryColumns: { filter: ['Plan', 'IdempotencyKey', 'Ursprungsnyckel'], orderBy: ['Sortering'] }
};

const RISKER: ListDefinition = {
  id: '9e06f210-d21f-4d58-b924-76eefb8b09a5',
  title: LIST_TITLES.risker,
  displayName: 'Risker',
  description: 'Planernas risker med ursprunglig riskbedömning för året.',
  url: 'Lists/IKRisker',
  templateType: GENERIC_LIST_TEMPLATE,
  titleField: { displayName: 'Risk', description: 'Riskens rubrik, t.ex. Omoderna verksamhetssystem.' },
  fields: [PLAN, OMRADE, NR, BESKRIVNING, OBLIGATORISK, SANNOLIKHET, KONSEKVENS, SORTERING_INOM, ANDRINGSORSAK, IDEMPOTENCY_KEY, URSPRUNGSNYCKEL],
  contentType: {
    id: '0x01003896A9873C1F4BF8B6E87EEA10B112F9',
    name: 'IK Risk',
    description: 'En risk i en internkontrollplan.'
  },
  queryColumns: { filter: ['Plan', 'Omrade', 'IdempotencyKey', 'Ursprungsnyckel'], orderBy: ['Nr'] }
};

const KONTROLLMOMENT_LIST: ListDefinition = {
  id: '720b11a4-3f8f-4f7a-894f-9ac53fef6efb',
  title: LIST_TITLES.kontrollmoment,
  displayName: 'Kontrollmoment',
  description: 'Planernas kontrollmoment: vad som kontrolleras, hur, av vem och hur ofta.',
  url: 'Lists/IKKontrollmoment',
  templateType: GENERIC_LIST_TEMPLATE,
  titleField: { displayName: 'Rubrik', description: 'Kort rubrik i listan, sätts av appen.' },
  fields: [
    PLAN,
    RISK,
    NR,
    BESKRIVNING,
    KORTNAMN,
    KONTROLLMETOD,
    ANSVARIG,
    RAPPORTERINGSANSVARIG,
    FREKVENS,
    OBLIGATORISK,
    STARTDATUM,
    AVSTAMNINGSDATUM,
    FORSTA_AVSTAMNING,
    SISTA_AVSTAMNING,
    SLUTDATUM,
    SORTERING_INOM,
    ANDRINGSORSAK,
    IDEMPOTENCY_KEY,
    ANSVARIG_PERSON,
    RAPPORTERINGSANSVARIG_PERSON,
    URSPRUNGSNYCKEL
  ],
  contentType: {
    id: '0x0100B5DC58CC0EDF44B9B638C55985574FEE',
    name: 'IK Kontrollmoment',
    description: 'Ett kontrollmoment i en internkontrollplan.'
  },
  queryColumns: {
    filter: ['Plan', 'Risk', 'IdempotencyKey', 'AnsvarigPerson', 'RapporteringsansvarigPerson', 'Ursprungsnyckel'],
    orderBy: ['Nr']
  },
  validation: DATE_ORDER_VALIDATION
};

const ATGARDER: ListDefinition = {
  id: '07726d31-8380-4aff-860e-e044277fc641',
  title: LIST_TITLES.atgarder,
  displayName: 'Åtgärder',
  description: 'Beslutade åtgärder som ska minska planernas risker.',
  url: 'Lists/IKAtgarder',
  templateType: GENERIC_LIST_TEMPLATE,
  titleField: {
    displayName: 'Åtgärd',
    description: 'Åtgärden i korthet, t.ex. Processkartläggning av administrativt stöd.'
  },
  fields: [
    PLAN,
    RISK,
    DETALJER,
    ANSVARIG,
    RAPPORTERINGSANSVARIG,
    STARTDATUM,
    AVSTAMNINGSDATUM,
    FORSTA_AVSTAMNING,
    SISTA_AVSTAMNING,
    SLUTDATUM,
    ATGARD_STATUS,
    SORTERING_INOM,
    IDEMPOTENCY_KEY,
    ANSVARIG_PERSON,
    RAPPORTERINGSANSVARIG_PERSON,
    URSPRUNGSNYCKEL
  ],
  contentType: {
    id: '0x0100EC6114F30FBD43EFB5105971CD8AF93E',
    name: 'IK Åtgärd',
    description: 'En beslutad åtgärd i en internkontrollplan.'
  },
  queryColumns: {
    filter: ['Plan', 'Risk', 'AtgardStatus', 'IdempotencyKey', 'AnsvarigPerson', 'RapporteringsansvarigPerson', 'Ursprungsnyckel'],
    orderBy: ['ID']
  },
  validation: DATE_ORDER_VALIDATION
};

const UPPFOLJNINGAR: ListDefinition = {
  id: '200301f7-3ad5-40e8-862f-42b8e2fb3dca',
  title: LIST_TITLES.uppfoljningar,
  displayName: 'Uppföljningar',
  description: 'Periodens uppföljning av kontrollmoment, åtgärder och risker.',
  url: 'Lists/IKUppfoljningar',
  templateType: GENERIC_LIST_TEMPLATE,
  titleField: { displayName: 'Rubrik', description: 'Kort rubrik i listan, sätts av appen.' },
  fields: [
    PLAN,
    PERIOD,
    OBJEKTTYP,
    KONTROLLMOMENT,
    ATGARD,
    RISK,
    UPPFOLJNING_STATUS,
    RESULTAT,
    KOMMENTAR,
    SANNOLIKHET,
    KONSEKVENS,
    UPPFOLJNINGSNYCKEL,
    IDEMPOTENCY_KEY
  ],
  contentType: {
    id: '0x0100B75A73B15FF6452BA0B8D7B7D4B8F322',
    name: 'IK Uppföljning',
    description: 'Uppföljning av ett kontrollmoment, en åtgärd eller en risk under en period.'
  },
  queryColumns: {
    filter: ['Plan', 'Period', 'Objekttyp', 'Kontrollmoment', 'Atgard', 'Risk', 'IdempotencyKey'],
    orderBy: ['ID']
  }
};

const AVVIKELSER: ListDefinition = {
  id: '7f209902-a6ef-4983-99b6-167aeec6cd42',
  title: LIST_TITLES.avvikelser,
  displayName: 'Avvikelser',
  description: 'Avvikelser som kontrollerna har funnit och hur de rättas till.',
  url: 'Lists/IKAvvikelser',
  templateType: GENERIC_LIST_TEMPLATE,
  titleField: { displayName: 'Rubrik', description: 'Kort rubrik i listan, sätts av appen.' },
  fields: [PLAN, UPPFOLJNING, BESKRIVNING, AVVIKELSE_ATGARD, SLUTDATUM, AVVIKELSE_STATUS, IDEMPOTENCY_KEY],
  contentType: {
    id: '0x0100CBEC672DAC4646009A38A04D5AB0EFEB',
    name: 'IK Avvikelse',
    description: 'En avvikelse som en uppföljning har funnit.'
  },
  queryColumns: { filter: ['Plan', 'Uppfoljning', 'AvvikelseStatus', 'IdempotencyKey'], orderBy: ['ID'] }
};

const INSTALLNINGAR: ListDefinition = {
  id: 'b2da48ba-d52e-498f-ae3a-31c010f97ce1',
  title: LIST_TITLES.installningar,
  displayName: 'Inställningar',
  description: 'Organisationens inställningar för internkontroll, en rad per nyckel.',
  url: 'Lists/IKInstallningar',
  templateType: GENERIC_LIST_TEMPLATE,
  titleField: {
    displayName: 'Inställning',
    description: 'Inställningens nyckel, unik i listan.',
    indexed: true,
    enforceUnique: true
  },
  fields: [VARDE, AVISERING, IDEMPOTENCY_KEY],
  contentType: {
    id: '0x01000111C354DD3C4287AB8C709774650859',
    name: 'IK Inställning',
    description: 'En inställning för internkontroll.'
  },
  queryColumns: { filter: ['Title', 'IdempotencyKey'], orderBy: [] },
  validation: AVISERING_VALIDATION
};

/**
 * An organisation's own report shapes, one item per shape. The shape's id is the item's Title,
 * unique, so SharePoint itself refuses a second shape with the same id, also when two
 * samordnare save at once.
 */
const RAPPORTFORMER: ListDefinition = {
  id: '77f4edc6-026b-4b26-899c-19d104a14a0b',
  title: LIST_TITLES.rapportformer,
  displayName: 'Rapportformer',
  description: 'Organisationens egna rapportformer för uppföljningsrapporterna, en rad per form.',
  url: 'Lists/IKRapportformer',
  templateType: GENERIC_LIST_TEMPLATE,
  titleField: {
    displayName: 'Id',
    description: 'Rapportformens id, t.ex. status-per-avdelning. Unikt i listan.',
    indexed: true,
    enforceUnique: true
  },
  fields: [RAPPORTNAMN, RAPPORTFORM, IDEMPOTENCY_KEY],
  contentType: {
    id: '0x01008B6CD92FC7654FC3A2DCC6F67BAE8709',
    name: 'IK Rapportform',
    description: 'En av organisationens egna rapportformer.'
  },
  queryColumns: { filter: ['Title', 'IdempotencyKey'], orderBy: [] }
};

/**
 * All lists in dependency order: a list comes after every list its lookups point at, so
 * lists can be created one by one from the start of this array.
 *
 * WriteSecurity stays SharePoint's default (1) on every list: follow-up rows are created by
 * the samordnare and filled in by the responsible handläggare, and actions are updated by
 * whoever reports them, so "edit only your own items" (2) would block the yearly work.
 * Read-only access is given by SharePoint permissions (visitors), not by WriteSecurity.
 */
export const LIST_DEFINITIONS: readonly ListDefinition[] = [
  PLANER,
  OMRADEN,
  RISKER,
  KONTROLLMOMENT_LIST,
  ATGARDER,
  UPPFOLJNINGAR,
  AVVIKELSER,
  INSTALLNINGAR,
  RAPPORTFORMER,
  // Approval: who approves, deputies, requests and decisions (approvalLists.ts).
  ...approvalListDefinitions({ plan: PLAN, period: PERIOD, key: IDEMPOTENCY_KEY, start: STARTDATUM, end: SLUTDATUM })
];

/** The definition of a list by its internal title; undefined for a title that is not ours. */
export function getListDefinition(title: string): ListDefinition | undefined {
  return LIST_DEFINITIONS.find((list) => list.title === title);
}

/**
 * Where a model field with a length limit is stored: the list and column, and whether it is
 * a property inside that column's JSON rather than the column itself. Mapped for every entry
 * of FIELD_LIMITS (the type demands it), so a new limit in the model cannot go unplaced.
 */
export interface FieldLimitColumn {
  /** Internal list title. */
  readonly list: ListTitle;
  /** Internal column name (`Title` for the built-in title column). */
  readonly column: string;
  /** True when the value is a property inside the column's JSON. */
  readonly inJson?: boolean;
}

/** For each entity and field of FIELD_LIMITS, the column that stores it. */
export const FIELD_LIMIT_COLUMNS: {
  readonly [E in keyof typeof FIELD_LIMITS]: { readonly [F in keyof (typeof FIELD_LIMITS)[E]]: FieldLimitColumn };
} = {
  plan: {
    namnd: { list: LIST_TITLES.planer, column: 'Namnd' },
    forvaltning: { list: LIST_TITLES.planer, column: 'Forvaltning' },
    diarienummer: { list: LIST_TITLES.planer, column: 'Diarienummer' },
    titel: { list: LIST_TITLES.planer, column: 'Title' }
  },
  omrade: {
    namn: { list: LIST_TITLES.omraden, column: 'Title' },
    beskrivning: { list: LIST_TITLES.omraden, column: 'Beskrivning' }
  },
  risk: {
    titel: { list: LIST_TITLES.risker, column: 'Title' },
    beskrivning: { list: LIST_TITLES.risker, column: 'Beskrivning' },
    andringsorsak: { list: LIST_TITLES.risker, column: 'Andringsorsak' }
  },
  kontrollmoment: {
    beskrivning: { list: LIST_TITLES.kontrollmoment, column: 'Beskrivning' },
    kortnamn: { list: LIST_TITLES.kontrollmoment, column: 'Kortnamn' },
    kontrollmetod: { list: LIST_TITLES.kontrollmoment, column: 'Kontrollmetod' },
    ansvarig: { list: LIST_TITLES.kontrollmoment, column: 'Ansvarig' },
    rapporteringsansvarig: { list: LIST_TITLES.kontrollmoment, column: 'Rapporteringsansvarig' },
    frekvens: { list: LIST_TITLES.kontrollmoment, column: 'Frekvens' },
    andringsorsak: { list: LIST_TITLES.kontrollmoment, column: 'Andringsorsak' }
  },
  atgard: {
    beskrivning: { list: LIST_TITLES.atgarder, column: 'Title' },
    detaljer: { list: LIST_TITLES.atgarder, column: 'Detaljer' },
    ansvarig: { list: LIST_TITLES.atgarder, column: 'Ansvarig' },
    rapporteringsansvarig: { list: LIST_TITLES.atgarder, column: 'Rapporteringsansvarig' }
  },
  followUp: {
    kommentar: { list: LIST_TITLES.uppfoljningar, column: 'Kommentar' }
  },
  avvikelse: {
    beskrivning: { list: LIST_TITLES.avvikelser, column: 'Beskrivning' },
    atgard: { list: LIST_TITLES.avvikelser, column: 'AvvikelseAtgard' }
  },
  riskMatrix: {
    stepLabel: { list: LIST_TITLES.planer, column: 'RiskMatrix', inJson: true },
    levelLabel: { list: LIST_TITLES.planer, column: 'RiskMatrix', inJson: true },
    template: { list: LIST_TITLES.planer, column: 'RiskMatrix', inJson: true }
  },
  period: {
    key: { list: LIST_TITLES.uppfoljningar, column: 'Period' },
    label: { list: LIST_TITLES.planer, column: 'Perioder', inJson: true }
  }
};
