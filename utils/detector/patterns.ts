/**
 * Rule phrases to plain strings. A phrase is written with groups "(a|b|)" that may nest, "*" on
 * an outer end to let a word continue there, and " + " between pieces that must follow each
 * other across one space. Long phrases are cut into such pieces automatically, so the
 * automaton grows with the sum of the alternatives, not with their product.
 */
import { normalize } from './normalize';
import type { Rule } from './rules/types';

/** "(a|b (c|d)) e*" → its plain alternatives; groups may nest. */
export function expand(pattern: string): string[] {
  let at = 0;
  const sequence = (): string[] => {
    let out = [''];
    let lit = '';
    const flush = () => {
      if (lit) out = out.map((o) => o + lit);
      lit = '';
    };
    while (at < pattern.length) {
      const c = pattern[at];
      if (c === ')' || c === '|') break;
      if (c === '(') {
        flush();
        at++;
        const alts: string[] = [];
        for (;;) {
          alts.push(...sequence());
          if (at >= pattern.length) throw new Error(`Unclosed group in rule pattern: ${pattern}`);
          if (pattern[at++] === ')') break;
        }
        const next: string[] = [];
        for (const o of out) for (const a of alts) next.push(o + a);
        out = next;
      } else {
        lit += c;
        at++;
      }
    }
    flush();
    return out;
  };
  const result = sequence();
  if (at < pattern.length) throw new Error(`Unbalanced ")" or "|" in rule pattern: ${pattern}`);
  return result;
}

export interface Prepared {
  text: string;
  rule: number;
  piece: number;
  first: boolean;
  last: boolean;
  second: boolean;
  leftOpen: boolean;
  rightOpen: boolean;
}

/** Splits a phrase at spaces outside groups into tokens, e.g. ["(a|b)", "c", "(d |)e"]. */
function topLevelTokens(pattern: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ' ' && depth === 0) {
      if (i > from) tokens.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  if (from < pattern.length) tokens.push(pattern.slice(from));
  return tokens;
}

const PIECE_VARIANTS = 24;
// Pieces must not be tiny: a piece "a" or "in" would be looked at on every such letter pair in
// every mail. Cuts wait until the piece is this long, and very short pieces are merged.
const PIECE_MIN = 3;
const PIECE_TINY = 3;

function shortest(piece: string): number {
  let min = Infinity;
  for (const e of expand(piece)) min = Math.min(min, e.replace(/^\*|\*$/g, '').trim().length);
  return min;
}

/**
 * Cuts a phrase into chain pieces wherever its alternatives would multiply past a handful, so
 * the automaton grows with the sum of the alternatives, not their product. Cuts fall only on
 * spaces outside groups and never leave a piece that could expand to nothing or to a tiny word.
 */
export function autoPieces(pattern: string): string[] {
  const pieces: string[] = [];
  for (const part of pattern.split(' + ')) {
    let current: string[] = [];
    let variants = 1;
    for (const token of topLevelTokens(part)) {
      const n = expand(token).length;
      // A token that can be a tiny word ("a", "an") stays with the words before it.
      const solid = expand(token).every((t) => t.trim() !== '') && shortest(token) >= PIECE_TINY;
      if (current.length > 0 && solid && variants * n > PIECE_VARIANTS) {
        const piece = current.join(' ');
        if (expand(piece).every((t) => t.trim() !== '') && shortest(piece) >= PIECE_MIN) {
          pieces.push(piece);
          current = [];
          variants = 1;
        }
      }
      current.push(token);
      variants *= n;
    }
    if (current.length) pieces.push(current.join(' '));
  }
  // Fold tiny pieces into a neighbour.
  for (let i = 0; i < pieces.length && pieces.length > 1;) {
    if (shortest(pieces[i]) >= PIECE_TINY) {
      i++;
      continue;
    }
    if (i + 1 < pieces.length) pieces.splice(i, 2, `${pieces[i]} ${pieces[i + 1]}`);
    else pieces.splice(i - 1, 2, `${pieces[i - 1]} ${pieces[i]}`);
  }
  return pieces;
}

export function prepare(rules: readonly Rule[]): { list: Prepared[]; pieces: number } {
  const list: Prepared[] = [];
  const seen = new Set<string>();
  let pieces = 0;
  rules.forEach((rule, r) => {
    const all = [
      ...rule.pats.map((p) => [p, false] as const),
      ...(rule.then ?? []).map((p) => [p, true] as const),
    ];
    for (const [pat, second] of all) {
      const parts = autoPieces(pat);
      const base = parts.length > 1 ? pieces : -1;
      if (parts.length > 1) pieces += parts.length;
      parts.forEach((part, k) => {
        for (let alt of expand(part)) {
          const leftOpen = k === 0 && alt.startsWith('*');
          const rightOpen = k === parts.length - 1 && alt.endsWith('*');
          alt = alt.slice(leftOpen ? 1 : 0, rightOpen ? -1 : undefined);
          const text = normalize(alt).text.trim();
          if (!text) continue;
          const piece = base < 0 ? -1 : base + k;
          const key = `${r}\u0000${piece}\u0000${text}\u0000${leftOpen}${rightOpen}${second}`;
          if (seen.has(key)) continue;
          seen.add(key);
          list.push({
            text,
            rule: r,
            piece,
            first: k === 0,
            last: k === parts.length - 1,
            second,
            leftOpen,
            rightOpen,
          });
        }
      });
    }
  });
  return { list, pieces };
}
