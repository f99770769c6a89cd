/**
 * The approval lists of the schema (docs/approvals.md): who approves each plan, their deputies,
 * the requests with their withdrawals and reminders, and the decisions. Every one is
 * append-only for the product's groups ("Lägga till och visa", see LIST_ROLES): a change is a
 * new item, so what was requested, by whom, and what was decided stays as SharePoint recorded it.
 *
 * The columns shared with the plan's lists (Plan, Period, IdempotencyKey, Startdatum,
 * Slutdatum) are the same site columns; `lists.ts` passes them in, so this file imports nothing
 * from it.
 */
import {
  GENERIC_LIST_TEMPLATE,
  type ChoiceFieldDefinition,
  type DateTimeFieldDefinition,
  type ListDefinition,
  type LookupFieldDefinition,
  type NoteFieldDefinition,
  type TextFieldDefinition,
  type UserFieldDefinition
} from './types';

import { APPROVAL_LIST_TITLES } from './listNames';

export { APPROVAL_LIST_TITLES };

/** Stored values of `Godkannanderegel`. */
export const APPROVAL_RULE_VALUES = { any: 'En av dem', all: 'Alla' } as const;

/** Stored values of `Handelse`. */
export const REQUEST_EVENT_VALUES = { request: 'Begäran', withdrawn: 'Återkallad', reminded: 'Påminnelse' } as const;

/** Stored values of `Beslutsutfall`. */
export const DECISION_VALUES = { approved: 'Godkänd', returned: 'Återremitterad' } as const;

/** Longest note of a request, reminder or withdrawal, and longest decision comment. */
export const APPROVAL_TEXT_MAX = 2000;

/**
 * Snapshot columns of a decision: SharePoint's multiple lines of text hold at most 63 999
 * characters each, so a snapshot longer than that continues in the next column.
 */
export const SNAPSHOT_COLUMNS = ['Ogonblicksbild', 'Ogonblicksbild2', 'Ogonblicksbild3', 'Ogonblicksbild4'] as const;

/** Characters per snapshot column. */
export const SNAPSHOT_PART_MAX = 63999;

/** The shared columns the approval lists reuse. */
export interface SharedApprovalColumns {
  /** `Plan`, the indexed lookup to IKPlaner. */
  readonly plan: LookupFieldDefinition;
  /** `Period`, the period's key. */
  readonly period: TextFieldDefinition;
  /** `IdempotencyKey`. */
  readonly key: TextFieldDefinition;
  /** `Startdatum`. */
  readonly start: DateTimeFieldDefinition;
  /** `Slutdatum`. */
  readonly end: DateTimeFieldDefinition;
}

const GODKANNARE: UserFieldDefinition = {
  type: 'User',
  id: '2e1cad35-35e8-4bb8-9459-0536682be294',
  internalName: 'Godkannare',
  displayName: 'Godkännare',
  description: 'De som godkänner planens uppföljning innan den går till nämnden.',
  selectionMode: 'PeopleOnly',
  multi: true,
  required: true
};

const GODKANNANDEREGEL: ChoiceFieldDefinition = {
  type: 'Choice',
  id: '84e47b7a-4b44-4e74-8b72-8d31f9bac1a4',
  internalName: 'Godkannanderegel',
  displayName: 'Regel',
  description: 'Om en av godkännarna räcker eller om alla måste godkänna.',
  choices: [APPROVAL_RULE_VALUES.any, APPROVAL_RULE_VALUES.all],
  fillIn: false,
  default: APPROVAL_RULE_VALUES.any,
  required: true
};

const ORDINARIE_GODKANNARE: UserFieldDefinition = {
  type: 'User',
  id: '27da2428-2fcc-4ffc-ab9d-7d71a6ab7cf0',
  internalName: 'OrdinarieGodkannare',
  displayName: 'Ordinarie godkännare',
  description: 'Godkännaren som ersättaren beslutar för.',
  selectionMode: 'PeopleOnly',
  required: true,
  indexed: true
};

const ERSATTARE: UserFieldDefinition = {
  type: 'User',
  id: 'b3f5c842-6bc0-4df9-9578-ee727895151d',
  internalName: 'Ersattare',
  displayName: 'Ersättare',
  description: 'Den som får besluta i godkännarens ställe under perioden.',
  selectionMode: 'PeopleOnly',
  required: true,
  indexed: true
};

const HANDELSE: ChoiceFieldDefinition = {
  type: 'Choice',
  id: '89d2eca1-cfb1-436c-a251-4538630c7068',
  internalName: 'Handelse',
  displayName: 'Händelse',
  description: 'En begäran om godkännande, eller att den återkallades eller påmindes om.',
  choices: [REQUEST_EVENT_VALUES.request, REQUEST_EVENT_VALUES.withdrawn, REQUEST_EVENT_VALUES.reminded],
  fillIn: false,
  required: true,
  indexed: true
};

/** The request's key: on a request its own key, on an event or decision the key of its request. */
const BEGARANNYCKEL: TextFieldDefinition = {
  type: 'Text',
  id: 'bc721586-263b-4efa-b8fd-996ef328a97e',
  internalName: 'Begarannyckel',
  displayName: 'Begäran',
  description: 'Nyckeln för begäran som raden gäller, satt av appen. Ändra inte.',
  maxLength: 64,
  required: true,
  indexed: true,
  appManaged: false
};

/**
 * `<plan id>|<period>|<round>` on a request (src/approvals/requestSlot.ts), unique in the list:
 * SharePoint itself refuses a second request of the same round, so two people requesting at
 * once cannot both open one. Withdrawals and reminders carry `händelse:<key>`.
 */
const BEGARANOMGANG: TextFieldDefinition = {
  type: 'Text',
  id: '5b0f7c9e-2d8a-4f5e-9c41-7a3e6b2d90f4',
  internalName: 'Begaranomgang',
  displayName: 'Plan, period och omgång',
  description: 'Planen, perioden och vilken begäran i ordningen raden är, satt av appen. Ändra inte.',
  maxLength: 80,
  indexed: true,
  enforceUnique: true,
  appManaged: true
};

const RAPPORTFORM: TextFieldDefinition = {
  type: 'Text',
  id: 'e77d3b7d-a90b-44c7-9435-5048003644ab',
  internalName: 'RapportformId',
  displayName: 'Rapportformens id',
  description: 'Rapportformen som går till nämnden och som godkännaren ser, t.ex. granskningssammanfattning.',
  maxLength: 64
};

const MEDDELANDE: NoteFieldDefinition = {
  type: 'Note',
  id: '66d7f5f8-adcb-48a8-8c1d-f75f3d8a954f',
  internalName: 'Meddelande',
  displayName: 'Meddelande',
  description: 'Meddelande till godkännarna.',
  richText: false,
  numLines: 4,
  maxLength: APPROVAL_TEXT_MAX
};

const SVARSDATUM: DateTimeFieldDefinition = {
  type: 'DateTime',
  id: 'ae50c92d-ad8a-4924-a92b-a83a17146bff',
  internalName: 'Svarsdatum',
  displayName: 'Sista svarsdag',
  description: 'Sista dag för beslut.',
  format: 'DateOnly'
};

/** SHA-256 of the content, 64 hex digits; the list validation requires it. */
const KONTROLLSUMMA: TextFieldDefinition = {
  type: 'Text',
  id: 'd97d45a8-e2ad-4ee9-87fd-3a36362b3785',
  internalName: 'Kontrollsumma',
  displayName: 'Kontrollsumma',
  description: 'SHA-256 av uppföljningens innehåll (kanonisk JSON), satt av appen.',
  maxLength: 64
};

const BESLUTSUTFALL: ChoiceFieldDefinition = {
  type: 'Choice',
  id: '210398ec-34be-4279-ba3d-b015ca9f29fe',
  internalName: 'Beslutsutfall',
  displayName: 'Beslut',
  description: 'Godkänd, eller återremitterad med kommentar.',
  choices: [DECISION_VALUES.approved, DECISION_VALUES.returned],
  fillIn: false,
  required: true,
  indexed: true
};

const BESLUTSKOMMENTAR: NoteFieldDefinition = {
  type: 'Note',
  id: '045c96bc-dabd-4d38-92fc-99caf6c63c93',
  internalName: 'Beslutskommentar',
  displayName: 'Kommentar till beslutet',
  description: 'Godkännarens kommentar; krävs vid återremiss.',
  richText: false,
  numLines: 4,
  maxLength: APPROVAL_TEXT_MAX
};

const FOR_GODKANNARE: UserFieldDefinition = {
  type: 'User',
  id: 'c11eb1c7-f87a-4fac-bcf4-34511023fed2',
  internalName: 'ForGodkannare',
  displayName: 'För godkännare',
  description: 'Godkännaren som en ersättare beslutade för.',
  selectionMode: 'PeopleOnly'
};

/**
 * `<request key>:<approver's user id>`, unique in the list: SharePoint itself refuses a second
 * decision of the same approver (or their deputy) on a request, also from two tabs at once.
 */
const BESLUTSNYCKEL: TextFieldDefinition = {
  type: 'Text',
  id: '7170281a-7144-479b-95d0-d3e3813c7350',
  internalName: 'Beslutsnyckel',
  displayName: 'Beslutsnyckel',
  description: 'Begäran och godkännaren som beslutet gäller, satt av appen.',
  maxLength: 80,
  indexed: true,
  enforceUnique: true,
  appManaged: true
};

const SNAPSHOT_IDS = ['981ffd88-30c3-4adb-a560-096177c1f34c', '577a4883-ad25-4675-8525-11a1b162c0b2', '885c7866-12cf-400a-ad5b-a1a76463466f', 'ea43b669-da62-4f78-9209-19dfbcb0bd52'];

const SNAPSHOT_FIELDS: NoteFieldDefinition[] = SNAPSHOT_COLUMNS.map((internalName, index) => ({
  type: 'Note',
  id: SNAPSHOT_IDS[index],
  internalName,
  displayName: index === 0 ? 'Ögonblicksbild' : `Ögonblicksbild, del ${index + 1}`,
  description: 'Det godkända innehållet som kanonisk JSON, satt av appen. Ändra inte.',
  richText: false,
  numLines: 6,
  maxLength: SNAPSHOT_PART_MAX,
  appManaged: true
}));

/** The overflow of a snapshot: one part per item, in the order of the parts' keys. */
const SNAPSHOT_PART: NoteFieldDefinition = {
  type: 'Note',
  id: 'c5a1e0d2-7b3f-4e86-9d14-2f6a8b0c3e71',
  internalName: 'Ogonblicksbildsdel',
  displayName: 'Del av ögonblicksbilden',
  description: 'En del av det godkända innehållet som kanonisk JSON, satt av appen. Ändra inte.',
  richText: false,
  numLines: 6,
  maxLength: SNAPSHOT_PART_MAX,
  appManaged: true
};

/** The hash is SHA-256 in hex: exactly 64 characters, on every request and decision. */
const HASH_VALIDATION = {
  request: {
    formula: '=IF([Händelse]="Begäran",AND(LEN([Kontrollsumma])=64,NOT(ISBLANK([Rapportformens id]))),TRUE)',
    message: 'En begäran måste ha kontrollsumma och rapportform. / A request must have a hash and a report shape.'
  },
  decision: {
    formula: '=LEN([Kontrollsumma])=64',
    message: 'Ett beslut måste ha kontrollsumman för det som beslutades. / A decision must have the hash of what was decided.'
  },
  snapshotPart: {
    formula: '=LEN([Kontrollsumma])=64',
    message: 'En del av en ögonblicksbild måste ha kontrollsumman för hela ögonblicksbilden. / A snapshot part must have the hash of the whole snapshot.'
  },
  deputy: {
    formula: '=AND(NOT(ISBLANK([Startdatum])),NOT(ISBLANK([Slutdatum])),[Slutdatum]>=[Startdatum])',
    message: 'Ange första och sista dag; sista dagen får inte vara före den första. / Give the first and last day; the last must not be before the first.'
  }
} as const;

/** The approval lists, in dependency order (after IKPlaner), built on the shared columns. */
export function approvalListDefinitions(shared: SharedApprovalColumns): ListDefinition[] {
  return [
    {
      id: '24511009-4b09-4106-a61e-447dc5668e87',
      title: APPROVAL_LIST_TITLES.godkannare,
      displayName: 'Godkännare per plan',
      description: 'Vem som godkänner varje plans uppföljning. En ändring läggs till som en ny rad; beslut bedöms mot raden som gällde då.',
      url: `Lists/${APPROVAL_LIST_TITLES.godkannare}`,
      templateType: GENERIC_LIST_TEMPLATE,
      titleField: { displayName: 'Rubrik', description: 'Planen, satt av appen.' },
      fields: [shared.plan, GODKANNARE, GODKANNANDEREGEL, shared.key],
      contentType: { id: '0x0100F861289D8AE9464F9A342A5CEA0DBC62', name: 'IK Godkännare', description: 'Godkännarna för en plan.' },
      queryColumns: { filter: ['Plan', 'IdempotencyKey'], orderBy: ['ID'] }
    },
    {
      id: '121b1f0d-b420-432c-b5c7-e279b3ea5130',
      title: APPROVAL_LIST_TITLES.ersattare,
      displayName: 'Ersättare',
      description: 'Ersättare som får besluta i en godkännares ställe under en period. En ändring läggs till som en ny rad.',
      url: `Lists/${APPROVAL_LIST_TITLES.ersattare}`,
      templateType: GENERIC_LIST_TEMPLATE,
      titleField: { displayName: 'Rubrik', description: 'Vem som ersätter vem, satt av appen.' },
      fields: [ORDINARIE_GODKANNARE, ERSATTARE, shared.start, shared.end, shared.key],
      contentType: { id: '0x0100A715199EA91D496B82812A310047A20E', name: 'IK Ersättare', description: 'En ersättare för en godkännare.' },
      queryColumns: { filter: ['IdempotencyKey', 'OrdinarieGodkannare', 'Ersattare'], orderBy: ['ID'] },
      validation: HASH_VALIDATION.deputy
    },
    {
      id: '301b48bc-7a21-4c88-a5f1-221408237769',
      title: APPROVAL_LIST_TITLES.godkannanden,
      displayName: 'Begäranden om godkännande',
      description: 'Begäranden om godkännande av en periods uppföljning, och när de återkallades eller påmindes om.',
      url: `Lists/${APPROVAL_LIST_TITLES.godkannanden}`,
      templateType: GENERIC_LIST_TEMPLATE,
      titleField: { displayName: 'Rubrik', description: 'Plan, period och händelse, satt av appen.' },
      fields: [shared.plan, shared.period, HANDELSE, BEGARANNYCKEL, BEGARANOMGANG, RAPPORTFORM, MEDDELANDE, SVARSDATUM, KONTROLLSUMMA, shared.key],
      contentType: { id: '0x010024C87CEA96D0472E89AAA93714497174', name: 'IK Begäran om godkännande', description: 'En begäran om godkännande eller en händelse i den.' },
      queryColumns: { filter: ['Plan', 'Period', 'Handelse', 'Begarannyckel', 'IdempotencyKey'], orderBy: ['ID'] },
      validation: HASH_VALIDATION.request
    },
    {
      id: 'aff5debc-3328-4c27-83fe-35f0aded4c09',
      title: APPROVAL_LIST_TITLES.beslut,
      displayName: 'Beslut om godkännande',
      description: 'Godkännarnas beslut: godkänd, eller återremitterad med kommentar, med kontrollsumman och ögonblicksbilden av det som beslutades.',
      url: `Lists/${APPROVAL_LIST_TITLES.beslut}`,
      templateType: GENERIC_LIST_TEMPLATE,
      titleField: { displayName: 'Rubrik', description: 'Plan, period och beslut, satt av appen.' },
      fields: [shared.plan, shared.period, BEGARANNYCKEL, BESLUTSUTFALL, BESLUTSKOMMENTAR, FOR_GODKANNARE, KONTROLLSUMMA, ...SNAPSHOT_FIELDS, BESLUTSNYCKEL, shared.key],
      contentType: { id: '0x0100A1634AA9B78B45EF9A1DCB0679546A6C', name: 'IK Beslut om godkännande', description: 'Ett beslut om en begäran om godkännande.' },
      queryColumns: { filter: ['Plan', 'Period', 'Begarannyckel', 'IdempotencyKey'], orderBy: ['ID'] },
      validation: HASH_VALIDATION.decision
    },
    {
      id: '6f0b9c3e-1a2d-4c5b-8e7f-90a1b2c3d4e5',
      title: APPROVAL_LIST_TITLES.ogonblicksbilder,
      displayName: 'Ögonblicksbilder, delar',
      description: 'Fortsättningen av en ögonblicksbild som är större än beslutets kolumner: en del per rad, i nyckelns ordning.',
      url: `Lists/${APPROVAL_LIST_TITLES.ogonblicksbilder}`,
      templateType: GENERIC_LIST_TEMPLATE,
      titleField: { displayName: 'Del', description: 'Beslutets nyckel och delens nummer, unikt i listan, satt av appen.', indexed: true, enforceUnique: true },
      fields: [shared.plan, BEGARANNYCKEL, KONTROLLSUMMA, SNAPSHOT_PART, shared.key],
      contentType: { id: '0x0100C3D1E5A7B9F2468ACE13579BDF02468A', name: 'IK Ögonblicksbild, del', description: 'En del av en ögonblicksbild som inte ryms i beslutet.' },
      queryColumns: { filter: ['Plan', 'Title', 'Begarannyckel', 'IdempotencyKey'], orderBy: ['ID'] },
      validation: HASH_VALIDATION.snapshotPart
    }
  ];
}
