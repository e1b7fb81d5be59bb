/**
 * Rule phrases compiled into an Aho–Corasick automaton (automaton.ts) plus the tables that let
 * scan.ts read it straight off the email text: a class per UTF-16 code unit that folds case,
 * accents, apostrophes and spaces exactly as normalize() does, so no copy of the text is made
 * and nothing can backtrack. Built once per language, on first use.
 */
import { buildAutomaton, type Automaton } from './automaton';
import { FOLD_DROP, FOLD_NEWLINE, FOLD_SPACE, foldCode, isRepeatablePunct } from './normalize';
import { prepare } from './patterns';
import type { Rule } from './rules/types';

export interface Hit {
  rule: number;
  /** Offsets in the text that was read, end exclusive. */
  start: number;
  end: number;
  /** A hit of a two-part rule's second part, waiting to be paired (see pairHits). */
  second: boolean;
}

export interface Matcher {
  rules: readonly Rule[];
  /** Per compiled string: owning rule, chain piece (-1 when whole), length, open sides. */
  patRule: Int32Array;
  patPiece: Int32Array;
  patFirst: Uint8Array;
  patSecond: Uint8Array;
  patLast: Uint8Array;
  patLen: Int32Array;
  patLeftOpen: Uint8Array;
  patRightOpen: Uint8Array;
  pieces: number;
  auto: Automaton;
  /** Class of each UTF-16 code unit as read: a class, or one of the R_ markers. */
  readClass: Uint8Array;
  /** For R_PAIR code units (ß, æ, œ…): the classes of the two letters they stand for. */
  pairA: Uint8Array;
  pairB: Uint8Array;
  /** Per class: 1 for letters and digits. */
  wordClass: Uint8Array;
  /** Per class: 1 for punctuation whose runs count once ("-----"). */
  repeatClass: Uint8Array;
  isStop: Uint8Array;
  /** Indexes of the job-context rules (counted, not listed as hits). */
  jobRules: readonly number[];
  /** Per rule: 1 for layout rules after which reading may stop (reply header, sign-off). */
  isQuoteMark: Uint8Array;
  scratch: Scratch;
}

interface Scratch {
  ringCls: Uint8Array;
  ringPos: Int32Array;
  pieceEnd: Int32Array;
  pieceEnd2: Int32Array;
  pieceFrom: Int32Array;
  pieceFrom2: Int32Array;
  touched: Int32Array;
  /** Per rule hit counts for one reading; see countsFor. */
  counts: Int32Array;
}

export const OTHER_PUNCT = 0;
export const SPACE_CLASS = 1;
export const OTHER_WORD = 2;
export const R_SKIP = 255;
export const R_NL = 254;
export const R_PAIR = 253;
const MAX_PHRASE = 250;
const PAIR_RANGE = 0x250;
const STOP_TAGS = ['wrote', 'orig', 'from', 'signoff', 'sig'];
/** Size of the ring of recently read chars (a power of two, longer than any phrase). */
export const STREAM = 2048;

/** Letters and digits of any script; everything else separates words. */
export const IS_WORD = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ascii = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  const punct =
    c < 0xc0 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || c === 0xd7;
  IS_WORD[c] = ascii || !punct ? 1 : 0;
}

export function buildMatcher(rules: readonly Rule[]): Matcher {
  const { list: pats, pieces } = prepare(rules);
  // Pattern alphabet: every char a phrase uses gets a class; the rest fall into three.
  const patClass = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) patClass[c] = IS_WORD[c] ? OTHER_WORD : OTHER_PUNCT;
  patClass[0x20] = SPACE_CLASS;
  patClass[0x0a] = SPACE_CLASS;
  const repr: number[] = [0x21, 0x20, 0x61];
  let classes = 3;
  for (const p of pats) {
    if (p.text.length >= MAX_PHRASE) throw new Error(`Rule phrase too long: ${p.text}`);
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a) continue;
      if (patClass[c] === OTHER_WORD || patClass[c] === OTHER_PUNCT) {
        if (classes >= R_PAIR) throw new Error('Rule alphabet too large');
        repr.push(c);
        patClass[c] = classes++;
      }
    }
  }
  const wordClass = new Uint8Array(256);
  const repeatClass = new Uint8Array(256);
  repr.forEach((c, k) => {
    wordClass[k] = k === OTHER_WORD ? 1 : k < 3 ? 0 : IS_WORD[c];
    repeatClass[k] = isRepeatablePunct(c) ? 1 : 0;
  });

  // Reading table: fold each code unit the way normalize() would, then take its class.
  const readClass = new Uint8Array(0x10000);
  // Letters that fold to two (ß → ss, æ → ae) all sit in Latin-1 and Latin Extended.
  const pairA = new Uint8Array(PAIR_RANGE);
  const pairB = new Uint8Array(PAIR_RANGE);
  for (let c = 0; c < 0x10000; c++) {
    const f = foldCode(c);
    if (f === FOLD_DROP) readClass[c] = R_SKIP;
    else if (f === FOLD_SPACE) readClass[c] = SPACE_CLASS;
    else if (f === FOLD_NEWLINE) readClass[c] = R_NL;
    else if (f > 0xffff && c < PAIR_RANGE) {
      readClass[c] = R_PAIR;
      pairA[c] = patClass[Math.floor(f / 0x10000)];
      pairB[c] = patClass[f % 0x10000];
    } else readClass[c] = patClass[f];
  }

  const words = pats.map((p) => {
    const w = new Uint8Array(p.text.length);
    for (let i = 0; i < w.length; i++) w[i] = patClass[p.text.charCodeAt(i)];
    return w;
  });
  const auto = buildAutomaton(words, classes);

  const n = pats.length;
  const patRule = new Int32Array(n);
  const patPiece = new Int32Array(n);
  const patFirst = new Uint8Array(n);
  const patSecond = new Uint8Array(n);
  const patLast = new Uint8Array(n);
  const patLen = new Int32Array(n);
  const patLeftOpen = new Uint8Array(n);
  const patRightOpen = new Uint8Array(n);
  pats.forEach((p, i) => {
    patRule[i] = p.rule;
    patPiece[i] = p.piece;
    patFirst[i] = p.first ? 1 : 0;
    patSecond[i] = p.second ? 1 : 0;
    patLast[i] = p.last ? 1 : 0;
    patLen[i] = p.text.length;
    patLeftOpen[i] = p.leftOpen ? 1 : 0;
    patRightOpen[i] = p.rightOpen ? 1 : 0;
  });
  const isStop = new Uint8Array(rules.length);
  const isQuoteMark = new Uint8Array(rules.length);
  rules.forEach((r, i) => {
    // Stop and job words are only counted: they are many, and only their presence matters.
    isStop[i] = r.kind === 'stop' || r.kind === 'job' ? 1 : 0;
    isQuoteMark[i] = r.kind === 'struct' && STOP_TAGS.includes(r.tag) ? 1 : 0;
  });
  return {
    rules,
    patRule,
    patPiece,
    patFirst,
    patSecond,
    patLast,
    patLen,
    patLeftOpen,
    patRightOpen,
    pieces,
    auto,
    readClass,
    pairA,
    pairB,
    wordClass,
    repeatClass,
    isStop,
    jobRules: rules.flatMap((r, i) => (r.kind === 'job' ? [i] : [])),
    isQuoteMark,
    scratch: {
      ringCls: new Uint8Array(STREAM),
      ringPos: new Int32Array(STREAM),
      pieceEnd: new Int32Array(pieces).fill(-2),
      pieceEnd2: new Int32Array(pieces).fill(-2),
      pieceFrom: new Int32Array(pieces),
      pieceFrom2: new Int32Array(pieces),
      touched: new Int32Array(Math.max(1, pieces)),
      counts: new Int32Array(rules.length),
    },
  };
}

/**
 * The matcher's own per-rule counts, zeroed: reading is synchronous and a reading's counts are
 * read before the next one starts, so one array serves every email.
 */
export function countsFor(m: Matcher): Int32Array {
  return m.scratch.counts.fill(0);
}
