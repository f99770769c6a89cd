/**
 * Seed 004: Socialnämnden (the report names Mellerud and Bengtsfors sharing a digitaliseringsstrateg;
 * the municipality is taken to be Mellerud), "Uppföljning av Internkontroll, per delårsrapport
 * 2022": (1) åtgärder with status, ansvarig + rapporteringsansvarig, start-, two avstämnings- and
 * slutdatum and a comment per delår; (2) kontroller with status and dates, and a commentary
 * paragraph after each risk's rows; (3) avvikelser (a general text, no avvikelse reported).
 *
 * Persons are replaced by roles: the signing Socialchef keeps her title; the person responsible
 * for administration, digitalisation, statsmedel and recruitment is "Avdelningschef"; the one
 * responsible for family centre, utredningar and stickprov within barn och unga is "Enhetschef
 * IFO"; the other reporting persons are "Handläggare".
 * The åtgärd risks carry no rating in the report ("Risk 2021" is empty); the two control risks
 * show 12 and 9, taken as 3 × 4 and 3 × 3 in the 4 × 4 matrix. One avstämningsdatum of the
 * utskott stickprov is printed 2022-11-30 between 2021 dates and after the 2021-12-31 slutdatum;
 * it is taken as 2021-11-30 (the quarterly rhythm of the other dates).
 */
import { Atgard, buildDelarHelarPeriods, createDefaultMatrix4x4, FollowUp, FollowUpStatus, Kontrollmoment, parseFollowUpStatus, PlanData, Risk } from '../../src/model';
import { DemoPlan, rich } from './types';

const ID = 'seed004-sn-2022';

const AVDELNINGSCHEF = 'Avdelningschef';
const ENHETSCHEF_IFO = 'Enhetschef IFO';
const SOCIALCHEF = 'Socialchef';
const HANDLAGGARE = 'Handläggare';

/** Reads the status cell, symbols included ("✔ Genomförd", "▶ Pågående"). */
function status(cell: string): FollowUpStatus {
  const parsed = parseFollowUpStatus(cell);
  if (parsed === undefined) {
    throw new Error(`Okänd status i seed 004: ${cell}`);
  }
  return parsed;
}

/** One åtgärd row of table 1. */
interface AtgardRow {
  beskrivning: string;
  detaljer?: string;
  status: string;
  ansvarig: string;
  rapporteringsansvarig: string;
  startdatum: string;
  kommentar: string;
}

/** One risk of table 1 with its åtgärder. */
interface AtgardRisk {
  titel: string;
  beskrivning: string;
  atgarder: AtgardRow[];
}

const ATGARD_RISKS: AtgardRisk[] = [
  {
    titel: 'Bristande administrativt stöd',
    beskrivning: 'Risk för att det administrativa stödet som ges inom förvaltningen inte är ändamålsenligt och att resurser inte används effektivt utifrån kompetens.',
    atgarder: [
      {
        beskrivning: 'Processkartläggning av administrativt stöd',
        status: 'Pågående',
        ansvarig: AVDELNINGSCHEF,
        rapporteringsansvarig: `${HANDLAGGARE}, ${AVDELNINGSCHEF}`,
        startdatum: '2022-01-01',
        kommentar:
          'En ny enkätundersökning har genomförts för att omhänderta de åtgärdspunkter som finns i den tidigare utvärderingen av den administrativa enheten. Samverkansmöten med enhetschefer är genomförda och servicedeklaration är uppdaterad. Det administrativa stödet kommer riktas om så en person finns utsedd per enhetschef/område för ökad tydlighet.'
      }
    ]
  },
  {
    titel: 'Bristande förutsättningar för digital mognad',
    beskrivning: 'Risk finns kring den digitala kunskap hos medarbetarna och att det finns verksamhetssystem på plats som klarar följa med den digitala utvecklingen.',
    atgarder: [
      {
        beskrivning: 'Färdplan för digital utveckling',
        detaljer: 'Färdplan ska tas fram',
        status: 'Pågående',
        ansvarig: AVDELNINGSCHEF,
        rapporteringsansvarig: AVDELNINGSCHEF,
        startdatum: '2022-01-01',
        kommentar:
          'Digitaliseringsstrateg startade sitt arbete för Mellerud och Bengtsfors 1 september. Uppdraget kommer vara att först ta fram en kartläggning av hur det ser ut med digitala lösningar idag i verksamheterna. Efter kartläggningen kommer en färdplan tas fram.'
      }
    ]
  },
  {
    titel: 'Socioekonomisk utsatthet i samhället',
    beskrivning: 'Individ- och familjeomsorgen kommer med stor sannolikhet tvingas hantera den ökade problematik som detta medför.',
    atgarder: [
      {
        beskrivning: 'Familjecentral',
        detaljer: 'Säkerställa att en familjecentral kommer på plats under 2022',
        status: 'Genomförd',
        ansvarig: `${ENHETSCHEF_IFO}, ${SOCIALCHEF}`,
        rapporteringsansvarig: ENHETSCHEF_IFO,
        startdatum: '2022-01-01',
        kommentar:
          'Familjecentral finns på plats sedan maj månad. Samordnare är anställd och började i juli. Samlokalisering fullt ut med regionen kommer enligt nuvarande plan ske i december i år och då planeras för en ny invigning.'
      }
    ]
  },
  {
    titel: 'Statsmedel inte nyttjas och följs upp på ett strukturerat sätt',
    beskrivning:
      'Förvaltningen har framförallt sett risker i den statliga styrningen avseende statsmedel som är kortsiktig och skapar viss ryckighet i organisationen. Genom att tydliggöra roller och uppdrag kring statsmedel kan detta omhändertas så långt det är möjligt.',
    atgarder: [
      {
        beskrivning: 'Processkartläggning av statsmedel',
        detaljer: 'Tydliggöra roller och uppdrag samt se över uppföljning och redovisning av statsmedel.',
        status: '✔ Genomförd',
        ansvarig: AVDELNINGSCHEF,
        rapporteringsansvarig: AVDELNINGSCHEF,
        startdatum: '2022-01-01',
        kommentar: 'Processkartläggning kring detta har skett, en rutin finns antagen och upprättade stöd-dokument för arbetet. Åtgärden betraktas som genomförd.'
      }
    ]
  },
  {
    titel: 'Svårighet att rekrytera på grund av brist på kompetens',
    beskrivning: 'Högskoleutbildad personal och omvårdnadspersonal är svår att rekrytera på grund av brist på utbildad personal. Bristen på baspersonal börjar märkas.',
    atgarder: [
      {
        beskrivning: 'Kompetensförsörjningsplan',
        detaljer: 'Ta fram en kompetensförsörjningsplan.',
        status: '▶ Pågående',
        ansvarig: `${SOCIALCHEF}, ${AVDELNINGSCHEF}`,
        rapporteringsansvarig: AVDELNINGSCHEF,
        startdatum: '2022-01-01',
        kommentar:
          'Ett utkast finns framtaget. Dialog pågår i fackliga forum, på APT och i verksamhetsområdenas ledningsgrupper. Planen beräknas gå till nämnd i november månad.'
      },
      {
        beskrivning: 'Skapa rutiner för rekrytering/marknadsföring',
        status: '▶ Pågående',
        ansvarig: AVDELNINGSCHEF,
        rapporteringsansvarig: AVDELNINGSCHEF,
        startdatum: '2022-02-01',
        kommentar: 'Detta kommer ingå som ett led i kompetensförsörjningsplanen.'
      }
    ]
  },
  {
    titel: 'Utredningstid på utredningar',
    beskrivning: 'Risken finns att utredningstiden inte hålls på utredningar, som ska göras inom 4 månader, inom barn och unga.',
    atgarder: [
      {
        beskrivning: 'Egenkontroller',
        detaljer:
          'Utföra egenkontroller på förhandsbedömningar och utredningar för att säkerställa rättssäkerhet och kvalitet. Samt följa upp antalet utredningar som ej upprättas inom lagstadgad tid.',
        status: '✔ Genomförd',
        ansvarig: ENHETSCHEF_IFO,
        rapporteringsansvarig: ENHETSCHEF_IFO,
        startdatum: '2022-01-01',
        kommentar:
          'Egenkontroller utförs löpande på utskott enligt årshjul och en sammanställning av resultatet redovisas kvartalsvis till socialnämnden. Arbetet behöver fortlöpa men fungerar idag enligt plan, åtgärden betraktas därför som utförd.'
      }
    ]
  }
];

/** One control row of table 2. */
interface ControlRow {
  beskrivning: string;
  kontrollmetod: string;
  status: string;
  ansvarig: string;
  rapporteringsansvarig?: string;
  startdatum: string;
  avstamningsdatum: string[];
  slutdatum?: string;
}

/** One risk of table 2 with its rating, controls and the commentary paragraph. */
interface ControlRisk {
  titel: string;
  beskrivning: string;
  rating: [number, number];
  controls: ControlRow[];
  kommentar: string;
}

const CONTROL_RISKS: ControlRisk[] = [
  {
    titel: 'Rättsäker myndighetsutövning',
    beskrivning:
      'Utredningstiden inte hålls på utredningar ska göras inom 4 månader, förhandsbedömningstiden inte hålls ska göras inom 14 dagar. Att omprövningar och övervägande sker minst var 6:e månad.',
    rating: [3, 4],
    controls: [
      {
        beskrivning: 'Stickprov, Socialnämndens utskott',
        kontrollmetod:
          'Stickprov görs genom granskning av 2 slumpmässigt utvalda utredningar och förhandsbedömningar på socialnämndens utskott var tredje månad för ärenden rörande barn- och unga.',
        status: 'Genomförd',
        ansvarig: ENHETSCHEF_IFO,
        rapporteringsansvarig: ENHETSCHEF_IFO,
        startdatum: '2021-01-01',
        avstamningsdatum: ['2021-02-28', '2021-05-31', '2021-08-31', '2021-11-30'],
        slutdatum: '2021-12-31'
      },
      {
        beskrivning: 'Stickprov, barn och unga',
        kontrollmetod: 'Stickprov görs varje månad (dock inte juli) genom granskning av slumpmässigt utvalda individärenden.',
        status: 'Genomförd',
        ansvarig: ENHETSCHEF_IFO,
        rapporteringsansvarig: HANDLAGGARE,
        startdatum: '2021-01-01',
        avstamningsdatum: ['2021-12-31']
      }
    ],
    kommentar:
      'Egenkontroll i form av stickprov för myndighetsutövningen inom individ och familjeomsorgens verksamhetsområde sker regelbundet på utskott enligt särskild årscykel och rapporterades för 2021 utan anmärkning. Arbetet med egenkontroller fortsätter 2022 enligt samma planering.'
  },
  {
    titel: 'Behörighetstilldelning',
    beskrivning:
      'Anställda kan ha mer behörighet till system än vad tjänsten kräver. Exempelvis att ändringar inte meddelas och verkställs, enligt rutin. Alla ska ha den behörighet som krävs för att utföra sitt uppdrag/arbete.',
    rating: [3, 3],
    controls: [
      {
        beskrivning: 'Stickprov',
        kontrollmetod: 'Stickprov på 4 slumpmässigt utvalda behörigheter en gång/kvartal.',
        status: 'Genomförd',
        ansvarig: SOCIALCHEF,
        startdatum: '2021-01-31',
        avstamningsdatum: [],
        slutdatum: '2021-12-31'
      }
    ],
    kommentar:
      'Stickprov avseende behörighetstilldelning genomfördes inte för 2021 men är för 2022 inlagt i det systematiska kvalitetsarbetet (SOF5) för genomförande minst en gång per år. Åtgärden är genomförd av systemförvaltare för 2022 och åtgärden betraktas som genomförd.'
  }
];

/** Builds the plan data from the rows above. */
function buildData(): PlanData {
  const risker: Risk[] = [];
  const kontrollmoment: Kontrollmoment[] = [];
  const atgarder: Atgard[] = [];
  const uppfoljningar: FollowUp[] = [];
  let riskNr = 0;
  let atgardNr = 0;
  for (const risk of ATGARD_RISKS) {
    riskNr++;
    const riskKey = `${ID}-r${riskNr}`;
    risker.push({ key: riskKey, nr: riskNr, titel: risk.titel, beskrivning: risk.beskrivning, obligatorisk: false });
    for (const row of risk.atgarder) {
      atgardNr++;
      const key = `${ID}-a${atgardNr}`;
      const atgard: Atgard = {
        key,
        riskKey,
        beskrivning: row.beskrivning,
        ansvarig: row.ansvarig,
        rapporteringsansvarig: row.rapporteringsansvarig,
        startdatum: row.startdatum,
        avstamningsdatum: ['2022-05-01', '2022-09-01'],
        slutdatum: '2022-12-31',
        status: status(row.status)
      };
      if (row.detaljer !== undefined) {
        atgard.detaljer = row.detaljer;
      }
      atgarder.push(atgard);
      uppfoljningar.push({ key: `${key}-DELAR`, targetType: 'atgard', targetKey: key, periodKey: 'DELAR', status: atgard.status, kommentar: rich(row.kommentar) });
    }
  }
  let kmNr = 0;
  for (const risk of CONTROL_RISKS) {
    riskNr++;
    const riskKey = `${ID}-r${riskNr}`;
    risker.push({
      key: riskKey,
      nr: riskNr,
      titel: risk.titel,
      beskrivning: risk.beskrivning,
      obligatorisk: false,
      sannolikhet: risk.rating[0],
      konsekvens: risk.rating[1]
    });
    uppfoljningar.push({ key: `${riskKey}-DELAR`, targetType: 'risk', targetKey: riskKey, periodKey: 'DELAR', kommentar: rich(risk.kommentar) });
    for (const row of risk.controls) {
      kmNr++;
      const key = `${ID}-k${kmNr}`;
      const km: Kontrollmoment = {
        key,
        riskKey,
        nr: kmNr,
        beskrivning: row.beskrivning,
        kontrollmetod: row.kontrollmetod,
        ansvarig: row.ansvarig,
        obligatorisk: false,
        startdatum: row.startdatum,
        avstamningsdatum: row.avstamningsdatum
      };
      if (row.rapporteringsansvarig !== undefined) {
        km.rapporteringsansvarig = row.rapporteringsansvarig;
      }
      if (row.slutdatum !== undefined) {
        km.slutdatum = row.slutdatum;
      }
      kontrollmoment.push(km);
      uppfoljningar.push({ key: `${key}-DELAR`, targetType: 'kontrollmoment', targetKey: key, periodKey: 'DELAR', status: status(row.status) });
    }
  }
  return {
    plan: {
      key: `${ID}-plan`,
      namnd: 'Socialnämnden',
      ar: 2022,
      status: 'Beslutad',
      riskMatrix: createDefaultMatrix4x4(),
      perioder: buildDelarHelarPeriods(2022),
      omraden: []
    },
    risker,
    kontrollmoment,
    atgarder,
    uppfoljningar,
    avvikelser: []
  };
}

/** Seed 004 as a demo plan. */
export function createSeed004(): DemoPlan {
  return {
    id: ID,
    organisation: 'Melleruds kommun',
    source: 'seeds/004',
    settings: { organisation: 'Melleruds kommun' },
    reportPeriodKey: 'DELAR',
    report: { title: 'Uppföljning av Internkontroll, per delårsrapport 2022', undertecknare: SOCIALCHEF },
    data: buildData()
  };
}
