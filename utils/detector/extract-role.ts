/**
 * The role, from the phrases that introduce one ("for the X position", "als X",
 * "au poste de X", "al puesto de X", "de functie van X", "Position: X") in the opening of the
 * body, then from the subject ("Re: Data Analyst application", "Junior Animator - thank you").
 */
import { isPlaceholder, startsUpper, tidy } from './lines';
import type { Lang } from './types';

const OPENING = 2500;
const MAX_WORDS = 8;
const MAX_CHARS = 70;

/** Phrases after which a role title follows. Lower case; matched on the lower-cased text. */
const FORWARD: Record<Lang, string[]> = {
  en: [
    'position of ',
    'post of ',
    'role of ',
    'position as ',
    'role as ',
    'application as ',
    'applying to be a ',
    'applying to be an ',
    'applying for the position of ',
    'job: ',
    'position: ',
    'role: ',
    'application: ',
    'vacancy: ',
    'application for ',
    'applying for the ',
    'applying for ',
    'applied for the ',
    ' as a ',
    ' as an ',
    '\nre: ',
  ],
  de: [
    'bewerbung als ',
    'stelle als ',
    'position als ',
    'rolle als ',
    'die position ',
    'der position ',
    'die stelle ',
    'rolle der ',
    'rolle des ',
    'stelle: ',
    'position: ',
    'vakanz: ',
    'job: ',
  ],
  fr: [
    "au poste d'",
    'au poste de ',
    "pour le poste d'",
    'pour le poste de ',
    "le poste d'",
    'le poste de ',
    'en tant que ',
    'offre : ',
    'offre: ',
    'poste : ',
    'poste: ',
    "l'offre « ",
    'l\'offre "',
    'recrutions un ',
    'recrutions une ',
    'recrutons un ',
    'recrutons une ',
    'recherchons un ',
    'recherchions un ',
    'cherchions un ',
  ],
  es: [
    'al puesto de ',
    'para el puesto de ',
    'el puesto de ',
    'la posición ',
    'la posicion ',
    'la vacante de ',
    'el cargo de ',
    'oferta: ',
    'puesto: ',
    'vacante: ',
  ],
  nl: [
    'de functie van ',
    'de functie ',
    'de vacature van ',
    'de vacature ',
    'de rol van ',
    'functie: ',
    'vacature: ',
    'sollicitatie als ',
  ],
};

/** Nouns after which "the X <noun>" names a role (English word order). */
const ROLE_NOUNS = [' position', ' role', ' post', ' opening', ' vacancy', ' job'];

const STOP: Record<Lang, RegExp> = {
  en: /\s(at|with|on|for|and the|we|that|which|has|have|is|was|you|from|here|within)\s/i,
  de: /\s(bei|und|für|fur|ist|mit|im|in unserem|in unserer|zu|an|wurde|haben)\s/i,
  fr: /\s(chez|au sein|pour|qui|a été|dans|sur|que|nous|à|a)\s/i,
  es: /\s(en|para|que|y|ha|con|de la empresa|sobre)\s/i,
  nl: /\s(bij|op|voor|is|die|in ons|in onze|en|met|hebben)\s/i,
};

const GENDER =
  /\s*\(?\b(m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|m\/w\/x|h\/f|f\/h|m\/v\/x|m\/v|w\/m)\b\)?\s*$/i;

function cleanRole(raw: string, lang: Lang): string {
  let s = raw.replace(/\s+/g, ' ');
  const stop = STOP[lang].exec(` ${s} `);
  if (stop) s = ` ${s} `.slice(0, stop.index).trim();
  for (const d of ['(', ' – ', ' — ', ' | ', '.', ',', ';', '!', '?', '"', '»', '“', '”', '\n']) {
    const k = s.indexOf(d);
    if (k > 0) s = s.slice(0, k);
  }
  s = tidy(s.replace(GENDER, ''));
  const words = s.split(' ');
  if (words.length > MAX_WORDS) s = words.slice(0, MAX_WORDS).join(' ');
  if (s.length > MAX_CHARS || s.length < 2 || isPlaceholder(s)) return '';
  if (/^(the|a|an|this|our|your|die|der|das|le|la|les|el|los|las|de|het|een)$/i.test(s)) return '';
  return s;
}

function forward(text: string, lower: string, lang: Lang): string {
  for (const anchor of FORWARD[lang]) {
    const at = lower.indexOf(anchor);
    if (at < 0) continue;
    const role = cleanRole(text.slice(at + anchor.length, at + anchor.length + 120), lang);
    if (role && (lang !== 'en' || startsUpper(role))) return role;
  }
  return '';
}

/** English "the Senior Data Engineer position": the capitalised words before the noun. */
function backward(text: string, lower: string): string {
  for (const noun of ROLE_NOUNS) {
    let at = lower.indexOf(noun);
    for (let k = 0; at >= 0 && k < 6; k++) {
      const before = text.slice(Math.max(0, at - 80), at).split(/\s+/);
      const words: string[] = [];
      for (let i = before.length - 1; i >= 0; i--) {
        const w = before[i];
        if (!w || /[.,;:!?]$/.test(w)) break;
        if (w.endsWith(')')) {
          // A parenthesised part of the title: "Travel Consultant (German speaking)".
          let j = i;
          while (j > 0 && !before[j].startsWith('(') && i - j < 4) j--;
          if (!before[j].startsWith('(')) break;
          words.unshift(...before.slice(j, i + 1));
          i = j;
          continue;
        }
        if (startsUpper(w) || /^(of|in|and|&|-|\d+|II|III|IV)$/.test(w)) words.unshift(w);
        else break;
      }
      while (words.length && /^(of|in|and|&|-)$/.test(words[0])) words.shift();
      const role = words.join(' ');
      if (role && !/^(The|A|An|This|Our|Your)$/.test(role)) {
        const cleaned = cleanRole(role.replace(/^(The|A|An|This|Our|Your)\s+/, ''), 'en');
        if (cleaned) return cleaned;
      }
      at = lower.indexOf(noun, at + noun.length);
    }
  }
  return '';
}

const SUBJECT_NOISE =
  /\b(re|aw|wg|fw|fwd|tr|rv|sv|regarding|your|ihre|deine|votre|ta|tu|su|je|uw|an update on|update on|update|status|application|applications|bewerbung|candidature|candidatura|sollicitatie|postulación|poste de|poste|stelle|vacante de|vacante|vacature|puesto de|for|als|pour|para|voor|to|on|thank you|thanks)\b\s*:?/gi;

/** Subjects that name the role, alone or beside a courtesy ("Junior Animator - thank you"). */
function fromSubject(subject: string, lang: Lang): string {
  for (const part of subject.slice(0, 160).split(/\s[-–—|:]\s|:\s|\s\(/)) {
    const s = part.replace(SUBJECT_NOISE, ' ').replace(/\s(interviews?|role|position)\b.*$/i, '');
    const role = cleanRole(s.trim(), lang);
    if (!role || role.split(' ').length > 6) continue;
    if (ROLE_WORD.test(role)) return role;
  }
  return '';
}

const ROLE_WORD =
  /(engineer|developer|manager|analyst|designer|assistant|coordinator|specialist|rep|representative|consultant|officer|associate|lead|director|intern|nurse|teacher|technician|administrator|accountant|scientist|researcher|architect|programmer|writer|editor|chef|driver|clerk|advisor|adviser|planner|supervisor|operator|head of|fellow|animator|conductor|paralegal|bookkeeper|pharmacist|receptionist|leiter|leitung|referent|berater|entwickler|ingenieur|sachbearbeiter|assistenz|kaufmann|kauffrau|techniker|disponent|konstrukteur|director|chargé|charge|responsable|directeur|technicien|conseiller|développeur|analyste|infirmi|agent|gestionnaire|comptable|ingénieur|técnico|tecnico|administrativo|diseñador|jefe|gerente|coordinador|ingeniero|abogad|analista|reponedor|werkvoorbereider|analist|coördinator|behandelaar|verpleegkundige|adviseur|teamlead|controller|projectleider|medewerker|researcher)/i;

export function extractRole(subject: string, body: string, lang: Lang): string | null {
  const text = body.slice(0, OPENING);
  const lower = text.toLowerCase();
  // Lower-casing can change length for a few scripts; then offsets would drift, so skip.
  const sameLength = lower.length === text.length;
  if (sameLength) {
    const found =
      forward(text, lower, lang) || (lang !== 'en' ? forward(text, lower, 'en') : '') || '';
    if (found) return found;
  }
  const subj = fromSubject(subject, lang);
  if (subj) return subj;
  if (sameLength) {
    const back = backward(text, lower);
    if (back) return back;
    const subjLower = subject.toLowerCase();
    if (subjLower.length === subject.length) {
      const inSubject = forward(subject, subjLower, lang) || backward(subject, subjLower);
      if (inSubject) return inSubject;
    }
  }
  return null;
}
