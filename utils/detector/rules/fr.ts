// French rejection wording (vous and tu; France, Belgium, Switzerland, Québec) and look-alikes.
// Patterns are normalised: no accents, one apostrophe, lower case.
import {
  counter,
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

const YOU = "(vous|te|t')";
const OTHERS =
  "(un autre|une autre|d'autres|l'autre|les autres|un candidat|une candidate|une personne|un profil|quelqu'un d'autre)";
const WHO =
  '(candidat|candidate|candidats|candidates|candidature|candidatures|personne|personnes|profil|profils|finaliste|collaborateur|collaboratrice)';

export const FR = ruleSet('fr', [
  reject('fr.regret', 5, [
    '(avons|ai|avez|a) le (grand |)regret de ' +
      YOU +
      ' + (informer|annoncer|faire savoir|faire part|indiquer|communiquer|dire|signaler)',
    '(sommes|suis|est) au regret de ' +
      YOU +
      ' + (informer|annoncer|faire savoir|faire part|indiquer|communiquer|dire|signaler)',
    '(nous regrettons|je regrette|on regrette) de ' +
      YOU +
      ' + (informer|annoncer|faire savoir|faire part|dire)',
    'a notre (grand |vif |)regret',
    '(avec|a) regret',
  ]),
  reject('fr.not-retained', 5, [
    "(n'a|n'ont|n'avons|ne l'a|ne l'avons|ne l'ont|n'est|ne sont|n'avez) (malheureusement |finalement |donc |)pas (ete |)(retenu|retenue|retenus|retenues|selectionne|selectionnee|selectionnes|selectionnees|acceptee|accepte)",
    '(ne pas|de ne pas) (retenir|donner suite|poursuivre|aller plus loin|continuer)',
    '(non retenu|non retenue|non selectionne|non selectionnee)',
    "n'(avons|a) pas (pu|ete en mesure de) (retenir|donner suite|repondre favorablement)",
  ]),
  rejectNear(
    'fr.no-follow-up',
    5,
    [
      "(ne |n')(sommes|suis|pouvons|pourrons|pourrions|pouvons malheureusement|pourra|pourrai|allons|irons|sera|serons|est|souhaitons|donnerons|avons) (malheureusement |donc |)(pas|plus)",
      'pas en mesure',
      'impossible',
    ],
    [
      '(y |)(donner|reserver|apporter) (une |)suite (favorable|positive)',
      '(donner|y donner) suite',
      'suite favorable',
      'retenir (votre|ta) (candidature|profil|dossier)',
      "(poursuivre|continuer) (le processus|le recrutement|avec vous|avec toi|l'aventure|votre candidature|ta candidature)",
      'plus loin',
      '(repondre|reserver) (favorablement|une reponse favorable)',
    ],
    45,
  ),
  reject('fr.others-chosen', 5, [
    '(poursuivre|continuer|avancer|aller) (le processus |)avec ' + OTHERS + ' + ' + WHO,
    '(choisi|retenu|selectionne|privilegie|privilegier|opte pour|prefere|favorise|oriente notre choix vers|orienter notre choix vers) ' +
      OTHERS +
      ' + ' +
      WHO,
    '(arrete|porte|fixe|arreter|porter) (son|notre|leur|mon) choix sur ' + OTHERS,
    "(d'autres|autres) (candidatures|candidats|profils|personnes) (correspondant|correspondent|qui correspondent|plus proches|plus en adequation|mieux|plus adaptes|plus adaptees|dont)",
    "(choix|preference) (s'est |)(porte|portee|arrete) sur",
    '(a ete |)confie (a|le poste a) ' + OTHERS,
  ]),
  reject('fr.not-pursue', 5, [
    "(ne |n')(poursuivrons|poursuivrai|poursuivra|continuerons|irons|donnerons|retiendrons|retiendrai|avancerons|pourrons|pourra) (donc |malheureusement |finalement |)(pas|plus) (le processus|plus loin|de suite|suite|une suite|avec|ta candidature|votre candidature|le recrutement)",
    "(n'irons|n'irai|n'ira) (donc |malheureusement |)pas plus loin",
    "(ne |n')(pas|plus) (donner|reserver) suite",
    'pas (de |)suite favorable',
    '(pas|plus) (aller|poursuivre) plus loin',
    'pas (de |)(poste|offre|opportunite) (correspondant|qui corresponde|a pourvoir|adapte|adaptee|disponible)',
    '(aucun|aucune) (poste|offre|opportunite) (correspondant|a pourvoir|qui corresponde)',
  ]),
  rejectNear(
    'fr.status-near',
    4.5,
    ['(statut|etat|resultat|decision|etape)'],
    [
      '(refusee|refuse|non retenue|non retenu|archivee|archive|cloturee|cloture|rejetee|rejete|declinee|negative|negatif|defavorable|non selectionnee|non selectionne)',
    ],
    30,
  ),
  reject('fr.nothing-suitable', 4.5, [
    '(rien|aucune opportunite|aucun poste|aucune offre) (qui |)(ne |)(corresponde|correspond|correspondant|adapte|adaptee|a vous proposer|a te proposer)',
    "(ne |n')(recrutons|recrute|cherchons|recherchons) (plus|pas) (pour|sur|ce|de)",
    "(collaborateur|collaboratrice) (deja |)(en poste|de l'equipe|interne)",
  ]),
  reject('fr.status', 5, [
    '(statut|etat|decision|resultat)(:| :) (refusee|refuse|non retenue|non retenu|rejetee|rejete|declinee|cloturee|candidature refusee|candidature non retenue|negatif|negative|defavorable)',
    '(candidature|dossier) (refusee|refuse|rejetee|rejete|declinee)',
  ]),
  subjectReject('fr.subject', 3, ['(refus|reponse negative|candidature non retenue|non retenue)']),
  reject('fr.filled', 5, [
    '(poste|offre|mission|recrutement) (a ete|est|etait) (deja |finalement |desormais |maintenant |)(pourvu|pourvue|attribue|attribuee|comble|comblee|annule|annulee|supprime|supprimee|ferme|fermee|cloture|cloturee)',
    '(pourvu|pourvue|comble|comblee) en interne',
    "(n'est|n'etait) (donc |desormais |plus |)(plus |)(ouvert|ouverte|d'actualite|disponible|a pourvoir)",
    "(annuler|annulons|annule|abandonner|abandonnons|abandonne|suspendre definitivement) (ce|le|notre|l'ensemble du|ce projet de) (recrutement|poste|processus)",
    "(cloturons|cloturer|cloture|clore|fermons|fermer|arretons|arreter) (l'ensemble des |les |toutes les |le |ce |notre |)(candidatures|recrutement|processus|offre|poste)",
    '(promotion|mobilite) interne',
    '(candidat|candidate|collaborateur|collaboratrice|profil) interne',
  ]),
  rejectNear(
    'fr.offer-withdrawn',
    6,
    ['(retirer|retirons|retire|retiree|annuler|annulons|revenir sur|reconsiderer)'],
    ["(notre|l'|cette|votre|la|ta) (offre|proposition|promesse)", 'offre'],
    15,
    'withdrawn',
  ),
  rejectNear(
    'fr.cannot-offer',
    5,
    ["(ne |n')(sommes|suis|pouvons|pourrons|pourrions|pourra|allons|avons|serons)"],
    [
      "(vous |te |)(proposer|offrir|retenir|recruter|embaucher|engager) (un|une|le|la|ce|cet|de|votre|ta|d')",
    ],
    40,
  ),
  rejectNear(
    'fr.cannot-keep-offer',
    6,
    ["(ne |n')(sommes|pouvons|pourrons|allons|serons)"],
    [
      "(maintenir|honorer|confirmer|donner suite a) (notre|cette|la|votre|ta|l') (offre|proposition|promesse)",
    ],
    45,
    'withdrawn',
  ),
  reject(
    'fr.offer-withdrawn-2',
    6,
    [
      "(offre|promesse d'embauche|proposition d'embauche|proposition|promesse) (est |a ete |doit etre |sera |)(donc |malheureusement |desormais |)(retiree|annulee|caduque|revoquee)",
      '(reprends|reprenons|reprendre) (donc |)(ma|notre|la|cette) (proposition|offre|promesse)',
    ],
    'withdrawn',
  ),
  rejectSentence(
    'fr.malheureusement-pas',
    2.5,
    [
      '(malheureusement|helas|a regret|avec regret|nous regrettons|je regrette|desole|desolee|desoles|navre|navree)',
    ],
    ["(ne|n'|pas|aucun|aucune|plus)"],
    70,
  ),
  reject('fr.regret-not', 5, [
    '(regret|regrettons|regrette|regretter|regrets) de (ne pas pouvoir|ne pouvoir|ne pas|ne plus pouvoir) (y |)(donner|retenir|poursuivre|repondre|vous proposer|te proposer|aller|continuer|reserver|vous offrir)',
    "(desole|desolee|desoles|desolees|navre|navree|navres) de (vous|t'|te) (informer|annoncer|apprendre|faire savoir|dire)",
    '(privilegier|privilegie|retenir|retenu|choisir|choisi|opter pour|opte pour) (une|un) (candidature|candidat|candidate|profil|solution|personne) interne',
    '(trouve|avons trouve|a trouve) (la personne|le candidat|la candidate|notre candidat|notre candidate|notre futur|notre future|la perle rare|le profil)',
    '(ne sera|ne seront|ne pourra etre|ne pourra pas etre|ne peut etre|ne peut pas etre) (malheureusement |donc |)(pas |)(retenue|retenu|retenus|retenues|selectionnee|selectionne)',
    "(choisi|retenu|pris|embauche|recrute|selectionne|engage) quelqu'un d'autre",
    '(choisi|retenu|selectionne|privilegie|prefere) (un|une) (candidat|candidate|personne|profil|candidature) (dont|qui|avec|ayant|plus|disposant|possedant)',
    "(privilegie|retenu|choisi|selectionne|prefere) (des|d'autres) (candidatures|candidats|profils|personnes)",
    '(a|ont) (deja |finalement |entre-temps |)ete (pourvu|pourvue|attribue|attribuee|comble|comblee|annule|annulee|supprime|supprimee)',
  ]),
  reject('fr.not-offer', 5, [
    "(retenir|choisir|selectionner|privilegier) (une autre|un autre|d'autres) (candidature|candidatures|candidat|candidate|candidats|profil|profils|personne)",
    "(ne |n')(pouvons|pourrons|saurions|pouvions) (donner|reserver|apporter) (une |)suite",
    '(avons|a|avions) (deja |finalement |)pourvu (le|ce|ce|votre) poste',
    "(ne |n')(pourrons|pouvons|pourrions|pourra|peut|pourrai|sommes pas en mesure de|allons) (malheureusement |donc |finalement |)(pas |)(vous |te |)(proposer|offrir|retenir|embaucher|recruter|engager) (ce|le|un|de|une|cet|votre|ta|la|d')",
    "(n'a|n'ont|n'avons|n'as|n'avez) (malheureusement |donc |)pas (abouti|ete concluant|ete concluante|ete fructueux|ete fructueuse|ete favorable)",
    '(autre|un autre|une autre) (personne|candidat|candidate|profil|candidature) (qui |)(a ete |)(retenue|retenu|choisie|choisi|selectionnee|selectionne|privilegiee|privilegie)',
    '(candidature|dossier) (a ete |est |)(refusee|rejetee|declinee|ecartee|classee sans suite)',
  ]),
  reject('fr.malheureusement', 1.5, [
    'malheureusement',
    '(je suis|nous sommes|on est|suis|sommes) (vraiment |sincerement |)(desole|desolee|desoles|navre|navree|navres)',
    'regret',
    'regrets',
    'regrettons',
    'malgre tout',
    'helas',
  ]),
  reject('fr.fit', 3.5, [
    "(ne|n') (correspond|correspondait|correspondent|correspondaient) (pas|plus) (tout a fait |totalement |entierement |exactement |vraiment |suffisamment |completement |)",
    '(correspondant|correspondent|correspond|correspondaient|correspondait) (mieux|davantage|plus) (a|au|aux)',
    '(plus|mieux|davantage) (en adequation|adapte|adaptes|adaptee|adaptees|proche|proches|aligne|alignes|en phase) (avec|a|aux|de|au)',
    "(recherchions|cherchions|recherchons|cherche|cherchait|recherchait) (quelqu'un|une experience|un profil|davantage|plus)",
    'pas (tout a fait |)en adequation',
  ]),
  reject('fr.decision', 1, [
    "(apres|a la suite d'une|suite a une) (etude|examen|analyse|lecture) (attentive |attentif |approfondie |approfondi |minutieuse |minutieux |serieuse |serieux |detaillee |)(de|du|des)",
    '(choix|decision) (difficile|difficiles|delicate|delicat|serre|serree|pas facile|complique)',
    'apres (mure|longue|une longue|une mure) reflexion',
    '(beaucoup|nombre important|grand nombre|nombreuses|nombreux|tres nombreuses) (de |)(candidatures|candidats|reponses)',
    'joue (a|sur) (peu de chose|des details|peu)',
  ]),
  reject('fr.well-wishes', 1.2, [
    '(pleine reussite|plein succes|bonne continuation|le meilleur pour la suite|bonne chance|beaucoup de succes|tout le succes|tous nos voeux de reussite)',
    '(dans|pour) (vos|tes) (recherches|demarches|projets|futurs projets|prochaines etapes)',
    "trouver (rapidement |)(l'opportunite|le poste|un poste|une opportunite) qui (vous|te) (correspond|ressemble|convient)",
    '(conservons|conserver|garder|gardons|garde) (votre|ton) (cv|candidature|dossier|profil)',
    '(vivier|base de donnees|base de talents|cvtheque)',
  ]),

  counter('offer', 'fr.offer', 7, [
    "(j'ai|nous avons|on a) le (grand |)plaisir de " +
      YOU +
      ' (annoncer|informer|proposer|confirmer|accueillir)',
    '(vous etes|tu es) (la candidate|le candidat|la personne|celle|celui) (retenue|retenu|selectionnee|selectionne|que nous)',
    '(ravi|ravie|ravis|ravies|heureux|heureuse|heureuses|enchantes|contents|contente) de ' +
      YOU +
      ' (annoncer|informer|accueillir|compter parmi|confirmer)',
    '(ravi|ravie|ravis|ravies|heureux|heureuse|heureuses) de ' +
      YOU +
      ' proposer (le poste|un poste|ce poste|notre offre|une offre|un contrat|un cdi|un cdd|de nous rejoindre|de rejoindre)',
    '(bienvenue|bienvenu) (dans|chez|a bord|parmi)',
    'felicitations',
    "(proposition|promesse) d'embauche (detaillee|ci-jointe|en piece jointe|jointe)",
    "(prise de poste|date d'embauche|date de debut|votre arrivee|ton arrivee) (souhaitee|prevue|le|au)",
    '(vous trouverez|tu trouveras) ci-joint (notre|votre|ta|le) (proposition|contrat|promesse)',
  ]),
  counter('invite', 'fr.invite', 6, [
    '(souhaiterions|souhaitons|souhaiterais|aimerions|voudrions|aimerais|voudrais) (vous |te |)(rencontrer|echanger avec|connaitre|convier|inviter)',
    '(vous|te) (proposons|propose|proposer) (un|une) (entretien|rencontre|rendez-vous|echange|visio|appel)',
    "(invitation|convocation) (a|pour) (un|une|l'|votre|ton) (entretien|rencontre|echange)",
    '(convier|convions|convie|inviter|invitons) (a|pour) (un|une) (entretien|rencontre|echange)',
    '(confirmer|confirmez|confirme) (votre|ta) (presence|venue|disponibilite)',
    '(vos|tes) disponibilites',
    '(creneau|creneaux) (vous|te) (convient|conviendrait|conviennent|convenait)',
    '(seriez-vous|serais-tu|etes-vous|es-tu|serez-vous) (disponible|disponibles|libre)',
    "(l'un de ces|un de ces|ces) creneaux",
  ]),
  counter('schedule', 'fr.reschedule', 5, [
    "(reporter|report|decaler|deplacer|reprogrammer|repousser|annuler) (votre|ton|notre|l'|cet|le) (entretien|rendez-vous|rdv|echange|rencontre)",
    '(souffrant|souffrante|malade|en arret maladie|absent pour raison)',
    'contretemps',
  ]),
  counter('received', 'fr.received', 5, [
    '(avons|avez|a) bien (recu|recue)',
    '(va|vont|sera|seront) (etre |)(etudie|etudiee|examine|examinee|analyse|analysee|lu|lue|etudies) (avec attention|attentivement|rapidement|par)',
    '(on prend|nous prenons) le temps de lire',
    '(si|lorsque|des que) (votre|ton) (profil|candidature|dossier) (correspond|est retenu|est retenue|retient|nous interesse)',
    "(prendrons|prendrai|prendra|reviendrons|reviendrai) (contact|vers vous|vers toi) (dans|sous|d'ici|au plus tard|rapidement)",
  ]),
  counter('received', 'fr.acknowledged', 3, ['accusons (bonne |)reception', 'accuse de reception']),
  // A plain receipt, the commonest mail of a search: "nous confirmons la bonne réception".
  counter('received', 'fr.receipt-confirmed', 4, [
    '(confirmons|confirme|confirmer|confirmation de) (la bonne |la |bonne |)reception',
    '(votre|ta) candidature (a bien ete|a ete|est bien) (recue|enregistree|transmise|prise en compte)',
    "(suivre|consulter) (l'avancement|l'etat|le statut|le suivi) de (votre|ta) (candidature|dossier)",
    "(reviendrons|reviendrai|reviendra) vers (vous|toi) (des que|dans|sous|d'ici|rapidement|au plus vite)",
  ]),
  counter('conditional', 'fr.conditional', 7, [
    "(passe ce delai|sans reponse de notre part|sans nouvelles de notre part|sans nouvelle de notre part|a defaut de reponse|faute de reponse|si vous n'avez pas de nouvelles|si tu n'as pas de nouvelles)",
    '(vous pourrez|vous pouvez|tu pourras|tu peux|pourrez) considerer que',
    '(repondre|repondre individuellement|repondre personnellement) a (tout le monde|chacun|chaque candidat|chaque candidature|toutes les candidatures|tous les candidats)',
    "(si|dans le cas ou) (votre|ta) candidature (n'est pas|ne devait pas|n'etait pas) (retenue|retenu)",
  ]),
  counter('assess', 'fr.assessment', 4, [
    "(test technique|test en ligne|exercice a (faire|realiser|rendre)|cas pratique a|questionnaire en ligne|test de personnalite|test d'aptitude)",
    "(voici|vous trouverez|tu trouveras) (l'enonce|le lien|le test|l'exercice|le sujet)",
    '(etape suivante|prochaine etape) (du process|du processus|du recrutement|:|consiste|sera|est)',
  ]),
  counter('next', 'fr.next', 6, [
    "(retenue|retenu|selectionne|selectionnee|qualifie|qualifiee) pour (la|le|l') (derniere|prochaine|suivante|seconde|deuxieme|dernier|second|deuxieme|etape|tour|entretien)",
    'en lice',
    '(bonne nouvelle|excellente nouvelle)',
    "(reste|restez|restes) (bien entendu |)a l'etude",
  ]),
  counter('outreach', 'fr.outreach', 6, [
    'je me permets de (vous|te) (contacter|solliciter|joindre|ecrire)',
    '(seriez-vous|etes-vous|serais-tu|es-tu) (ouvert|ouverte|interesse|interessee) (a|par)',
    "(j'accompagne|nous accompagnons) (actuellement |)(une|un|l'un|l'une)",
    '(votre|ton) (parcours|profil) a attire (mon|notre) attention',
    '(cabinet de recrutement|chasseur de tetes|chasse de tetes)',
    'echange confidentiel',
  ]),
  counter('alert', 'fr.alert', 6, [
    "(nouvelles|nouvelle) (offres|offre) (correspondent|correspondant|qui correspondent|pour vous|pour toi|d'emploi)",
    '(votre|ton|vos|tes) (alerte|alertes)',
    'voir (toutes |)les offres',
    'offres (similaires|recommandees|qui pourraient)',
  ]),
  counter('newsletter', 'fr.newsletter', 5, [
    "(newsletter|infolettre|lettre d'information)",
    'au sommaire',
    "(lire|lisez|decouvrir|decouvrez) (le numero|l'article|la suite|le dossier)",
    'edito',
  ]),
  counter('political', 'fr.political', 6, [
    '(elections|election|municipales|legislatives|presidentielle|europeennes|scrutin|bureau de vote|electeurs|electrices|tete de liste|suffrage|votez|conseil municipal|programme electoral|campagne electorale)',
    '(notre liste|candidats de notre liste|nos candidats|nos candidates)',
  ]),
  counter('nonjob', 'fr.nonjob', 6, [
    "(pret personnel|demande de pret|votre pret|credit immobilier|credit a la consommation|taux d'endettement|ficp|financement de votre)",
    '(compte vendeur|boutique en ligne|marketplace|votre catalogue|votre boutique)',
    '(appartement|logement|dossier de location|bail|proprietaire|bailleur|visite du logement|agence immobiliere)',
    '(votre commande|remboursement|votre colis|numero de commande)',
    '(appel a contributions|appel a communications|comite de programme|votre proposition de|votre soumission|votre article|votre manuscrit|la revue|la conference|le colloque)',
    "(bourse|admission|inscription a l'universite|votre demande de subvention|subvention)",
    "(appel a projets|concours photo|concours de|prix|aide financiere|logement social|demande de logement|place en creche|dossier de candidature au master|master|contrat d'assurance|votre sinistre|reclamation|visa|titre de sejour|reservation|billet|adhesion)",
    "(appel d'offres|fournisseur|fournisseurs|exposition|festival|votre film|votre livre|votre manuscrit|comite de lecture|conference|votre intervention|votre atelier|liste d'attente|adhesion|subvention|bourse|logement|appartement|jury du concours|laureat|laureats)",
    '(selectionne pour le festival|selection officielle|programmation du festival)',
  ]),
  counter('self', 'fr.self', 7, [
    "(me serait-il possible|serait-il possible|pourriez-vous|pourrais-tu) (de |d'|)(avoir|obtenir|me donner|me faire|me dire|m'indiquer|m'expliquer)",
    '(quelques elements|un retour|des retours|un feedback|quelques retours|des precisions) sur (ce qui|ma candidature|mon entretien|mon profil|les raisons)',
    "(j'ai decide|j'ai pris la decision|je souhaite|je dois|j'ai choisi) (de |d'|)(decliner|refuser|retirer|ne pas donner suite|accepter une autre|accepter un autre)",
    "(j'ai|je viens d') (recu|essuye|eu) (un refus|une reponse negative|une reponse)",
    "(je n'ai pas ete|je ne suis pas) (retenu|retenue|pris|prise|selectionne|selectionnee)",
    '(croise les doigts|croisez les doigts)',
    '(decliner|refuser) (votre|cette|ta) (offre|proposition)',
    "(meme s'il|meme si elle|meme si ce|meme si) n'est pas (celui|celle|ce) que j'esperais",
    '(merci|je vous remercie) (pour|de) (votre|ton) (retour|reponse|message)(,| ) (meme|bien que)',
  ]),
  counter('self', 'fr.self-soft', 3, ['(ma|mon) (candidature|entretien|dossier)', "j'esperais"]),
  counter('hiring-side', 'fr.hiring-side', 6, [
    '(refus|refuser) (a|pour|de) (mme|monsieur|madame|ce candidat|cette candidate)',
    "(je lui envoie|j'envoie|je leur envoie|je lui enverrai|je vais lui envoyer) (le|un) (mail|courrier|message) de refus",
    '(qui tu veux|qui vous voulez) (rencontrer|voir)',
    'shortlist',
    '(votre|ta) (cooptation|recommandation) (de|pour)',
    '(prime|programme) de (cooptation|parrainage)',
    "(merci|je te remercie|nous vous remercions) (de|d'avoir|pour) (nous avoir |)(recommande|coopte|presente)",
    '(previens|prevenir|informe|informer) les (autres|candidats restants) (candidats|)',
  ]),
  // A subject that names an application for something other than a job.
  subjectCounter('nonjob', 'fr.subject-nonjob', 4, [
    "(demande de pret|demande de credit|dossier de location|votre commande|demande de visa|demande de subvention|demande de bourse|appel a communications|votre sinistre|demande d'adhesion|place en creche)",
  ]),
  subjectCounter('invite', 'fr.subject-invite', 4, [
    "(invitation|convocation|disponibilites|proposition d'embauche|bonne nouvelle|prochaine etape|etape suivante|accuse de reception|bien recu)",
  ]),

  notice('layoff', 'fr.layoff', 6, [
    '(votre|ton) (contrat de travail|poste|emploi) (est|sera|fait partie|prendra fin)',
    '(chomage partiel|mobilite forcee|restructuration|fermeture du site|plan social)',
    "(plan de sauvegarde de l'emploi|pse|licenciement|licenciements|suppression de postes|suppressions de postes|reclassement|indemnites|rupture conventionnelle|postes concernes|reorganisation du site|cse)",
  ]),
  notice('hiring-freeze', 'fr.hiring-freeze', 5, [
    "(gel|gele|geler|gelons) (des|de l'ensemble des|de tous les|les|nos) (recrutements|embauches)",
    'gel des (recrutements|embauches)',
  ]),
  notice('on-hold', 'fr.on-hold', 5, [
    '(processus|recrutement|poste|process) (est |a ete |reste |)(suspendu|mis en pause|en pause|en attente|gele|en stand-by|en suspens)',
    'mis en (pause|suspens|attente|stand-by)',
    '(suspendre|suspendu|suspendons|mettre en pause) (le|ce|notre|ton|votre) (recrutement|processus|process)',
    "(n'est pas|pas) (ecartee|ecarte|abandonne|abandonnee)",
  ]),

  job('fr.job', [
    '(candidature|candidatures|candidat|candidate|candidats|poste|postes|recrutement|entretien|entretiens|cv|emploi|embauche|rh|profil|processus|process|offre|mission|postule|postuler|stage|alternance|cdi|cdd|equipe|dossier)',
  ]),

  stop([
    'ainsi',
    'apres',
    'aussi',
    'aux',
    'avec',
    'avons',
    'bien',
    'bonjour',
    'candidature',
    'ces',
    'cette',
    'cordialement',
    'dans',
    'des',
    'entretien',
    'est',
    'ete',
    'les',
    'leur',
    'madame',
    'mais',
    'malheureusement',
    'merci',
    'monsieur',
    'nos',
    'notre',
    'nous',
    'pas',
    'peut',
    'poste',
    'pour',
    'que',
    'qui',
    'recrutement',
    'sommes',
    'sont',
    'sur',
    'tes',
    'ton',
    'tous',
    'toute',
    'tres',
    'une',
    'vos',
    'votre',
    'vous',
  ]),
]);

export const FR_TRAITS = ruleSet('fr', [
  trait('feedback-word', 'fr.feedback-word', [
    "(feedback|debrief|retour sur|retours sur|remarques|points d'amelioration)",
  ]),
  trait('feedback+', 'fr.feedback-yes', [
    '(faire part|partager) (de |)(nos|mes|quelques) (remarques|retours|observations|impressions)',
    '(reste|restons|resterai) (disponible|disponibles|a votre disposition|a ta disposition|a votre entiere disposition) pour (un|une|en) (court |bref |petit |)(echange|discuter|parler|retour|feedback|debrief|appel)',
    '(faire|donner|partager|transmettre) (un|des|quelques|mes|nos) (retour|retours|feedback|feedbacks|elements de retour)',
    '(retour|retours|feedback|debrief) (detaille|plus detaille|personnalise|plus precis)',
    '(si|lorsque) (tu veux|vous souhaitez|vous le souhaitez|tu le souhaites|vous voulez) (un |des |)(retour|retours|feedback|en parler|echanger)',
    "(t'appeler|vous appeler|t'appelle|vous appelle) pour (en parler|en discuter|un retour|te faire un retour|vous faire un retour)",
  ]),
  trait('feedback-', 'fr.feedback-no', [
    "(pas|plus) (en mesure de |possible de |)(donner|fournir|faire|communiquer) (de |d'|un |)(retour|retours|feedback|motif) (individuel|individuels|personnalise|personnalises|detaille)",
  ]),
  trait('keep', 'fr.keep', [
    '(conservons|conserver|conserverons|garder|gardons|garderons|garde|gardes) (votre|ton|vos|tes) (cv|candidature|dossier|profil|coordonnees|donnees)',
    '(vivier|base de donnees|base de talents|cvtheque|base candidats)',
    '(recontacter|reviendrons vers vous|te reecris|je te reecris|vous recontacterons|te recontacterons|reprendrons contact)',
  ]),
  trait('reapply', 'fr.reapply', [
    "(n'hesitez pas|n'hesite pas|nous vous invitons|je vous invite|on t'invite|nous t'invitons) a (postuler|candidater|repostuler|nous recontacter|consulter|suivre|nous suivre|revenir)",
    '(consulter|suivre) (regulierement |)(nos|les) (offres|prochaines offres|opportunites|annonces)',
    "(notre|nos) (site carrieres|page carrieres|site emploi|offres d'emploi|page linkedin)",
    "(postuler|candidater) (a nouveau|de nouveau|a d'autres|sur d'autres|pour d'autres|prochainement)",
    'nouvelle candidature',
  ]),
  trait('stage-final', 'fr.stage-final', [
    '(dernier|derniere|final|finale) (tour|entretien|etape|round|rencontre)',
    '(finaliste|finalistes)',
    '(votre|ta) rencontre avec (le|la) (president|presidente|directeur|directrice|dg|ceo|client|comite)',
    "(promesse|proposition) d'embauche",
    'notre offre',
  ]),
  trait('stage-interview', 'fr.stage-interview', [
    "(pour|de) (l'entretien|ton entretien|votre entretien|notre entretien|nos entretiens|notre rencontre|nos echanges|votre venue|ta venue)",
    "(rencontrer|rencontre|rencontres) (notre|l'|nos|avec)",
    "(entretien|entretiens) (que vous|du|d'hier|de mardi|de lundi|de mercredi|de jeudi|de vendredi|passe|que tu|avec)",
    'pendant le process',
    "au cours (de l'entretien|des entretiens)",
    '(recu|recue|recus|recues) (en entretien|en entrevue|par la commission|par le jury|par notre)',
    '(avez ete|as ete|avoir ete|etiez) (recu|recue|auditionne|auditionnee)',
    "(d'etre|etes|es|soyez|etre) (venu|venue|venus|venues|passe|passee) (nous |me |)(rencontrer|voir|a|au|de|deux|trois|pour|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|jusqu'a)",
    '(pris le temps de|avoir pris le temps de) (nous |me |)(rencontrer|venir)',
    "(vous avez|tu as|nous vous avons|je vous ai|on t'a|nous avions|que nous avons) (rencontre|rencontree|rencontres|rencontrees)",
    '(nos|vos|tes|ces|les|deux|trois|quatre|cinq|plusieurs|differents) (deux |trois |quatre |)(echanges|entretiens|rencontres|rendez-vous|entrevues) (que|de|des|du|avec|au|a|ces|pour|en)',
    '(nos|vos|tes|deux|trois|quatre|cinq) (echanges|entretiens|rencontres|rendez-vous|entrevues)',
    "(suite a|apres|a l'issue de|a la suite de) (votre|ton|notre|nos|vos|tes|l') (premier |deuxieme |second |)(entretien|entretiens|rencontre|rencontres|echanges|rendez-vous|entrevue|visite|essai|journee)",
    "a l'issue des (entretiens|auditions)",
    "apres les entretiens (de|du|d')",
    "(votre|ton|notre|l') (premier |deuxieme |second |)(entretien|entrevue|interview) (etait|s'etait|s'est|a ete|du|de|d'hier|avec|au|a)",
    "en entretien (on|nous|vous|tu|j'ai|il|elle|le)",
    "(passe|passee|passes) (l'entretien|un entretien|les entretiens|deux entretiens|trois entretiens|ton entretien|votre entretien)",
    "(l'entrevue|votre entrevue|ton entrevue|vos entrevues|l'interview de|votre interview|ton interview)",
    "(votre|ta) (visite|venue|journee d'essai|journee d'immersion|journee avec nous|mise en situation) (a|au|de|du|lundi|mardi|mercredi|jeudi|vendredi|samedi|avec)",
    "(ton|votre|l') essai (de|du|d')",
    '(la journee que vous avez passee|la journee que tu as passee|journee passee avec)',
    '(deuxieme|second|2e|2eme) (tour|entretien)',
    'deux rendez-vous',
  ]),
  trait('stage-screen', 'fr.stage-screen', [
    '(echange telephonique|entretien telephonique|appel telephonique|premier echange|notre echange|preselection|preselection telephonique|visio|notre appel)',
  ]),
  trait('stage-application', 'fr.stage-application', [
    '(votre|ta) (candidature|dossier|cv)',
    '(postule|postuler|candidature spontanee|acte de candidature)',
  ]),
]);
