/**
 * Reading a text with a compiled matcher: one pass, one automaton step per normalised char,
 * chain pieces joined as they come, two-part rules paired at the end.
 */
import { R_NL, R_PAIR, R_SKIP, SPACE_CLASS, STREAM, type Hit, type Matcher } from './matcher';

export interface ScanResult {
  hits: Hit[];
  /** Where reading stopped early (quoted history or the signature begins there), or -1. */
  cut: number;
  /** The rule that stopped reading, or -1. */
  stopRule: number;
}

/**
 * Given a reply-header or sign-off hit, where the part that cannot decide begins (quoted
 * history, the signature), or -1 to keep reading.
 */
export type QuoteCheck = (h: Hit) => number;

const STREAM_MASK = STREAM - 1;

/** Class of the first normalised char after source index i (a blank past the end). */
function classAfter(m: Matcher, text: string, i: number, end: number): number {
  for (let j = i + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    const k = m.readClass[c];
    if (k === R_SKIP) continue;
    if (k === R_NL) return SPACE_CLASS;
    if (k === R_PAIR) return m.pairA[c];
    return k;
  }
  return SPACE_CLASS;
}

/** One automaton step from a state past the dense rows: its own children, else its failure chain. */
function deepStep(
  rec: Int32Array,
  child: Int32Array,
  dense: Int32Array,
  K: number,
  denseCount: number,
  from: number,
  k: number,
): number {
  let s = from;
  for (;;) {
    let x = rec[2 * s];
    const xe = rec[2 * s + 2];
    while (x < xe && (child[x] & 255) !== k) x++;
    if (x < xe) return child[x] >> 8;
    s = rec[2 * s + 1];
    if (s < denseCount) return dense[s * K + k];
  }
}

/** What one pass keeps between automaton steps and the rarer work of reporting matches. */
interface Run {
  m: Matcher;
  text: string;
  end: number;
  counts: Int32Array;
  quoteCheck: QuoteCheck | undefined;
  maxHits: number;
  hits: Hit[];
  nTouched: number;
  cut: number;
  stopRule: number;
}

/**
 * The patterns that end at state s, read at normalised char e (source index i, position pos):
 * boundaries checked, chain pieces joined, rules counted and hits kept. Apart from the loop so
 * the loop keeps few values live. Returns true when a confirmed reply header or sign-off stops
 * reading.
 */
function emit(run: Run, s: number, e: number, i: number, pos: number, afterKnown: number): boolean {
  const { m, counts } = run;
  const { wordClass, patRule, patLen, isStop, patLeftOpen, patRightOpen, patPiece } = m;
  const { patFirst, patLast, patSecond, isQuoteMark } = m;
  const { outStart, outList, outLink } = m.auto;
  const { pieceEnd, pieceEnd2, pieceFrom, pieceFrom2, touched, ringCls, ringPos } = m.scratch;
  const after = afterKnown < 0 ? classAfter(m, run.text, i, run.end) : afterKnown;
  for (let u = s; u > 0; u = outLink[u]) {
    for (let j = outStart[u], je = outStart[u + 1]; j < je; j++) {
      const p = outList[j];
      const startIdx = e + 1 - patLen[p];
      const piece = patPiece[p];
      let start: number;
      if (patFirst[p]) {
        if (!patLeftOpen[p] && startIdx > 0 && wordClass[ringCls[(startIdx - 1) & STREAM_MASK]]) {
          continue;
        }
        start = ringPos[startIdx & STREAM_MASK];
      } else {
        // A later piece must follow the previous one across exactly one space.
        if (ringCls[(startIdx - 1) & STREAM_MASK] !== SPACE_CLASS) continue;
        if (pieceEnd[piece - 1] === startIdx - 1) start = pieceFrom[piece - 1];
        else if (pieceEnd2[piece - 1] === startIdx - 1) start = pieceFrom2[piece - 1];
        else continue;
      }
      if (piece >= 0 && !patLast[p]) {
        if (after !== SPACE_CLASS) continue;
        if (pieceEnd[piece] !== e + 1) {
          if (pieceEnd[piece] === -2 && pieceEnd2[piece] === -2 && run.nTouched < touched.length) {
            touched[run.nTouched++] = piece;
          }
          pieceEnd2[piece] = pieceEnd[piece];
          pieceFrom2[piece] = pieceFrom[piece];
        }
        pieceEnd[piece] = e + 1;
        pieceFrom[piece] = start;
        continue;
      }
      if (!patRightOpen[p] && wordClass[after]) continue;
      const r = patRule[p];
      counts[r]++;
      if (isStop[r] || run.hits.length >= run.maxHits) continue;
      const hit: Hit = { rule: r, start, end: pos + 1, second: patSecond[p] === 1 };
      run.hits.push(hit);
      if (run.quoteCheck && isQuoteMark[r]) {
        const at = run.quoteCheck(hit);
        if (at >= 0) {
          run.cut = at;
          run.stopRule = r;
          return true;
        }
      }
    }
  }
  return false;
}

/**
 * One pass over text[from, to): each source char is folded (case, accents, spaces and commas,
 * runs of "-----") into zero, one or two normalised chars, each one automaton step. The char
 * after a match, needed for word boundaries, is only looked up when something matched. Stop-word
 * and job-word hits are only counted (into `counts`, per rule); every other hit is returned, at
 * most `maxHits` of them so hostile text cannot grow the list. When `quoteCheck` confirms a
 * reply header or a sign-off, reading stops there.
 */
export function scan(
  m: Matcher,
  text: string,
  from: number,
  to: number,
  counts: Int32Array,
  quoteCheck?: QuoteCheck,
  maxHits = 2000,
): ScanResult {
  const { readClass, pairA, pairB, repeatClass } = m;
  const { classes: K, denseCount, dense, rec, child, anyOut } = m.auto;
  const { ringCls, ringPos } = m.scratch;
  const end = Math.min(to, text.length);
  const run: Run = {
    m,
    text,
    end,
    counts,
    quoteCheck,
    maxHits,
    hits: [],
    nTouched: 0,
    cut: -1,
    stopRule: -1,
  };
  let e = 0; // normalised chars read so far
  let s = 0;
  let prevK = SPACE_CLASS;
  let pending = false;
  let spaceAt = 0;
  let newlines = 0;

  outer: for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = readClass[c];
    if (k === R_SKIP) continue;
    if (k === SPACE_CLASS || k === R_NL) {
      if (!pending) {
        pending = true;
        spaceAt = i;
        newlines = 0;
      }
      if (k === R_NL) newlines++;
      continue;
    }
    if (!pending && k !== R_PAIR) {
      // The common case: one char, one step, no blanks before it.
      if (k === prevK && repeatClass[k]) continue;
      s = s < denseCount ? dense[s * K + k] : deepStep(rec, child, dense, K, denseCount, s, k);
      ringCls[e & STREAM_MASK] = k;
      ringPos[e & STREAM_MASK] = i;
      if (anyOut[s] !== 0 && emit(run, s, e, i, i, -1)) break;
      e++;
      prevK = k;
      continue;
    }
    // What this source char becomes: up to two blanks before it (a blank line keeps paragraphs
    // apart), then one char, or two for ß/æ/œ.
    let n = 0;
    if (pending) {
      pending = false;
      if (e > 0) n = newlines >= 2 ? 2 : 1;
    }
    const pair = k === R_PAIR;
    const steps = n + (pair ? 2 : 1);
    for (let q = 0; q < steps; q++) {
      let kk: number;
      let pos: number;
      let after: number; // class of the next normalised char, or -1 when it must be looked up
      if (q < n) {
        kk = SPACE_CLASS;
        pos = spaceAt;
        after = q + 1 < n ? SPACE_CLASS : pair ? pairA[c] : k;
      } else if (pair && q === n) {
        kk = pairA[c];
        pos = i;
        after = pairB[c];
      } else {
        kk = pair ? pairB[c] : k;
        pos = i;
        after = -1;
      }
      s = s < denseCount ? dense[s * K + kk] : deepStep(rec, child, dense, K, denseCount, s, kk);
      ringCls[e & STREAM_MASK] = kk;
      ringPos[e & STREAM_MASK] = pos;
      if (anyOut[s] !== 0 && emit(run, s, e, i, pos, after)) break outer;
      e++;
    }
    prevK = pair ? pairB[c] : k;
  }
  const { pieceEnd, pieceEnd2, touched } = m.scratch;
  for (let t = 0; t < run.nTouched; t++) {
    const p = touched[t];
    pieceEnd[p] = -2;
    pieceEnd2[p] = -2;
  }
  const { hits, cut } = run;
  let kept = hits;
  if (cut >= 0 && hits.length && hits[hits.length - 1].start >= cut) {
    kept = hits.filter((h) => h.start < cut);
  }
  return { hits: pairHits(m, kept, text), cut, stopRule: run.stopRule };
}

/** First parts of one two-part rule kept for pairing; more adds nothing but work. */
const MAX_FIRSTS = 16;

function crossesSentence(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b) return true;
    if (c === 0x0a) {
      if (++newlines >= 2) return true;
    } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) newlines = 0;
  }
  return false;
}

/**
 * Two-part rules: a first-part hit followed closely by a second-part hit becomes one hit that
 * spans both; unpaired parts are dropped. Other hits pass through in order.
 */
export function pairHits(m: Matcher, hits: Hit[], text: string): Hit[] {
  let paired = false;
  for (const h of hits) {
    if (m.rules[h.rule].then) {
      paired = true;
      break;
    }
  }
  if (!paired) return hits;
  const out: Hit[] = [];
  // First parts seen so far, in order, at most MAX_FIRSTS per rule.
  const firsts: Hit[] = [];
  for (const h of hits) {
    const rule = m.rules[h.rule];
    if (!rule.then) {
      out.push(h);
      continue;
    }
    if (!h.second) {
      let n = 0;
      for (const f of firsts) if (f.rule === h.rule) n++;
      if (n < MAX_FIRSTS) firsts.push(h);
      continue;
    }
    const within = rule.within ?? 60;
    for (const f of firsts) {
      if (
        f.rule === h.rule &&
        f.end <= h.start &&
        h.start - f.end <= within &&
        !(rule.sameSentence && crossesSentence(text, f.end, h.start))
      ) {
        out.push({ rule: h.rule, start: f.start, end: h.end, second: false });
        break;
      }
    }
  }
  return out;
}
