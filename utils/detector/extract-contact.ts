/**
 * Who signed: the first name-shaped line after the sign-off ("Kind regards,\nTamsin
 * Fairweather"), the name on the sign-off line itself ("Thanks, Mike"), or, with no sign-off,
 * a short line near the end that matches the sender's own name ("Corin" above "Sent from my
 * phone"). Team signatures ("HR Department") are not people.
 */
import { lastLines, letters, linesBetween, startsUpper, type Line } from './lines';

const PARTICLES = /^(van|von|de|der|den|du|da|di|del|la|le|ter|ten|y|e|zu|dos|das)$/i;
const HONORIFICS =
  /^(dr\.?|prof\.?|mr\.?|mrs\.?|ms\.?|miss|lic\.?|ing\.?|dra\.?|mme\.?|mlle\.?|m\.|herr|frau|sr\.?|sra\.?|dhr\.?|mevr\.?|i\.\s?a\.|i\.a\.|ppa\.?|p\.p\.?)\s+/i;
const NOT_A_PERSON =
  /\b(team|teams|recruiting|recruitment|recruiter|department|hr|rh|rrhh|p&o|talent|careers?|people|hiring|personal|personalabteilung|personalservice|equipo|équipe|equipe|l'équipe|service|services|group|groupe|grupo|studio|inc|ltd|gmbh|ag|bv|b\.v\.|sa|sas|llp|llc|office|university|school|council|committee|commission|administration|direction|dirección|directie|management|partners?|consulting|portal|noreply|no-reply|support|crew|familie|family|volunteers|the|das|die|der|le|la|el|het)\b/i;

function nameFrom(raw: string): string {
  let s = raw
    .trim()
    .replace(/^[-–—~*]+\s*/, '')
    .replace(/[,;.!]+$/, '');
  for (let k = 0; k < 2; k++) s = s.replace(HONORIFICS, '');
  s = s.trim();
  if (!s || s.length > 40 || /[\d@|:/()[\]{}]/.test(s)) return '';
  const words = s.split(/\s+/);
  if (words.length > 4) return '';
  if (!startsUpper(words[0])) return '';
  for (const w of words) {
    if (!startsUpper(w) && !PARTICLES.test(w)) return '';
    if (w.length > 20) return '';
  }
  if (NOT_A_PERSON.test(s)) return '';
  return s;
}

export interface ContactInput {
  body: string;
  fromName: string;
  /** Original-text index where the signature begins (a sign-off line), or `end`. */
  sigStart: number;
  /** Original-text index where quoted history begins. */
  end: number;
  company: string | null;
}

function isCompanyLine(text: string, company: string | null): boolean {
  if (!company) return false;
  const a = letters(text);
  const b = letters(company);
  return a.length > 2 && (a.includes(b) || b.includes(a));
}

function matchesSender(name: string, fromName: string): boolean {
  const senderWords = fromName
    .split(/\s+/)
    .map(letters)
    .filter((w) => w.length > 1);
  return name.split(/\s+/).some((w) => senderWords.includes(letters(w)));
}

export function extractContact(input: ContactInput): string | null {
  const { body, sigStart, end, fromName, company } = input;
  if (sigStart < end) {
    const lines = linesBetween(body, sigStart, end, 6);
    const signoff = lines[0];
    if (signoff) {
      const comma = signoff.text.indexOf(',');
      if (comma > 0) {
        const onLine = nameFrom(signoff.text.slice(comma + 1));
        if (onLine && !isCompanyLine(onLine, company)) return onLine;
      }
    }
    for (const line of lines.slice(1, 4)) {
      const name = nameFrom(line.text);
      if (name && !isCompanyLine(name, company)) return name;
    }
    return null;
  }
  // No sign-off: only a short closing line that the sender's own name confirms.
  const tail: Line[] = lastLines(body, end, 5);
  for (const line of tail) {
    const name = nameFrom(line.text);
    if (name && matchesSender(name, fromName) && !isCompanyLine(name, company)) return name;
  }
  return null;
}
