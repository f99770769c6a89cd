/**
 * Seed 000 (Nacka, AFN 2022, T2): the table "Uppföljning och statusuppdatering T2 2022", lines 9–46.
 * Copied verbatim from the seed's plain-text extraction (tabs separate cells; the extraction kept
 * some HTML); the tests compare the built report with this text, never with the code's output.
 */
export const SEED_TEXT = `Område	Kontrollmoment	Metod	Ansvarig	Frekvens	Status T1 2022	Status T2 2022
<b>Skattning 16: sannolik risk, allvarliga konsekvenser</b>						
<b>Bristande kontinuitet och progress under etableringsperioden</b>	Kontroll av omfattning och progress i insatser	Uppföljning i verksamhetssystem och dialog med kund	Enhetschef	Månatligen	Månadsrapporter från anordnare följs upp av karriärvägledare på individnivå. Ny insats Ledsagning för nyanlända inledd 2022.	Kontinuerlig utveckling i samband med implementering av nytt verksamhetssystem av ekonomiskt bistånd och arbetsmarknadsinsatser under T3.
	Genomför förstudie av öppen förskola för språk och integration och inled insats.	Uppföljning av resultat i förstudie		Tertial	Förstudie genomförd, pilotprojekt öppen förskola för språk och integration påbörjas T2.	Projekt öppen förskola för språk och integration initieras under T2 och påbörjas under T3.
<b>Omoderna verksamhetssystem</b>	Kontrollera att utvecklingsarbete är påbörjat	Uppföljning i ledningsgruppen	Direktör	Tertial	Genomfört	Genomfört.
	Implementation av nya verksamhetssystem				Pågående, införande av nya verksamhetssystem påbörjat under T1 2022.	Pågående. Nytt verksamhetssystem för vägen till egen försörjning, inkluderar såväl handläggning av ekonomiskt bistånd som av arbetsmarknadsinsatser implementeras T1-T3. Nytt verksamhetssystem för vuxenutbildning implementeras T2-T3.

Område	Kontrollmoment	Metod	Ansvarig	Frekvens	Status T1 2022	Status T2 2022
Skattning 15: möjlig risk, allvarliga konsekvenser						
<b>Hot mot, eller påverkan på, tjänsteman eller politiker</b>	Regelbunden utbildning för medarbetare och politiker	Kontrollera att samtliga erhållit information/utbildning	Direktör/ Enhetschef	Årligen	Genomfört för medarbetare under T1.	Genomgång i samband med förberedelse för flytt till NV-2. Enligt stadshuset nya rutiner. Samt vid nyanställning och byte av ledamöter i nämnd.
	Följ framtagna rutiner för "säkra möten" och skalskydd	Kontrollera att personlarm och rum med två dörrar används vid behov		Stickprov	Pågående.	
	Uppföljning av antal polisanmälningar	Kontrollera att obehöriga inte släpps in i landskapen.  Inventera antalet polisanmälningar från nämndens verksamheter.		Stickprov  Årligen	Pågående.	
<b>Intrång i verksamhetssystem</b>	Inventera säkerhetsläge för system med personuppgifter och vidtag åtgärder vid behov	Adressera säkerhetsfrågor vid systemförvaltning	Enhetschef	Tertial	Säkerställt vid implementering av nytt verksamhetssystem.	Fortlöpande arbete.
	Säkerställ kännedom om nämndens informationshanteringsplan	Genomgång av planen på enhetsmöten.		Årligen	Pågående.	Pågående.
<b>Fel eller avbrott i system</b>	Inventera status och säkerställ att det finns alternativ för alla verksamhetskritiska system	Uppföljning i ledningsgruppen	Direktör	Tertial	Pågående.	Pågående.

Område	Kontrollmoment	Metod	Ansvarig	Frekvens	Status T1 2022	Status T2 2022
<b>Skattning 12: möjlig risk, kännbara konsekvenser</b>						
<b>Bristande resurser (tid och/eller kompetens)</b>	Omfördelning, alternativt tillskott, av resurser	Prioritering av arbetsuppgifter, eventuell rekrytering	Enhetschef, Direktör	Löpande	Pågående.	Pågående.
	Behovsinventering löpande, regelbundna risk- och konsekvensanalyser och vid medarbetarsamtal	Uppföljning av genomförd kompetens-utveckling	Enhetschef	Tertial	Pågående.	Pågående.
	Uppföljning av sjuktal och utfall i medarbetarenkät	Analys av underlag från HR	Direktör + enhetschef	Tertial och årligen	Pågående	Pågående

Område	Kontrollmoment	Metod	Ansvarig	Frekvens	Status T1 2022	Status T2 2022
<b>Skattning 10: mindre sannolik risk, allvarliga konsekvenser</b>						
<b>Bristfällig uppföljning av anordnare</b>	Variera kontrollmetoder och utforska olika "temafrågor" på djupet	Genomför oanmäld inspektion hos slumpvis urval av anordnare.	Enhetschef Rektor/ Skolchef	Årligen	Årlig uppföljning av anordnare kommunal vuxenutbildning, arbetsmarknadsinsatser och boende för ensamkommande barn och ungdomar görs enligt årsplan.	Årlig uppföljning av anordnare kommunal vuxenutbildning, arbetsmarknadsinsatser och boende för ensamkommande barn och ungdomar görs enligt årsplan.
		Uppföljningsmöte med anordnare och avtalad verksamhet.		Månatligen	Pågående.	Pågående. Arbetsledare och karriärvägledare månatliga möten med anordnare för kundval.
	Vidtag sanktioner vid påkomna brister	Kvalitetsuppföljning med kund via enkät eller samtal		Tertial	Pågående, enligt modell för uppföljning av kundval. Kvalitetsinformation del i kvalitetsrapport för respektive kundval, i redovisning till nämnd.	Pågående, enligt modell för uppföljning av kundval. Kvalitetsinformation del i kvalitetsrapport för respektive kundval, i redovisning till nämnd.
	Kontrollera att kvalitetsinformationen redovisas	Följ upp att kvalitetsparametrar finns och är uppdaterade i Jämföraren		Årligen	Arbetet med att utveckla redovisningen av nämndens kundval fortsätter. Ett projekt finansierar med framtidsfond genomförs för att utveckla kundgränssnittet i Jämföraren så att det blir mer användarvänligt och tillgängligt för alla.	Pågående.

Område	Kontrollmoment	Metod	Ansvarig	Frekvens		
<b>Bristande ledarskap och styrning</b>	Kontrollera att ledningsprocessens mål uppfylls	Analysera måluppfyllnad.	Direktör Enhetschef	Tertial	Pågående.	Pågående.
	Uppföljning av utfall i medarbetarenkät	Analysera underlag från HR och vidtag åtgärder		Årligen Tertial	Pågående. Pågående.	Pågående. Pågående.
	Kontrollera om information når rätt personer vid rätt tidpunkt	Regelbunden översyn av adresslistor. Avstämning med nämndens presidium	Nämndsekreterare	Årligen och vid avvikelser	Vid behov.	Vid behov.
<b>Bristfällig efterlevnad av lagar och andra styrdokument samt arbetsrutiner</b>	Kontrollera efterlevnad	Utför slumpmässiga stickprov	Enhetschef Rektor/ Skolchef	Stickprov	Pågående.	Pågående.
	Avvikelsehantering	Omedelbar utredning och hantering av avvikelser		Vid avvikelser	Pågående.	Pågående.
<b>Skattning 9: möjlig risk, kännbara konsekvenser</b>						
<b>Bostäder för sociala ändamål slits hårdare än väntat</b>	Kontrollera att alla fått information kring hur man tar hand om sitt hem	Etableringsstödjare följer upp att alla fått information och att kontakter i civilsamhället har kännedom om informationen	Enhetschef	Efter ankomst	Pågående, i samverkan med fastighetsenheten och Valfärd samhällsservice.	Pågående, i samverkan med fastighetsenheten och Valfärd samhällsservice.
	Engagera kontakter i civilsamhället för kontinuitet och uppföljning.			Löpande och inför avslut av etableringsstöd	Ej aktuellt.	Löpande samverkan med samordnare för civilsamhället kring boendefrågor för individer inom massflyktsdirektivet.`;
