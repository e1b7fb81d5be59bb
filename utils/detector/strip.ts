/**
 * Finds the parts of a body that must not decide a verdict: quoted history (everything from the
 * first reply or forward header on), lines quoted with ">", footers (from the sentence holding a
 * footer marker to the end of its paragraph) and the signature (from a sign-off or "-- " line).
 * Works on the normalised text and the layout hits the matcher already found, so it adds no
 * pass over the text beyond one walk over line starts.
 */
import type { Hit, Matcher } from './matcher';

export interface Layout {
  /** Normalised index where quoted history begins (text length when there is none). */
  cut: number;
  /** Normalised index where the signature begins (≤ cut). */
  sigStart: number;
  /** What opened the signature: a sign-off line, a "-- " line, a "Sent from…" marker. */
  sigKind: 'signoff' | 'dash' | 'marker' | null;
  /** Sorted, non-overlapping [start, end) spans that are footer or ">"-quoted lines. */
  dead: Array<[number, number]>;
}

const INTRO_WORDS = ['on ', 'am ', 'le ', 'el ', 'op ', 'il ', 'em ', 'den '];
const SIGNATURE_ROOM = 500;
const FOOTER_REACH = 600;
const SIGNATURE_LINES = 8;
const SIGNATURE_LINE_CHARS = 70;

function lineStartOf(text: string, at: number): number {
  return at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}

function lineEndOf(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

function startsWithIntro(text: string, from: number): boolean {
  for (const w of INTRO_WORDS) if (text.startsWith(w, from)) return true;
  return false;
}

/** Where a reply header "On … wrote:" (any language) puts the cut, or -1 when it is not one. */
function wroteCut(text: string, hit: Hit): number {
  const ls = lineStartOf(text, hit.start);
  const le = lineEndOf(text, hit.end);
  const rest = text.slice(hit.end, le).trim();
  const endsHeader = rest === '' || rest.endsWith(':');
  if (startsWithIntro(text, ls) && (endsHeader || rest.length < 80)) return ls;
  if (ls > 0) {
    const prev = lineStartOf(text, ls - 1);
    if (ls - prev < 160 && startsWithIntro(text, prev) && endsHeader) return prev;
  }
  if (endsHeader && text.charCodeAt(hit.end - 1) === 0x3a && le - ls < 200) return ls;
  return -1;
}

function footerStart(text: string, at: number): number {
  const ls = lineStartOf(text, at);
  let s = ls;
  for (const mark of ['. ', '! ', '? ', '| ']) {
    const k = text.lastIndexOf(mark, at - 1);
    if (k >= ls && k + 2 > s) s = k + 2;
  }
  return s;
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

export function readLayout(text: string, hits: readonly Hit[], m: Matcher): Layout {
  let cut = text.length;
  const fromHits: Hit[] = [];
  const headerHits: Hit[] = [];
  for (const h of hits) {
    const rule = m.rules[h.rule];
    if (rule.kind !== 'struct' || h.start >= cut) continue;
    if (rule.tag === 'wrote') {
      const c = wroteCut(text, h);
      if (c >= 0 && c < cut) cut = c;
    } else if (rule.tag === 'orig') {
      const ls = lineStartOf(text, h.start);
      if (lineEndOf(text, h.end) - ls < h.end - h.start + 24) cut = Math.min(cut, ls);
    } else if (rule.tag === 'from') {
      if (lineStartOf(text, h.start) === h.start) fromHits.push(h);
    } else if (rule.tag === 'header') {
      if (lineStartOf(text, h.start) === h.start) headerHits.push(h);
    }
  }
  // A "From:" line only opens quoted mail when header lines follow it closely.
  for (const f of fromHits) {
    if (f.start >= cut) break;
    if (headerHits.some((h) => h.start > f.start && h.start - f.start < 400)) cut = f.start;
  }

  const dead: Array<[number, number]> = [];
  // Lines quoted with ">" (walk line starts only up to the cut).
  for (let ls = 0; ls < cut;) {
    const le = lineEndOf(text, ls);
    if (text.charCodeAt(ls) === 0x3e) dead.push([ls, le]);
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
  for (const h of hits) {
    const rule = m.rules[h.rule];
    if (rule.kind !== 'struct' || h.start >= sigStart) continue;
    if (rule.tag !== 'signoff' && rule.tag !== 'sig') continue;
    const ls = lineStartOf(text, h.start);
    if (ls !== h.start || ls === 0) continue;
    const le = lineEndOf(text, h.end);
    if (rule.tag === 'signoff') {
      const rest = text.slice(h.end, le).trim();
      if (rest !== '' && !/^[,.!:;-]/.test(rest)) continue;
      if (liveLength(le, cut, merged) > SIGNATURE_ROOM) continue;
      if (!looksLikeSignature(text, le, cut, merged)) continue;
    }
    sigStart = ls;
    sigKind = rule.tag === 'signoff' ? 'signoff' : 'marker';
  }
  // A "-- " delimiter: a line that normalised to a lone dash.
  for (
    let at = text.indexOf('\n-', 0);
    at >= 0 && at < sigStart;
    at = text.indexOf('\n-', at + 1)
  ) {
    const end = at + 2;
    if (end === text.length || text.charCodeAt(end) === 0x0a) {
      sigStart = at + 1;
      sigKind = 'dash';
      break;
    }
  }
  return { cut, sigStart, sigKind, dead: merged };
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
  for (let ls = from + 1; ls < to;) {
    const le = Math.min(lineEndOf(text, ls), to);
    const isDead = dead.some(([a, b]) => a <= ls && le <= b);
    const line = text.slice(ls, le).trim();
    if (line && !isDead) {
      lines++;
      if (lines > SIGNATURE_LINES) return false;
      const words = line.split(' ').length;
      if (line.length > SIGNATURE_LINE_CHARS || (words > 6 && /[.!?]$/.test(line))) return false;
    }
    ls = le + 1;
  }
  return true;
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

/** True when a hit lies in the part of the body that may decide. */
export function isLive(layout: Layout, h: Hit): boolean {
  if (h.end > layout.sigStart) return false;
  for (const [a, b] of layout.dead) {
    if (a >= h.end) break;
    if (h.start < b && h.end > a) return false;
  }
  return true;
}
