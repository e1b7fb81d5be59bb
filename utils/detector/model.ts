/**
 * The learned scorer: a logistic model over the rule verdict, the rules and word families that
 * spoke, and the words, word pairs and negated words of the live text, with a bias of its own
 * per language. It is what lets Rebound recognise a "no" said in words no rule was written for.
 * Weights come from `npm run train` (see model-weights.ts); looking them up is one hash-table
 * read per feature.
 */
import { MAX_WORDS, readWords, type FeatureSink } from './model-features';
import { MAYBE_AT, REJECTION_AT } from './score';

import { MODEL, type ModelData } from './model-weights';
import type { Lang } from './types';

const NO_LANG_BIAS: Readonly<Record<Lang, number>> = { en: 0, de: 0, fr: 0, es: 0, nl: 0 };

/**
 * Open-addressed hash table, one Int32Array: slot i is `cells[2i]` (the feature hash, 0 when
 * empty) and `cells[2i + 1]` (the int8 weight in its low byte, and above it the call that last
 * counted it, so each feature counts once per email). Key and weight share a cache line.
 */
interface Table {
  mask: number;
  cells: Int32Array;
  scale: number;
  size: number;
  bias: number;
  /** Added to the bias per language (see ModelData.langBias). */
  langBias: Readonly<Record<Lang, number>>;
  ruleWeight: number;
  ruleWeightNeg: number;
}

let table: Table | null = null;
/** Stamps fit in the 23 bits above the weight byte; wrapping around clears them all. */
const MAX_STAMP = 0x7fffff;
let stamp = 0;

function bytesOf(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Index of the key cell for hash `h`: where it is, or the empty cell where it would go. */
function cellOf(t: Table, h: number): number {
  let i = Math.imul(h, 0x9e3779b1) >>> 0;
  for (;;) {
    i &= t.mask;
    const k = t.cells[2 * i];
    if (k === h || k === 0) return 2 * i;
    i++;
  }
}

/** Builds the lookup table from model data (the shipped weights unless given others). */
export function buildModel(data: ModelData = MODEL): Table {
  const keyBytes = bytesOf(data.keys);
  const weightBytes = bytesOf(data.weights);
  const n = weightBytes.length;
  if (keyBytes.length !== n * 4) throw new Error('Model data is damaged: keys and weights differ');
  let size = 16;
  while (size < n * 2) size *= 2;
  const t: Table = {
    mask: size - 1,
    cells: new Int32Array(2 * size),
    scale: data.scale,
    size: n,
    bias: data.bias,
    langBias: data.langBias,
    ruleWeight: data.ruleWeight,
    ruleWeightNeg: data.ruleWeightNeg,
  };
  const view = new DataView(keyBytes.buffer);
  for (let i = 0; i < n; i++) {
    const h = view.getInt32(i * 4, true);
    const at = cellOf(t, h);
    t.cells[at] = h;
    t.cells[at + 1] = weightBytes[i];
  }
  return t;
}

const EMPTY: ModelData = {
  bias: 0,
  langBias: NO_LANG_BIAS,
  ruleWeight: 1,
  ruleWeightNeg: 1,
  scale: 1,
  keys: '',
  weights: '',
};

/** The shipped model; if its data were ever damaged, the rules alone decide, as before it. */
export function getModel(): Table {
  if (!table) {
    try {
      table = buildModel();
    } catch {
      table = buildModel(EMPTY);
    }
  }
  return table;
}

/** Words the last scoreEmail read in the live body. */
let bodyWords = 0;

/** How many words of the live body the last scoreEmail read. */
export function wordsScored(): number {
  return bodyWords;
}

/** The sum of the int8 weights counted so far for the email being scored. */
let units = 0;
let current: Table | null = null;
const addWeight = (h: number): void => {
  const cells = current!.cells;
  const at = cellOf(current!, h);
  if (cells[at] === 0) return;
  const v = cells[at + 1];
  if (v >>> 8 === stamp) return;
  cells[at + 1] = (stamp << 8) | (v & 0xff);
  units += (v << 24) >> 24;
};

/** Where the words of an email are: the subject, and the body's live part with its dead spans. */
export interface WordSource {
  subject: string;
  body: string;
  bodyEnd: number;
  dead: ReadonlyArray<readonly [number, number]>;
}

/** Words read from the subject, and how far into it: a subject is a line, not a letter. */
const MAX_SUBJECT = 300;
const SUBJECT_WORDS = 30;

/**
 * Hands every word feature to `sink`: the subject's first words (features of their own, apart
 * from the body's), then the body's live part, MAX_WORDS in all.
 */
export function eachWord(src: WordSource, sink: FeatureSink): number {
  readWords(src.subject, 0, Math.min(src.subject.length, MAX_SUBJECT), [], 0, SUBJECT_WORDS, sink);
  return readWords(src.body, 0, src.bodyEnd, src.dead, 1, MAX_WORDS, sink);
}

/**
 * How sure the rules must be for the words to be left unread. Only an overwhelming counter-signal
 * (an offer and an invitation together, the person's own reply) is: a single counter rule can
 * fire on a word a rejection also uses ("supplier", "housing", "concurso", "Zuschlag"), and
 * cross-validation showed the words catching those rejections when they are read: at -12 rather
 * than -10, 15 more out of fold with no more false alarms.
 */
export const SURE_NOT = -12;

/** True when the rules alone decide and the words need not be read. */
export function rulesAreSure(ruleLogit: number): boolean {
  return ruleLogit <= SURE_NOT;
}

const logOdds = (p: number) => Math.log(p / (1 - p));

/** Where the rules alone would call an email a rejection. */
export const SURE_REJECTION = logOdds(REJECTION_AT);
const MAYBE_LOGIT = logOdds(MAYBE_AT);

/**
 * The verdict's log-odds from the rules' and the model's:
 * - an overwhelming counter-signal stands (the words were never read);
 * - a rejection the rules found stands in a live body too short for its words to say otherwise
 *   (MIN_OVERRULE words), and in a longer one while the words, with RULE_CREDIT of the rules'
 *   log-odds added, still clear the rejection line: words that lean against it overrule it (a
 *   phrase rule firing in a hiring manager's note, or in the person's own reply);
 * - anywhere else the model, which weighs the rules that spoke alongside the words, decides.
 */
export function combine(ruleLogit: number, modelLogit: number, words = Infinity): number {
  if (rulesAreSure(ruleLogit)) return ruleLogit;
  if (
    ruleLogit >= SURE_REJECTION &&
    (words < MIN_OVERRULE || RULE_CREDIT * ruleLogit + modelLogit > SURE_REJECTION)
  ) {
    return Math.max(ruleLogit, modelLogit);
  }
  return modelLogit;
}

/**
 * How much of the rules' log-odds a rejection they found keeps against the words of a long
 * enough body. Chosen by cross-validation (5 folds, `train --dump`, each language's bias chosen
 * again for every value): the rules' phrases fire in hiring managers' notes, the person's own
 * replies and outreach that mentions an earlier "no", which made most of the out-of-fold false
 * alarms while the rules counted in full. At 0.25 the words overrule those, and the bias can be
 * lower: on the same 10,990 emails, each language's bias set for out-of-fold precision of at
 * least 0.985, 5,557 rejections caught with 73 false alarms, against 5,397 and 76 at 1. Never
 * letting the
 * words overrule short bodies (MIN_OVERRULE) keeps the plain ones ("je suis au regret de vous
 * annoncer une réponse négative").
 */
export const RULE_CREDIT = 0.25;

/**
 * A live body shorter than this many words is too little for its words to overrule a rejection
 * the rules found: "Bonjour, malheureusement votre profil n'a pas été retenu pour un entretien."
 * shares nearly every word with an invitation. 30 rather than 25 was even on cross-validation
 * (4 more caught, 3 more false alarms in 11,690) and keeps two-sentence rejections such as "nous ne
 * sommes pas en mesure de vous proposer un entretien et votre candidature n'a pas été retenue".
 */
export const MIN_OVERRULE = 30;

/**
 * The model's log-odds for one email: its words, the rule and family names, the rule logit, and
 * the bias of the language it is read in.
 */
export function scoreEmail(
  src: WordSource,
  names: readonly number[],
  ruleLogit: number,
  lang: Lang,
): number {
  const t = getModel();
  if (++stamp > MAX_STAMP) {
    for (let i = 1; i < t.cells.length; i += 2) t.cells[i] &= 0xff;
    stamp = 1;
  }
  current = t;
  units = 0;
  for (const h of names) addWeight(h);
  bodyWords = t.size > 0 ? eachWord(src, addWeight) : 0;
  const rules = ruleLogit > 0 ? t.ruleWeight * ruleLogit : t.ruleWeightNeg * ruleLogit;
  return t.bias + t.langBias[lang] + rules + units * t.scale;
}

export interface SentenceEvidence {
  /** What the sentence's words weigh together towards a rejection. */
  weight: number;
  /** Words in the whole live body. */
  words: number;
  start: number;
  end: number;
}

/** Longest quote the sentence evidence gives; a longer sentence is cut at a word end. */
const MAX_QUOTE = 240;

const isBlank = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0;
const endsSentence = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a;

/**
 * Reads the live body sentence by sentence: each sentence's words go to `sink`, then `done(start,
 * end)` is called. A sentence ends at . ! ? or a line break. Reads no more words than scoring,
 * and returns how many it read.
 */
function readSentences(
  src: WordSource,
  sink: FeatureSink,
  done: (start: number, end: number) => void,
): number {
  const { body, bodyEnd, dead } = src;
  let budget = MAX_WORDS;
  let from = 0;
  let d = 0;
  for (let i = 0; i <= bodyEnd && budget > 0; i++) {
    if (i < bodyEnd && !endsSentence(body.charCodeAt(i))) continue;
    const to = i < bodyEnd ? i + 1 : bodyEnd;
    // Dead spans are sorted: those ending before this sentence never matter again.
    while (d < dead.length && dead[d][1] <= from) d++;
    budget -= readWords(body, from, to, dead, 1, budget, sink, d);
    done(from, to);
    from = to;
  }
  return MAX_WORDS - budget;
}

/** The word features of each sentence of the live body, and its word count, for `npm run train`. */
export function sentenceFeatures(src: WordSource): { sentences: number[][]; words: number } {
  const sentences: number[][] = [];
  let current: number[] = [];
  const words = readSentences(
    src,
    (h) => current.push(h),
    () => {
      if (current.length) sentences.push(current);
      current = [];
    },
  );
  return { sentences, words };
}

/**
 * The least a single sentence's words must weigh towards a rejection for the words to call one
 * that the rules did not: a rejection is said somewhere, not spread thinly over a whole mail.
 * It also keeps mail with next to nothing in it ("Thanks!", "FYI") from leaning on the bias.
 */
export const MIN_SENTENCE = 0.3;

/**
 * Nor can they in a live body this short: "Danke für die Info!" above a quoted rejection is the
 * person's reply, and a real rejection in under this many words is a status line the rules read.
 */
export const MIN_WORDS = 6;

/**
 * Whether the words, not the rules, carried the verdict past "maybe": then one sentence must say
 * it (see saysIt). When the rules found the rejection themselves, their quotes already say why.
 */
export function wordsCarried(ruleLogit: number, logit: number): boolean {
  return logit > ruleLogit && logit > MAYBE_LOGIT && ruleLogit < SURE_REJECTION;
}

/** Whether the strongest sentence, in a live body of `words` words, says it. */
export function saysIt(sentenceWeight: number, words: number): boolean {
  return sentenceWeight >= MIN_SENTENCE && words >= MIN_WORDS;
}

/**
 * The sentence of the live body whose words weigh most towards a rejection: what the person is
 * shown as the words that decided it when no rule names the "no". Its weight is the sum of its
 * words' and word pairs' weights. Null when no sentence leans towards a rejection.
 */
export function decidingSentence(src: WordSource): SentenceEvidence | null {
  const t = getModel();
  const { body } = src;
  let best: SentenceEvidence | null = null;
  let sum = 0;
  const words = readSentences(
    src,
    (h) => {
      const at = cellOf(t, h);
      if (t.cells[at] !== 0) sum += (t.cells[at + 1] << 24) >> 24;
    },
    (from, to) => {
      if (sum > 0 && (!best || sum * t.scale > best.weight)) {
        best = { weight: sum * t.scale, words: 0, start: from, end: to };
      }
      sum = 0;
    },
  );
  if (!best) return null;
  let { start, end } = best as SentenceEvidence;
  while (start < end && isBlank(body.charCodeAt(start))) start++;
  while (end > start && isBlank(body.charCodeAt(end - 1))) end--;
  if (end - start > MAX_QUOTE) {
    end = start + MAX_QUOTE;
    while (end > start + 1 && !isBlank(body.charCodeAt(end))) end--;
  }
  return { weight: (best as SentenceEvidence).weight, words, start, end };
}
