// German rejection wording (Sie and du, Germany, Austria, Switzerland) and its look-alikes.
// Patterns are normalised: no umlauts (ü → u), ß → ss, lower case.
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

const YOU = '(ihnen|dir|euch)';
const OTHER =
  '(eine andere|einen anderen|andere|den anderen|die andere|eine weitere|einen weiteren|eine|einen|jemand anderen|jemand anderes)';
const PERSON =
  '(kandidat*|bewerber*|person|personen|profil*|mitbewerber*|losung|interessent*|finalist*|mitarbeiter*|kollegin|kollegen|besetzung)';
const CAND_FORMS =
  '(kandidat|kandidatin|kandidaten|kandidatinnen|bewerber|bewerberin|bewerberinnen|bewerbern)';
const APPL = '(ihre|deine|eure) (bewerbung|kandidatur|unterlagen|bewerbungsunterlagen)';

export const DE = ruleSet('de', [
  reject('de.must-inform', 4, [
    '(leider |)(mussen|muss|mussten|musste) (wir|ich) ' +
      YOU +
      ' (heute |leider |nun |jedoch |)(mitteilen|sagen|absagen|eine absage)',
    '(bedauern|bedaure|bedauere) (sehr |es sehr |es |)' +
      YOU +
      ' (mitteilen|mitzuteilen|sagen|keine)',
    '(bedauern|bedaure|bedauere) (sehr |)(,|) (dass|ihnen|dir)',
    'zu (unserem|meinem) (grossen |)bedauern',
    '(wir|ich) (mussen|muss|mussten|musste) ' +
      YOU +
      ' (heute |leider |nun |jedoch |daher |)(mitteilen|sagen|absagen|eine absage)',
    'keine (positive|positivere|bessere|andere|erfreulichere|gute|guten|erfreuliche|positiven) (nachricht|nachrichten|ruckmeldung|antwort|mitteilung|nachricht geben)',
    '(nicht die|nicht den|nicht das) (erhoffte|erhofften|gewunschte|gewunschten|positive) (nachricht|ruckmeldung|ergebnis|antwort)',
    '(hat|habe) mir (echt |wirklich |sehr |)leidgetan',
  ]),
  reject('de.other-chosen', 5, [
    '(fur|zugunsten) ' + OTHER + ' ' + PERSON,
    '(fur|zugunsten) (eine|einen) (' +
      CAND_FORMS +
      '|person) (entschieden|mit|deren|dessen|die|der)',
    'mit (einer anderen|einem anderen|jemand anderem|jemandem anderen) (person|kandidat*|bewerber*|profil)',
    'mit (anderen|weiteren) (kandidatinnen|kandidaten|bewerberinnen|bewerbern|personen|profilen|interessenten)',
    '(mit jemandem|mit einer kandidatin|mit einem kandidaten|mit einer bewerberin|mit einem bewerber|mit einer anderen person|mit einer person|mit einer kollegin|mit einem kollegen) (zu |)(besetzen|besetzt|besetzt haben|besetzt zu haben)',
    '(anderen|anderer|anderem) (' + CAND_FORMS + '|person|personen) (den vorzug|vorgezogen)',
    'den vorzug (gegeben|geben|erhalten|bekommen)',
    '(andere|anderen) (' +
      CAND_FORMS +
      '|personen|profile) (besser|eher|starker|mehr) (geeignet|passen|passten|entsprechen|entsprachen|uberzeugt)',
    '(inzwischen|bereits|anderweitig|schon) (eine |)zusage (erteilt|gegeben|ausgesprochen|gemacht)',
    '(anders|anderweitig|dagegen|gegen eine zusammenarbeit) entschieden',
    'gehen mit (einer anderen|einem anderen|jemand anderem) (person|profil|' +
      CAND_FORMS +
      ') weiter',
  ]),
  reject('de.internal', 3, [
    'durchgesetzt',
    'aus unserem (haus|hause|unternehmen)',
    '(internen|interne|interner|internes) (bewerberin|bewerber|kandidatin|kandidaten|kandidat|losung|besetzung|verfahren|nachfolge)',
  ]),
  rejectNear(
    'de.other-chosen-near',
    4,
    [
      '(haben|hat|habe) (uns|sich|mich) (letztlich |letztendlich |schliesslich |daher |deshalb |nun |am ende |jedoch |aber |leider |)',
    ],
    ['(fur|zugunsten) ' + OTHER, 'anders entschieden', 'dagegen entschieden'],
    60,
  ),
  reject('de.not-considered', 5, [
    'nicht (weiter |mehr |naher |langer |weiterhin |)(zu |)(berucksichtigen|berucksichtigt|beruecksichtigen|beruecksichtigt|in betracht ziehen|in betracht gezogen|weiterverfolgen|verfolgen|weiter verfolgen|einbeziehen|weiterfuhren|fortsetzen|fortfuhren)',
    'nicht (in die|in den|fur die|fur den|zum) (nachste|nachsten|engere|engeren|weitere|weiteren|finale|finalen|zweite|zweiten) (runde|auswahl|wahl|auswahlrunde|kreis|schritt|phase|gesprach|gesprachsrunde|verfahren)',
    'nicht + (zu einem|zum|zu einem weiteren|zu einem zweiten|zu einem personlichen|zu einem ersten|zu einem vorstellungsgesprach|zu einem gesprach|fur ein weiteres|fur ein zweites|fur ein personliches|fur ein|zu einem weiteren) + (gesprach|vorstellungsgesprach|interview|zweitgesprach|kennenlernen|gesprach einladen|einladen|termin)',
    'nicht (zum|zu einem) (gesprach|vorstellungsgesprach|interview|assessment) einladen',
    '(leider |)nicht (ausgewahlt|berucksichtigt|weitergekommen|in die auswahl|in die engere auswahl|vorgesehen)',
    '(kein|keine|keinen) (angebot|vertragsangebot|zusage|stelle|platz|einladung|position) (machen|unterbreiten|geben|anbieten|erteilen|aussprechen|zukommen lassen)',
    '(ihnen|dir) (leider |)(kein|keine|keinen) (angebot|zusage|stelle)',
    '(konnen|werden) (wir |ich |)' +
      YOU +
      ' (leider |)(kein|keine|keinen) (angebot|zusage|stelle|einladung)',
    'keine (weitere |)(berucksichtigung|zusage)',
  ]),
  rejectNear(
    'de.application-not-further',
    4.5,
    [APPL, 'sie', 'dich'],
    [
      '(leider |)nicht (weiter |mehr |)(zu |)(berucksichtigen|verfolgen|weiterverfolgen|beruecksichtigen)',
      'nicht weiter (verfolgen|berucksichtigen|betrachten|bearbeiten)',
      '(leider |)(abgelehnt|absagen|eine absage)',
    ],
    60,
  ),
  reject('de.no-vacancy', 4, [
    '(keine|derzeit keine|aktuell keine|momentan keine|leider keine) (passende|geeignete|offene|vakante|freie|entsprechende) (stelle|position|vakanz|stellen|positionen|moglichkeit)',
  ]),
  reject('de.rejected', 3.5, [
    'absage',
    'abgelehnt',
    '(ihre|deine|eure) (bewerbung|kandidatur) (wurde|ist|wird) (leider |)(abgelehnt|nicht erfolgreich|erfolglos)',
    'nicht erfolgreich',
    'erfolglos',
  ]),
  rejectNear(
    'de.status-near',
    4.5,
    ['(status|stand|ergebnis|entscheidung|stand ihrer bewerbung)'],
    [
      '(abgelehnt|abgesagt|absage|nicht berucksichtigt|archiviert|geschlossen|beendet|nicht ausgewahlt|ausgeschieden|nicht weiter berucksichtigt|negativ)',
    ],
    30,
  ),
  reject('de.dropped-out', 4.5, [
    '(ausgeschieden|aus dem verfahren ausgeschieden|aus dem auswahlverfahren ausgeschieden)',
    '(derzeit|aktuell|momentan|leider|zurzeit|im moment) (nichts|keine) (passendes|passende|geeignetes|geeignete|offene|vakante)',
    '(suchen|rekrutieren|besetzen) (derzeit |aktuell |momentan |)nicht mehr',
    '(aus den eigenen reihen|aus eigenen reihen|bestehenden mitarbeiter|bestehende mitarbeiterin|internen nachfolge)',
  ]),
  reject('de.status', 5, [
    '(neuer |aktueller |)status: (abgelehnt|absage|nicht berucksichtigt|nicht ausgewahlt|abgesagt|geschlossen|stelle besetzt|verfahren beendet|nicht weiter berucksichtigt)',
    'status (hat sich |wurde |)(geandert|aktualisiert) (auf|zu) (abgelehnt|absage)',
  ]),
  subjectReject('de.subject', 3, ['(absage|abgelehnt|leider|ihre absage|unsere absage)']),
  reject('de.filled', 5, [
    '(intern|anderweitig|bereits|inzwischen|mittlerweile|schon|zwischenzeitlich|erfolgreich) (besetzt|vergeben|nachbesetzt)',
    '(stelle|position|vakanz|rolle) (ist|wurde|konnte|konnten) (leider |)(bereits |inzwischen |mittlerweile |schon |zwischenzeitlich |)(besetzt|vergeben)',
    'besetzt werden (konnte|konnten)',
    'nicht (zu |mehr |neu |)(besetzen|nachbesetzen|nachzubesetzen|neu zu besetzen)',
    '(die|unsere|diese) (ausschreibung|stellenausschreibung|stellenanzeige|stelle|position|vakanz) (zuruckgezogen|zuruckziehen|gestrichen|storniert|aufgehoben|eingestellt|zurueckgezogen|abgesagt|entfallt|entfallen)',
    '(schliessen|beenden|schlossen) (daher |deshalb |somit |)(alle |das |die |)(laufenden |)(bewerbungsverfahren|auswahlverfahren|verfahren|prozess|auswahlprozess)',
  ]),
  reject('de.closed', 3, [
    '(auswahlverfahren|bewerbungsverfahren|verfahren|auswahlprozess) (ist|wurde) (damit |nun |inzwischen |bereits |)(abgeschlossen|beendet)',
  ]),
  rejectNear(
    'de.role-not-filled',
    4.5,
    ['(stelle|position|rolle|vakanz|ausschreibung|stellenausschreibung)'],
    [
      'nicht (zu |mehr |neu |)(besetzen|nachbesetzen|nachzubesetzen|besetzt|nachbesetzt)',
      '(entfallen|weggefallen|gestrichen|storniert|zuruckgezogen|aufgehoben|annulliert)',
      '(nicht mehr|nicht) (vakant|verfugbar|offen)',
    ],
    70,
  ),
  rejectNear(
    'de.offer-withdrawn',
    6,
    ['(angebot|vertragsangebot|jobangebot|zusage|einstellungszusage|arbeitsvertrag|vertrag)'],
    [
      '(leider |)(zuruckziehen|zuruckzuziehen|zuruckgezogen|zurucknehmen|zuruckzunehmen|zuruckgenommen|widerrufen|zu widerrufen|nicht aufrechterhalten|nicht aufrecht erhalten|nicht halten|aufheben|annullieren)',
    ],
    110,
    'withdrawn',
  ),
  rejectSentence(
    'de.leider-nicht',
    2.5,
    [
      '(leider|bedauerlicherweise|bedauern|bedaure|bedauere|zu unserem bedauern|zu meinem bedauern)',
    ],
    ['(nicht|kein|keine|keinen|keinem|keiner|keines|nie)'],
    70,
  ),
  reject('de.no-conviction', 4, [
    '(wahl|entscheidung) (ist |fiel |ist leider |fiel leider |hat sich |)(leider |)(auf|zugunsten) (eine andere|einen anderen|andere|jemand anderen|jemand anderes|eine|einen|den anderen|die andere) ',
  ]),
  reject(
    'de.decision-against',
    4,
    [
      '(entscheidung|wahl) (ist |fiel |ist leider |fiel leider |)(gegen|nicht auf) (sie|dich|ihre bewerbung|deine bewerbung)',
      'gegen (sie|dich|ihre bewerbung|deine bewerbung|ihre kandidatur) (gefallen|ausgefallen|entschieden)',
    ],
    'negatable',
  ),
  reject('de.no-conviction-2', 4, [
    'nicht in frage',
    'nicht (mit ihnen|mit dir|mit euch) (weiter|weitermachen|weiterzumachen|fortzufahren|zusammenzuarbeiten|zusammenarbeiten)',
    'nicht (ins|in das|zum|zu unserem|in unser) (profil|anforderungsprofil|team)',
    '(sehen|haben|gibt es|besteht) (leider |derzeit |aktuell |momentan |)keine moglichkeit',
    '(negative|negativen) (ruckmeldung|nachricht|bescheid|entscheidung|antwort)',
    '(status|stand) (ihrer|deiner) bewerbung(:| :) (abgelehnt|absage|nicht berucksichtigt|abgesagt)',
    'nicht (gereicht|geklappt)',
    'gegen (eine|ihre|deine|eine weitere) (einstellung|zusammenarbeit|weiterfuhrung|fortsetzung|berucksichtigung|beschaftigung)',
    '(wird|werden|wurde) (vorerst |derzeit |jetzt |nun |)nicht (neu |nach|)besetzt',
    '(keine|kein) (stelle|angebot|zusage|position|vertragsangebot) (anzubieten|zu machen|zu unterbreiten|zu geben|zu erteilen)',
    'nicht (weiter |mehr |)(fortzusetzen|fortzufuhren|weiterzufuhren|weiterzuverfolgen|zu berucksichtigen|einzuladen|anzubieten|zu verfolgen|zu beschaftigen)',
    '(nicht|leider nicht) (uberzeugen|uberzeugt|uberzeugend)',
    'nicht zustande',
    '(keinen|kein|keine) (positiven |positive |)(bescheid|zusage)',
    '(hat|hatte) es (diesmal |dieses mal |leider |diesmal leider |leider diesmal |)nicht geklappt',
  ]),
  reject('de.leider', 1.5, [
    'leider',
    'bedauerlicherweise',
    'bedauern',
    'bedauere',
    'bedaure',
    'bedauert',
    'tut (mir|uns) (sehr |wirklich |echt |)leid',
  ]),
  reject('de.fit', 3.5, [
    '(passt|passte|passen) (jedoch |aber |leider |allerdings |dennoch |)nicht (ganz |so ganz |vollstandig |genau |)(zu|zum|zur|in)',
    'nicht (ganz |vollstandig |)(dem|unserem|unseren|den) (anforderungsprofil|anforderungen|profil|vorstellungen)',
    '(besser|genauer|eher|mehr|starker|naher) (zu|zum|auf|an) (den|die|das|unseren|unsere|unserem|dem|der|unserer) (anforderung*|profil|stelle|position|aktuellen|bedarf|anforderungsprofil|vorstellungen|suche)',
    '(besser|eher|mehr|genauer|starker) (entsprechen|entsprach|entspricht|entsprachen|passen|passt|passte|gepasst)',
    'starker jemanden',
    '(suchen|brauchen|benotigen|benotigten|suchten|brauchten) (doch |eher |jetzt |nun |leider |)(starker |eher |)jemanden',
  ]),
  reject('de.decision', 1, [
    '(fallt|fiel) (mir|uns) (nicht leicht|schwer)',
    'nach (reiflicher|sorgfaltiger|eingehender|intensiver|grundlicher|langer|ausfuhrlicher|sorgfaltigen|intensiven) (uberlegung|prufung|abwagung|durchsicht|diskussion|beratung)',
    '(entscheidung|wahl) (nicht leicht|schwer|schwergefallen|schwer gefallen)',
    'nicht leicht gemacht',
    '(sehr viele|zahlreiche|eine vielzahl|eine grosse zahl|viele) (qualifizierte |interessante |gute |)(bewerbungen|bewerber*|zuschriften|kandidat*)',
    'auswahl treffen',
  ]),
  reject('de.well-wishes', 1.2, [
    '(fur|auf) (ihren|deinen|ihrem|deinem) (weiteren |)(beruflichen |)(weg|werdegang|lebensweg|karriereweg)',
    '(wunschen|wunsche) (ihnen|dir|euch) (fur|bei|auf) (ihre|deine|die|ihrer|deiner|der|ihrem|deinem|ihren|deinen) (weitere |berufliche |weiteren |beruflichen |kunftige |kunftigen |)(zukunft|suche|stellensuche|jobsuche|laufbahn|karriere|weg)',
    '(fur|bei) (ihre|deine|die|ihrer|deiner|der) (weitere |berufliche |weiteren |beruflichen |kunftige |kunftigen |)(zukunft|stellensuche|jobsuche|laufbahn|karriere) (alles gute|viel erfolg|nur das beste)',
    '(weiterhin |)(viel erfolg|alles gute) (bei|fur|auf) (ihrer|ihre|deiner|deine|der|die|dem|ihrem|deinem)',
    '(viel erfolg|alles gute|weiterhin viel erfolg) (bei|fur) (ihrer|der|ihre|ihren|deiner|die|deine|ihrem|deinem) (weiteren |)(stellensuche|jobsuche|suche|zukunft|beruflichen|berufliche|bewerbungen)',
    '(berufliche|beruflichen) zukunft (alles gute|viel erfolg)',
    '(richtige|passende) finden',
    'keine entscheidung gegen (sie|dich)',
    'keine bewertung (ihrer|deiner)',
    '(unterlagen|daten|bewerbungsunterlagen) (werden|senden wir|schicken wir|erhalten sie) (wir |)(ihnen |dir |)(zuruck|geloscht|vernichtet|nach)',
  ]),

  // Counter-signals
  counter('offer', 'de.offer', 7, [
    'mitteilen zu durfen',
    '(freue|freuen) (mich|uns) (sehr |riesig |)(,|) (ihnen|dir) (heute |)(mitteilen|mitzuteilen|ein angebot|zusagen|mitteilen zu durfen)',
    'wunschkandidat*',
    'willkommen (im team|an bord|bei uns)',
    '(freuen|freue) (uns|mich) (sehr |schon |)auf (sie|dich|die zusammenarbeit|ihren start|deinen start)',
    'arbeitsvertrag (zur durchsicht|anbei|im anhang)',
    '(anbei|im anhang) (finden sie|findest du|erhalten sie|erhaltst du) (den|ihren|deinen|unseren) (arbeitsvertrag|vertrag|vertragsentwurf)',
    '(unterschriebenen|unterzeichneten) (vertrag|arbeitsvertrag)',
    '(herzlichen|herzlich) gluckwunsch',
    'gratulieren',
    'zusage (fur|zur) (die|der|ihre|deine) (stelle|position)',
  ]),
  counter('invite', 'de.invite', 6, [
    '(laden|lade|mochten|mochte|wurden|wurde) (sie|dich|euch) (herzlich |gerne |gern |sehr gerne |hiermit |dazu |)(zu|zum|ein|einladen)',
    'einladung (zu|zum|fur) (einem|einen|ein|das|unser|ein personliches|einem personlichen|einem zweiten|einem ersten|einem weiteren|)(vorstellungsgesprach|gesprach|interview|kennenlernen|assessment|probearbeiten|probetag|zweitgesprach|kennenlerngesprach|video*)',
    '(personlich |naher |besser |gerne |gern )kennenlernen',
    '(bitte |)(bestatigen|bestatige) (sie |)(uns |mir |)(den|kurz den|ihren|deinen) termin',
    '(folgende|alternative|moglichen|mogliche|freie) (termine|alternativen|terminvorschlage|zeitfenster|slots)',
    'terminvorschlag*',
    '(welcher|welche) (termin|termine|zeit|zeitfenster) (passt|passen|ware|waren|eignet)',
    '(ihre|deine) (verfugbarkeit|verfugbarkeiten)',
    'wann (passt|hatten sie|hattest du|haben sie|hast du) (es |ihnen |dir |)(zeit|am besten)',
    'einladung (raus|heraus)',
  ]),
  counter('schedule', 'de.reschedule', 5, [
    '(verschieben|verlegen|nachholen|verschiebung|verlegung|neuen termin|neu terminieren|umplanen)',
    '(gesprach|termin|vorstellungsgesprach|interview) (leider |)(absagen|verschieben|abzusagen)',
    '(erkrankt|krank geworden|krankheitsbedingt|ist krank)',
    '(ware|waren|passt|passen) (ihnen|dir) (dienstag|montag|mittwoch|donnerstag|freitag|der|die|das)',
  ]),
  counter('received', 'de.received', 5, [
    'eingangsbestatigung',
    '(bestatigen|bestatige) (wir |ich |)(ihnen |dir |hiermit |)(den|gern den|gerne den) eingang',
    '(ist|sind) (gut |erfolgreich |wohlbehalten |)(bei uns |)(eingegangen|angekommen)',
    '(haben|habe) (ihre|deine|eure) (bewerbung|unterlagen) (erhalten|bekommen)',
    '(prufen|prufe|sichten|schauen) (ihre|deine|alle|uns alle|uns alles|die) (bewerbung|bewerbungen|unterlagen|alles)',
    'wenn es passt',
  ]),
  counterNear(
    'received',
    'de.will-reply',
    5,
    ['(melden|melde) (wir uns|uns|mich|ich mich)'],
    [
      '(innerhalb|in den nachsten|zeitnah|schnellstmoglich|in kurze|in kurzer zeit|so bald wie moglich|baldmoglichst)',
    ],
    40,
  ),
  counter('conditional', 'de.conditional', 7, [
    '(sollten|solltest|falls|wenn) (sie|du) (bis dahin |bis zum|innerhalb |in dieser zeit |)(nichts|keine nachricht|keine ruckmeldung|nicht) (von uns |)(gehort|horen|erhalten|bekommen)',
    'nicht (allen|jedem|jeder|jede|jeden) (bewerber*|kandidat*|personlich|einzeln|individuell)',
    'nicht jede absage',
    '(nur|ausschliesslich) (die |)(ausgewahlten|passenden|vorausgewahlten) (bewerber*|kandidat*)',
    '(falls|wenn|sollte|sollten) (ihre|deine) bewerbung (nicht|keine)',
  ]),
  counter('assess', 'de.assessment', 4, [
    '(online-assessment|online assessment|eignungstest|testaufgabe|case study|fallstudie|fallstudien-interview|probeaufgabe|coding-challenge|coding challenge|arbeitsprobe)',
    'als (nachsten|nachster|nachstes) schritt',
  ]),
  counter('next', 'de.next-step', 3, ['(im nachsten|der nachste|nachster) schritt']),
  counter('next', 'de.next', 6, [
    '(weiterhin|noch) im (rennen|prozess|verfahren|auswahlverfahren|auswahlprozess)',
    '(die |eine |)gute nachricht',
    '(eine|unserer|unsere) (favorisierten|favorisierte|favoriten)',
    '(in die|in der) (engere|engeren) (auswahl|wahl)',
  ]),
  counter('outreach', 'de.outreach', 6, [
    '(auf sie|auf dich) aufmerksam geworden',
    '(ihr|dein) (linkedin|xing)*',
    '(personalberater*|headhunter*|executive search)',
    '(hatten sie|haben sie|hast du|hattest du) (lust|interesse|zeit) (auf|an|fur)',
    'mochte mich (kurz |)vorstellen',
    '(fur|im auftrag) (einen|eines) (unserer |meiner |)(kunden|mandanten)',
    '(spannende|interessante) (position|stelle|herausforderung|aufgabe|chance)',
    'unverbindlich*',
  ]),
  counter('alert', 'de.alert', 6, [
    '(neue|aktuelle|passende) (jobs|stellenangebote|stellen|jobangebote) (fur|die|in|zu)',
    '(suchauftrag|jobalarm|job-alarm|jobagent|job-agent|stellenalarm)',
    '(passend zu|passen zu) (ihrem|deinem|ihren|deinen) (profil|suchauftrag|suche|kriterien)',
    'alle jobs (ansehen|anzeigen)',
    'jetzt bewerben',
  ]),
  counter('newsletter', 'de.newsletter', 5, [
    'newsletter',
    '(liebe|sehr geehrte) (leserinnen|leser|abonnentinnen|abonnenten)',
    '(in dieser|diese|aktuelle) ausgabe',
    'jetzt lesen',
  ]),
  counter('newsletter', 'de.newsletter-soft', 2, ['(absageschreiben|ablehnungsquote|ausgabe)']),
  counter('political', 'de.political', 6, [
    '(wahlkreis|wahlbezirk|wahlkampf|stadtrat|gemeinderat|bundestag|landtag|kommunalwahl|landtagswahl|bundestagswahl|europawahl|burgermeister*|spitzenkandidat*|stimmzettel|briefwahl|wahllokal)',
    '(partei|ortsverband|kreisverband|burgerliste|fraktion)',
    '(wahlen wir|wahlen sie|ihre stimme|deine stimme|wahlt)',
    'kandidiert',
  ]),
  counter('nonjob', 'de.nonjob', 6, [
    '(kredit*|ratenkredit|darlehen|finanzierungsanfrage|kreditantrag|kreditkarte|schufa|bonitat)',
    '(wohnung|mietwohnung|besichtigung|mietvertrag|vermieter|hausverwaltung|vermietung|interessentenkartei|mietinteressent*|zimmer-wohnung)',
    '(ihre bestellung|bestellnummer|ruckerstattung|lieferung|sendung|zahlung fehlgeschlagen)',
    '(verkauferkonto|handlerkonto|verkauferantrag|marktplatz)',
    '(ihr vortrag|ihren vortrag|ihre einreichung|ihr beitrag|ihren beitrag|call for papers|programmkomitee|konferenz|tagung)',
    '(stipendium|forderantrag|foerderantrag|studienplatz|zulassung|immatrikulation)',
    '(ihrem antrag|ihren antrag|ihr antrag|dem antrag|unser antrag|antrag auf)',
    '(wettbewerb|preis|auszeichnung|kita|kitaplatz|betreuungsplatz|verein|mitgliedschaft|mitgliedsantrag|ihre versicherung|versicherungsfall|schadensmeldung|reklamation|visum|aufenthaltstitel|gutschein|gewinnspiel|tickets|buchung|reservierung|ihre anfrage|ihrer anfrage|projektantrag|forderprogramm|foerderprogramm|abstract|manuskript|verlag|ihr manuskript|einreichungen)',
  ]),
  counter('self', 'de.self', 7, [
    'darf ich (sie|dich|euch) (um|fragen)',
    '(mich|mir) (wurde|wurden) (vor allem |besonders |sehr |)(interessieren|helfen)',
    '(um|fur) (ein |)(kurzes |kleines |ehrliches |)feedback (bitten|dankbar)',
    '(ich|habe mich) (habe mich |)entschieden (,|) (das|ihr|dein|euer) (angebot|stellenangebot)',
    '(ich habe|habe ich) (mich |)(entschieden|beschlossen|entschlossen) (,|) (das|ihr|dein|euer|ein anderes|die stelle|meine)',
    '(angebot|stelle|position|vertrag) (leider |)nicht (anzunehmen|annehmen|antreten|anzutreten)',
    '(ich habe|habe ich) (leider |heute |)(eine absage|eine ablehnung|abgelehnt|eine zusage von)',
    '(ich wurde|wurde ich) (leider |)(abgelehnt|nicht genommen)',
    '(angebot|stelle) (leider |)(abzulehnen|nicht anzunehmen|absagen muss)',
    '(ziehe|ziehen) (ich |)meine bewerbung',
    'auch wenn sie (natürlich |naturlich |)nicht die',
    '(vielen dank|danke) fur (ihre|deine) (absage|ehrliche ruckmeldung|ruckmeldung und)',
  ]),
  counter('self', 'de.self-soft', 3, ['meine (bewerbung|unterlagen|kandidatur)']),
  counter('hiring-side', 'de.hiring-side', 6, [
    '(absage|absagen) (an|fur) (herrn|frau|den kandidaten|die kandidatin|ihn|sie) ',
    '(sage|sagen|sag) (ihm|ihr|ihnen) (bitte |morgen |heute |)ab',
    '(kannst du|konnen sie|konntest du|konnten sie) (mir |)(bitte |)(bis|noch|kurz)',
    '(die|der) (kandidatin|kandidat|bewerber|bewerberin) (hat|ist|war|wurde) ',
    '(kandidatenubersicht|bewerberubersicht|kandidatenliste)',
    'absage geht (morgen |heute |)(raus|an ihn|an sie)',
    '(wen|welche) (du|sie) (sehen|treffen|einladen) (willst|mochtest|mochten)',
    '(aktuelle stand|stand) zur (besetzung|stelle)',
  ]),
  subjectCounter('invite', 'de.subject-invite', 4, [
    '(einladung|terminvorschlag|nachster schritt|gluckwunsch|willkommen|eingangsbestatigung|bewerbung erhalten|assessment)',
  ]),

  notice('layoff', 'de.layoff', 6, [
    '(ihr|dein) (arbeitsverhaltnis|beschaftigungsverhaltnis|arbeitsplatz) (wird|endet|entfallt|ist)',
    '(ihre kundigung|deine kundigung|kundigungen|entlassung|entlassungen|freistellung|aufhebungsvertrag|kurzarbeit)',
    '(betriebsbedingte|betriebsbedingten) kundigung*',
    '(sozialplan|stellenabbau|personalabbau|abfindung*|transfergesellschaft|betriebsversammlung|betriebsrat|massenentlassung*)',
    '(arbeitsplatze|stellen|arbeitsplatz) (sind |ist |)betroffen',
    'liebe kolleginnen und kollegen',
    '(standort|werk|fertigung|filiale) (wird|werden) (zum|bis|ende|im) ',
  ]),
  notice('hiring-freeze', 'de.hiring-freeze', 5, [
    '(einstellungsstopp|einstellungsstop|einstellungsstopps|recruiting-stopp|besetzungsstopp)',
  ]),
  notice('on-hold', 'de.on-hold', 5, [
    '(auf eis gelegt|auf eis legen|pausiert|pausieren|zuruckgestellt|zuruckstellen|zuruckzustellen|ausgesetzt|vorerst nicht|vorubergehend nicht|ruht)',
    'nicht gestrichen',
  ]),

  job('de.job', [
    '(bewerbung*|bewerber*|kandidat*|stelle|stellen|position|vakanz|vorstellungsgesprach|gesprach|interview|einstellung|recruiting|personal*|ausschreibung|unterlagen|lebenslauf|karriere*|job|jobs|rolle|mitarbeit|team|telefonat|assessment|auswahlverfahren|arbeitgeber|arbeitsvertrag|angebot|zusage|absage)',
    '*(leiter|leiterin|leitung|manager|managerin|referent|referentin|berater|beraterin|entwickler|entwicklerin|ingenieur|ingenieurin|sachbearbeiter|sachbearbeiterin|assistent|assistenz|kaufmann|kauffrau|techniker|elektroniker|mechaniker|werkstudent*|praktikum|praktikant*|azubi|ausbildung|trainee|engineer|analyst)',
  ]),

  stop([
    'und',
    'der',
    'die',
    'das',
    'ich',
    'sie',
    'wir',
    'ihre',
    'ihnen',
    'nicht',
    'mit',
    'fur',
    'uns',
    'ist',
    'sind',
    'haben',
    'eine',
    'einen',
    'bei',
    'auf',
    'zu',
    'dass',
    'leider',
    'auch',
    'vielen',
    'dank',
    'grussen',
    'dein',
    'deine',
    'dich',
    'dir',
  ]),
]);

export const DE_TRAITS = ruleSet('de', [
  trait('feedback-word', 'de.feedback-word', [
    '(feedback|feedbackgesprach|ruckmeldung zu|begrundung|debrief)',
  ]),
  trait('feedback+', 'de.feedback-yes', [
    '(gerne|gern) (ein |)(kurzes |personliches |ausfuhrliches |telefonisches |ehrliches |)(feedback|feedbackgesprach|ruckmeldung zu)',
    '(feedback|feedbackgesprach) (geben|zu geben|gebe|stehe ich|steht|an|willst|mochten|mochtest|wunschen|wunschst)',
    'feedbackgesprach',
    '(falls|wenn) (du|sie) (feedback|ein feedback|eine ruckmeldung) (willst|mochtest|mochten|wunschen|wunschst)',
    'fur ein (kurzes |personliches |ausfuhrliches |telefonisches |)(feedback|gesprach uber)',
    '(ruf|rufen sie|melde dich|melden sie sich) (mich |mir |uns |)(gerne|gern|jederzeit) (an|bei mir)',
  ]),
  trait('feedback-', 'de.feedback-no', [
    '(kein|keine|keinen) (individuelles |individuelle |individuellen |personliches |personliche |detailliertes |detaillierte |einzelnes |)(feedback|begrundung|ruckmeldung zu den grunden)',
    '(individuelles|personliches|detailliertes) feedback (leider |)(nicht|kann)',
  ]),
  trait('keep', 'de.keep', [
    '(talentpool|talent-pool|bewerberpool|kandidatenpool|talent pool|bewerberdatenbank|kandidatendatenbank|talent community|talentnetzwerk)',
    '(unterlagen|daten|profil|bewerbung) (gerne |gern |)(aufbewahren|speichern|behalten|vormerken|in evidenz)',
    '(in evidenz|in unserer evidenz|in unserer datenbank|in unsere datenbank)',
    '(aufnehmen|aufgenommen|aufnahme) in (unseren|unserem|unsere)',
    'auf (sie|dich) zukommen',
  ]),
  trait('reapply', 'de.reapply', [
    '(erneut|wieder|nochmals|noch einmal|gerne erneut|gerne wieder) (zu |)(bewerben|bewerbung|melden)',
    '(erneute|neue|kunftige|weitere|zukunftige) bewerbung',
    '(bewerben sie sich|bewirb dich) (gerne |gern |)(erneut|wieder|auf)',
    '(karriereseite|karriereportal|jobportal|stellenangebote) (weiterhin |)(verfolgen|im auge|besuchen|schauen|informieren)',
    '(auf unsere|auf unserer|unsere) (karriereseite|webseite|website|stellenborse|jobborse)',
    'bei (einer|kunftigen|zukunftigen|neuen) (passenden|neuen|weiteren|kunftigen|)(gelegenheit|ausschreibung|ausschreibungen|vakanz|stelle|stellen|position)',
    '(uber|uber unser) (jobportal|karriereportal)',
  ]),
  trait('stage-final', 'de.stage-final', [
    '(finale|finalen|letzte|letzten|abschliessende|abschliessenden) (runde|gesprachsrunde|auswahlrunde|gesprach|gesprache|phase|auswahl)',
    '(mit unserem vorstand|mit der geschaftsfuhrung|assessment-center|assessment center|probetag|probearbeiten|probearbeit)',
    '(vertragsangebot|angebot vom|unser angebot|ausgesprochene)',
    'zwei (bewerber|bewerberinnen|kandidaten|kandidatinnen) zur auswahl',
  ]),
  trait('stage-interview', 'de.stage-interview', [
    '(das|die|dem|den|unser|unserem|ihr|nach dem|nach unserem) (nette |nettes |nettem |angenehme |angenehmen |interessante |interessanten |gute |guten |offene |offenen |freundliche |freundlichen |ausfuhrliche |personliche |personlichen |beiden |vielen |)(gesprach|gesprache|gesprachen|vorstellungsgesprach|vorstellungsgesprache|interview|interviews|kennenlernen)',
    '(kennenzulernen|kennengelernt|vorbeikommen|besuch bei uns|pairing)',
    'gesprach mit (dem|unserem|der|den) (team|fachbereich|vorstand|leitung)',
    'gesprache (bedanken|mit)',
  ]),
  trait('stage-screen', 'de.stage-screen', [
    '(telefonat|telefoninterview|telefongesprach|videocall|video-interview|videointerview|erstgesprach|kurzes gesprach am telefon)',
  ]),
  trait('stage-application', 'de.stage-application', [
    '(ihre|deine|eure|ihrer|deiner) (bewerbung|unterlagen|bewerbungsunterlagen)',
    '(beworben|bewerbung als|bewerbung um|bewerbung auf)',
  ]),
]);
