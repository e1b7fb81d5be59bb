/**
 * Small helpers over the original text for extraction: the live lines near the end of a
 * message (where signatures live), and reading a title-like run of words. Everything here is
 * bounded by the caller (a few lines, a few dozen chars), so none of it can run away.
 */

export interface Line {
  text: string;
  start: number;
}

/** Up to `max` non-empty lines of source[from, to), last ones first when `fromEnd`. */
export function linesBetween(source: string, from: number, to: number, max: number): Line[] {
  const out: Line[] = [];
  let at = Math.max(0, from);
  const end = Math.min(to, source.length);
  while (at < end && out.length < max) {
    let nl = source.indexOf('\n', at);
    if (nl < 0 || nl > end) nl = end;
    const raw = source.slice(at, nl);
    const text = raw.trim();
    if (text && !text.startsWith('>')) out.push({ text, start: at + raw.indexOf(text) });
    at = nl + 1;
  }
  return out;
}

/** The last `max` non-empty lines before `to`, in reading order. */
export function lastLines(source: string, to: number, max: number, floor = 0): Line[] {
  const out: Line[] = [];
  let end = Math.min(to, source.length);
  while (end > floor && out.length < max) {
    const nl = source.lastIndexOf('\n', end - 1);
    const start = Math.max(nl + 1, floor);
    const raw = source.slice(start, end);
    const text = raw.trim();
    if (text && !text.startsWith('>')) out.unshift({ text, start: start + raw.indexOf(text) });
    if (nl < floor) break;
    end = nl;
  }
  return out;
}

const UPPER = /^[A-ZÀ-ÖØ-ÞĀ-Ž]/;
export function startsUpper(word: string): boolean {
  return UPPER.test(word);
}

/** Lower case, no accents, letters and digits only: for comparing names loosely. */
export function letters(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return slowLetters(s);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) out += s[i];
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
  }
  return out;
}

function slowLetters(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const PLACEHOLDER = /\[|\]|\{\{|\}\}|__|<|>/;
export function isPlaceholder(s: string): boolean {
  return PLACEHOLDER.test(s);
}

const EDGE = new Set(' \t\n\r\u00a0"\'«»“”„‘’:;,.-–—|·•'.split(''));

/** Trims surrounding punctuation and spaces a capture tends to drag along. */
export function tidy(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE.has(s[a])) a++;
  // A trailing full stop may belong to the name ("Co."), so it stays.
  while (b > a && EDGE.has(s[b - 1]) && s[b - 1] !== '.') b--;
  const t = s.slice(a, b);
  return t.includes('  ') || t.includes('\n') || t.includes('\t') ? t.replace(/\s+/g, ' ') : t;
}
