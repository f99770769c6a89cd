/**
 * Seed 003: Nacka kommun, Nämnden för arbete och försörjning, "Uppföljning internkontrollplan,
 * Tertial I 2024": twelve risks, each with "Ursprunglig risk för året" (level and value),
 * "Periodens riskanalys" (text) and "Riskvärdering per tertial" (level only).
 *
 * Matrix: the default 5 × 5 (levels by riskvärde: Låg 1–5, Medium 6–10, Hög 12–16, Mycket hög
 * 20–25). The report prints levels and values, not the two steps, so the steps are chosen to
 * give the printed value: 6 = 2 × 3 (the report says "mindre sannolik" and "kännbar" for the
 * nyanlända risk), 8 = 2 × 4, 9 = 3 × 3, 12 = 3 × 4, 15 = 3 × 5 (as seed 000 rates the same
 * hot-och-påverkan risk). Where T1 keeps the level the T1 rating repeats the original; the two
 * lowered risks are re-rated by lowering sannolikhet: Förtroendeskadligt agerande 3 × 4 → 2 × 4
 * (Hög → Medium), Bristande ledarskap 2 × 3 → 1 × 3 (Medium → Låg).
 * The extraction's "Risiknivå" is written "Risknivå". The report names no persons.
 */
import { buildStandardPeriods, FollowUp, PlanData, Risk } from '../../src/model';
import { DemoPlan, rich } from './types';
import { createNackaMatrix } from './nacka';

const ID = 'seed003-naf-2024';

/** One row of "Periodens riskanalys". */
interface Row {
  titel: string;
  ursprunglig: [number, number];
  t1: [number, number];
  analys: string;
}

const ROWS: Row[] = [
  {
    titel: 'Brister i leverans och kvalitetsuppföljning av välfärdstjänster - leverantörer, myndighetsutövning, kundens progression.',
    ursprunglig: [3, 3],
    t1: [3, 3],
    analys:
      'Inför 2024 års internkontrollplan har risken sänkts till medium. Genom de nya, tydligare auktorisationsvillkoren och fortsatt regelbunden kvalitetsuppföljning av samtliga leverantörer och anordnare säkerställs den interna kontrollen. Under tertial I implementeras nämndens utvecklade kundval för arbete och etablering vilket innebär att alla nämndens anordnare har ansökt om auktorisation på nytt. Detta antas förbättra kontrollen ytterligare.'
  },
  {
    titel: 'Avbrott, intrång eller fel i verksamhetssystem',
    ursprunglig: [3, 4],
    t1: [3, 4],
    analys:
      'Risken för avbrott och intrång i nämndens verksamhetssystem bedöms vara fortsatt hög på grund av omvärldsläget. Nämnden behandlar personuppgifter som omfattas av sekretesslagstiftning samt för personer med skyddade personuppgifter vilket bidrar till riskbedömningen. Verksamheten har under tertial I genomfört en risk- och konsekvensanalys gällande hantering av skyddade personuppgifter.'
  },
  {
    titel: 'Allvarliga händelser eller kris',
    ursprunglig: [3, 3],
    t1: [3, 3],
    analys:
      'Omvärldsläget bedöms som fortsatt osäkert med pågående krig och kriser vilket påverkar riskbedömningen med bibehållen riskvärdering medium. Arbetet med att säkerställa upprätthållande av nämndens samhällsviktiga verksamhet fortlöper enligt plan. Genom verksamheternas kontinuitetshantering bedöms konsekvenser av en allvarlig händelse eller kris minska eftersom det finns beredskap och reservrutiner.'
  },
  {
    titel: 'Hot mot, eller påverkan på, tjänsteman eller politiker',
    ursprunglig: [3, 5],
    t1: [3, 5],
    analys:
      'Risken bedöms vara fortsatt hög utifrån nämndens ansvarsområde och därmed verksamhetens uppdrag, främst inom området ekonomiskt bistånd. Genom att öka kunskapen och medvetenheten om hur man kan utsättas för hot och påverkan bedöms risken på sikt kunna minska. Utbildningsinsatser kring otillåten påverkan har genomförts under föregående år och genomförs återigen under maj månad av kommunens säkerhetsstab för både medarbetare och förtroendevalda.'
  },
  {
    titel: 'Förtroendeskadligt agerande',
    ursprunglig: [3, 4],
    t1: [2, 4],
    analys:
      'Risknivån bedöms ha minskat från hög till medium, bland annat genom utbildningsinsatser för både medarbetare och förtroendevalda. Verksamheten arbetar med så kallad kollegiegranskning och har infört regelbundna loggkontroller tertialvis samt vid behov eller misstanke. Ökad insyn bedöms bidra till minskad risk.'
  },
  {
    titel: 'Välfärdsbrott och välfärdsfusk - anordnare, kunder, anställda.',
    ursprunglig: [3, 4],
    t1: [3, 4],
    analys:
      'Risknivå behålls. Genom det systematiska kvalitetsarbetet, de nya, förtydligade auktorisationsvillkoren och att samtliga anordnare ska auktoriseras på nytt enligt de nya villkoren, säkerställs anordnarnas efterlevnad av villkoren. Utvecklingsarbete för att upptäcka välfärdsbrottslighet inom nämndens bidragssystem fortlöper.'
  },
  {
    titel: 'Omfattande förändring med kort varsel av antalet anvisade nyanlända till Nacka kommun',
    ursprunglig: [2, 3],
    t1: [2, 3],
    analys:
      'Risken bedöms som mindre sannolik men eventuell konsekvens bedöms bli kännbar och därför behålls risknivå medium. Ansvarig verksamhet har beredskap för att hantera snabba förändringar i omvärldsläget. Diskrepansen mellan prognos och det faktiska flyktingmottagandet kan innebära ekonomisk påverkan på nämndens kostnader gällande bostäder för nyanlända.'
  },
  {
    titel: 'Bristande resurser - finansiering, tid, kompetens, struktur, kommunikation.',
    ursprunglig: [2, 3],
    t1: [2, 3],
    analys:
      'Risknivå behålls. Fortsatt arbete med uppföljning av sjuktal. Förbättrat resultat i medarbetarenkät. Aktiv arbetsledning bidrar till att mäta arbetsbelastning hos medarbetare samt sätta in åtgärder för att avlasta och prioritera vid hög arbetsbelastning.'
  },
  {
    titel: 'Bristande ledarskap och styrning',
    ursprunglig: [2, 3],
    t1: [1, 3],
    analys:
      'Risken bedöms vara låg. Detta då resultatet kring ledarskap är fortsatt högt i medarbetarundersökningar samt att det ekonomiska utfallet och måluppfyllnaden för nämnden är gott.'
  },
  {
    titel: 'Bristfällig efterlevnad av lagar och andra styrdokument samt arbetsrutiner',
    ursprunglig: [2, 4],
    t1: [2, 4],
    analys:
      'Risknivå behålls. Fortsatt systematisk kvalitetsutveckling kring avvikelser, lex Sarah och personuppgiftsincidenter. Kollegiegranskning i kundärenden genomförs regelbundet för att säkerställa rättssäker och lika handläggning för alla kunder.'
  },
  {
    titel: 'Bristande efterlevnad av dataskyddsförordningen',
    ursprunglig: [3, 5],
    t1: [3, 5],
    analys:
      'Risknivå bedöms vara hög på grund av allvarlighetsgraden i konsekvenser om risken inträffar. Systematiskt kvalitetsarbete bedrivs för att hantera risken, utbilda medarbetare och skapa en ännu större medvetenhet i frågorna.'
  },
  {
    titel: 'Bristande efterlevnad av hanteringen av skyddade personuppgifter',
    ursprunglig: [3, 5],
    t1: [3, 5],
    analys:
      'Risknivå bedöms vara hög på grund av allvarlighetsgraden i konsekvenser om risken inträffar. Under våren 2024 har en risk- och konsekvensanalys av hanteringen av skyddade personuppgifter genomförts. Utifrån resultatet av analysen kommer åtgärder tillsättas för att hantera och minska risken.'
  }
];

/** Builds the plan data from the rows above. */
function buildData(): PlanData {
  const risker: Risk[] = [];
  const uppfoljningar: FollowUp[] = [];
  ROWS.forEach((row, i) => {
    const key = `${ID}-r${i + 1}`;
    risker.push({ key, nr: i + 1, titel: row.titel, obligatorisk: false, sannolikhet: row.ursprunglig[0], konsekvens: row.ursprunglig[1] });
    uppfoljningar.push({
      key: `${key}-T1`,
      targetType: 'risk',
      targetKey: key,
      periodKey: 'T1',
      kommentar: rich(row.analys),
      riskvardering: { sannolikhet: row.t1[0], konsekvens: row.t1[1] }
    });
  });
  const riskMatrix = createNackaMatrix();
  return {
    plan: {
      key: `${ID}-plan`,
      namnd: 'Nämnden för arbete och försörjning',
      ar: 2024,
      status: 'Beslutad',
      riskMatrix,
      perioder: buildStandardPeriods(2024),
      omraden: []
    },
    risker,
    kontrollmoment: [],
    atgarder: [],
    uppfoljningar,
    avvikelser: []
  };
}

/** Seed 003 as a demo plan. */
export function createSeed003(): DemoPlan {
  return {
    id: ID,
    organisation: 'Nacka kommun',
    source: 'seeds/003',
    settings: { organisation: 'Nacka kommun' },
    reportPeriodKey: 'T1',
    report: { title: 'Uppföljning internkontrollplan, Tertial I 2024' },
    data: buildData()
  };
}
