// Markers of the parts of an email that must never decide a verdict: quoted history, forwarded
// mail, footers and signatures. Checked for their place in the line by layout.ts.
import { ruleSet, struct } from './types';

export const LAYOUT = ruleSet('any', [
  // "On Tue, … wrote:" and its siblings; validated against the start of the line.
  struct('wrote', 'layout.wrote', [
    'wrote:',
    'wrote :',
    'a ecrit:',
    'a ecrit :',
    'escribio:',
    'escribio :',
    'schrieb',
    'schreef',
    'ha scritto:',
    'escreveu:',
  ]),
  struct('orig', 'layout.original', [
    "(original message|forwarded message|begin forwarded message|ursprungliche nachricht|urspr nachricht|weitergeleitete nachricht|message d'origine|message transfere|message original|mensaje original|mensaje reenviado|oorspronkelijk bericht|doorgestuurd bericht|doorgestuurde bericht)",
  ]),
  struct('from', 'layout.from', ['from:', 'von:', 'de:', 'de :', 'van:', 'from :']),
  struct('header', 'layout.header', [
    '(sent|date|to|cc|subject|gesendet|datum|an|betreff|envoye|objet|a|enviado|fecha|para|asunto|verzonden|datum|aan|onderwerp|verstuurd)( |):',
  ]),
  struct('footer', 'layout.footer', [
    '(unsubscribe|unsubscribing|privacy policy|privacy notice|privacy statement|all rights reserved|email preferences|view in browser|view this email in your browser)',
    '(this|the) (email|e-mail|message|communication) (and any attachments |and any files transmitted with it |)(is|are|was|has been|contains|may contain) (confidential|sent|intended|generated|automatically)',
    'manage your (notification|email|e-mail|subscription|alert) (settings|preferences)',
    "(you are|you're) receiving this",
    'you received this (email|e-mail|message)',
    'if you (have |)received this (email|e-mail|message) (in error|by mistake)',
    "(do not|don't|please do not) reply to this",
    'this is an (automated|automatic|auto-generated|automatically generated) (message|notification|email|e-mail)',
    'powered by',
    '(datenschutz*|abmelden|abbestellen|impressum|handelsregister|amtsgericht|registergericht|ust-idnr|ust-id|geschaftsfuhrer:|geschaftsfuhrung:|sitz der gesellschaft|antworten sie nicht auf diese)',
    'automatisch (erzeugte|erstellte|generierte|versandte|versendete)',
    '(se desinscrire|se desabonner|desabonner|desinscription|politique de confidentialite|donnees personnelles|mentions legales|ne pas repondre|message automatique|genere automatiquement|envoye automatiquement|ne repondez pas)',
    '(darse de baja|darte de baja|cancelar suscripcion|cancelar la suscripcion|politica de privacidad|aviso legal|proteccion de datos|no responda|no respondas|mensaje automatico|generado automaticamente)',
    '(afmelden|uitschrijven|privacyverklaring|privacybeleid|privacy statement|kvk|niet beantwoorden|reageer niet)',
    'automatisch (gegenereerd|verzonden|verstuurd)',
  ]),
  struct('sig', 'layout.sent-from', [
    '(sent from my|sent from outlook|get outlook for|gesendet von meinem|von meinem iphone gesendet|envoye de mon|envoye depuis mon|enviado desde mi|verzonden vanaf mijn|verstuurd vanaf mijn|verzonden met)',
  ]),
  // Sign-offs open the signature; only counted when they start a short line.
  struct('signoff', 'layout.signoff', [
    '(best regards|kind regards|warm regards|warmest regards|regards|best wishes|all the best|with best wishes|best|cheers|thanks|many thanks|thank you|sincerely|yours sincerely|yours faithfully|yours truly|respectfully|take care|warmly|speak soon|talk soon|with thanks)',
    '(mit freundlichen grussen|freundliche grusse|freundlichen grussen|viele grusse|beste grusse|liebe grusse|herzliche grusse|schone grusse|gruss|grusse|mfg|lg|vg|herzlichst|beste wunsche|mit besten grussen|alles gute)',
    "(cordialement|bien cordialement|tres cordialement|bien a vous|salutations|sinceres salutations|meilleures salutations|a bientot|belle journee|bonne journee|amicalement|je vous prie d'agreer|veuillez agreer)",
    '(saludos|un saludo|un cordial saludo|saludos cordiales|atentamente|cordialmente|un abrazo|muchas gracias|reciba un cordial saludo|recibe un cordial saludo|quedamos a su disposicion)',
    '(met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|vriendelijke groeten|hartelijke groet|hartelijke groeten|groetjes|groet|groeten|met hartelijke groet|met groet)',
  ]),
]);
