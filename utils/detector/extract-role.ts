/**
 * The role, from the phrases that introduce one ("for the X position", "als X",
 * "au poste de X", "al puesto de X", "de functie van X", "Position: X"), which the matcher has
 * already found, then from the subject ("Re: Data Analyst application", "Junior Animator -
 * thank you"), then from English "the X role" read backwards.
 */
import { isPlaceholder, startsUpper, tidy } from './lines';
import { ARTICLE, END_WORDS, fold, GENDER, MAX_CHARS, MAX_WORDS, readTitle } from './read-title';
import type { Signal } from './score';
import type { Lang } from './types';

const OPENING = 2500;
const MAX_ANCHORS = 40;

const STOP: Record<Lang, RegExp> = {
  en: /\s(at|with|on|for|and the|we|that|which|has|have|is|was|you|from|here|within|in our|in the)\s/i,
  de: /\s(bei|und|für|fur|ist|mit|im|in unserem|in unserer|zu|an|wurde|haben|nicht)\s/i,
  fr: /\s(chez|au sein|pour|qui|a été|dans|sur|que|nous|à|a|n'a|ne)\s/i,
  es: /\s(en|para|que|y|ha|con|de la empresa|sobre|no)\s/i,
  nl: /\s(bij|op|voor|is|die|in ons|in onze|en|met|hebben|niet)\s/i,
};

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

// A subject part that starts with the word for an application or a job names the role after
// it ("Bewerbung Staplerfahrer", "Vacature servicemonteur"); one that holds only that word and a
// reference number hands over to the next part ("Absage: X", "Ausschreibung Nr. 17 – X").
const SUBJECT_KEY =
  /^((re|aw|wg|fw|fwd|tr|rv|sv)\s*:\s*)*(ihre |deine |your |votre |ta |tu |su |je |uw )?(bewerbung|stelle|stellenausschreibung|ausschreibung|stellenbesetzungsverfahren|absage|application|vacancy|candidature|poste|candidatura|postulaci[oó]n|vacante|puesto|vacature|sollicitatie)( als| um| für| fur| for| au poste de| pour| para| a| voor)?(\s|$)/i;
const SUBJECT_REF = /(\b(nr|no|ref|réf|kennziffer|kennz|req|job ref)\b\.?|#?\S*\d\S*)/gi;
const COURTESY =
  /(update|outcome|result|status|decision|feedback|r[üu]ckmeldung|information|entscheidung|aufhebung|nachricht|annulation|r[ée]ponse|r[ée]sultat|retour|respuesta|resultado|actualizaci|terugkoppeling|stand van zaken|uitslag|bericht|thank|danke|merci|gracias|bedankt)/i;

function keyedSubject(subject: string, lang: Lang): string {
  let keyed = false;
  for (const part of subject.slice(0, 160).split(/\s[-–—|:]\s|:\s|\s\(/)) {
    const key = SUBJECT_KEY.exec(part);
    if (!key && !keyed) continue;
    const rest = key ? part.slice(key[0].length) : part;
    keyed = !/\p{L}{3}/u.test(rest.replace(SUBJECT_REF, ' '));
    const first = fold(rest.trim().split(/\s+/)[0] ?? '');
    if (keyed || COURTESY.test(rest) || Object.values(END_WORDS).some((w) => w.has(first)))
      continue;
    const role = readTitle(rest, lang);
    if (role) return role;
  }
  return '';
}

/** Subjects that name the role, alone or beside a courtesy ("Junior Animator - thank you"). */
function fromSubject(subject: string, lang: Lang): string {
  const keyed = keyedSubject(subject, lang);
  if (keyed) return keyed;
  for (const part of subject.slice(0, 160).split(/\s[-–—|:]\s|:\s|\s\(/)) {
    const s = part.replace(SUBJECT_NOISE, ' ').replace(/\s(interviews?|role|position)\b.*$/i, '');
    const role = cleanRole(s.trim(), lang);
    if (!role || role.split(' ').length > 6) continue;
    if (ROLE_WORD.test(role)) return role;
  }
  return '';
}

function after(text: string, at: number, lang: Lang): string {
  return readTitle(text.slice(at, at + 160), lang);
}

const isWeak = (s: Signal) => s.rule.id.endsWith('-after');

/** Body anchors in reading order; of two that overlap, the longer one says more. */
function fromAnchors(
  body: string,
  signals: readonly Signal[],
  lang: Lang,
  limit: number,
  weak: boolean,
): string {
  const anchors = signals.filter(
    (s) => s.rule.tag === 'role-at' && s.field === 'body' && s.end < limit,
  );
  anchors.sort((x, y) => x.start - y.start);
  // A mail that says "als" forty times is not naming a role in most of them.
  anchors.length = Math.min(anchors.length, MAX_ANCHORS);
  for (const s of anchors) {
    if (isWeak(s) !== weak) continue;
    if (anchors.some((t) => t !== s && t.start < s.end && t.end > s.end)) continue;
    const role = after(body, s.end, lang);
    if (role) return role;
  }
  return '';
}

export function extractRole(
  subject: string,
  body: string,
  lang: Lang,
  signals: readonly Signal[],
): string | null {
  const limit = Math.min(body.length, OPENING);
  const firm = fromAnchors(body, signals, lang, limit, false);
  if (firm) return firm;
  const subj = fromSubject(subject, lang);
  if (subj) return subj;
  const weak = fromAnchors(body, signals, lang, limit, true);
  if (weak) return weak;
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
