/**
 * Where the part of a mail that cannot decide begins: reply and forward headers in five
 * languages ("On … wrote:", "Am … schrieb", "Le … a écrit :", "El … escribió:", "Op … schreef",
 * "-----Original Message-----", a "From:" line with header lines under it) and sign-offs that
 * open a signature. The matcher asks at each candidate and stops reading at the first yes.
 */
import type { Hit, Matcher } from './matcher';
import type { QuoteCheck } from './scan';

export const SIGNATURE_LINES = 8;
export const SIGNATURE_LINE_CHARS = 70;
const INTRO_WORDS = ['on ', 'am ', 'le ', 'el ', 'op ', 'il ', 'em ', 'den '];
const HEADER_WORDS = [
  'sent:',
  'date:',
  'to:',
  'cc:',
  'subject:',
  'gesendet:',
  'datum:',
  'an:',
  'betreff:',
  'envoyé :',
  'envoyé:',
  'objet :',
  'objet:',
  'à :',
  'enviado:',
  'enviado el:',
  'fecha:',
  'para:',
  'asunto:',
  'verzonden:',
  'aan:',
  'onderwerp:',
  'verstuurd:',
];
const FROM_HEADER_REACH = 400;

export function lineStartOf(text: string, at: number): number {
  return at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}

export function lineEndOf(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/** First non-blank position of the line that contains `at`. */
export function lineBodyStart(text: string, at: number): number {
  let i = lineStartOf(text, at);
  while (i < at) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xa0) break;
    i++;
  }
  return i;
}

function startsWithIntro(text: string, lineStart: number): boolean {
  const head = text
    .slice(lineStart, lineStart + 8)
    .trimStart()
    .toLowerCase();
  for (const w of INTRO_WORDS) if (head.startsWith(w)) return true;
  return false;
}

/** Where a reply header "On … wrote:" (any language) puts the cut, or -1 when it is not one. */
function wroteCut(text: string, h: Hit): number {
  const ls = lineStartOf(text, h.start);
  const le = lineEndOf(text, h.end);
  const rest = text.slice(h.end, Math.min(le, h.end + 200)).trim();
  const endsHeader = rest === '' || rest.endsWith(':');
  // "Op 3 mei schreef u ons…" is a sentence; a reply header ends its line with a colon.
  if (startsWithIntro(text, ls) && endsHeader) return ls;
  if (ls > 0) {
    const prev = lineStartOf(text, ls - 1);
    if (ls - prev < 160 && startsWithIntro(text, prev) && endsHeader) return prev;
  }
  if (endsHeader && text.charCodeAt(h.end - 1) === 0x3a && le - ls < 200) return ls;
  return -1;
}

/** Only blanks between the start of its line and `at` (checked backwards, so it stays cheap). */
function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xa0) return false;
  }
  return true;
}

/** A "From:" line opens quoted mail only when header lines ("Sent:", "Betreff:") follow. */
function fromCut(text: string, h: Hit): number {
  if (!startsLine(text, h.start)) return -1;
  const ls = lineStartOf(text, h.start);
  let at = lineEndOf(text, h.end) + 1;
  for (let k = 0; k < 4 && at < text.length && at - h.start < FROM_HEADER_REACH; k++) {
    const head = text
      .slice(at, at + 14)
      .trimStart()
      .toLowerCase();
    if (HEADER_WORDS.some((w) => head.startsWith(w))) return ls;
    at = lineEndOf(text, at) + 1;
  }
  return -1;
}

const LOWER_OK = /^(at|of|and|und|y|et|en|de|del|van|von|der|den|la|le|i\.|a\.|&|-|–|\||·)$/i;

/** What `\s` matches, tested on one code unit. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const startsLower = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0xff);

/**
 * Reads like a signature line (a name, a title, an address), not like a sentence. Walked char
 * by char: every sign-off asks this of each line below it, so it allocates only for the
 * lower-case words it must look up.
 */
function signatureLine(line: string): boolean {
  if (line.length > SIGNATURE_LINE_CHARS) return false;
  let words = 0;
  let lower = 0;
  for (let i = 0; i < line.length;) {
    while (i < line.length && isSpace(line.charCodeAt(i))) i++;
    if (i >= line.length) break;
    const start = i;
    while (i < line.length && !isSpace(line.charCodeAt(i))) i++;
    words++;
    if (startsLower(line.charCodeAt(start)) && !LOWER_OK.test(line.slice(start, i))) lower++;
  }
  const last = line.charCodeAt(line.length - 1);
  if (words >= 4 && (last === 0x2e || last === 0x21 || last === 0x3f)) return false;
  return lower < 3;
}

/**
 * A sign-off opens the signature when it starts its line, stands alone or with a name
 * ("Best,", "Thanks, Mike"), and what follows reads like a signature until a blank-line gap,
 * a quoted header or a footer. "Thanks!" above the real message is a greeting.
 */
function signoffCut(text: string, h: Hit, isMarker: boolean): number {
  if (!startsLine(text, h.start)) return -1;
  const ls = lineStartOf(text, h.start);
  if (ls === 0) return -1;
  if (isMarker) return ls;
  let le = lineEndOf(text, h.end);
  const rest = text.slice(h.end, Math.min(le, h.end + 80)).trim();
  if (rest !== '' && !/^[,.!:;-]/.test(rest)) return -1;
  let lines = 0;
  for (let at = le + 1; at < text.length && lines < SIGNATURE_LINES; at = le + 1) {
    le = lineEndOf(text, at);
    const line = text.slice(at, Math.min(le, at + 200)).trim();
    if (!line) {
      if (lines > 0) break;
      continue;
    }
    if (line.startsWith('>') || /wrote:|schrieb|a écrit|escribió|schreef|-----/i.test(line)) break;
    if (!signatureLine(line)) return -1;
    lines++;
  }
  return ls;
}

/** End of the signature block that starts at `from`: a blank-line gap, a header, or 10 lines. */
export function signatureEnd(text: string, from: number): number {
  let le = lineEndOf(text, from);
  let lines = 0;
  for (let at = le + 1; at < text.length && lines < 10; at = le + 1) {
    le = lineEndOf(text, at);
    const line = text.slice(at, Math.min(le, at + 200)).trim();
    if (!line) {
      if (lines > 0) return at;
      continue;
    }
    if (line.startsWith('>') || /wrote:|schrieb|a écrit|escribió|schreef|-----/i.test(line))
      return at;
    lines++;
  }
  return Math.min(le, text.length);
}

/** The check the matcher calls on a possible reply header, forward header or sign-off. */
export function quoteCheck(m: Matcher, text: string): QuoteCheck {
  return (h) => {
    const tag = m.rules[h.rule].tag;
    if (tag === 'wrote') return wroteCut(text, h);
    if (tag === 'from') return fromCut(text, h);
    if (tag === 'signoff' || tag === 'sig') return signoffCut(text, h, tag === 'sig');
    // "-----Original Message-----": the marker is (nearly) the whole line.
    const ls = lineBodyStart(text, h.start);
    const le = lineEndOf(text, h.end);
    return le - ls < h.end - h.start + 24 ? lineStartOf(text, h.start) : -1;
  };
}
