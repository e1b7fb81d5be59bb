// Phrasing families found missing when the detector met a second, independently written batch
// of mail: colloquial refusals, public-sector and academic wording, "the job went to someone
// else" word orders, and look-alikes from inside a company (leave, expenses, referrals,
// announcements, auto-replies). Each row names a family, not one email.
import {
  counter,
  counterNear,
  job,
  rejectNear,
  reject,
  ruleSet,
  subjectCounter,
  subjectReject,
} from './types';

// Mail from inside the company that is about a request, not a job application.

export const EN_WIDE = ruleSet('en', [
  rejectNear(
    'en.wide.given-to-other',
    5,
    [
      '(offered|offer the|offer this|offer our|extended an offer|extended the offer|made an offer|made the offer|have given|have give|has given|gave the|given the|awarded)',
    ],
    [
      'to (another|a different|an internal|one of the other|someone else|somebody else|sombody else|someone with|somebody with|a candidate who|an applicant who)',
    ],
    80,
  ),
  reject('en.wide.not-you', 5, [
    "(not going to be|won't be|will not be|isn't going to be|it's not|it is not|wasn't|was not) you (this time|on this occasion|i'm afraid|for this one)",
    'not among the (best qualified|most qualified|top|strongest|highest|final|successful|candidates|applicants|shortlisted|people)',
    "(did not|didn't|does not|will not|won't) (recommend|refer|put forward|select) you",
    '(were|was|have not been|has not been) not (referred|recommended|put forward)',
    'status: (not referred|not recommended|ineligible|not eligible|not among)',
  ]),
  reject('en.wide.closed-yours', 5, [
    "(closed|closing|declining|declined|rejecting|withdrawing|ending|we're closing|we've closed) your (candidacy|application|candidature)",
    '(marked|set|moved|flagged|recorded) as (unsuccessful|rejected|declined|not selected|not progressed|not successful)',
    "(won't|will not|not) be (adding|including|accepting|admitting|onboarding|taking on|placing) you",
    '(progressing|progress|considering|shortlisting|pursuing|prioritising|prioritizing) (other|different|alternative) (profiles|candidates|applicants|people|options)',
  ]),
  reject('en.wide.keep-looking', 4, [
    '(decided|going|continue|continuing|need|plan|planning) to (keep|carry on) (looking|searching)',
    '(re-advertise|readvertise|re-advertising|readvertising|re-post the role|repost the role)',
  ]),
  reject('en.wide.went-with', 4.5, [
    '(went|gone|go|going|decided to go|chosen to go|opted to go) with (someone|somebody|another|a different|an internal|the other|a candidate whose|an applicant whose)',
  ]),
  reject('en.wide.gone', 4.5, [
    "(the job's|the job is|the job has|the role's|the position's|the shift's) (gone|been taken|taken)",
    "(we've|we have) (hired|recruited|appointed) for (this|the) (role|position|job|post|vacancy)",
  ]),
  reject('en.wide.pass-you', 5, [
    'pass on (you|moving you|progressing you|taking you|inviting you|your application|your candidacy|your profile)',
  ]),
  subjectReject('en.wide.subject-outcome', 4.5, [
    '(unsuccessful|declined|rejected) (application|candidacy|candidature)',
    '(application|candidacy|candidature) (unsuccessful|declined|rejected|not successful)',
  ]),
  subjectCounter('assess', 'en.wide.subject-assess', 4, ['(assessment|coding challenge)']),
  subjectCounter('next', 'en.wide.subject-next', 3, ['next steps']),
  counter('workflow', 'en.wide.workflow', 6, [
    '(leave|holiday|vacation|time off|time-off|absence|overtime) (request|requests)',
    '(expense|expenses|reimbursement|travel) (report|reports|claim|claims)',
    '(timesheet|pto request|shift swap)',
    '(purchase|training|access|budget|travel|pto|equipment|software) (request|requests)',
    '(purchase order|overtime claim|mileage claim)',
    '(submit|raise|create) a new (request|claim|report)',
    '(missing receipt|attach the receipt|attach and resubmit|resubmit)',
  ]),
  counter('hiring-side', 'en.wide.referral', 6, [
    '(thanks|thank you) for (referring|the referral|your referral)',
    'referral (status|bonus|update|reward|programme|program)',
    '(has|have) been (informed|notified|told)',
    '(book|bring|get|invite) (him|her|them) in (for|on|at)',
    '(a few|some|any) more (cvs|resumes|profiles)',
  ]),
  counter('nonjob', 'en.wide.invest', 6, [
    '(seed round|pre-seed round|term sheet|investment committee|your raise|your pitch deck|pass on the (seed|round|deal|investment))',
    '(penalty charge|parking fine|parking ticket|civil enforcement)',
    '(investment thesis|cap table|lead investor|co-invest|portfolio companies|the traction|your deck|pitch deck|this round of funding)',
  ]),
  counter('nonjob', 'en.wide.family', 6, [
    '(your child|your son|your daughter|the squad|the players|dear parents|parents and players)',
  ]),
  counter('announce', 'en.wide.announce', 6, [
    '(join me in welcoming|please welcome|please join me|say hello to|do say hello|make (her|him|them) welcome)',
    '(hi|hello|dear) (everyone|all|team|everybody)',
  ]),
  counterNear(
    'invite',
    'en.wide.invite-other',
    6,
    [
      '(would you like|would you be interested|are you interested|do you want|would you be up for|would you be open)',
    ],
    ['(come in|coming in|interview|chat|a call|meet)'],
    30,
  ),
  counter('self', 'en.wide.self', 7, [
    "(i'm|i am|i've|i have|i'll|i will) (not able|unable|decided not|chosen not) to (move forward|proceed|continue|go ahead|accept|pursue)",
  ]),
  job('en.wide.job', ['(trial shift|working interview|work trial|trial day)']),
  counter('autoreply', 'en.wide.autoreply', 6, [
    '(out of office|out of the office|automatic reply|auto-reply|autoreply|i am currently away|i am away until|currently on leave)',
  ]),
]);

export const DE_WIDE = ruleSet('de', [
  reject('de.wide.colloquial', 3.5, [
    '(passt|klappt|reicht) (es |das |)(leider |aber |)(nicht|nix|nichts)',
    'wird (leider |)(nix|nichts)',
  ]),
  reject('de.wide.not-with-you', 4.5, [
    'nicht (mit ihnen|mit dir|mit euch) (weiterzugehen|weitergehen|fortzufahren|fortfahren|weiterzumachen|fortzusetzen|fortsetzen|weiterarbeiten)',
  ]),
  rejectNear(
    'de.wide.someone-with',
    4.5,
    [
      'fur (jemand|jemanden|eine person|einen kandidaten|eine kandidatin|einen bewerber|eine bewerberin) (mit|der|die|dessen|deren)',
    ],
    ['(entschieden|entscheiden)'],
    80,
  ),
  reject('de.wide.otherwise', 4.5, [
    '(stelle|position|vakanz) anders (zu |)(besetzen|besetzt|vergeben)',
    'keine (grundlage|basis) fur eine (zusammenarbeit|weitere zusammenarbeit|einstellung|anstellung)',
  ]),
  rejectNear('de.wide.wird-nichts', 3.5, ['(wird|wurde) (es|das)'], ['(nichts|nix)'], 30),
  reject('de.wide.found-someone', 5, [
    '(schon|bereits|inzwischen|mittlerweile) (jemanden|jemand|wen) (gefunden|eingestellt|genommen)',
  ]),
  reject('de.wide.no-place', 5, [
    '(keinen|kein) (platz|ausbildungsplatz|praktikumsplatz|arbeitsplatz|praktikumsplatz|job) (anbieten|geben|machen|vermitteln)',
    'keine (stelle|zusage|ausbildung|position) (anbieten|geben|machen|vermitteln)',
  ]),
  rejectNear(
    'de.wide.choice-other',
    4.5,
    ['(wahl|entscheidung|auswahl)'],
    [
      '(auf|zugunsten) (eine andere|einen anderen|andere|jemand anderen|jemand anderes|den anderen|die andere|eine weitere|einen weiteren) ',
    ],
    60,
  ),
  counter('workflow', 'de.wide.workflow', 6, [
    '(urlaubsantrag|urlaubsanfrage|abwesenheitsantrag|spesenabrechnung|reisekostenabrechnung|reisekostenantrag|uberstundenantrag|zeiterfassung|kostenerstattung|fortbildungsantrag|empfehlungspramie|gleitzeitantrag)',
    '(neuen|einen neuen) antrag (stellen|einreichen)',
  ]),
  job('de.wide.job', ['(probearbeiten|probearbeit|probetag|probeschicht|minijob|aushilfe)']),
  counter('nonjob', 'de.wide.nonjob', 6, [
    '(ihr kind|ihr sohn|ihre tochter|dein kind|euer kind|die mannschaft|unsere mannschaft|den kader|im kader|spielerinnen und spieler|liebe eltern)',
  ]),
  counter('autoreply', 'de.wide.autoreply', 6, [
    '(abwesenheitsnotiz|automatische antwort|nicht im haus|nicht im buro|bin ich nicht erreichbar|ausser haus|im urlaub bis)',
  ]),
]);

export const NL_WIDE = ruleSet('nl', [
  reject('nl.wide.not-retained', 5, [
    '(kandidatuur|sollicitatie|cv|dossier|profiel|kandidatuur) (werd |is |)niet (werd |is |)(weerhouden|behouden|geselecteerd|aanvaard)',
    'niet (werd |)weerhouden',
    '(behoort|behoor|behoorde|hoort) (u |je |jij |)niet (tot|bij) (de|het) (kandidaten|sollicitanten|groep|selectie|laatste|beste|shortlist|genodigden)',
  ]),
  reject('nl.wide.no-place', 5, [
    'geen (plek|plaats|stageplek|stageplaats|werkplek|functie|baan|aanbod|contract|aanstelling|stage) (aanbieden|bieden|geven)',
  ]),
  reject('nl.wide.other-chosen', 5, [
    'andere (kandidaat|kandidate|sollicitant|persoon) (aan te nemen|aangenomen|aan te stellen|aangesteld|gekozen|geselecteerd|te kiezen)',
    '(keuze|voorkeur) (is |viel |ging |is helaas |viel helaas |)(helaas |)niet op (jou|u|je|jouw|uw)',
    '(beter|meer|beter bij|dichter) (aansloten|aansluiten|aansluit|pasten|passen|paste|aansloot)',
    'met andere (kandidaten|sollicitanten) (voort te zetten|voortzetten|verder|door)',
    'niet (goed genoeg|voldoende|helemaal|genoeg) aan bij',
  ]),
  reject('nl.wide.not-you', 4.5, [
    '(niet bent|bent niet) (geselecteerd|gekozen|aangenomen|uitgekozen|doorgegaan|door)',
    'past (je|jouw|uw) (profiel|achtergrond|ervaring|cv) (helaas |)niet',
    '(onvoldoende|niet voldoende|te weinig) (aansluiting|match|overeenkomst)',
    '(gaan|gaan we|kiezen|kiezen we|gekozen) (voor|met) iemand anders',
  ]),
  reject('nl.wide.dropped', 4.5, [
    '(ben je|bent u|is je sollicitatie|ben jij) (helaas |)(afgevallen|afgewezen|niet door)',
    'niet overgaan tot (een aanbod|aanstelling|een aanstelling|het doen van een aanbod)',
  ]),
  reject('nl.wide.colloquial', 4, [
    '(klikt|past) het (helaas |toch |gewoon |)niet',
    'klikt het (helaas |toch |)niet',
    'wordt (helaas |dus |toch |)een nee',
  ]),
  rejectNear(
    'nl.wide.found-someone',
    4.5,
    ['(hebben|heb) (al |inmiddels |nu |toch |)iemand'],
    ['(gevonden|aangenomen|gekozen)'],
    60,
  ),
  counter('workflow', 'nl.wide.workflow', 6, [
    '(verlofaanvraag|vakantieaanvraag|declaratie|onkostendeclaratie|onkostennota|reiskostendeclaratie|urenregistratie|verlofuren)',
    'nieuwe aanvraag indienen',
  ]),
  counter('nonjob', 'nl.wide.sport', 6, [
    '(spelers|selectieteam|oefenwedstrijden|oefenwedstrijd|trainingsavonden|kantine|jeugdteam|het eerste team|ouders en spelers)',
  ]),
  counter('hiring-side', 'nl.wide.hiring-side', 6, [
    'met (hem|haar) (verder|door)',
    '(hem|haar) (afwijzen|af te wijzen|laten weten)',
    'in deze trant',
  ]),
  job('nl.wide.job', ['(proefdag|proefdraaien|meeloopdag|proefdienst|bijbaan)']),
  counter('autoreply', 'nl.wide.autoreply', 6, [
    '(afwezigheidsmelding|automatisch antwoord|ben ik afwezig|ben ik niet aanwezig|niet op kantoor)',
  ]),
]);

export const FR_WIDE = ruleSet('fr', [
  reject('fr.wide.not-keep', 5, [
    "(ne|n') (retiendra|retiendrons|retenons|retient|retiendrai|retiens|garderons|poursuivrons|donnerons) pas (ta|votre|ton|vos|la|cette|ce) (candidature|dossier|profil|demande)",
    "deja (signe avec|embauche|recrute|retenu|choisi|trouve) (un|une|quelqu'un|quelqu un|la personne|le candidat|la candidate)",
  ]),
  reject('fr.wide.other-profile', 4.5, [
    '(opte|choisi|retenu|privilegie) (pour |)(un|une) (profil|candidat|candidate|personne|candidature) (plus|ayant|avec|qui|dont|correspondant)',
    "pas vous (faire|proposer|adresser|soumettre) (d'offre|une offre|de proposition|une proposition)",
    'ne (vous|te) (retiendrons|retenons|retiendra|retiendrai|retenons) pas',
  ]),
  reject('fr.wide.not-you', 4.5, [
    'ce ne sera pas (toi|vous)',
    '(pas|plus) en mesure de (vous|te) (faire|proposer|offrir) (une offre|le poste|un poste|un contrat|une proposition)',
    "porte sur (quelqu'un d'autre|un autre|une autre|d'autres|un profil|une candidate|un candidat|une personne)",
    'pas pouvoir (te|vous) (prendre|embaucher|recruter|retenir|engager)',
    'ne (pouvons|pourrons|peux|pourrai) pas (te|vous) (prendre|embaucher|recruter|engager)',
  ]),
  reject('fr.wide.colloquial', 4.5, [
    '(ca|cela) ne (va|vas|peut|pourra) pas (le faire|marcher|coller|aller)',
    "(ce ne sera|ca ne sera|ce n'est|ca n'est|ce ne sera malheureusement) pas pour (cette fois|maintenant|nous|cette fois-ci|cette fois ci)",
  ]),
  counter('workflow', 'fr.wide.workflow', 6, [
    "(demande de conges|demande de conge|note de frais|notes de frais|demande d'absence|demande de remboursement|prime de cooptation|feuille de temps)",
  ]),
  job('fr.wide.job', ["(journee d'essai|jour d'essai|periode d'essai|alternance|alternant)"]),
  counter('nonjob', 'fr.wide.nonjob', 6, [
    '(dossier de pret|pret immobilier|pret auto|offre de pret|votre credit)',
    "(votre enfant|votre fils|votre fille|ton enfant|ton fils|ta fille|les joueurs|les parents des joueurs|l'entraineur|entrainements)",
  ]),
  counter('self', 'fr.wide.self', 7, [
    "(je decline|je refuse|je dois decliner) (votre|ton|l') (offre|proposition)",
    "(j'ai accepte|j'ai signe|je viens d'accepter) (un autre poste|une autre offre|une autre proposition|ailleurs)",
  ]),
  counter('policy', 'fr.wide.policy', 5, [
    '(aux|les|des) candidatures (incompletes|non conformes|hors delai|qui ne correspondent)',
    '(seuls|seules) les (candidats|candidates|candidatures|profils) (retenus|retenues|selectionnes|preselectionnes)',
  ]),
  counter('autoreply', 'fr.wide.autoreply', 6, [
    '(reponse automatique|absence du bureau|je suis absent|je suis absente|actuellement absent|actuellement absente)',
  ]),
]);

export const ES_WIDE = ruleSet('es', [
  reject('es.wide.not-selected', 5, [
    '(no|tampoco) (quedaste|quedo|ha quedado|has quedado|quedaron|resultaste|resulto|has resultado|ha resultado|fuiste|fue|has sido|ha sido) (usted |)(seleccionad*|elegid*|preseleccionad*|propuest*|admitid*)',
  ]),
  reject('es.wide.someone-else', 4.5, [
    '(elegido|escogido|seleccionado|cogido|contratado|optado por) (a |)(alguien|otra persona|otro candidato|otra candidata|otro perfil)',
  ]),
  reject('es.wide.colloquial', 4, [
    '(no va a poder ser|no va a ser posible|no podra ser|no ha podido ser|no pudo ser)',
  ]),
  counter('workflow', 'es.wide.workflow', 6, [
    '(solicitud de vacaciones|solicitud de permiso|nota de gastos|hoja de gastos|informe de gastos|reembolso de gastos|solicitud de ausencia|bono por referido|prima por referido)',
  ]),
  job('es.wide.job', ['(dia de prueba|jornada de prueba|periodo de prueba)']),
  counter('nonjob', 'es.wide.nonjob', 6, [
    '(tu hijo|tu hija|su hijo|su hija|vuestro hijo|vuestra hija|equipo infantil|equipo alevin|equipo cadete|entrenamientos|los jugadores)',
  ]),
  counter('policy', 'es.wide.policy', 5, [
    '(solo|unicamente) (contactaremos|nos pondremos en contacto) con (los|las) (candidatos|candidatas|personas|perfiles) (seleccionad*|preseleccionad*|finalistas)',
  ]),
  counter('autoreply', 'es.wide.autoreply', 6, [
    '(respuesta automatica|fuera de la oficina|estoy ausente|me encuentro fuera)',
  ]),
]);
