/**
 * Every rule phrase of every language compiled into one Aho–Corasick automaton: reading a text
 * costs about one table step per character, whatever the number of phrases, and nothing can
 * backtrack. Built once, on first use. Phrase pieces (see patterns.ts) are chained back together
 * while scanning, and two-part rules are paired after it.
 */
import { buildAutomaton, type Automaton } from './automaton';
import { prepare } from './patterns';
import type { Rule } from './rules/types';

export interface Hit {
  rule: number;
  /** Normalised offsets, end exclusive. */
  start: number;
  end: number;
  /** A hit of a two-part rule's second part, waiting to be paired (see pairHits). */
  second?: boolean;
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
  classOf: Uint8Array;
  isStop: Uint8Array;
}

const OTHER_PUNCT = 0;
const SPACE_CLASS = 1;
const OTHER_WORD = 2;

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
  // The alphabet: every char a phrase uses gets a class; the rest fall into three.
  const classOf = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) classOf[c] = IS_WORD[c] ? OTHER_WORD : OTHER_PUNCT;
  classOf[0x20] = SPACE_CLASS;
  classOf[0x0a] = SPACE_CLASS;
  let classes = 3;
  for (const p of pats) {
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a) continue;
      if (classOf[c] === OTHER_WORD || classOf[c] === OTHER_PUNCT) {
        if (classes >= 255) throw new Error('Rule alphabet too large');
        classOf[c] = classes++;
      }
    }
  }
  const words = pats.map((p) => {
    const w = new Uint8Array(p.text.length);
    for (let i = 0; i < w.length; i++) w[i] = classOf[p.text.charCodeAt(i)];
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
  rules.forEach((r, i) => (isStop[i] = r.kind === 'stop' ? 1 : 0));
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
    classOf,
    isStop,
  };
}

/**
 * One pass over normalised codes. Stop-word hits are only counted (into `counts`, per rule);
 * every other hit is returned, at most `maxHits` of them so hostile text cannot grow the list.
 */
export function scan(m: Matcher, codes: Uint16Array, counts: Int32Array, maxHits = 2000): Hit[] {
  const { classOf, patRule, patLen, isStop } = m;
  const { patLeftOpen, patRightOpen, patPiece, patFirst, patLast, patSecond } = m;
  const { classes: K, denseRow, dense, childStart, childLabel, childTarget, fail } = m.auto;
  const { outStart, outList, outLink, anyOut } = m.auto;
  // Where the two latest hits of each chain piece ended, and where their chains began (two, so
  // a longer alternative ending later cannot hide the one the next piece follows).
  const pieceEnd = new Int32Array(m.pieces).fill(-2);
  const pieceFrom = new Int32Array(m.pieces);
  const pieceEnd2 = new Int32Array(m.pieces).fill(-2);
  const pieceFrom2 = new Int32Array(m.pieces);
  const hits: Hit[] = [];
  const n = codes.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const k = classOf[codes[i]];
    for (;;) {
      const row = denseRow[s];
      if (row >= 0) {
        s = dense[row * K + k];
        break;
      }
      let t = -1;
      for (let c = childStart[s], ce = childStart[s + 1]; c < ce; c++) {
        if (childLabel[c] === k) {
          t = childTarget[c];
          break;
        }
      }
      if (t >= 0) {
        s = t;
        break;
      }
      s = fail[s];
    }
    if (!anyOut[s]) continue;
    for (let u = s; u > 0; u = outLink[u]) {
      for (let j = outStart[u], je = outStart[u + 1]; j < je; j++) {
        const p = outList[j];
        let start = i + 1 - patLen[p];
        const piece = patPiece[p];
        let from = start;
        if (patFirst[p]) {
          if (!patLeftOpen[p] && start > 0 && IS_WORD[codes[start - 1]]) continue;
        } else {
          // A later piece must follow the previous one across exactly one space.
          if (classOf[codes[start - 1]] !== SPACE_CLASS) continue;
          if (pieceEnd[piece - 1] === start - 1) from = pieceFrom[piece - 1];
          else if (pieceEnd2[piece - 1] === start - 1) from = pieceFrom2[piece - 1];
          else continue;
        }
        if (piece >= 0 && !patLast[p]) {
          if (i + 1 >= n || classOf[codes[i + 1]] !== SPACE_CLASS) continue;
          if (pieceEnd[piece] !== i + 1) {
            pieceEnd2[piece] = pieceEnd[piece];
            pieceFrom2[piece] = pieceFrom[piece];
          }
          pieceEnd[piece] = i + 1;
          pieceFrom[piece] = from;
          continue;
        }
        if (!patRightOpen[p] && i + 1 < n && IS_WORD[codes[i + 1]]) continue;
        start = from;
        const r = patRule[p];
        counts[r]++;
        if (isStop[r] || hits.length >= maxHits) continue;
        if (patSecond[p]) hits.push({ rule: r, start, end: i + 1, second: true });
        else hits.push({ rule: r, start, end: i + 1 });
      }
    }
  }
  return pairHits(m, hits, codes);
}

/**
 * Two-part rules: a first-part hit followed closely by a second-part hit becomes one hit that
 * spans both; unpaired parts are dropped. Other hits pass through in order.
 */
function crossesSentence(codes: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = codes[i];
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b) return true;
    if (c === 0x0a && codes[i + 1] === 0x0a) return true;
  }
  return false;
}

export function pairHits(m: Matcher, hits: Hit[], codes: Uint16Array): Hit[] {
  let paired = false;
  for (const h of hits) if (m.rules[h.rule].then) paired = true;
  if (!paired) return hits;
  const out: Hit[] = [];
  const firsts = new Map<number, Hit[]>();
  for (const h of hits) {
    const rule = m.rules[h.rule];
    if (!rule.then) {
      out.push(h);
      continue;
    }
    if (!h.second) {
      const list = firsts.get(h.rule) ?? [];
      if (list.length < 16) list.push(h);
      firsts.set(h.rule, list);
      continue;
    }
    const within = rule.within ?? 60;
    const a = firsts
      .get(h.rule)
      ?.find(
        (f) =>
          f.end <= h.start &&
          h.start - f.end <= within &&
          !(rule.sameSentence && crossesSentence(codes, f.end, h.start)),
      );
    if (a) out.push({ rule: h.rule, start: a.start, end: h.end });
  }
  return out;
}
