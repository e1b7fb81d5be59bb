/**
 * The layout of a body: where quoted history or the signature starts (reading stopped there,
 * see headers.ts), lines quoted with ">", footers (the sentence holding a footer marker to the
 * end of its line, or of its paragraph near the bottom) and a "-- " signature line. Works on the
 * layout hits the matcher found and one walk over line starts, in offsets of the original text.
 */
import {
  isSpace,
  lineBodyStart,
  lineEndOf,
  lineStartOf,
  SIGNATURE_LINE_CHARS,
  SIGNATURE_LINES,
  signatureEnd,
} from './headers';
import type { Hit, Matcher } from './matcher';

const SIGNATURE_ROOM = 500;
const FOOTER_REACH = 600;

export interface Layout {
  /** Where quoted history begins, or where reading ended. */
  cut: number;
  /** Where the signature begins (≤ cut). */
  sigStart: number;
  /** What opened the signature: a sign-off line, a "-- " line, a "Sent from…" marker. */
  sigKind: 'signoff' | 'dash' | 'marker' | null;
  /** Where the signature block ends (for reading names from it). */
  sigEnd: number;
  /** Sorted, non-overlapping [start, end) spans that are footer or ">"-quoted lines. */
  dead: Array<[number, number]>;
}

function footerStart(text: string, at: number): number {
  const ls = lineStartOf(text, at);
  // The last ". ", "! ", "? " or "| " on the line before `at`, walked back to the line start only.
  for (let k = Math.min(at, text.length - 1) - 1; k >= ls; k--) {
    const c = text.charCodeAt(k);
    if ((c === 0x2e || c === 0x21 || c === 0x3f || c === 0x7c) && text.charCodeAt(k + 1) === 0x20) {
      return k + 2;
    }
  }
  return ls;
}

function merge(spans: Array<[number, number]>): Array<[number, number]> {
  spans.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

function liveLength(from: number, to: number, dead: ReadonlyArray<[number, number]>): number {
  let n = Math.max(0, to - from);
  for (const [a, b] of dead) {
    const lo = Math.max(a, from);
    const hi = Math.min(b, to);
    if (hi > lo) n -= hi - lo;
  }
  return n;
}

/**
 * What follows a sign-off must read like a signature: a few short lines (names, titles,
 * addresses), not sentences. "Thanks!" above the actual message is a greeting, not a sign-off.
 */
function looksLikeSignature(
  text: string,
  from: number,
  to: number,
  dead: ReadonlyArray<[number, number]>,
): boolean {
  let lines = 0;
  let d = 0;
  for (let ls = from + 1; ls < to;) {
    const le = Math.min(lineEndOf(text, ls), to);
    while (d < dead.length && dead[d][1] < le) d++;
    const isDead = d < dead.length && dead[d][0] <= ls;
    // The line's text without its blanks at either end, counted in place.
    let a = ls;
    let b = le;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a && !isDead) {
      lines++;
      if (lines > SIGNATURE_LINES || b - a > SIGNATURE_LINE_CHARS) return false;
      let words = 1;
      for (let i = a; i < b; i++) if (text.charCodeAt(i) === 0x20) words++;
      const last = text.charCodeAt(b - 1);
      if (words > 6 && (last === 0x2e || last === 0x21 || last === 0x3f)) return false;
    }
    ls = le + 1;
  }
  return true;
}

/** A line that is only a dash or two: the classic "-- " signature delimiter. */
function isDashLine(text: string, ls: number, le: number): boolean {
  const line = text.slice(ls, le).trim();
  return line === '--' || line === '-' || line === '—' || line === '–' || line === '---';
}

export function readLayout(
  text: string,
  hits: readonly Hit[],
  m: Matcher,
  cut: number,
  stopRule = -1,
): Layout {
  const dead: Array<[number, number]> = [];
  // One walk over the lines up to the cut: ">" quoted lines, and the first "-- " line; skipped
  // when neither a ">" nor a dash line appears at all.
  let dashAt = cut;
  const head = text.length > cut ? text.slice(0, cut) : text;
  const walk =
    head.includes('>') || head.includes('\n-') || head.includes('\n—') || head.includes('\n–');
  for (let ls = 0; walk && ls < cut;) {
    const le = Math.min(lineEndOf(text, ls), cut);
    const body = lineBodyStart(text, le);
    if (body < le && text.charCodeAt(body) === 0x3e) dead.push([ls, le]);
    else if (dashAt === cut && ls > 0 && isDashLine(text, ls, le)) dashAt = ls;
    ls = le + 1;
  }
  for (const h of hits) {
    const rule = m.rules[h.rule];
    if (rule.kind !== 'struct' || rule.tag !== 'footer' || h.start >= cut) continue;
    // The footer's own line; near the bottom, the rest of its paragraph too (a disclaimer
    // wraps). A notice at the top ("this is an automated message") must not swallow the mail.
    const lineEnd = Math.min(lineEndOf(text, h.end), cut);
    let end = text.indexOf('\n\n', h.end);
    if (end < 0 || end > cut) end = cut;
    const start = footerStart(text, h.start);
    const nearBottom = cut - lineEnd <= FOOTER_REACH && start > cut / 2;
    dead.push([start, nearBottom ? end : lineEnd]);
  }
  const merged = merge(dead);

  let sigStart = cut;
  let sigKind: Layout['sigKind'] = null;
  const stopTag = stopRule >= 0 ? m.rules[stopRule].tag : '';
  // Reading stopped at the signature: it starts at the cut.
  if (stopTag === 'signoff' || stopTag === 'sig') {
    sigKind = stopTag === 'signoff' ? 'signoff' : 'marker';
  }
  for (const h of hits) {
    if (sigKind) break;
    const rule = m.rules[h.rule];
    if (rule.kind !== 'struct' || h.start >= sigStart) continue;
    if (rule.tag !== 'signoff' && rule.tag !== 'sig') continue;
    const ls = lineStartOf(text, h.start);
    if (lineBodyStart(text, h.start) !== h.start || ls === 0) continue;
    const le = lineEndOf(text, h.end);
    if (rule.tag === 'signoff') {
      const rest = text.slice(h.end, Math.min(le, h.end + 80)).trim();
      if (rest !== '' && !/^[,.!:;-]/.test(rest)) continue;
      if (liveLength(le, cut, merged) > SIGNATURE_ROOM) continue;
      if (!looksLikeSignature(text, le, cut, merged)) continue;
    }
    sigStart = ls;
    sigKind = rule.tag === 'signoff' ? 'signoff' : 'marker';
  }
  if (dashAt < sigStart) {
    sigStart = dashAt;
    sigKind = 'dash';
  }
  const sigEnd = sigStart < cut || !sigKind ? cut : signatureEnd(text, sigStart);
  return { cut, sigStart, sigKind, sigEnd, dead: merged };
}

/** True when a hit lies in the part of the body that may decide. */
export function isLive(layout: Layout, h: Hit): boolean {
  if (h.end > layout.sigStart || h.start >= layout.cut) return false;
  for (const [a, b] of layout.dead) {
    if (a >= h.end) break;
    if (h.start < b && h.end > a) return false;
  }
  return true;
}
