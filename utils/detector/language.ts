/**
 * Guesses the language from how often each language's common words occur in the subject and
 * the opening of the body. The hint from the page (email.lang) only tips a close call: webmail
 * interfaces often carry the reader's language, not the sender's.
 *
 * The common words are single words, so rather than run an automaton over the text, each word of
 * the sample is folded the way rule phrases are (case, accents, ß → ss), hashed, and looked up:
 * one table read per word instead of one automaton step per letter.
 */
import { IS_WORD } from './matcher';
import { FOLD_DROP, foldCode } from './normalize';
import type { Rule } from './rules/types';
import type { Lang } from './types';

const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'nl'];

const ALLOWED = Object.fromEntries(
  LANGS.map((l) => [l, new Set<string>(['any', l]) as ReadonlySet<string>]),
) as Record<Lang, ReadonlySet<string>>;

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

export interface LanguageGuess {
  lang: Lang;
  /** Rule languages that may decide: the guess and the layout rules. */
  allowed: ReadonlySet<string>;
}

/** Source chars that vanish in normalised text (soft hyphens, joiners): words run on past them. */
const SKIP = -1;
/** Anything that is not part of a word. */
const GAP = 0;
/** Letters that fold to two (ß → ss, æ → ae) are read as two only in this range, as the matcher does. */
const PAIR_RANGE = 0x250;

/**
 * Each code unit as the matcher reads it: its folded letter (two packed for ß and the like),
 * GAP where a word ends, SKIP where nothing is there.
 */
const LETTER = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const f = foldCode(c);
  if (f === FOLD_DROP) LETTER[c] = SKIP;
  else if (f < 0) LETTER[c] = GAP;
  else if (f > 0xffff) LETTER[c] = c < PAIR_RANGE && IS_WORD[f >>> 16] ? f : GAP;
  else LETTER[c] = IS_WORD[f] ? f : GAP;
}

/** Two independent hashes of a word's letters: the first finds it, the second confirms it. */
const step1 = (h: number, x: number) => Math.imul(h ^ x, 0x01000193);
const step2 = (h: number, x: number) => Math.imul(h ^ x, 0x5bd1e995) ^ (h >>> 13);
/** One folded letter (or the two packed for ß and the like) into each hash. */
const add1 = (h: number, f: number) =>
  f > 0xffff ? step1(step1(h, f >>> 16), f & 0xffff) : step1(h, f);
const add2 = (h: number, f: number) =>
  f > 0xffff ? step2(step2(h, f >>> 16), f & 0xffff) : step2(h, f);
const SEED1 = 0x811c9dc5;
const SEED2 = 0x2545f491;

/** Per first hash: [second hash, language index, …], one pair for each list the word is in. */
export type WordTable = Map<number, number[]>;

/** Folds and hashes a whole word given as text (a rule's common word). */
function hashWord(word: string): [number, number] {
  let h1 = SEED1;
  let h2 = SEED2;
  for (let i = 0; i < word.length; i++) {
    const f = LETTER[word.charCodeAt(i)];
    if (f === SKIP) continue;
    h1 = add1(h1, f);
    h2 = add2(h2, f);
  }
  return [h1, h2];
}

/** The table of common words from the languages' stop rules. */
export function buildWordTable(stopRules: readonly Rule[]): WordTable {
  const table: WordTable = new Map();
  for (const rule of stopRules) {
    const li = LANGS.indexOf(rule.lang as Lang);
    if (li < 0 || rule.kind !== 'stop') continue;
    for (const word of rule.pats) {
      const [h1, h2] = hashWord(word);
      const entry = table.get(h1);
      if (entry) entry.push(h2, li);
      else table.set(h1, [h2, li]);
    }
  }
  return table;
}

/** Adds each common word in text[from, to) to its languages' scores. */
function countWords(table: WordTable, text: string, from: number, to: number, score: Int32Array) {
  let h1 = SEED1;
  let h2 = SEED2;
  let inWord = false;
  for (let i = from; i <= to; i++) {
    const f = i < to ? LETTER[text.charCodeAt(i)] : GAP;
    if (f === SKIP) continue;
    if (f !== GAP) {
      h1 = add1(h1, f);
      h2 = add2(h2, f);
      inWord = true;
      continue;
    }
    if (inWord) {
      const entry = table.get(h1);
      if (entry)
        for (let j = 0; j < entry.length; j += 2) if (entry[j] === h2) score[entry[j + 1]]++;
      h1 = SEED1;
      h2 = SEED2;
      inWord = false;
    }
  }
}

const score = new Int32Array(LANGS.length);

/**
 * The language of subject[0, subjectEnd) and body[0, bodyEnd): the one whose common words occur
 * most, English on a tie; the page's hint adds a tenth of all the counts (at least two).
 */
export function chooseLanguage(
  table: WordTable,
  subject: string,
  subjectEnd: number,
  body: string,
  bodyEnd: number,
  hint?: string,
): LanguageGuess {
  score.fill(0);
  countWords(table, subject, 0, subjectEnd, score);
  countWords(table, body, 0, bodyEnd, score);
  const primary = typeof hint === 'string' ? hint.slice(0, 2).toLowerCase() : '';
  let total = 0;
  for (let i = 0; i < LANGS.length; i++) total += score[i];
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < LANGS.length; i++) {
    const s = score[i] + (LANGS[i] === primary ? Math.max(2, total * 0.1) : 0);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  const lang = LANGS[best];
  return { lang, allowed: ALLOWED[lang] };
}
