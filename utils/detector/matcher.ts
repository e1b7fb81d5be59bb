/**
 * Every rule phrase of every language compiled into one Aho–Corasick automaton, flattened to a
 * DFA: reading a text costs one table step per character, whatever the number of phrases, and
 * nothing can backtrack. Built once, on first use.
 */
import { normalize } from './normalize';
import type { Rule } from './rules/types';

export interface Hit {
  rule: number;
  /** Normalised offsets, end exclusive. */
  start: number;
  end: number;
}

export interface Matcher {
  rules: readonly Rule[];
  /** Per pattern: owning rule, length, and whether each side may continue a word. */
  patRule: Int32Array;
  patLen: Int32Array;
  patLeftOpen: Uint8Array;
  patRightOpen: Uint8Array;
  delta: Uint32Array;
  classes: number;
  classOf: Uint8Array;
  outStart: Int32Array;
  outList: Int32Array;
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

/** "(a|b) c*" → its plain alternatives; groups do not nest. */
export function expand(pattern: string): string[] {
  let out = [''];
  let i = 0;
  while (i < pattern.length) {
    const open = pattern.indexOf('(', i);
    if (open < 0) {
      const tail = pattern.slice(i);
      out = out.map((o) => o + tail);
      break;
    }
    const close = pattern.indexOf(')', open);
    if (close < 0) throw new Error(`Unclosed group in rule pattern: ${pattern}`);
    const head = pattern.slice(i, open);
    const inner = pattern.slice(open + 1, close);
    if (inner.includes('(')) throw new Error(`Nested group in rule pattern: ${pattern}`);
    const alts = inner.split('|');
    const next: string[] = [];
    for (const o of out) for (const a of alts) next.push(o + head + a);
    out = next;
    i = close + 1;
  }
  return out;
}

interface Prepared {
  text: string;
  rule: number;
  leftOpen: boolean;
  rightOpen: boolean;
}

function prepare(rules: readonly Rule[]): Prepared[] {
  const list: Prepared[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, r) => {
    for (const pat of rule.pats) {
      for (let alt of expand(pat)) {
        const leftOpen = alt.startsWith('*');
        const rightOpen = alt.endsWith('*');
        alt = alt.slice(leftOpen ? 1 : 0, rightOpen ? -1 : undefined);
        const text = normalize(alt).text.trim();
        if (!text) continue;
        const key = `${r}\u0000${text}\u0000${leftOpen}${rightOpen}`;
        if (seen.has(key)) continue;
        seen.add(key);
        list.push({ text, rule: r, leftOpen, rightOpen });
      }
    }
  });
  return list;
}

export function buildMatcher(rules: readonly Rule[]): Matcher {
  const pats = prepare(rules);
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
  const K = classes;

  // Trie over classes; 0 in `next` means "no child" (the root is never a child).
  let cap = 1024;
  let next = new Int32Array(cap * K);
  const ends: number[][] = [[]];
  let nodes = 1;
  pats.forEach((p, idx) => {
    let s = 0;
    for (let i = 0; i < p.text.length; i++) {
      const k = classOf[p.text.charCodeAt(i)];
      let t = next[s * K + k];
      if (t === 0) {
        if (nodes >= cap) {
          const grown = new Int32Array(cap * 2 * K);
          grown.set(next);
          next = grown;
          cap *= 2;
        }
        t = nodes++;
        ends.push([]);
        next[s * K + k] = t;
      }
      s = t;
    }
    ends[s].push(idx);
  });

  // Breadth-first: failure links, full transitions, and outputs merged along the failure chain.
  const delta = new Uint32Array(nodes * K);
  const fail = new Int32Array(nodes);
  const outs: number[][] = ends.map((e) => e.slice());
  const queue = new Int32Array(nodes);
  let head = 0;
  let tail = 0;
  for (let k = 0; k < K; k++) {
    const t = next[k];
    if (t !== 0) {
      delta[k] = t;
      fail[t] = 0;
      queue[tail++] = t;
    }
  }
  while (head < tail) {
    const s = queue[head++];
    const f = fail[s];
    if (outs[f].length) outs[s] = outs[s].concat(outs[f]);
    for (let k = 0; k < K; k++) {
      const t = next[s * K + k];
      if (t !== 0) {
        fail[t] = delta[f * K + k];
        delta[s * K + k] = t;
        queue[tail++] = t;
      } else {
        delta[s * K + k] = delta[f * K + k];
      }
    }
  }

  const outStart = new Int32Array(nodes + 1);
  let total = 0;
  for (let s = 0; s < nodes; s++) {
    outStart[s] = total;
    total += outs[s].length;
  }
  outStart[nodes] = total;
  const outList = new Int32Array(total);
  for (let s = 0, j = 0; s < nodes; s++) for (const p of outs[s]) outList[j++] = p;

  const n = pats.length;
  const patRule = new Int32Array(n);
  const patLen = new Int32Array(n);
  const patLeftOpen = new Uint8Array(n);
  const patRightOpen = new Uint8Array(n);
  pats.forEach((p, i) => {
    patRule[i] = p.rule;
    patLen[i] = p.text.length;
    patLeftOpen[i] = p.leftOpen ? 1 : 0;
    patRightOpen[i] = p.rightOpen ? 1 : 0;
  });
  const isStop = new Uint8Array(rules.length);
  rules.forEach((r, i) => (isStop[i] = r.kind === 'stop' ? 1 : 0));
  return {
    rules,
    patRule,
    patLen,
    patLeftOpen,
    patRightOpen,
    delta,
    classes: K,
    classOf,
    outStart,
    outList,
    isStop,
  };
}

/**
 * One pass over normalised codes. Stop-word hits are only counted (into `counts`, per rule);
 * every other hit is returned, at most `maxHits` of them so hostile text cannot grow the list.
 */
export function scan(m: Matcher, codes: Uint16Array, counts: Int32Array, maxHits = 2000): Hit[] {
  const { delta, classes: K, classOf, outStart, outList, patRule, patLen, isStop } = m;
  const { patLeftOpen, patRightOpen } = m;
  const hits: Hit[] = [];
  const n = codes.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = delta[s * K + classOf[codes[i]]];
    const o = outStart[s];
    const e = outStart[s + 1];
    if (o === e) continue;
    for (let j = o; j < e; j++) {
      const p = outList[j];
      const start = i + 1 - patLen[p];
      if (!patLeftOpen[p] && start > 0 && IS_WORD[codes[start - 1]]) continue;
      if (!patRightOpen[p] && i + 1 < n && IS_WORD[codes[i + 1]]) continue;
      const r = patRule[p];
      counts[r]++;
      if (isStop[r] || hits.length >= maxHits) continue;
      hits.push({ rule: r, start, end: i + 1 });
    }
  }
  return hits;
}
