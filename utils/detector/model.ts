/**
 * The learned scorer: a logistic model over the rule verdict, the rules and word families that
 * spoke, and the words and word pairs of the live text. It is what lets Rebound recognise a
 * "no" said in words no rule was written for. Weights come from `npm run train` (see
 * weights.ts); looking them up is one hash-table read per feature.
 */
import { REJECTION_AT } from './score';
import { MAX_WORDS, readWords, type FeatureSink } from './model-features';

import { MODEL, type ModelData } from './model-weights';

interface Table {
  mask: number;
  keys: Int32Array;
  vals: Float32Array;
  /** Per slot, the call that last counted it: each feature counts once per email. */
  seen: Uint32Array;
  bias: number;
  ruleWeight: number;
  ruleWeightNeg: number;
}

let table: Table | null = null;
let stamp = 0;

function bytesOf(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function slotOf(t: Table, h: number): number {
  let i = Math.imul(h, 0x9e3779b1) >>> 0;
  for (;;) {
    i &= t.mask;
    const k = t.keys[i];
    if (k === h || k === 0) return i;
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
    keys: new Int32Array(size),
    vals: new Float32Array(size),
    seen: new Uint32Array(size),
    bias: data.bias,
    ruleWeight: data.ruleWeight,
    ruleWeightNeg: data.ruleWeightNeg,
  };
  const view = new DataView(keyBytes.buffer);
  for (let i = 0; i < n; i++) {
    const h = view.getInt32(i * 4, true);
    const slot = slotOf(t, h);
    t.keys[slot] = h;
    t.vals[slot] = ((weightBytes[i] << 24) >> 24) * data.scale;
  }
  return t;
}

const EMPTY: ModelData = {
  bias: 0,
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

let logit = 0;
let current: Table | null = null;
const addWeight = (h: number): void => {
  const t = current!;
  const slot = slotOf(t, h);
  if (t.keys[slot] === 0 || t.seen[slot] === stamp) return;
  t.seen[slot] = stamp;
  logit += t.vals[slot];
};

/** Where the words of an email are: the subject, and the body's live part with its dead spans. */
export interface WordSource {
  subject: string;
  body: string;
  bodyEnd: number;
  dead: ReadonlyArray<readonly [number, number]>;
}

/**
 * Hands every word feature of the body's live part to `sink`, MAX_WORDS in all. Subjects are
 * left to the rules: "Your application" heads receipts, invitations and rejections alike, and
 * a model would learn from the corpus which of them it happened to head more often.
 */
export function eachWord(src: WordSource, sink: FeatureSink): void {
  readWords(src.body, 0, src.bodyEnd, src.dead, 1, MAX_WORDS, sink);
}

/**
 * Rule verdicts this sure are left as they are: a rejection the rules found stands, and so does
 * a strong counter-signal (an offer, an invitation). The words are read only in between, where
 * they find the "no" said in words no rule names.
 */
export const SURE_REJECTION = Math.log(REJECTION_AT / (1 - REJECTION_AT));
export const SURE_NOT = -6;

/** True when the rules alone decide and the words need not be read. */
export function rulesAreSure(ruleLogit: number): boolean {
  return ruleLogit <= SURE_NOT;
}

/** Below this the words overrule a rejection the rules found: they read it as something else. */
export const VETO = -3;

/**
 * The verdict's log-odds from the rules' and the model's: a rejection the rules found stands
 * unless the words clearly say otherwise; anywhere else the model, which weighs both, decides.
 */
export function combine(ruleLogit: number, modelLogit: number): number {
  if (ruleLogit <= SURE_NOT) return ruleLogit;
  if (ruleLogit >= SURE_REJECTION && modelLogit > VETO) return Math.max(ruleLogit, modelLogit);
  return modelLogit;
}

/** The model's log-odds for one email: its words, the rule and family names, the rule logit. */
export function scoreEmail(src: WordSource, names: readonly number[], ruleLogit: number): number {
  const t = getModel();
  if (++stamp === 0xffffffff) {
    t.seen.fill(0);
    stamp = 1;
  }
  current = t;
  logit = t.bias + (ruleLogit > 0 ? t.ruleWeight * ruleLogit : t.ruleWeightNeg * ruleLogit);
  for (const h of names) addWeight(h);
  if (t.keys.length > 16) eachWord(src, addWeight);
  return logit;
}

export interface WordEvidence {
  /** The feature's weight towards a rejection. */
  weight: number;
  field: 0 | 1;
  start: number;
  end: number;
}

/** The `k` word features that weigh most towards a rejection, strongest first, not overlapping. */
export function strongestWords(src: WordSource, k: number): WordEvidence[] {
  const t = getModel();
  const found: Array<{ w: number; at: WordEvidence }> = [];
  const field = 1;
  const sink: FeatureSink = (h, start, end) => {
    const slot = slotOf(t, h);
    if (t.keys[slot] !== 0 && t.vals[slot] > 0)
      found.push({ w: t.vals[slot], at: { weight: t.vals[slot], field, start, end } });
  };
  readWords(src.body, 0, src.bodyEnd, src.dead, 1, MAX_WORDS, sink);
  found.sort((a, b) => b.w - a.w || a.at.field - b.at.field || a.at.start - b.at.start);
  const out: WordEvidence[] = [];
  for (const { at } of found) {
    // Overlapping spans say the same words twice ("gone with" and "with them").
    if (out.some((o) => o.field === at.field && at.start < o.end && o.start < at.end)) continue;
    out.push(at);
    if (out.length === k) break;
  }
  return out;
}
