/**
 * The role, from the phrases that introduce one ("for the X position", "als X",
 * "au poste de X", "al puesto de X", "de functie van X", "Position: X"), which the matcher has
 * already found, then from the subject ("Re: Data Analyst application", "Junior Animator -
 * thank you"), then from English "the X role" read backwards.
 */
import { isPlaceholder, startsUpper, tidy } from './lines';
import type { Signal } from './score';
import type { Lang } from './types';

const MAX_WORDS = 8;
const MAX_CHARS = 70;
const OPENING = 2500;

const STOP: Record<Lang, RegExp> = {
  en: /\s(at|with|on|for|and the|we|that|which|has|have|is|was|you|from|here|within|in our|in the)\s/i,
  de: /\s(bei|und|für|fur|ist|mit|im|in unserem|in unserer|zu|an|wurde|haben|nicht)\s/i,
  fr: /\s(chez|au sein|pour|qui|a été|dans|sur|que|nous|à|a|n'a|ne)\s/i,
  es: /\s(en|para|que|y|ha|con|de la empresa|sobre|no)\s/i,
  nl: /\s(bij|op|voor|is|die|in ons|in onze|en|met|hebben|niet)\s/i,
};

const GENDER =
  /\s*\(?\b(m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|m\/w\/x|h\/f|f\/h|m\/v\/x|m\/v|w\/m)\b\)?\s*$/i;
const ARTICLE = /^(the|a|an|this|our|your|die|der|das|le|la|les|el|los|las|de|het|een|un|une)$/i;

function cleanRole(raw: string, lang: Lang): string {
  let s = ` ${raw.replace(/\s+/g, ' ')} `.replace(/^ (the|a|an) /i, ' ');
  const stop = STOP[lang].exec(s);
  if (stop) s = s.slice(0, stop.index);
  s = s.trim();
  for (const d of [
    '(',
    ' – ',
    ' — ',
    ' | ',
    '.',
    ',',
    ';',
    '!',
    '?',
    '"',
    '»',
    '“',
    '”',
    '\n',
    ':',
  ]) {
    const k = s.indexOf(d);
    if (k > 0) s = s.slice(0, k);
  }
  // "Product Designer position": the title, not the word for a job after it.
  s = tidy(s.replace(GENDER, '').replace(/\s+(position|role|job|vacancy|opening|post)\s*$/i, ''));
  const words = s.split(' ');
  if (words.length > MAX_WORDS) s = words.slice(0, MAX_WORDS).join(' ');
  if (s.length > MAX_CHARS || s.length < 2 || isPlaceholder(s) || ARTICLE.test(s)) return '';
  return s;
}

/** English "the Senior Data Engineer position": the capitalised words before the noun. */
function backward(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 80), at).split(/\s+/);
  const words: string[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i];
    if (!w) continue;
    if (/[.,;:!?]$/.test(w) && words.length) break;
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
  return cleanRole(words.join(' ').replace(/^(The|A|An|This|Our|Your)\s+/, ''), 'en');
}

const SUBJECT_NOISE =
  /\b(re|aw|wg|fw|fwd|tr|rv|sv|regarding|your|ihre|deine|votre|ta|tu|su|je|uw|an update on|update on|update|status|application|applications|bewerbung|candidature|candidatura|sollicitatie|postulación|poste de|poste|stelle|vacante de|vacante|vacature|puesto de|for|als|pour|para|voor|to|on|thank you|thanks|absage|postulation|recrutement|stellenausschreibung|demande de)\b\s*:?/gi;

const ROLE_WORD =
  /(engineer|developer|manager|analyst|designer|assistant|coordinator|specialist|rep|representative|consultant|officer|associate|lead|director|intern|nurse|teacher|technician|administrator|accountant|scientist|researcher|architect|programmer|writer|editor|chef|driver|clerk|advisor|adviser|planner|supervisor|operator|head of|fellow|animator|conductor|paralegal|bookkeeper|pharmacist|receptionist|leiter|leitung|referent|berater|entwickler|ingenieur|sachbearbeiter|assistenz|kaufmann|kauffrau|techniker|disponent|konstrukteur|chargé|charge|responsable|directeur|technicien|conseiller|développeur|analyste|infirmi|agent|gestionnaire|comptable|ingénieur|técnico|tecnico|administrativo|diseñador|jefe|gerente|coordinador|ingeniero|abogad|analista|reponedor|werkvoorbereider|analist|coördinator|behandelaar|verpleegkundige|adviseur|teamlead|controller|projectleider|medewerker|trainee|solicitor|apprentice|lecturer|professor|professur|stylist|barista|trainer|cashier|waiter|waitress|werkstudent|praktikum|dachdecker|lagerist|verkäufer|verkaufer|koch|meister|serveur|serveuse|rédacteur|redacteur|éducat|educat|alternance|stagiaire|prácticas|practicas|dependient|camarer|investigador|bezorger|chauffeur|kok|stagiair)/i;

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

function after(text: string, at: number, lang: Lang): string {
  const role = cleanRole(text.slice(at, at + 120).replace(/^[\s"'«“„:]+/, ''), lang);
  return role && (lang !== 'en' || startsUpper(role)) ? role : '';
}

export function extractRole(
  subject: string,
  body: string,
  lang: Lang,
  signals: readonly Signal[],
): string | null {
  const limit = Math.min(body.length, OPENING);
  for (const s of signals) {
    if (s.rule.tag !== 'role-at' || s.field !== 'body' || s.end >= limit) continue;
    const role = after(body, s.end, lang);
    if (role) return role;
  }
  const subj = fromSubject(subject, lang);
  if (subj) return subj;
  for (const s of signals) {
    if (s.rule.tag !== 'role-before' || s.field !== 'body' || s.start >= limit) continue;
    const role = backward(body, s.start);
    if (role) return role;
  }
  for (const s of signals) {
    if (s.field !== 'subject') continue;
    const role =
      s.rule.tag === 'role-at'
        ? after(subject, s.end, lang)
        : s.rule.tag === 'role-before'
          ? backward(subject, s.start)
          : '';
    if (role) return role;
  }
  return null;
}
