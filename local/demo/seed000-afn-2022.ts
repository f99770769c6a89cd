/**
 * Seed 000/001 (the same report, two extractions): "Uppföljning och statusuppdatering T2 2022,
 * Internkontrollplan för arbets- och företagsnämnden 2022", Dnr AFN 2021/232. The report names
 * Välfärd samhällsservice and Jämföraren, and seed 003 (Nacka's "Nämnden för arbete och
 * försörjning", 2024) carries several of the same risks, so the municipality is taken to be Nacka.
 *
 * The risk matrix. The report groups risks under "Skattning 16, 15, 12, 10, 9" with texts:
 *   16 sannolik × allvarliga, 15 möjlig × allvarliga, 12 möjlig × kännbara,
 *   10 mindre sannolik × allvarliga, 9 möjlig × kännbara.
 * 15 and 10 cannot come from a 4 × 4 product, so konsekvens has (at least) five steps; seed 003
 * from the same municipality shows "Hög (15)" too. No product matrix yields all five texts: 12
 * and 9 carry the same pair of words, and 16 and 15 would need "allvarlig" to be both step 4
 * and step 5. The sannolikhet words are consistent with steps 2 = mindre sannolik, 3 = möjlig,
 * 4 = sannolik, so every risk below keeps the report's riskvärde and sannolikhet word, with the
 * 5 × 5 matrix (steps 1–4 as the report words them, step 5 "mycket …"). The headings then read:
 *   16 "sannolik risk, allvarliga konsekvenser" (as printed), 9 "möjlig risk, kännbara
 *   konsekvenser" (as printed), 15 and 10 "… mycket allvarliga konsekvenser" (the report
 *   shortens to "allvarliga"), 12 "möjlig risk, allvarliga konsekvenser" (3 × 4; the printed
 *   "kännbara" contradicts the 9 group).
 *
 * Status T1/T2 cells are free text in the report: the kommentar keeps the text and the status is
 * read from its first word when it starts with one (parseFollowUpStatus). Cells the Word table
 * merged (ansvarig, metod, frekvens spanning several controls) are repeated on each control.
 */
import {
  buildTertialPeriods,
  FollowUp,
  Kontrollmoment,
  parseFollowUpStatus,
  PlanData,
  Risk
} from '../../src/model';
import { DemoPlan, rich } from './types';
import { createNackaMatrix } from './nacka';

const ID = 'seed000-afn-2022';

/** One control row of the report. */
interface ControlRow {
  kontrollmoment: string;
  metod: string;
  ansvarig: string;
  frekvens: string;
  t1?: string;
  t2?: string;
}

/** One risk (Område cell) with its rating and controls. */
interface RiskRow {
  titel: string;
  sannolikhet: number;
  konsekvens: number;
  controls: ControlRow[];
}

const RISKS: RiskRow[] = [
  {
    titel: 'Bristande kontinuitet och progress under etableringsperioden',
    sannolikhet: 4,
    konsekvens: 4,
    controls: [
      {
        kontrollmoment: 'Kontroll av omfattning och progress i insatser',
        metod: 'Uppföljning i verksamhetssystem och dialog med kund',
        ansvarig: 'Enhetschef',
        frekvens: 'Månatligen',
        t1: 'Månadsrapporter från anordnare följs upp av karriärvägledare på individnivå. Ny insats Ledsagning för nyanlända inledd 2022.',
        t2: 'Kontinuerlig utveckling i samband med implementering av nytt verksamhetssystem av ekonomiskt bistånd och arbetsmarknadsinsatser under T3.'
      },
      {
        kontrollmoment: 'Genomför förstudie av öppen förskola för språk och integration och inled insats.',
        metod: 'Uppföljning av resultat i förstudie',
        ansvarig: 'Enhetschef',
        frekvens: 'Tertial',
        t1: 'Förstudie genomförd, pilotprojekt öppen förskola för språk och integration påbörjas T2.',
        t2: 'Projekt öppen förskola för språk och integration initieras under T2 och påbörjas under T3.'
      }
    ]
  },
  {
    titel: 'Omoderna verksamhetssystem',
    sannolikhet: 4,
    konsekvens: 4,
    controls: [
      {
        kontrollmoment: 'Kontrollera att utvecklingsarbete är påbörjat',
        metod: 'Uppföljning i ledningsgruppen',
        ansvarig: 'Direktör',
        frekvens: 'Tertial',
        t1: 'Genomfört',
        t2: 'Genomfört.'
      },
      {
        kontrollmoment: 'Implementation av nya verksamhetssystem',
        metod: 'Uppföljning i ledningsgruppen',
        ansvarig: 'Direktör',
        frekvens: 'Tertial',
        t1: 'Pågående, införande av nya verksamhetssystem påbörjat under T1 2022.',
        t2: 'Pågående. Nytt verksamhetssystem för vägen till egen försörjning, inkluderar såväl handläggning av ekonomiskt bistånd som av arbetsmarknadsinsatser implementeras T1-T3. Nytt verksamhetssystem för vuxenutbildning implementeras T2-T3.'
      }
    ]
  },
  {
    titel: 'Hot mot, eller påverkan på, tjänsteman eller politiker',
    sannolikhet: 3,
    konsekvens: 5,
    controls: [
      {
        kontrollmoment: 'Regelbunden utbildning för medarbetare och politiker',
        metod: 'Kontrollera att samtliga erhållit information/utbildning',
        ansvarig: 'Direktör/Enhetschef',
        frekvens: 'Årligen',
        t1: 'Genomfört för medarbetare under T1.',
        t2: 'Genomgång i samband med förberedelse för flytt till NV-2. Enligt stadshuset nya rutiner. Samt vid nyanställning och byte av ledamöter i nämnd.'
      },
      {
        kontrollmoment: 'Följ framtagna rutiner för ”säkra möten” och skalskydd',
        metod: 'Kontrollera att personlarm och rum med två dörrar används vid behov',
        ansvarig: 'Direktör/Enhetschef',
        frekvens: 'Stickprov',
        t1: 'Pågående.'
      },
      {
        kontrollmoment: 'Uppföljning av antal polisanmälningar',
        metod: 'Kontrollera att obehöriga inte släpps in i landskapen. Inventera antalet polisanmälningar från nämndens verksamheter.',
        ansvarig: 'Direktör/Enhetschef',
        frekvens: 'Stickprov, årligen',
        t1: 'Pågående.',
        // Only the second extraction (seed 001) has this cell.
        t2: 'Årligen.'
      }
    ]
  },
  {
    titel: 'Intrång i verksamhetssystem',
    sannolikhet: 3,
    konsekvens: 5,
    controls: [
      {
        kontrollmoment: 'Inventera säkerhetsläge för system med personuppgifter och vidtag åtgärder vid behov',
        metod: 'Adressera säkerhetsfrågor vid systemförvaltning',
        ansvarig: 'Enhetschef',
        frekvens: 'Tertial',
        t1: 'Säkerställt vid implementering av nytt verksamhetssystem.',
        t2: 'Fortlöpande arbete.'
      },
      {
        kontrollmoment: 'Säkerställ kännedom om nämndens informationshanteringsplan',
        metod: 'Genomgång av planen på enhetsmöten.',
        ansvarig: 'Enhetschef',
        frekvens: 'Årligen',
        t1: 'Pågående.',
        t2: 'Pågående.'
      }
    ]
  },
  {
    titel: 'Fel eller avbrott i system',
    sannolikhet: 3,
    konsekvens: 5,
    controls: [
      {
        kontrollmoment: 'Inventera status och säkerställ att det finns alternativ för alla verksamhetskritiska system',
        metod: 'Uppföljning i ledningsgruppen',
        ansvarig: 'Direktör',
        frekvens: 'Tertial',
        t1: 'Pågående.',
        t2: 'Pågående.'
      }
    ]
  },
  {
    titel: 'Bristande resurser (tid och/eller kompetens)',
    sannolikhet: 3,
    konsekvens: 4,
    controls: [
      {
        kontrollmoment: 'Omfördelning, alternativt tillskott, av resurser',
        metod: 'Prioritering av arbetsuppgifter, eventuell rekrytering',
        ansvarig: 'Enhetschef, Direktör',
        frekvens: 'Löpande',
        t1: 'Pågående.',
        t2: 'Pågående.'
      },
      {
        kontrollmoment: 'Behovsinventering löpande, regelbundna risk- och konsekvensanalyser och vid medarbetarsamtal',
        metod: 'Uppföljning av genomförd kompetensutveckling',
        ansvarig: 'Enhetschef',
        frekvens: 'Tertial',
        t1: 'Pågående.',
        t2: 'Pågående.'
      },
      {
        kontrollmoment: 'Uppföljning av sjuktal och utfall i medarbetarenkät',
        metod: 'Analys av underlag från HR',
        ansvarig: 'Direktör + enhetschef',
        frekvens: 'Tertial och årligen',
        t1: 'Pågående',
        t2: 'Pågående'
      }
    ]
  },
  {
    titel: 'Bristfällig uppföljning av anordnare',
    sannolikhet: 2,
    konsekvens: 5,
    controls: [
      {
        kontrollmoment: 'Variera kontrollmetoder och utforska olika ”temafrågor” på djupet',
        metod: 'Genomför oanmäld inspektion hos slumpvis urval av anordnare.',
        ansvarig: 'Enhetschef, Rektor/Skolchef',
        frekvens: 'Årligen',
        t1: 'Årlig uppföljning av anordnare kommunal vuxenutbildning, arbetsmarknadsinsatser och boende för ensamkommande barn och ungdomar görs enligt årsplan.',
        t2: 'Årlig uppföljning av anordnare kommunal vuxenutbildning, arbetsmarknadsinsatser och boende för ensamkommande barn och ungdomar görs enligt årsplan.'
      },
      {
        // The report's kontrollmoment cell spans this method row too.
        kontrollmoment: 'Variera kontrollmetoder och utforska olika ”temafrågor” på djupet',
        metod: 'Uppföljningsmöte med anordnare och avtalad verksamhet.',
        ansvarig: 'Enhetschef, Rektor/Skolchef',
        frekvens: 'Månatligen',
        t1: 'Pågående.',
        t2: 'Pågående. Arbetsledare och karriärvägledare månatliga möten med anordnare för kundval.'
      },
      {
        kontrollmoment: 'Vidtag sanktioner vid påkomna brister',
        metod: 'Kvalitetsuppföljning med kund via enkät eller samtal',
        ansvarig: 'Enhetschef, Rektor/Skolchef',
        frekvens: 'Tertial',
        t1: 'Pågående, enligt modell för uppföljning av kundval. Kvalitetsinformation del i kvalitetsrapport för respektive kundval, i redovisning till nämnd.',
        t2: 'Pågående, enligt modell för uppföljning av kundval. Kvalitetsinformation del i kvalitetsrapport för respektive kundval, i redovisning till nämnd.'
      },
      {
        kontrollmoment: 'Kontrollera att kvalitetsinformationen redovisas',
        metod: 'Följ upp att kvalitetsparametrar finns och är uppdaterade i Jämföraren',
        ansvarig: 'Enhetschef, Rektor/Skolchef',
        frekvens: 'Årligen',
        t1: 'Arbetet med att utveckla redovisningen av nämndens kundval fortsätter. Ett projekt finansierat med framtidsfond genomförs för att utveckla kundgränssnittet i Jämföraren så att det blir mer användarvänligt och tillgängligt för alla.',
        t2: 'Pågående.'
      }
    ]
  },
  {
    titel: 'Bristande ledarskap och styrning',
    sannolikhet: 2,
    konsekvens: 5,
    controls: [
      {
        kontrollmoment: 'Kontrollera att ledningsprocessens mål uppfylls',
        metod: 'Analysera måluppfyllnad.',
        ansvarig: 'Direktör, Enhetschef',
        frekvens: 'Tertial',
        t1: 'Pågående.',
        t2: 'Pågående.'
      },
      {
        kontrollmoment: 'Uppföljning av utfall i medarbetarenkät',
        metod: 'Analysera underlag från HR och vidtag åtgärder',
        ansvarig: 'Direktör, Enhetschef',
        frekvens: 'Årligen, tertial',
        t1: 'Pågående.',
        t2: 'Pågående.'
      },
      {
        kontrollmoment: 'Kontrollera om information når rätt personer vid rätt tidpunkt',
        metod: 'Regelbunden översyn av adresslistor. Avstämning med nämndens presidium',
        ansvarig: 'Nämndsekreterare',
        frekvens: 'Årligen och vid avvikelse',
        t1: 'Vid behov.',
        t2: 'Vid behov.'
      }
    ]
  },
  {
    titel: 'Bristfällig efterlevnad av lagar och andra styrdokument samt arbetsrutiner',
    sannolikhet: 2,
    konsekvens: 5,
    controls: [
      {
        kontrollmoment: 'Kontrollera efterlevnad',
        metod: 'Utför slumpmässiga stickprov',
        ansvarig: 'Enhetschef, Rektor/Skolchef',
        frekvens: 'Stickprov',
        t1: 'Pågående.',
        t2: 'Pågående.'
      },
      {
        kontrollmoment: 'Avvikelsehantering',
        metod: 'Omedelbar utredning och hantering av avvikelser',
        ansvarig: 'Enhetschef, Rektor/Skolchef',
        frekvens: 'Vid avvikelse',
        t1: 'Pågående.',
        t2: 'Pågående.'
      }
    ]
  },
  {
    titel: 'Bostäder för sociala ändamål slits hårdare än väntat',
    sannolikhet: 3,
    konsekvens: 3,
    controls: [
      {
        kontrollmoment: 'Kontrollera att alla fått information kring hur man tar hand om sitt hem',
        metod: 'Etableringsstödjare följer upp att alla fått information och att kontakter i civilsamhället har kännedom om informationen',
        ansvarig: 'Enhetschef',
        frekvens: 'Efter ankomst',
        t1: 'Pågående, i samverkan med fastighetsenheten och Välfärd samhällsservice.',
        t2: 'Pågående, i samverkan med fastighetsenheten och Välfärd samhällsservice.'
      },
      {
        kontrollmoment: 'Engagera kontakter i civilsamhället för kontinuitet och uppföljning.',
        metod: 'Etableringsstödjare följer upp att alla fått information och att kontakter i civilsamhället har kännedom om informationen',
        ansvarig: 'Enhetschef',
        frekvens: 'Löpande och inför avslut av etableringsstöd',
        t1: 'Ej aktuellt.',
        t2: 'Löpande samverkan med samordnare för civilsamhället kring boendefrågor för individer inom massflyktsdirektivet.'
      }
    ]
  }
];

/** Builds the plan data from the rows above. */
function buildData(): PlanData {
  const risker: Risk[] = [];
  const kontrollmoment: Kontrollmoment[] = [];
  const uppfoljningar: FollowUp[] = [];
  let kmNr = 0;
  RISKS.forEach((row, i) => {
    const riskKey = `${ID}-r${i + 1}`;
    risker.push({ key: riskKey, nr: i + 1, titel: row.titel, obligatorisk: false, sannolikhet: row.sannolikhet, konsekvens: row.konsekvens });
    for (const control of row.controls) {
      kmNr++;
      const kmKey = `${ID}-k${kmNr}`;
      kontrollmoment.push({
        key: kmKey,
        riskKey,
        nr: kmNr,
        beskrivning: control.kontrollmoment,
        kontrollmetod: control.metod,
        ansvarig: control.ansvarig,
        frekvens: control.frekvens,
        obligatorisk: false
      });
      const cells: Array<[string, string | undefined]> = [
        ['T1', control.t1],
        ['T2', control.t2]
      ];
      for (const [periodKey, text] of cells) {
        if (text === undefined) {
          continue;
        }
        const followUp: FollowUp = { key: `${kmKey}-${periodKey}`, targetType: 'kontrollmoment', targetKey: kmKey, periodKey, kommentar: rich(text) };
        const status = parseFollowUpStatus(text);
        if (status !== undefined) {
          followUp.status = status;
        }
        uppfoljningar.push(followUp);
      }
    }
  });
  const riskMatrix = createNackaMatrix();
  return {
    plan: {
      key: `${ID}-plan`,
      namnd: 'Arbets- och företagsnämnden',
      ar: 2022,
      diarienummer: 'AFN 2021/232',
      status: 'Beslutad',
      riskMatrix,
      perioder: buildTertialPeriods(2022),
      omraden: []
    },
    risker,
    kontrollmoment,
    atgarder: [],
    uppfoljningar,
    avvikelser: []
  };
}

/** Seed 000/001 as a demo plan. */
export function createSeed000(): DemoPlan {
  return {
    id: ID,
    organisation: 'Nacka kommun',
    source: 'seeds/000 and seeds/001 (two extractions of the same report)',
    settings: { organisation: 'Nacka kommun' },
    reportPeriodKey: 'T2',
    report: { title: 'Uppföljning och statusuppdatering T2 2022' },
    data: buildData()
  };
}
