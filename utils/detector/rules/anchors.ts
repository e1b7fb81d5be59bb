// Phrases after which a role title or a company name follows. The matcher finds them while it
// reads, so extraction only has to read the few words after each one.
import { ruleSet, trait } from './types';

export const EN_ANCHORS = ruleSet('en', [
  trait('role-at', 'en.role-at', [
    '(position|post|role|vacancy|opening) (of|as|for)',
    '(application|applying|applied) (as a|as an|as|to be a|to be an|for the|for|for the position of|for the role of)',
    '(job|position|role|vacancy|application|opening|post):',
    'as a',
    'as an',
    're:',
    '(for|in|to|on) the (position|role|vacancy|post|opening)',
    '(job title|title|requisition|programme|program|vacancy title|ref|reference):',
  ]),
  // Weaker: read only when no firmer phrase names the role.
  trait('role-at', 'en.role-after', [
    '(applying for|applied for|application for|applying to|applied to|apply for) (the|a|an|our|)',
  ]),
  trait('role-before', 'en.role-before', [
    '(position|role|post|opening|vacancy|job|req|requisition)',
  ]),
  trait('company-at', 'en.company-at', [
    '(interest in|interested in|applying to|applied to|application to|apply to|position at|role at|opening at|vacancy at|career at|careers at|job at|working at|work at|joining|join|to join|update from|message from|news from|thanks from|all of us at|the team at|everyone at|here at|interviewing at|interviews at|interview at|time at|application with|interview with|process with|candidacy with|future with)',
    '(company|employer|organisation|organization):',
  ]),
]);

export const DE_ANCHORS = ruleSet('de', [
  trait('role-at', 'de.role-at', [
    '(bewerbung|bewerbungen|stelle|position|rolle|tatigkeit|einsatz) als',
    '(die|der|fur die|auf die|um die) (position|stelle|vakanz)',
    '(rolle|funktion) (der|des)',
    '(stelle|position|vakanz|job|rolle):',
    '(die|der|fur die|auf die|um die|zur) rolle',
    '(initiativbewerbung|ausbildungsplatz|posten|job|minijob|anstellung|einstellung|engagement|angebot|vertragsangebot|dich|sich|mich) als',
    '(ausbildung|umschulung) (zum|zur)',
    '(stellentitel|stellenbezeichnung|ausschreibung|stellenausschreibung|stellenangebot|bewerbung|jobtitel|funktion):',
  ]),
  // Weaker: read only when no firmer phrase names the role.
  trait('role-at', 'de.role-after', ['als', '(bewerbung|bewerbungen) fur']),
  trait('company-at', 'de.company-at', [
    '(bewerbung|bewerbungen|interesse|tatigkeit|karriere|einstieg|start|gesprach|gesprache|vorstellungsgesprach|arbeit) (bei|an|fur)',
    '(team|ihr team|dein team|das team) (von|der|des)',
    '(unternehmen|arbeitgeber|firma):',
  ]),
]);

export const FR_ANCHORS = ruleSet('fr', [
  trait('role-at', 'fr.role-at', [
    '(au|pour le|le|du|ce|un) poste de',
    "(au|pour le|le|du|ce|un) poste d'*",
    "(la place|le stage|la mission|l'emploi|l'alternance|le contrat) de",
    "(la place|le stage|la mission|l'emploi|l'alternance|le contrat) d'*",
    '(en qualite de|au poste)',
    '(candidature|emploi|fonction)(:| :)',
    '(en tant que|recrutions un|recrutions une|recrutons un|recrutons une|recherchons un|recherchons une|recherchions un|cherchions un)',
    "l'offre",
    '(offre|poste|intitule du poste)(:| :)',
  ]),
  trait('company-at', 'fr.company-at', [
    "(candidature|interet|carriere|entretien|parcours|aventure|equipe|recrutement) (chez|au sein de|au sein du|au sein d'|pour|de)",
    '(entreprise|employeur|societe)(:| :)',
  ]),
]);

export const ES_ANCHORS = ruleSet('es', [
  trait('role-at', 'es.role-at', [
    '(al|del|para el|el) (puesto|cargo) de',
    '(la|a la|de la|para la) (posicion|vacante|plaza) de',
    '(la|a la) (posicion|vacante)',
    '(oferta|puesto|vacante|cargo)(:| :)',
    '(el|al|del|para el) rol de',
    '(la|a la|de la|para la|esta) (busqueda|convocatoria|vacante|plaza|oferta|practica) (de|para)',
    '(proceso para|proceso de seleccion de|proceso de seleccion para|cerrar el proceso de)',
    '(postularte|postulaste|postulacion|postularse|aplicar|aplicaste|candidatura|inscripcion) (a|para)',
    '(contratacion|contratarte|contratarle) como',
    '(postulacion|convocatoria)(:| :)',
  ]),
  trait('company-at', 'es.company-at', [
    '(candidatura|interes|proceso|trabajar|puesto|carrera|entrevista|postulacion) (en|con|para)',
    '(empresa|compania|empleador)(:| :)',
  ]),
]);

export const NL_ANCHORS = ruleSet('nl', [
  trait('role-at', 'nl.role-at', [
    '(de|voor de|op de|naar de) (functie|vacature|rol) (van|als|)',
    '(sollicitatie|solliciteren|sollicitatie als) als',
    '(functie|vacature|rol)(:| :)',
    '(positie|plek|job|baan|aanstelling|dienstverband|kandidatuur|aanbod gedaan|dienst nemen|gesolliciteerd|open sollicitatie|binnengehaald) als',
    '(de|het|voor de|op de|over de) (positie|vacature|rol|functie) (van|voor)',
    '(sollicitatie|sollicitaties) (voor|op) (de|het|)',
    '(onze|uw|jullie) vacature',
  ]),
  trait('company-at', 'nl.company-at', [
    '(sollicitatie|interesse|kandidatuur|gesprek|werken|carriere|team) (bij|van|voor)',
    '(bedrijf|werkgever|organisatie)(:| :)',
  ]),
]);
