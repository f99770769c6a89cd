/**
 * Seed 004 (Socialnämnden 2022, delår): sections 1–3 (åtgärder, kontroller, avvikelser), lines 16–46
 * (the signature left out), with each person's name replaced by the role
 * local/demo/seed004-sn-2022.ts gives that person (Avdelningschef, Handläggare, Enhetschef IFO,
 * Socialchef), as the demo data does.
 * Copied verbatim from the seed's plain-text extraction (tabs separate cells; the extraction kept
 * some HTML); the tests compare the built report with this text, never with the code's output.
 */
export const SEED_TEXT = `1 Uppföljning åtgärder

 
 
Riskanalys	Risk 2021	Beslut om åtgärd	Status	Ansvarig + Rapportering-sansvarig	Startdatum + Avstämningsdatum + Slutdatum	Kommentar per delår 2022
 Bristande administrativt stöd Risk för att det administrativa stödet som ges inom förvaltningen inte är ändamålsenligt och att resurser inte används effektivt utifrån kompetens.		Processkartläggning av administrativt stöd	 Pågående	Avdelningschef Handläggare, Avdelningschef	2022-01-01 2022-05-01, 2022-09-01 2022-12-31	En ny enkätundersökning har genomförts för att omhänderta de åtgärds punkter som finns i den tidigare utvärderingen av den administrativa enheten. Samverkansmöten med enhetschefer är genomförda och servicedeklaration är uppdaterad. Det administrativa stödet kommer riktas om så en person finns utsedd per enhetschef/område för ökad tydlighet.
 Bristande förutsättningar för digital mognad Risk finns kring den digitala kunskap hos medarbetarna och att det finns verksamhetssystem på plats som klarar följa med den digitala utvecklingen.		Färdplan för digital utveckling Färdplan ska tas fram	 Pågående	Avdelningschef Avdelningschef	2022-01-01 2022-05-01, 2022-09-01 2022-12-31	Digitaliseringsstrateg startade sitt arbete för Mellerud och Bengtsfors 1 september. Uppdraget kommer vara att först ta fram en kartläggning av hur det ser ut med digitala lösningar idag i verksamheterna utifrån frågeställningarna kring vad finns redan på plats, vad fungerar bra och mindre bra samt vad saknas jämfört med SKR:s modellkommuner. Efter kartläggningen kommer en färdplan tas fram.
 Socioekonomisk utsatthet i samhället Individ- och familjeomsorgen kommer med stor sannolikhet tvingas hantera den ökade problematik som detta medför.		Familjecentral Säkerställa att en familjecentral kommer på plats under 2022	 Genomförd	Enhetschef IFO, Socialchef Enhetschef IFO	2022-01-01 2022-05-01, 2022-09-01 2022-12-31	Familjecentral finns på plats sedan maj månad. Samordnare är anställd och började i juli. Samlokalisering fullt ut med regionen kommer enligt nuvarande plan ske i december i år och då planeras för en ny invigning.

Riskanalys	Risk 2021	Beslut om åtgärd	Status	Ansvarig + Rapportering-sansvarig	Startdatum + Av-stämningdatum + Slutdatum	Kommentar per delår 2022
<p>Statsmedel inte nyttjas och följs upp på ett strukturerat sätt</p> <p>Förvaltningen har framförallt sett risker i den statliga styrningen avseende statsmedel som är kortsiktig och skapar viss ryckighet i organisationen. Genom att tydliggöra roller och uppdrag kring statsmedel kan detta omhändertas så långt det är möjligt.</p>		<p>Processkartläggning av statsmedel</p> <p>Tydliggöra roller och uppdrag samt se över uppföljning och redovisning av statsmedel.</p>	<p>✔ Genomförd</p>	<p>Avdelningschef Avdelningschef</p>	<p>2022-01-01 2022-05-01, 2022-09-01 2022-12-31</p>	<p>Processkartläggning kring detta har skett, en rutin finns antagen och upprättade stöd-dokument för arbetet. Åtgärden betraktas som genomförd.</p>
<p>Svårighet att rekrytera på grund av brist på kompetens</p> <p>Högskoleutbildad personal och omvårdnadspersonal är svår att rekrytera på grund av brist på utbildad personal. Bristen på baspersonal börjar märkas.</p>		<p>Kompetensförsörjningsplan</p> <p>Ta fram en kompetensförsörjningsplan.</p>	<p>▶ Pågående</p>	<p>Socialchef, Avdelningschef Avdelningschef</p>	<p>2022-01-01 2022-05-01, 2022-09-01 2022-12-31</p>	<p>Ett utkast finns framtaget. Dialog pågår i fackliga forum, på APT och i verksamhetsområdenas ledningsgrupper. Planen beräknas gå till nämnd i november månad.</p>
		<p>Skapa rutiner för rekrytering/marknadsföring</p>	<p>▶ Pågående</p>	<p>Avdelningschef Avdelningschef</p>	<p>2022-02-01 2022-05-01, 2022-09-01 2022-12-31</p>	<p>Detta kommer ingå som ett led i kompetensförsörjningsplanen.</p>
<p>Utredningstid på utredningar</p> <p>Risken finns att utredningstiden inte hålls på utredningar, som ska göras inom 4 månader, inom barn och unga.</p>		<p>Egenkontroller</p> <p>Utföra egenkontroller på förhandsbedömningar och utredningar för att säkerställa rättssäkerhet och kvalitet. Samt följa upp antalet utredningar som ej upprättas inom lagstadgad tid.</p>	<p>✔ Genomförd</p>	<p>Enhetschef IFO Enhetschef IFO</p>	<p>2022-01-01 2022-05-01, 2022-09-01 2022-12-31</p>	<p>Egenkontroller utförs löpande på utskott enligt årshjul och en sammanställning av resultatet redovisas kvartalsvis till socialnämnden. Arbetet behöver fortlöpa men fungerar idag enligt plan, åtgärden betraktas därför som utförd.</p>

2 Uppföljning kontroller

Riskanalys	Risk	Kontroll	Status	Ansvarig	Rapporteringsansvarig	Startdatum	Avstämningsdatum	Slutdatum
 Rättsäker myndighetsutövning Utredningstiden inte hålls på utredningar ska göras inom 4 månader, förhandsbedömningstiden inte hålls ska göras inom 14 dagar. Att omprövningar och övervägande sker minst var 6:e månad.	12	Stickprov, Socialnämndens utskott Stickprov görs genom granskning av 2 slumpmässigt utvalda utredningar och förhandsbedömningar på socialnämndens utskott var tredje månad för ärenden rörande barn- och unga.	 Genomförd	Enhetschef IFO	Enhetschef IFO	2021-01-01	2021-02-28, 2021-05-31, 2021-08-31, 2022-11-30	2021-12-31
		Stickprov, barn och unga Stickprov görs varje månad (dock inte juli) genom granskning av slumpmässigt utvalda individärenden.	 Genomförd	Enhetschef IFO	Handläggare	2021-01-01	2021-12-31	

Egenkontroll i form av stickprov för myndighetsutövningen inom individ och familjeomsorgens verksamhetsområde sker regelbundet på utskott enligt särskild årscykel och rapporterades för 2021 utan anmärkning. Arbetet med egenkontroller fortsätter 2022 enligt samma planering.

Riskanalys	Risk	Kontroll	Status	Ansvarig	Rapporteringsansvarig	Startdatum	Avstämningsdatum	Slutdatum
 Behörighetstilldelning Anställda kan ha mer behörighet till system än vad tjänsten kräver. Exempelvis att ändringar inte meddelas och verkställs, enligt rutin. Alla ska ha den behörighet som krävs för att utföra sitt uppdrag/arbete.	9	Stickprov Stickprov på 4 slumpmässigt utvalda behörigheter en gång/kvartal.	 Genomförd	Socialchef		2021-01-31		2021-12-31

Stickprov avseende behörighetstilldelning genomfördes inte för 2021 men är för 2022 inlagt i det systematiska kvalitetsarbetet (SOF5) för genomförande minst en gång per år. Åtgärden är genomförd av systemförvaltare för 2022 och åtgärden betraktas som genomförd.

3 Avvikelser

Det är viktigt att dokumentera kontrollerna och resultatet av både lyckade kontroller och avvikelser. Vid identifierade avvikelser ska rapportering ske enligt kontrollplanen. En avvikelse innebär per automatik en förväntan om att bristen ska rättas till. Dokumentera även vidtagna åtgärder med anledning av avvikelsen. Vid identifierad avvikelse vid kontroll som utförs av central förvaltning ska genast dels ansvarig chef kontaktas liksom berörd förvaltning. Avvikelser som identifieras inom en förvaltning ska genast rapporteras till nämnden. Identifierade avvikelser och vidtagna åtgärder ska rapporteras till nämnden och kommunstyrelsen senast vid ordinarie rapportering.`;
