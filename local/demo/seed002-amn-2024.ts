/**
 * Seed 002: Uppsala kommun, Arbetsmarknadsnämnden, "Delrapportering Internkontrollplan 2024"
 * (tjänsteskrivelse with Bilaga 1, "Sammanfattning av granskningar till och med augusti 2024"),
 * Dnr AMN-2024-00318. The plan itself was adopted in December 2023 (its own Dnr in the report's
 * footnote is AMN-2023-00348; the plan here carries the report's Dnr as the fixture's contract).
 *
 * Nine risks with one kontrollmoment each in four kontrollområden; the review result per
 * kontrollmoment for the delår; nr 3 and 9 "med mindre anmärkning", each with an avvikelse whose
 * åtgärd and slutdatum come from the "Åtgärd med slutdatum" column ("under hösten 2024" is read
 * as 2024-12-31). The other rows' "Åtgärd med slutdatum" become åtgärder of the risk.
 * The report gives no risk titles or ratings: titles are short forms of the riskbeskrivning and
 * risks are unrated. Comments keep the first paragraphs of each "Resultat av granskning" cell.
 * Names are replaced by roles (Handläggare, Förvaltningsdirektör).
 */
import { Atgard, Avvikelse, buildDelarHelarPeriods, createDefaultMatrix4x4, FollowUp, Kontrollmoment, Omrade, PlanData, Resultat, Risk } from '../../src/model';
import { DemoPlan } from './types';

const ID = 'seed002-amn-2024';

/** One row of Bilaga 1. */
interface Row {
  omrade: number;
  titel: string;
  riskbeskrivning: string;
  obligatorisk: boolean;
  kontrollmoment: string;
  kortnamn?: string;
  kontrollmetod: string;
  ansvarig: string;
  resultat: Resultat;
  kommentar: string;
  atgard?: string;
  avvikelse?: string;
}

const OMRADEN: string[] = [
  'Kontroller av verksamhetens arbetssätt, system och rutiner',
  'Kontroll av efterlevnad av regler, policyer och beslut',
  'Finansiell kontroll',
  'Kontroll avseende oegentligheter, mutor och jäv'
];

const ROWS: Row[] = [
  {
    omrade: 1,
    titel: 'Oklart ansvar för information',
    riskbeskrivning:
      '<p><em>Obligatorisk risk:</em> Det råder oklarhet om vilken information som är viktig för verksamheten samt hur ansvaret för informationen uttrycks vilket leder till att risker inte identifieras och att skyddsåtgärder inte vidtas vilket i sin tur leder till störning eller avbrott i produktionen.</p>',
    obligatorisk: true,
    kontrollmoment:
      '<p><em>Obligatoriskt kontrollmoment:</em> Kontroll av att ansvaret för information följer verksamhetsansvaret och att informationstillgångar är inventerade.</p><p>Säkerställ att delegations- och arbetsordningen är beslutad, kommunicerad och hålls aktuell och att det av den framgår vem som ansvarar för att säkerställa en god informationshantering inom en viss verksamhet.</p>',
    kontrollmetod:
      '<p>Kontrollera under året att delegations- och arbetsordning uttrycker ett mandat och ansvar som stödjer en ändamålsenlig informationshantering.</p><p>Kontrollera under året att informationstillgångarna är inventerade genom att följande är genomfört:</p><ul><li>informationshanteringsplanen är beslutad, kommunicerad och hålls aktuell,</li><li>artikel 30-registret över personuppgiftsbehandlingar är upprättat och hålls aktuellt.</li></ul><p>Kontrollera att egenkontroll för arbetet med informationssäkerhet utförs under året.</p>',
    ansvarig: 'Dataskyddssamordnare, enhetschef AMF Administration, objektägare för förvaltningens väsentliga IT-system samt avdelningschefer.',
    resultat: 'Utan anmärkning',
    kommentar:
      '<p>Granskningen är genomförd utan anmärkning.</p><p>Nämndens delegations- och arbetsordning uppdaterades under våren och beslutades av nämnden den 24 maj 2024. Den finns publicerad på kommunens webbplats sedan den 3 juni 2024.</p><p>Informationshanteringsplanen har uppdaterats under våren och skickades till Stadsarkivet för samråd i juni 2024, inför beslut i nämnden senare under hösten.</p>',
    atgard:
      'Under hösten 2024 fortsätter arbetet utifrån VP 2024 åtgärd 2 med att se över förvaltningens stödresurser. Under 2024 avser förvaltningen att kontrollera om den stödjande objektverksamheten (pm3) har genomfört informationssäkerhetsklassning (KLASSA) för väsentliga IT-stöd.'
  },
  {
    omrade: 1,
    titel: 'Saknade rutiner och planer för avbrott och störningar',
    riskbeskrivning:
      '<p><em>Obligatorisk risk:</em> Nödvändiga rutiner och planer för hantering av avbrott och störningar saknas, är okända eller oprövade vilket gör att ett avbrott i informationsförsörjningen medför stora störningar i produktionen och svårigheter vid återgång till normal verksamhet.</p>',
    obligatorisk: true,
    kontrollmoment:
      '<p><em>Obligatoriskt kontrollmoment:</em> Säkerställ att behovet av rutiner och planer för hantering av avbrott och störningar är inventerade, och dessa är dokumenterade, kända och prövade.</p>',
    kontrollmetod:
      '<p>Kontrollera att nödvändiga planer och rutiner finns som beskriver hur avbrott och störningar ska hanteras, så som övergripande plan för höjd beredskap och krishanteringsplan samt kontinuitetshanteringsplaner för samhällsviktig verksamhet inom avdelningarna, under första halvåret 2024.</p><p>Kontrollera så att planerna harmonierar samt att de är testade och utvärderade, under andra halvåret 2024.</p>',
    ansvarig: 'Stabschef och avdelningschefer',
    resultat: 'Utan anmärkning',
    kommentar:
      '<p>Granskningen är genomförd utan anmärkning.</p><p>Förvaltningen följer kommungemensamma styrdokument på området och följer kommunledningskontorets planering. Det finns uppdaterade krisledningsplaner såväl centralt på förvaltningen som på avdelningsnivå.</p>',
    atgard:
      'Under hösten kommer förvaltningen att ta fram en utbildnings- och övningsplan vad gäller krisberedskap. Förvaltningen kommer att följa kommunens övergripande planering vad gäller färdigställande av kontinuitetshanteringsplaner.'
  },
  {
    omrade: 1,
    titel: 'Bristande uppföljning av insatser och utbildningar',
    riskbeskrivning:
      'Risk att förvaltningen inte följer upp insatser och utbildningar i tillräcklig omfattning för att kunna fatta välgrundade beslut om hur verksamheten bör utvecklas.',
    obligatorisk: false,
    kontrollmoment: 'Säkerställ att insatser och utbildningar utvärderas i tillräcklig omfattning och att underlaget används för att utveckla verksamheten.',
    kortnamn: 'uppföljning av insatser',
    kontrollmetod:
      '<p>Kontrollera att minst en prioriterad insats utvärderas under första halvåret 2024 och att underlaget används för att utveckla verksamheten. (UJC-A och EB)</p><p>Kontrollera att kursutvärderingar genomförs efter att kurser avslutas och att dessa används för kvalitetsutveckling. (UJC-V)</p>',
    ansvarig: 'Avdelningschefer, enhetschef för utredning och beredning',
    resultat: 'Med mindre anmärkning',
    kommentar:
      '<p>Granskningen är genomförd med mindre anmärkning, på grund av försenad utvärdering inom UJC-A samtidigt som utvärderingar gjorts inom övriga avdelningar.</p><p>Utvärdering av insats kring Skyddat arbete hos offentlig arbetsgivare (OSA) och lönebidragsanställningar pågår inom avdelningen Utbildning och jobbcenter – arbetsmarknad (UJC-A). Utvärderingen beräknas slutföras under hösten 2024, vilket innebär att den är försenad.</p>',
    avvikelse: 'Utvärderingen av insatsen kring OSA och lönebidragsanställningar inom UJC-A är försenad.',
    atgard: 'Under hösten 2024 kommer förvaltningen att fortsätta ta hand om insikter från genomförda utvärderingar och analyser i syfte att utveckla verksamheten.'
  },
  {
    omrade: 1,
    titel: 'Inlåsningseffekter i arbetsmarknadsverksamheten',
    riskbeskrivning: 'Risk att klienter kvarstår i arbetsmarknadsverksamhet längre än nödvändigt vilket leder till inlåsningseffekter.',
    obligatorisk: false,
    kontrollmoment:
      'Genomför fortsatta åtgärder för att motverka att klienter kvarstår i arbetsmarknadsverksamhet längre än nödvändigt, samt följ upp om åtgärderna ger förväntat resultat.',
    kontrollmetod:
      '<ol><li>Kontrollera löpande genom utdrag från Lifecare att antalet/andelen klienter inskrivna under lång tid minskat.</li><li>Kontrollera att verksamheten vidtar relevanta åtgärder för att motverka att klienter kvarstår i arbetsmarknadsverksamhet längre än nödvändigt.</li></ol>',
    ansvarig: 'Avdelningschef UJC-A',
    resultat: 'Utan anmärkning',
    kommentar:
      '<p>Granskningen är genomförd utan anmärkning.</p><p>Löpande kontroller över antalet och andelen klienter som varit inskrivna under lång tid har genomförts under våren 2024. Såväl andel som antal inskrivna inom arbetsmarknadsverksamheten över 2 år samt mellan 1 och 2 år har successivt minskat under de senaste 12 månaderna.</p>'
  },
  {
    omrade: 1,
    titel: 'Saknade eller okända handläggningsrutiner',
    riskbeskrivning:
      'Risk att rutiner som beskriver handläggningsarbetet inom verksamheten saknas, är okända eller inte följs, vilket medför att ärenden inte handläggs på ett enhetligt sätt och att uppföljning försvåras.',
    obligatorisk: false,
    kontrollmoment: 'Säkerställ att rutiner är dokumenterade, kända, prövade och används på ett enhetligt sätt.',
    kontrollmetod:
      '<ol><li>Kontrollera att det finns rutiner som beskriver hur verksamheten ska handlägga ärenden, under första halvåret 2024.</li><li>Kontrollera via stickprov av handlagda ärenden att handläggare följer fastställda rutiner, senast under andra halvåret 2024.</li></ol>',
    ansvarig: 'Avdelningschef UJC-A',
    resultat: 'Utan anmärkning',
    kommentar:
      '<p>Granskning är genomförd utan anmärkning.</p><p>Ett nytt kvalitetsledningssystem (KLS) håller på att införas i förvaltningen som bedöms säkra att rutiner, mallar och vägledningar hålls uppdaterade och är tillgängliga för alla medarbetare.</p>',
    atgard: 'Kontrollera via stickprov av handlagda ärenden att handläggare följer fastställda rutiner, senast under andra halvåret 2024.'
  },
  {
    omrade: 2,
    titel: 'Brott mot informationssäkerhetsregler',
    riskbeskrivning: 'Risk för brott mot informationssäkerhetsregler till följd av bristande kunskap hos anställda om hur information ska hanteras på ett säkert sätt.',
    obligatorisk: false,
    kontrollmoment:
      '<p>Säkerställ att chefer och medarbetare har tillräcklig kunskap om hur information i arbetet ska hanteras på ett säkert sätt, vad en personuppgiftsincident är och vad man som anställd är skyldiga att göra om en sådan inträffar.</p><p>Komplettera och utveckla läromaterialet om informationssäkerhet i syfte att stärka skyddet mot incidenter.</p><p>Förtydliga roller och ansvar inom förvaltningen för att säkerställa att kunskapen kring en säker informationshantering är känd i organisationen.</p><p>Utveckla det systematiska informationssäkerhetsarbetet så att förvaltningen kan lära utifrån uppkomna personuppgiftsincidenter och vidta åtgärder för att minska risken att sådana incidenter sker igen.</p>',
    kortnamn: 'informationssäkerhet',
    kontrollmetod:
      '<p>Kontrollera om möjligt via Lärportalen att samtliga medarbetare gått utbildning i informationssäkerhet, senast under andra halvåret 2024.</p><p>Kontrollera till exempel via enkät eller utbildning med tillhörande frågor att samtliga medarbetare känner till hur en personuppgiftsincident ska hanteras, senast under andra halvåret 2024.</p><p>Kontrollera att läromaterialet har uppdaterats under året.</p>',
    ansvarig: 'Stabschef, avdelningschefer och dataskyddssamordnare',
    resultat: 'Utan anmärkning',
    kommentar:
      '<p>Granskningen är genomförd utan anmärkning.</p><p>Samtliga chefer har fått information om vad en personuppgiftsincident är och hur dessa ska hanteras. 57 procent av medarbetarna har avslutat utbildningen i Lärportalen.</p>',
    atgard: 'Fortsatt arbete med att säkerställa att samtliga medarbetare som inte tagit del av utbildningen i informationssäkerhet genomför den.'
  },
  {
    omrade: 3,
    titel: 'Felaktigt utbetalt ekonomiskt bistånd',
    riskbeskrivning: 'Risk att nämnden betalar ut felaktigt ekonomiskt bistånd.',
    obligatorisk: false,
    kontrollmoment:
      'Säkerställ att nödvändiga kontroller görs i samband med nyansökan och återansökan om ekonomiskt bistånd för att trygga en korrekt hantering av utbetalning av ekonomiskt bistånd.',
    kontrollmetod:
      '<p>Kontrollera att mottagningsenheten genomför nödvändiga kontroller i samband med nyansökningar av ekonomiskt bistånd.</p><p>Kontrollera att kvalitetsgranskningar och ärendegenomgångar genomförs löpande under året för att upptäcka felaktiga utbetalningar av ekonomiskt bistånd och oskäliga boendekostnader.</p>',
    ansvarig: 'Avdelningschef för EB',
    resultat: 'Utan anmärkning',
    kommentar:
      '<p>Granskningen är genomförd utan anmärkning.</p><p>Samtliga nya hushåll som ansöker om ekonomiskt bistånd genomgår inledande kontroller. Utöver kontrollen vid nyansökan följs ärenden upp i samband med kvalitetsgranskningar (60 ärenden per enhet per år) och regelbundna ärendegenomgångar.</p>',
    atgard: 'Fortsatt arbete med att genomföra nödvändiga kontroller i samband med ansökningar om ekonomiskt bistånd.'
  },
  {
    omrade: 4,
    titel: 'Otillåten påverkan på tjänstepersoner',
    riskbeskrivning:
      'Ökad förekomst av hot, hat och våld i samhället medför risk för otillåten påverkan på tjänstepersoner vilket kan leda till felaktiga och rättsosäkra beslut.',
    obligatorisk: false,
    kontrollmoment:
      '<p>Säkerställ att förvaltningens arbete mot trakasserier, hot, våld, skadegörelse och otillbörliga erbjudanden håller hög kvalitet och följs upp löpande.</p><p>Säkerställa att otillåten påverkan är möjligt att anmäla i kommunens incidentrapporteringsystem (KIA) för att möjliggöra överblick över hur ofta sådana påverkansförsök förekommer, såväl i förvaltningen som kommunen som helhet. Samt vidta lämpliga åtgärder för att motverka detta.</p>',
    kontrollmetod:
      '<p>Kontrollera under året att rutiner finns och är kända i förvaltningen (exempelvis genom information vid APT) som beskriver hur trakasserier, hot, våld, skadegörelse och otillbörliga erbjudanden ska hanteras.</p><p>Kontrollera att nyanställda får information om otillåten påverkan via sin chef i samband med att anställningen påbörjas.</p><p>Kontrollera att likabehandlingsplanen hålls uppdaterad och aktualiseras i samband med delårsrapportering. (UJC-V).</p><p>Kontrollera att försök till otillåten påverkan anmäls i kommunens incidentrapporteringsystem (KIA) eller motsvarande när en sådan incident inträffat.</p>',
    ansvarig: 'Avdelningschefer för UJC-A, UJC-V och EB samt HR.',
    resultat: 'Utan anmärkning',
    kommentar:
      '<p>Granskningen är genomförd utan anmärkning.</p><p>Ett kommunövergripande utbildningsmaterial om otillåten påverkan har tagits fram under första kvartalet 2024. Utbildning har hållits för nämnd och förvaltningens chefer.</p>',
    atgard: 'Fortsatt genomgång av utbildningsmaterial kring otillåten påverkan vid APT.'
  },
  {
    omrade: 4,
    titel: 'Välfärdsbrottslighet',
    riskbeskrivning:
      'Nya typer av säkerhetsrisker i och med digitaliseringen medför ökad risk att förvaltningen utsätts för välfärdsbrottlighet vilket exempelvis kan få till följd att felaktiga betyg utfärdas och att felaktiga utbetalningar går igenom.',
    obligatorisk: false,
    kontrollmoment:
      '<p>Stärk det förebyggande arbetet kring välfärdsbrottlighet och säkerställ att det finns en tydlig process för att hantera problem när de upptäcks.</p><p>Säkerställ att anställda har kunskap om välfärdsbrottlighet, samt att rutiner finns och är kända i förvaltningen kring hur välfärdsbrottlighet kan motverkas.</p><p>Under ledning av kommunstyrelsen utveckla stödet för att genomföra systematiska kontroller för att upptäcka fel och oegentligheter, exempelvis genom digitalisering.</p>',
    kortnamn: 'förebyggande arbete mot välfärdsbrottslighet',
    kontrollmetod:
      '<p>Kontrollera under året att rutiner finns och är kända i förvaltningen (exempelvis genom information vid APT) om hur välfärdsbrottlighet kan motverkas.</p><p>Kontrollera under året att förvaltningens digitala system och medarbetares hantering av dessa är anpassade för att förhindra välfärdsbrottlighet.</p><p>Kontrollera att teamet för felaktiga utbetalningar (FUT-teamet) följt upp felaktiga utbetalningar under året och hanterat dessa enligt rutin. (EB)</p>',
    ansvarig: 'Avdelningschefer inom UJC-A, UJC-V och EB.',
    resultat: 'Med mindre anmärkning',
    kommentar:
      '<p>Granskningen är genomförd med mindre anmärkning eftersom rutiner saknas om hur välfärdsbrottlighet kan motverkas, samtidigt som förvaltningen på olika sätt ändå arbetar mot sådan brottlighet.</p><p>Avdelning Utbildning och jobbcenter – arbetsmarknad (UJC-A) saknar rutin för hur välfärdsbrottlighet kan motverkas. Avdelningen kommer påbörja arbete med att ta fram en rutin för hantering av välfärdsbrottlighet under hösten 2024.</p>',
    avvikelse: 'Rutin saknas inom UJC-A för hur välfärdsbrottlighet kan motverkas.',
    atgard: 'Ta fram en rutin för hantering av välfärdsbrottlighet under hösten 2024.'
  }
];

/** "Under hösten 2024" in the Åtgärd column: done by the end of the year. */
const HOSTEN_2024 = '2024-12-31';

/** The first sentence: the åtgärd's short description (a Text column), the whole text goes to detaljer. */
function firstSentence(text: string): string {
  const end = text.indexOf('. ');
  return end < 0 ? text : text.slice(0, end + 1);
}

/** Builds the plan data from the rows above. */
function buildData(): PlanData {
  const omraden: Omrade[] = OMRADEN.map((namn, i) => ({ key: `${ID}-o${i + 1}`, namn, ordning: i + 1 }));
  const risker: Risk[] = [];
  const kontrollmoment: Kontrollmoment[] = [];
  const atgarder: Atgard[] = [];
  const uppfoljningar: FollowUp[] = [];
  const avvikelser: Avvikelse[] = [];
  ROWS.forEach((row, i) => {
    const nr = i + 1;
    const riskKey = `${ID}-r${nr}`;
    const kmKey = `${ID}-k${nr}`;
    const followUpKey = `${kmKey}-DELAR`;
    risker.push({ key: riskKey, nr, omradeKey: `${ID}-o${row.omrade}`, titel: row.titel, beskrivning: row.riskbeskrivning, obligatorisk: row.obligatorisk });
    const km: Kontrollmoment = {
      key: kmKey,
      riskKey,
      nr,
      beskrivning: row.kontrollmoment,
      kontrollmetod: row.kontrollmetod,
      ansvarig: row.ansvarig,
      obligatorisk: row.obligatorisk
    };
    if (row.kortnamn !== undefined) {
      km.kortnamn = row.kortnamn;
    }
    kontrollmoment.push(km);
    uppfoljningar.push({
      key: followUpKey,
      targetType: 'kontrollmoment',
      targetKey: kmKey,
      periodKey: 'DELAR',
      status: 'Genomförd',
      resultat: row.resultat,
      kommentar: row.kommentar
    });
    if (row.avvikelse !== undefined && row.atgard !== undefined) {
      avvikelser.push({ key: `${ID}-av${nr}`, followUpKey, beskrivning: row.avvikelse, atgard: row.atgard, slutdatum: HOSTEN_2024, status: 'Pågående' });
    } else if (row.atgard !== undefined) {
      atgarder.push({
        key: `${ID}-a${nr}`,
        riskKey,
        beskrivning: firstSentence(row.atgard),
        detaljer: row.atgard,
        avstamningsdatum: [],
        slutdatum: HOSTEN_2024,
        status: 'Pågående'
      });
    }
  });
  return {
    plan: {
      key: `${ID}-plan`,
      namnd: 'Arbetsmarknadsnämnden',
      forvaltning: 'Arbetsmarknadsförvaltningen',
      ar: 2024,
      diarienummer: 'AMN-2024-00318',
      status: 'Beslutad',
      riskMatrix: createDefaultMatrix4x4(),
      perioder: buildDelarHelarPeriods(2024),
      omraden
    },
    risker,
    kontrollmoment,
    atgarder,
    uppfoljningar,
    avvikelser
  };
}

/** Seed 002 as a demo plan. */
export function createSeed002(): DemoPlan {
  return {
    id: ID,
    organisation: 'Uppsala kommun',
    source: 'seeds/002',
    settings: { organisation: 'Uppsala kommun', diarienummerPattern: '^AMN-\\d{4}-\\d{5}$', diarienummerExample: 'AMN-2024-00318' },
    reportPeriodKey: 'DELAR',
    report: {
      title: 'Delrapportering Internkontrollplan 2024',
      datum: '2024-09-10',
      handlaggare: 'Handläggare',
      undertecknare: 'Förvaltningsdirektör'
    },
    data: buildData()
  };
}
