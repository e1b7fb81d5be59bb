// French cases written for the rule tests (vous and tu; FR, BE, CH, QC).
import type { Case } from './types';

export const FR_CASES: readonly Case[] = [
  [
    'rejection',
    'Votre candidature',
    'Madame, nous vous remercions pour votre candidature. Malheureusement, nous ne pouvons pas y donner suite.',
  ],
  [
    'rejection',
    'Votre candidature',
    'Bonjour Paul, après étude de votre profil, nous avons décidé de ne pas retenir votre candidature pour ce poste.',
  ],
  [
    'rejection',
    'Candidature',
    "Bonjour Léa, nous avons le regret de t'annoncer que ta candidature n'a pas été retenue.",
  ],
  [
    'rejection',
    'Votre candidature',
    'Monsieur, nous avons retenu un candidat dont le profil correspond davantage à nos attentes.',
  ],
  [
    'rejection',
    'Suite à votre entretien',
    'Bonjour Madame Roux, suite à votre entretien, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.',
  ],
  [
    'rejection',
    'Votre candidature',
    'Bonjour, votre profil ne correspond pas aux besoins actuels du poste. Nous vous souhaitons bonne chance dans vos recherches.',
  ],
  [
    'rejection',
    'Réponse à votre candidature',
    'Madame, nous sommes dans le regret de ne pouvoir donner une suite favorable à votre candidature.',
  ],
  [
    'rejection',
    'Candidature',
    "Salut Hugo, on a finalement choisi quelqu'un d'autre pour le poste. Merci encore pour ton temps !",
  ],
  [
    'rejection',
    'Votre candidature',
    'Monsieur Petit, le poste a déjà été pourvu. Nous conserverons néanmoins votre CV.',
  ],
  [
    'rejection',
    'Votre candidature',
    "Bonjour, nous avons le regret de vous faire savoir que votre candidature n'a pas été sélectionnée.",
  ],
  [
    'rejection',
    'Statut de votre candidature',
    'Le statut de votre candidature a évolué : Non retenue.',
  ],
  [
    'rejection',
    'Poste annulé',
    'Bonjour Monsieur Blanc, le recrutement pour ce poste a été annulé. Nous ne pourrons donc pas poursuivre le processus avec vous.',
  ],
  [
    'rejection',
    "Promesse d'embauche",
    "Madame, nous sommes contraints de revenir sur notre proposition d'embauche. Nous en sommes sincèrement désolés.",
  ],
  [
    'rejection',
    'Votre candidature',
    "Bonjour Chloé, nous avons décidé de poursuivre avec d'autres candidats dont l'expérience est plus proche du poste.",
  ],
  [
    'rejection',
    'Votre candidature',
    "Madame, votre candidature n'a malheureusement pas été retenue pour la suite du processus.",
  ],
  [
    'rejection',
    'Votre candidature',
    'Monsieur, nous ne sommes pas en mesure de donner une suite positive à votre candidature.',
  ],
  [
    'rejection',
    'Votre entretien',
    "Bonjour Marc, merci pour l'entretien. Après réflexion, nous avons choisi un autre candidat.",
  ],
  [
    'rejection',
    'Votre candidature',
    "Bonjour, nous n'allons pas donner suite à votre candidature. Bonne continuation !",
  ],
  [
    'rejection',
    'Votre candidature',
    'Madame Laurent, nous avons arrêté notre choix sur un autre profil.',
  ],
  [
    'rejection',
    'Candidature',
    "Bonjour Nina, ta candidature n'a pas été retenue cette fois-ci, mais n'hésite pas à repostuler.",
  ],
  [
    'rejection',
    'Votre candidature',
    'Monsieur, nous regrettons de ne pouvoir retenir votre candidature.',
  ],
  [
    'rejection',
    'Votre candidature',
    'Madame, nous ne retiendrons pas votre candidature pour ce poste.',
  ],
  [
    'rejection',
    'Votre candidature',
    "Bonjour, malheureusement votre profil n'a pas été retenu pour un entretien.",
  ],
  ['rejection', 'Votre candidature', 'Madame Martin, le poste a été pourvu en interne.'],
  [
    'rejection',
    'Votre candidature',
    'Monsieur, nous avons privilégié des candidatures plus en adéquation avec le poste.',
  ],
  [
    'rejection',
    'Votre candidature',
    'Bonjour, nous avons le regret de ne pas pouvoir poursuivre le processus de recrutement avec vous.',
  ],
  [
    'rejection',
    'Votre candidature',
    'Bonjour Sophie, votre candidature ne sera pas retenue. Nous vous souhaitons pleine réussite.',
  ],

  [
    'rejection',
    'Votre candidature',
    'Madame, nous sommes au regret de ne pouvoir donner suite à votre candidature.',
  ],
  ['rejection', 'Votre candidature', "Monsieur, votre candidature n'a pas retenu notre attention."],
  [
    'rejection',
    'Votre candidature',
    'Bonjour, nous ne pourrons malheureusement pas vous proposer ce poste.',
  ],
  [
    'rejection',
    'Votre candidature',
    'Bonjour Julie, nous avons finalement opté pour un autre candidat.',
  ],
  [
    'rejection',
    'Votre candidature',
    'Madame, après examen attentif, votre profil ne correspond pas à nos besoins actuels.',
  ],
  ['rejection', 'Votre candidature', "Bonjour, votre candidature n'a pas abouti cette fois-ci."],
  ['rejection', 'Votre candidature', "Monsieur, le choix s'est porté sur un autre candidat."],
  [
    'rejection',
    'Suite à votre entretien',
    'Bonjour Thomas, nous ne donnerons pas suite à notre échange.',
  ],
  [
    'rejection',
    'Votre candidature',
    'Madame, nous avons décidé de ne pas poursuivre avec votre candidature.',
  ],
  [
    'rejection',
    'Votre candidature',
    'Bonjour, nous avons décidé de ne pas aller plus loin avec ta candidature.',
  ],
  [
    'rejection',
    'Votre candidature',
    'Monsieur, je suis au regret de vous annoncer une réponse négative.',
  ],
  [
    'rejection',
    'Votre candidature',
    'Madame, nous ne sommes pas en mesure de retenir votre candidature.',
  ],
  [
    'rejection',
    'Votre candidature',
    "Bonjour Antoine, c'est une autre personne qui a été retenue pour le poste.",
  ],
  [
    'rejection',
    'Votre candidature',
    'Monsieur, nous ne pouvons pas vous proposer de poste pour le moment.',
  ],
  [
    'rejection',
    'Votre candidature',
    "Bonjour, ta candidature n'a pas été sélectionnée pour la suite du processus.",
  ],
  [
    'rejection',
    'Votre candidature',
    'Madame, nous vous informons que votre candidature a été déclinée.',
  ],
  [
    'rejection',
    'Votre candidature',
    "Bonjour, le recrutement est clôturé et votre candidature n'a pas été retenue.",
  ],
  [
    'not',
    'Entretien',
    "Bonjour, malheureusement il n'y a pas de parking sur place, merci de venir en transport en commun pour votre entretien.",
  ],
  [
    'not',
    'Votre candidature',
    "Bonjour, votre candidature est toujours en cours d'étude, nous ne manquerons pas de revenir vers vous.",
  ],
  [
    'not',
    'Bonne nouvelle',
    'Bonjour Julie, nous sommes heureux de vous annoncer que votre candidature a été retenue pour le poste !',
  ],
  [
    'not',
    'Documents manquants',
    "Bonjour, malheureusement votre dossier n'est pas complet. Pourriez-vous nous envoyer votre diplôme ?",
  ],
  [
    'not',
    'Accusé de réception',
    'Madame, nous accusons réception de votre candidature. Elle sera étudiée avec attention et nous reviendrons vers vous rapidement.',
  ],
  [
    'not',
    'Votre candidature',
    "Bonjour, merci pour ta candidature ! Faute de réponse de notre part sous trois semaines, considère que ta candidature n'a pas été retenue.",
  ],
  [
    'not',
    'Invitation à un entretien',
    'Bonjour Paul, votre profil nous intéresse et nous souhaiterions vous rencontrer. Êtes-vous disponible mardi ?',
  ],
  [
    'not',
    "Report de l'entretien",
    'Madame, malheureusement la responsable est malade, nous devons reporter votre entretien à la semaine prochaine.',
  ],
  [
    'not',
    "Proposition d'embauche",
    'Bonjour Léa, nous avons le plaisir de vous proposer le poste de chargée de projet. Vous trouverez ci-joint notre proposition.',
  ],
  [
    'not',
    'Test technique',
    'Bonjour Hugo, la prochaine étape est un test technique à réaliser en ligne avant vendredi.',
  ],
  [
    'not',
    'Nouvelles offres',
    'Nouvelles offres correspondant à votre alerte : Comptable – Lyon, Assistant comptable – Villeurbanne.',
  ],
  [
    'not',
    'Votre demande de prêt',
    "Madame, nous sommes au regret de vous informer que votre demande de prêt n'a pas été retenue.",
  ],
  [
    'not',
    'Dossier de location',
    "Bonjour, malheureusement le propriétaire a choisi un autre dossier pour l'appartement.",
  ],
  [
    'not',
    'Votre proposition de conférence',
    "Bonjour, nous avons le regret de vous informer que votre proposition n'a pas été retenue par le comité de programme.",
  ],
  [
    'not',
    'Information importante',
    "Madame, Monsieur, dans le cadre du plan de sauvegarde de l'emploi, votre poste est supprimé.",
  ],
  [
    'not',
    'Gel des recrutements',
    "Bonjour, suite au gel des recrutements, le processus est suspendu jusqu'à nouvel ordre.",
  ],
  [
    'not',
    'RE: Votre candidature',
    'Bonjour Madame, merci pour votre retour. Pourriez-vous me dire ce qui a manqué à ma candidature ?',
  ],
  [
    'not',
    'RE: Proposition',
    "Bonjour, je vous remercie pour votre offre, mais j'ai décidé de la décliner.",
  ],
  [
    'not',
    'Opportunité',
    "Bonjour, je me permets de vous contacter au sujet d'un poste qui pourrait vous intéresser.",
  ],
  [
    'not',
    'Élections',
    'Chers électeurs, malheureusement le débat est annulé. Votez pour nos candidats dimanche !',
  ],
  [
    'not',
    'Votre commande',
    "Malheureusement votre commande n'a pas pu être expédiée, le paiement a été refusé.",
  ],
];
