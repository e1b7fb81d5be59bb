// Dutch rejection wording (u and je/jij; Netherlands and Flanders) and its look-alikes.
// Patterns are normalised: no accents, lower case.
import {
  counter,
  counterNear,
  job,
  notice,
  reject,
  rejectNear,
  ruleSet,
  stop,
  subjectCounter,
  rejectSentence,
  subjectReject,
  trait,
} from './types';

const YOU = '(u|je|jou|jullie)';
const OTHER =
  '(een andere|andere|de andere|iemand anders|een collega|een kandidaat|een interne|een sterkere|een meer ervaren|een geschiktere)';
const WHO =
  '(kandidaat|kandidate|kandidaten|sollicitant|sollicitanten|persoon|personen|profiel|profielen|finalist|collega|medewerker)';

export const NL = ruleSet('nl', [
  reject('nl.must-tell', 4.5, [
    '(helaas |)(moeten|moet|moesten|moest) (wij|we|ik) ' +
      YOU +
      ' (helaas |)(mededelen|laten weten|berichten|informeren|teleurstellen|vertellen)',
    '(het spijt|spijt) (ons|me|mij) ' +
      YOU +
      ' (te moeten |)(mededelen|laten weten|berichten|informeren|vertellen)',
    '(tot ons spijt|tot onze spijt|met spijt)',
    '(teleurstellend|teleurstellende) (bericht|nieuws)',
    'geen (positief|positieve|goed|beter) (bericht|nieuws|antwoord|uitkomst)',
    'niet de uitkomst',
    '(helaas is het|is het) (jou|u) niet geworden',
  ]),
  reject('nl.others-chosen', 5, [
    '(gekozen|kiezen|kozen|besloten|beslist|gegaan|verder te gaan|verder gaan|verdergaan|doorgaan) (voor|met) ' +
      OTHER +
      ' + ' +
      WHO,
    '(gekozen|kiezen|kozen) voor (kandidaten|sollicitanten|iemand|een kandidaat|een persoon|een profiel)',
    '(verder|door) (te gaan|gaan|gegaan) met (iemand anders|een andere|andere kandidaten|een kandidaat)',
    'de voorkeur (hebben |)(gegeven|geven) aan',
    '(de voorkeur|voorkeur) (gaat|ging) (uit |)naar',
    '(toe te vertrouwen|toevertrouwd) aan (een andere|iemand anders|een collega)',
    '(andere|sterkere|geschiktere) (kandidaten|sollicitanten) (uit te nodigen|uitgenodigd|gekozen)',
    'besloten andere kandidaten',
  ]),
  reject('nl.not-further', 5, [
    'niet (verder |meer |langer |)(in behandeling|in overweging|mee|in aanmerking)',
    '(niet|geen) (verder|door) (te gaan|gaan|met|in|naar)',
    'niet (met jou|met u|met je) (verder|door)',
    '(niet|geen) (uit te nodigen|uitnodigen|uitgenodigd|uitnodiging) (voor|tot) (een|de|het) (vervolg|volgende|tweede|gesprek|kennismaking|sollicitatiegesprek|vervolggesprek|eerste)',
    '(nodigen|nodig) (we|wij|ik) ' + YOU + ' (niet|helaas niet) uit',
    '(niet|helaas niet) (geselecteerd|gekozen|aangenomen|uitgenodigd|door|doorgegaan)',
    '(afgewezen|afwijzing)',
    'geen (aanbod|vervolg|tweede gesprek|vervolggesprek|uitnodiging) (doen|geven|krijgen|aanbieden)',
    '(kunnen|kan|zullen) (wij|we|ik) ' +
      YOU +
      ' (helaas |)(geen|niet) (aanbod|functie|plek|baan|contract|uitnodigen)',
  ]),
  rejectNear(
    'nl.decided-not',
    4.5,
    ['(besloten|besluit|beslist|gekozen|kunnen|zullen|gaan) (om |)'],
    [
      '(niet|geen) (verder|door|met jou|met u|met je|in te gaan|uit te nodigen|aan te nemen)',
      'niet (verder|door) te (gaan|zetten)',
    ],
    60,
  ),
  reject('nl.no-vacancy', 4, [
    'geen (passende|geschikte|openstaande|vacante|beschikbare|vrije) (vacature|vacatures|functie|functies|plek|plaats|positie|baan)',
  ]),
  rejectNear(
    'nl.status-near',
    4.5,
    ['(status|uitslag|resultaat|beslissing|stand van zaken)'],
    [
      '(afgewezen|niet geselecteerd|gearchiveerd|afgesloten|niet door|negatief|niet aangenomen|geen match)',
    ],
    30,
  ),
  reject('nl.nothing-suitable', 4.5, [
    '(niets|geen) (passends|geschikts|passende functie|passende rol)',
    '(zoeken|werven) (niet langer|niet meer)',
    '(niet langer|niet meer) op zoek',
    '(uit eigen gelederen|eigen medewerker|eigen medewerkster|interne kandidaat|interne sollicitant)',
  ]),
  reject('nl.status', 5, [
    '(status|uitslag|resultaat|beslissing)(:| :) (afgewezen|niet geselecteerd|afgesloten|niet aangenomen|geen match|helaas|negatief|sollicitatie afgewezen)',
    '(sollicitatie|kandidatuur|aanvraag) (is |werd |)(afgewezen|geweigerd)',
  ]),
  subjectReject('nl.subject', 3, [
    '(afwijzing|afgewezen|terugkoppeling sollicitatie|uitslag sollicitatie)',
  ]),
  reject('nl.filled', 5, [
    '(functie|vacature|rol|positie|baan) (is |werd |)(inmiddels |al |reeds |intern |helaas |)(ingevuld|vervuld|vergeven|bezet|gesloten|ingetrokken|komen te vervallen|vervallen)',
    '(intern|inmiddels|reeds|al) (ingevuld|vervuld|vergeven|bezet)',
    '(vacature|functie|rol) (hebben |)(ingetrokken|ingetrokken hebben|geannuleerd|geschrapt|laten vervallen)',
    '(vervalt|vervallen) (de|deze) (rol|functie|vacature|positie)',
    '(werving|procedure|selectieprocedure|sollicitatieprocedure) (is |wordt |)(stopgezet|gestopt|beeindigd|afgesloten)',
    '(stoppen|stopten|beeindigen|sluiten) (de|deze) (procedure|werving|selectie) (dus |daarom |)(voor|met|af)',
    '(interne|intern) (kandidaat|kandidate|sollicitant|collega|oplossing|invulling|werving)',
    '(collega|medewerker) uit (onze|ons) (eigen|team|organisatie|administratie)',
  ]),
  rejectNear(
    'nl.offer-withdrawn',
    6,
    ['(aanbod|arbeidsovereenkomst|contract|voorstel|jobaanbod)'],
    [
      '(in te trekken|intrekken|ingetrokken|terugtrekken|terug te trekken|teruggetrokken|herroepen|annuleren|niet doorgaan|niet door laten gaan)',
    ],
    60,
    'withdrawn',
  ),
  reject('nl.withdrawn', 6, ['intrekking (van het |van ons |)aanbod'], 'withdrawn'),
  rejectSentence(
    'nl.helaas-niet',
    2.5,
    [
      '(helaas|jammer genoeg|spijtig genoeg|tot onze spijt|tot ons spijt|het spijt ons|het spijt me|helaas moeten)',
    ],
    ['(niet|geen|nooit|af)'],
    70,
  ),
  reject('nl.not-chosen', 5, [
    'niet (weerhouden|geselecteerd|gekozen|aangenomen|behouden|uitgekozen)',
    '(iemand anders|een ander|een andere kandidaat|een andere sollicitant|een collega) (aangenomen|gekozen|geselecteerd|aangesteld|benoemd)',
    'geen (functie|baan|plek|aanbod|contract|positie|arbeidsovereenkomst) (aanbieden|aan te bieden|bieden|doen|te doen|geven)',
    'met (andere|een andere) (kandidaten|kandidaat|sollicitanten|sollicitant) verder',
    '(val|valt|vallen|viel|vielen) (helaas |dus |daarom |)af',
    'niet geleid tot (een|de) (uitnodiging|gesprek|vervolg|aanstelling|vervolggesprek)',
    'niet tot (een|de) (uitnodiging|gesprek|vervolggesprek|aanstelling|vervolg|volgende ronde)',
    '(kandidaat|sollicitant|iemand|een collega|een persoon) gevonden die (beter|meer|nog beter|nog meer)',
    '(komt|kwam|komen|kwamen) (helaas |)(niet|onvoldoende|niet voldoende|niet helemaal) overeen',
    'geen (match|klik|goede match|passende match)',
    'intern (kunnen |)(invullen|vervullen|ingevuld|vervuld)',
    '(met iemand anders|met een andere kandidaat|met een ander|met een andere sollicitant) in zee',
    '(keuze|voorkeur) (is |)(gevallen |uitgegaan |)(op|naar) (een andere|iemand anders|een collega|een interne|andere)',
    'niet (voort te zetten|door te zetten|te vervolgen|verder te zetten|voortzetten|vervolgen)',
    '(gaan|gaat|gingen|ging) (door|verder) met (andere|een andere|iemand anders)',
    'op zoek naar iemand (met|die)',
    '(sluit|sluiten|sloot|sloten) (helaas |daarom |dus |)niet (goed |helemaal |voldoende |genoeg |)aan',
  ]),
  reject('nl.given-to-other', 5, [
    '(de |)voorkeur (te |)(geven|gegeven|geeft|gaven) aan (een andere|iemand anders|andere|een kandidaat|een sollicitant|een collega)',
    'aan iemand anders (gegeven|gegund|toevertrouwd|aangeboden|toegewezen)',
    '(niet|geen) (succesvol|geslaagd|gelukt|positief)',
    '(past|passen|paste|pasten) (helaas |daarom |dus |)(niet|onvoldoende) (goed |helemaal |echt |)bij',
  ]),
  reject('nl.helaas', 1.5, [
    'helaas',
    'jammer genoeg',
    'spijtig genoeg',
    'spijtig',
    'het spijt',
    'oprecht jammer',
    'jammer',
  ]),
  reject('nl.fit', 3.5, [
    '(sluit|sluiten|sloot|sloten) (deze |uw |je |jouw |)(onvoldoende|niet (voldoende |helemaal |)|minder|beter|nog beter|meer) aan',
    '(beter|meer|nauwer|dichter) (aansluit|aansluiten|aansloot|past|passen|paste|bij)',
    '(onvoldoende|niet voldoende|niet helemaal) (aansluit|aansluiten|past|aan|bij)',
    '(zoeken|zochten|zoek|hebben) (we |wij |)(toch |echt |toch echt |)(iemand|een kandidaat|meer ervaring) (die|met)',
    '(meer|ruimere|relevantere) ervaring (heeft|had|hebben|met)',
  ]),
  reject('nl.decision', 1, [
    '(na|bij) (zorgvuldige|uitgebreide|grondige|lange|rijp) (afweging|beoordeling|overweging|beraad|overleg)',
    'na rijp beraad',
    '(moeilijke|lastige|zware) (keuze|beslissing|afweging)',
    '(veel|heel veel|een groot aantal|vele) (reacties|sollicitaties|sollicitanten|kandidaten)',
    '(scheelde|scheelt) (echt |)(weinig|niet veel)',
    'knoop doorgehakt',
  ]),
  reject('nl.well-wishes', 1.2, [
    '(veel|heel veel) succes (met|bij|in|gewenst) (je|uw|jouw|het|de) (verdere |)(zoektocht|zoektocht naar|loopbaan|toekomst|vinden|carriere|sollicitaties)',
    '(wensen|wens) (u|je|jou) (veel|heel veel|alle) (succes|geluk)',
    '(nieuwe|andere) uitdaging',
    '(in ons bestand|in onze database|in onze talentpool|talentpool|talent pool)',
  ]),

  counter('offer', 'nl.offer', 7, [
    '(je bent|u bent) de (kandidaat|kandidate|persoon) die (we|wij) (zochten|zoeken)',
    '(ons|het) aanbod (op een rij|in de bijlage|vind je|vindt u|bijgevoegd)',
    '(gefeliciteerd|proficiat|van harte gefeliciteerd)',
    '(goed nieuws|fantastisch nieuws|geweldig nieuws)',
    '(welkom bij|welkom in) (het team|ons team|de club)',
    '(wat fijn|met veel plezier|met genoegen) (dat ik je|dat ik u|laat ik je|laat ik u|kan ik je|kan ik u|bieden wij|bieden we)',
    '(akkoord gaat|akkoord gaan) (met|)',
    '(het contract|de arbeidsovereenkomst) (stuur ik|sturen we|ontvang je|ontvangt u)',
  ]),
  counter('invite', 'nl.invite', 6, [
    '(willen|wil|zouden|graag) (u|je|jou) (graag |)(uitnodigen|spreken|ontmoeten|leren kennen)',
    '(uitnodiging|uitnodigen) (voor|tot) (een|het|de|ons) (kennismakingsgesprek|sollicitatiegesprek|gesprek|tweede gesprek|eerste gesprek|vervolggesprek|assessment)',
    '(nodigen|nodig) (wij|we|ik) (u|je|jou) (graag |van harte |)uit (voor|tot)',
    '(schikt|past|lukt|uitkomt) (dit tijdstip|deze datum|dat|het)',
    '(een van deze|een van onderstaande|deze) (momenten|data|tijdstippen)',
    '(je|uw) beschikbaarheid',
    'laat (maar |)weten (welk|wanneer|of dit)',
  ]),
  counter('schedule', 'nl.reschedule', 5, [
    '(verzetten|verplaatsen|verplaatst|verschuiven|uitstellen|omzetten|een nieuwe datum)',
    '(ziek geworden|is ziek|ziekgemeld|afwezig)',
    '(dit|het) verandert niets aan',
  ]),
  counter('received', 'nl.received', 5, [
    '(ontvangstbevestiging|bevestiging van ontvangst)',
    '(hierbij |)(bevestigen|bevestig) (wij|we|ik) (dat|de ontvangst)',
    '(in goede orde|goed) (ontvangen|binnen|aangekomen)',
    '(je|uw) sollicitatie is (binnen|ontvangen|in goede orde)',
    '(we|wij) (hebben|ontvingen) (je|uw) (sollicitatie|cv|reactie|brief) (ontvangen|in goede orde)',
    '(we bekijken|wij bekijken|we lezen|wij lezen) (alle|alles|elke|iedere)',
    '(als we je|als wij u|indien wij u|wanneer we je) (willen|graag) (leren kennen|uitnodigen|spreken)',
  ]),
  counter('conditional', 'nl.conditional', 7, [
    '(heb je|hebt u|heeft u|mocht je|mocht u|indien u|indien je) (binnen|na|voor) ',
    '(niets|geen bericht|geen reactie) van ons (gehoord|ontvangen|vernomen)',
    '(niet iedereen|niet alle sollicitanten|niet elke sollicitant) (persoonlijk |afzonderlijk |individueel |)(antwoorden|berichten|beantwoorden|reageren|reactie)',
    '(dan bent u|dan ben je) (helaas |)niet',
  ]),
  counter('assess', 'nl.assessment', 4, [
    '(online assessment|capaciteitentest|persoonlijkheidsvragenlijst|persoonlijkheidstest|assessment|praktijkopdracht|thuisopdracht|case opdracht)',
    '(volgende stap|vervolgstap) (is|bestaat|wordt)',
    'starten via deze link',
  ]),
  counter('next', 'nl.next', 6, [
    '(door naar|bent door|ben je door|doorgaan naar) (de|het) (laatste|volgende|tweede|finale) (ronde|gesprek|fase|stap)',
    'nog (twee|drie|vier) kandidaten over',
    'een van de sterkste kandidaten',
  ]),
  counter('outreach', 'nl.outreach', 6, [
    '(kwam|kwamen|zag) ik (je|uw|jouw) profiel',
    '(je|jouw|uw) profiel (tegen|gezien|op linkedin)',
    '(vrijblijvend|vertrouwelijk) (en vertrouwelijk |)(gesprek|kennismaking|belletje)',
    '(opdracht|zoektocht) waar ik (nu |momenteel |)aan werk',
    '(heb je|heeft u) (deze week |binnenkort |)(tijd|interesse|zin)',
    'goede match (zou|kunnen)',
  ]),
  counter('alert', 'nl.alert', 6, [
    '(nieuwe|nieuw) (vacatures|vacature|banen) (voor jou|voor u|die passen|in|gevonden)',
    '(je|uw) (zoekopdracht|vacature-alert|vacaturealert|alert)',
    'bekijk alle vacatures',
    '(vacature-alert|vacaturealert|job alert)',
  ]),
  counter('newsletter', 'nl.newsletter', 5, [
    'nieuwsbrief',
    '(in deze|deze) (editie|uitgave)',
    '(lees|lees de nieuwsbrief|lees verder|lees meer)',
  ]),
  counter('political', 'nl.political', 6, [
    '(verkiezingen|gemeenteraadsverkiezingen|verkiezingsdebat|kandidatenlijst|lijsttrekker|stemmen|stem op|stem lokaal|stembureau|gemeenteraad|tweede kamer|provinciale staten|partij)',
  ]),
  counter('nonjob', 'nl.nonjob', 6, [
    '(hypotheek|lening|krediet|financiering|bkr)',
    '(woning|huurwoning|bezichtiging|loting|woningzoekenden|verhuurder|huurcontract|inschrijving blijft)',
    '(je bestelling|uw bestelling|terugbetaling|retour|levering)',
    '(verkopersaccount|verkoper op|webwinkel|je winkel|marktplaats)',
    '(subsidie|subsidieaanvraag|beurs|toelating|inschrijving voor de opleiding)',
    '(call for papers|programmacommissie|congres|je voorstel voor|jouw voorstel|artikel)',
    '(prijsvraag|wedstrijd|kinderopvang|plaatsing|toelating|masteropleiding|verzekering|schadeclaim|claim|klacht|visum|reservering|lidmaatschap|vereniging|je aanvraag|uw aanvraag|jouw aanvraag)',
  ]),
  counter('self', 'nl.self', 7, [
    '(zou je|zou u|kun je|kunt u|wil je|wilt u) (me|mij) (kort |)(willen |)(vertellen|laten weten|uitleggen|toelichten|feedback)',
    'waarom de keuze niet op mij',
    '(ik heb besloten|ik heb ervoor gekozen) (om |)(het aanbod|uw aanbod|je aanbod|de functie|mijn sollicitatie)',
    '(trek ik|ik trek) mijn sollicitatie',
    '(ik heb|heb ik) (helaas |vandaag |)(een afwijzing|een afwijzing gekregen|een nee|te horen gekregen)',
    '(ik ben|ben ik) (helaas |)niet (aangenomen|gekozen|geselecteerd|door)',
    'niet de uitkomst waar ik',
    '(ik wil|ik zou) (daar |)graag (van |)(leren|feedback)',
  ]),
  counter('self', 'nl.self-soft', 3, ['mijn (sollicitatie|kandidatuur|cv|gesprek)']),
  counter('hiring-side', 'nl.hiring-side', 6, [
    '(afwijzing|afwijzingen) (naar|sturen|aan|voor) (hem|haar|de kandidaat|de kandidate|meneer|mevrouw)',
    '(de|die) (kandidaat|kandidate|sollicitant) (heeft|is|was|had)',
    '(laat je|kun je|wil je) (voor|me|mij) ',
    '(ik stuur|stuur ik) (hem|haar) (morgen |vandaag |)de (afwijzing|afwijzingsmail)',
    '(wie je|wie u) wilt (zien|spreken)',
    '(jouw|uw) oordeel',
    'stand van zaken voor de',
  ]),
  subjectCounter('invite', 'nl.subject-invite', 4, [
    '(uitnodiging|gesprek verplaatst|goed nieuws|laatste ronde|ontvangstbevestiging|sollicitatie ontvangen|assessment)',
  ]),

  notice('layoff', 'nl.layoff', 6, [
    '(je|uw|jouw) (arbeidsovereenkomst|dienstverband|functie|contract) (eindigt|wordt beeindigd|vervalt|komt te vervallen)',
    '(ontslagaanvraag|collectief ontslag|sluiting van de|afslanking|inkrimping)',
    '(reorganisatie|boventallig|ontslag|sociaal plan|outplacement|transitievergoeding|ondernemingsraad|vakbonden|komt te vervallen)',
  ]),
  notice('hiring-freeze', 'nl.hiring-freeze', 5, [
    '(vacaturestop|personeelsstop|wervingsstop|aannamestop)',
  ]),
  notice('on-hold', 'nl.on-hold', 5, [
    '(tijdelijk stopgezet|tijdelijk on hold|on hold|in de wacht|gepauzeerd|tijdelijk gepauzeerd|aangehouden|opgeschort)',
    'niet vervallen',
    '(procedure|werving) (kunnen |)hervatten',
  ]),

  job('nl.job', [
    '(sollicitatie|sollicitaties|solliciteren|sollicitant|kandidaat|kandidaten|vacature|functie|gesprek|sollicitatiegesprek|cv|werving|selectie|procedure|recruiter|recruitment|personeelszaken|p&o|hr|rol|baan|kandidatuur|aanbod|team)',
  ]),

  stop([
    'de',
    'het',
    'een',
    'van',
    'wij',
    'u',
    'uw',
    'je',
    'jou',
    'niet',
    'voor',
    'zijn',
    'dat',
    'ons',
    'onze',
    'hebben',
    'bij',
    'naar',
    'graag',
    'helaas',
    'ook',
    'wel',
    'deze',
    'ik',
    'dank',
    'bedankt',
    'groet',
    'hoi',
    'beste',
  ]),
]);

export const NL_TRAITS = ruleSet('nl', [
  trait('feedback-word', 'nl.feedback-word', ['(feedback|toelichting|terugkoppeling|tips)']),
  trait('feedback+', 'nl.feedback-yes', [
    '(bel ik je|bel ik u|ik bel je|ik bel u) (volgende week |graag |)(even |)(om|voor) (wat |)(feedback|toelichting)',
    '(toelichting|feedback|terugkoppeling) (op|over) (dit|deze|het) (besluit|beslissing|keuze)',
    '(wilt u|wil je) (een |graag |)(toelichting|feedback|terugkoppeling)',
    '(geef|geven) (ik|we|wij) (je|u) (graag |)(feedback|toelichting)',
    '(feedback|toelichting) (geven|te geven|ontvangen)',
  ]),
  trait('feedback-', 'nl.feedback-no', [
    '(geen|niet) (persoonlijke |individuele |inhoudelijke |)(feedback|toelichting) (geven|kunnen|mogelijk)',
  ]),
  trait('keep', 'nl.keep', [
    '(houden|bewaren|bewaren we|houden we) (je|uw|jouw) (cv|gegevens|sollicitatie|profiel) (graag |)',
    '(in ons bestand|in onze database|in onze talentpool|talentpool|talent pool|in portefeuille)',
    '(nemen we|nemen wij) (direct |graag |)(contact|weer contact) (met je|met u) op',
  ]),
  trait('reapply', 'nl.reapply', [
    '(opnieuw|nogmaals|weer) (te |)(solliciteren|reageren|aanmelden)',
    '(vacaturesite|werkenbij|werken-bij|carrieresite|vacaturepagina) (in de gaten|te bekijken|bezoeken)',
    '(in de gaten|blijven volgen)',
    '(aarzel|aarzelt) (dus |)(zeker |)niet',
  ]),
  trait('stage-final', 'nl.stage-final', [
    '(laatste|finale) (ronde|gesprek|gesprekken|fase)',
    '(tweede|vervolg) gesprek (met|van)',
    '(ons|het) aanbod',
    '(arbeidsvoorwaardengesprek|finalist)',
  ]),
  trait('stage-interview', 'nl.stage-interview', [
    '(het|ons|een|uw|je|jullie) (prettige |fijne |aangename |goede |leuke |)(gesprek|gesprekken|sollicitatiegesprek|kennismakingsgesprek)',
    '(drie|twee|alle) gesprekken',
    'in het gesprek',
  ]),
  trait('stage-screen', 'nl.stage-screen', [
    '(telefoongesprek|telefonisch gesprek|belletje|videogesprek|telefonische kennismaking)',
  ]),
  trait('stage-application', 'nl.stage-application', [
    '(je|uw|jouw) (sollicitatie|open sollicitatie|kandidatuur|cv|brief)',
    '(gesolliciteerd|solliciteerde)',
  ]),
]);
