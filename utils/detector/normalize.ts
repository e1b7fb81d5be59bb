/**
 * Folds text into the one shape every rule is written in: lower case, no diacritics, one kind of
 * apostrophe, dash and quote, commas read as spaces, whitespace collapsed (a blank line survives
 * as "\n\n" so paragraphs stay apart). `map[i]` is the index in the source of normalised char i,
 * so a match can always be quoted exactly as the person's email has it.
 */
export interface Normalized {
  text: string;
  codes: Uint16Array;
  map: Int32Array;
}

const SPACE = 1;
const NEWLINE = 2;

// Latin-1 and Latin Extended-A/B letters, folded once at start-up; NFD handles the regular ones.
const LATIN_FIRST = 0xc0;
const LATIN_LAST = 0x24f;
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
  ŀ: 'l',
  Ŀ: 'l',
  ĳ: 'ij',
  Ĳ: 'ij',
  '×': '*',
  '÷': '/',
};

const latinFold: string[] = [];
for (let c = LATIN_FIRST; c <= LATIN_LAST; c++) {
  const ch = String.fromCharCode(c);
  const special = SPECIAL[ch];
  const plain =
    special ??
    ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  latinFold.push(plain.length > 0 && plain.length <= 2 ? plain : ch);
}

/** 0 keep, 1 space, 2 newline, 3 drop, or a replacement char code (≥ 32). */
function special(c: number): number {
  if (c === 0x0a) return NEWLINE;
  if (c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d || c === 0x20 || c === 0x2c) {
    return SPACE;
  }
  if (c < 0x80) return 0;
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f) return SPACE;
  if (c === 0x205f || c === 0x3000) return SPACE;
  if (c === 0x2028 || c === 0x2029 || c === 0x85) return NEWLINE;
  if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return 3;
  if (c >= 0x0300 && c <= 0x036f) return 3; // combining marks: the base letter carries the meaning
  if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032 || c === 0x02bc) return 0x27;
  if (c === 0xb4 || c === 0x60) return 0x27;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) return 0x22;
  if (c >= 0x2010 && c <= 0x2015) return 0x2d;
  if (c === 0x2212) return 0x2d;
  if (c === 0x2026) return 0x2e;
  if (c === 0xff0c || c === 0x3001) return SPACE;
  return 0;
}

// One table for the hot loop: what to do with each UTF-16 code unit.
const ACTION = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const s = special(c);
  if (s !== 0) ACTION[c] = s;
  else if (c >= 0x41 && c <= 0x5a) ACTION[c] = c + 32;
  else ACTION[c] = 0;
}

function isRepeatablePunct(c: number): boolean {
  // Runs of rule-lines and placeholders ("-----", "____", "====") carry no more than one.
  return c === 0x2d || c === 0x5f || c === 0x3d || c === 0x2a || c === 0x2e || c === 0x7e;
}

function toText(codes: Uint16Array): string {
  let text = '';
  for (let i = 0; i < codes.length; i += 4096) {
    text += String.fromCharCode.apply(
      null,
      codes.subarray(i, Math.min(codes.length, i + 4096)) as unknown as number[],
    );
  }
  return text;
}

/** Normalises source[from, to). Offsets in `map` are absolute indexes into `source`. */
export function normalize(source: string, from = 0, to = source.length): Normalized {
  const end = Math.min(to, source.length);
  const cap = Math.max(0, end - from) * 2 + 2;
  const codes = new Uint16Array(cap);
  const map = new Int32Array(cap);
  let n = 0;
  let pending = 0; // 0 none, 1 space, 2 one newline, 3 blank line
  let pendingAt = -1;
  let last = 0;
  for (let i = from; i < end; i++) {
    const c = source.charCodeAt(i);
    let a = ACTION[c];
    if (a === SPACE || a === NEWLINE) {
      if (pending === 0) pendingAt = i;
      if (a === NEWLINE) pending = pending >= 2 ? 3 : 2;
      else if (pending === 0) pending = 1;
      continue;
    }
    if (a === 3) continue;
    if (pending !== 0) {
      if (n > 0) {
        if (pending === 3) {
          codes[n] = 10;
          map[n++] = pendingAt;
          codes[n] = 10;
          map[n++] = pendingAt;
        } else {
          codes[n] = pending === 2 ? 10 : 32;
          map[n++] = pendingAt;
        }
        last = 32;
      }
      pending = 0;
    }
    if (c >= LATIN_FIRST && c <= LATIN_LAST) {
      const folded = latinFold[c - LATIN_FIRST];
      codes[n] = folded.charCodeAt(0);
      map[n++] = i;
      if (folded.length > 1) {
        codes[n] = folded.charCodeAt(1);
        map[n++] = i;
      }
      last = codes[n - 1];
      continue;
    }
    if (a === 0) a = c;
    if (a === last && isRepeatablePunct(a)) continue;
    codes[n] = a;
    map[n++] = i;
    last = a;
  }
  const used = codes.subarray(0, n);
  return { text: toText(used), codes: used, map: map.subarray(0, n) };
}

/**
 * The source range [start, end) that normalised range [from, to) came from. The end reaches
 * over combining marks so a quote never cuts a letter from its accent.
 */
export function sourceRange(
  norm: Normalized,
  source: string,
  from: number,
  to: number,
): [number, number] {
  const start = norm.map[from];
  let end = norm.map[to - 1] + 1;
  const c = source.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff && end < source.length) end++;
  while (end < source.length) {
    const d = source.charCodeAt(end);
    if ((d >= 0x0300 && d <= 0x036f) || d === 0x200d || d === 0xfe0f) end++;
    else break;
  }
  return [start, end];
}

export const FOLD_DROP = -1;
export const FOLD_SPACE = -2;
export const FOLD_NEWLINE = -3;

/**
 * What one code unit becomes in normalised text: a char code, two codes packed as
 * a * 0x10000 + b (ß → ss), or a FOLD_ marker. The matcher builds its class table from this,
 * so reading a mail and normalising a rule phrase always agree.
 */
export function foldCode(c: number): number {
  const a = ACTION[c];
  if (a === SPACE) return FOLD_SPACE;
  if (a === NEWLINE) return FOLD_NEWLINE;
  if (a === 3) return FOLD_DROP;
  if (c >= LATIN_FIRST && c <= LATIN_LAST) {
    const f = latinFold[c - LATIN_FIRST];
    return f.length > 1 ? f.charCodeAt(0) * 0x10000 + f.charCodeAt(1) : f.charCodeAt(0);
  }
  return a === 0 ? c : a;
}

export { isRepeatablePunct };
