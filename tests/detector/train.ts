/**
 * npm run train [-- --check] [-- --folds N [--on SUFFIXES] [--shifts] [--misses] [--dump FILE]]
 *
 * Fits the detector's learned scorer (utils/detector/model) on the development corpus only:
 * logistic regression over the rule verdict, the rules that spoke and the words and word pairs
 * of the live text, with L1 and L2 penalties so only features that earn their place remain.
 * Deterministic: the same corpus always gives the same weights.
 *
 *   (no flags)          train on every dev batch and write utils/detector/model-weights.ts
 *   --check             train and compare with the committed weights; exit 1 when they differ
 *   --folds N           cross-validation: the dev batches the rules were not written against,
 *                       bar the hard sets (HARD_SET), are cut into N folds; each fold is scored
 *                       by a model trained on everything else. This is how well the scorer does
 *                       on mail written apart from what it learned from. The held split is never
 *                       read here.
 *     --on -c,-d        score these batches instead (names ending in any of these)
 *     --shifts          also how each language's precision and recall move when its bias is
 *                       moved (how LANG_SHIFT is chosen)
 *     --misses          also list every email the folds got wrong
 *     --dump FILE       also write each scored email's parts (rules, model, strongest sentence,
 *                       words) as JSONL, to weigh other ways of combining them without refitting
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { featuresOf, type Lang } from '../../utils/detector';
import { hashName } from '../../utils/detector/model-features';
import { RULES } from '../../utils/detector/rules';
import { combine, saysIt, wordsCarried } from '../../utils/detector/model';
import { REJECTION_AT } from '../../utils/detector/score';

import type { ModelData } from '../../utils/detector/model-weights';
import { ALL_CASES, CASE_SENDER } from './cases';
import { readCorpus, toEmail, type CorpusItem } from './corpus-lib';
import { prng } from './typical';

const DEV = 'tests/detector/corpus/dev';
const OUT = 'utils/detector/model-weights.ts';
const LANGS: Lang[] = ['en', 'de', 'fr', 'es', 'nl'];

/** Penalties and schedule, chosen by cross-validation on the dev split (see --folds). */
const L1 = 0.00001;
const L2 = 0.0003;
const EPOCHS = 600;
const RATE = 0.3;
/** A word feature must appear in this many training emails to get a weight. */
const MIN_DF = 2;
/** Negatives count this much more than positives: a false alarm hurts more than a miss. */
const NEGATIVE_WEIGHT = 1.5;
const RULE_CLAMP = 12;
/**
 * The corpus is more than half rejections and its negatives are mostly hard ones; a person's
 * inbox is neither. The shipped bias is moved down by this much so that mail with nothing telling
 * in it stays "not".
 */
const PRIOR_SHIFT = 1;
/**
 * And by this much more in each language (negative: less). Chosen on cross-validation
 * (`--folds 5 --shifts`) over 12,090 emails, precision first: the lowest bias on a 0.25 grid where
 * each language's out-of-fold precision stays at or above 0.985, except where that breaks a case
 * the tests hold (English stops at -1.25: at -1.5 a refused flat rental reads as a rejection).
 * The line sits above the 0.98 target because cross-validation flatters precision: fresh batches
 * scored before any fitting came out between 0.958 and 1. With one shift for all, some languages
 * gave up recall they did not need to while others sat on the precision line.
 */
const LANG_SHIFT: Record<Lang, number> = { en: -1.25, de: -0.5, fr: -0.75, es: -1, nl: -1.25 };
const perLang = (f: (lang: Lang) => number) =>
  Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, number>;
/** The batches the phrase rules were written against; the blend is fitted on the others. */
const RULES_TUNED_ON = /^((en|de|fr|es|nl)(-b)?\.jsonl|cases)$/;
/**
 * Batches written to be hard rather than a fair picture of an inbox: only the look-alikes that
 * fool a skimming reader, or only the rejections it misses. The model learns from them, but
 * cross-validation does not score them by default, so the bias is not chosen on mail that is
 * all look-alike or all rejection.
 */
const HARD_SET = /-a[hin]\.jsonl$/;
/**
 * How much those batches count when the words are learned. The rules fit them perfectly, so at
 * full weight the model learns that a rule speaking settles it, which on new mail it does not
 * (cross-validation: recall fell by several points and precision did not gain).
 */
const RULE_BATCH_WEIGHT = 0.3;

interface Doc {
  item: CorpusItem;
  file: string;
  y: 0 | 1;
  /** The language the detector reads it in, which picks its bias. */
  lang: Lang;
  rule: number;
  features: number[];
  sentences: number[][];
  words: number;
}

function docOf(item: CorpusItem, file: string): Doc {
  const { ruleLogit, features, sentences, words, lang } = featuresOf(toEmail(item));
  return {
    item,
    file,
    y: item.label === 'rejection' ? 1 : 0,
    lang,
    rule: Math.max(-RULE_CLAMP, Math.min(RULE_CLAMP, ruleLogit)),
    features,
    sentences,
    words,
  };
}

function loadDev(): Doc[] {
  const docs: Doc[] = [];
  for (const f of readdirSync(DEV)
    .filter((x) => x.endsWith('.jsonl'))
    .sort()) {
    const { items, errors } = readCorpus(`${DEV}/${f}`);
    if (errors.length) throw new Error(errors.join('\n'));
    for (const item of items) docs.push(docOf(item, f));
  }
  // The short emails written for the rule tests are development mail too.
  for (const [lang, cases] of Object.entries(ALL_CASES)) {
    cases.forEach(([expected, subject, body], i) => {
      const item: CorpusItem = {
        id: `case-${lang}-${i}`,
        label: expected === 'rejection' ? 'rejection' : 'not_rejection',
        subject,
        from_name: CASE_SENDER.name,
        from_email: CASE_SENDER.email,
        body,
        lang,
        line: i + 1,
      };
      docs.push(docOf(item, 'cases'));
    });
  }
  return docs;
}

/**
 * What the rules mean cannot be turned around by the corpus: a rejection rule speaking never
 * counts against a rejection, a counter-signal never for one. (The corpus asks for hard negatives
 * full of "unfortunately" and for rejections that avoid the stock phrases, so unconstrained, the
 * model learned that "unfortunately" argues against a rejection, which in a real inbox it does
 * not.) Words stay free. +1: at least 0; -1: at most 0.
 */
const SIGN_OF = new Map<number, 1 | -1>();
for (const r of RULES) {
  const sign = r.kind === 'reject' ? 1 : r.kind === 'counter' || r.kind === 'notice' ? -1 : 0;
  if (sign === 0) continue;
  SIGN_OF.set(hashName(`rule:${r.id}`), sign);
  SIGN_OF.set(hashName(`kind:${r.kind}:${r.tag}`), sign);
}

/** Which rule a feature hash names, for --dump. */
const RULE_ID = new Map(RULES.map((r) => [hashName(`rule:${r.id}`), r.id]));

interface TextModel {
  bias: number;
  weights: Map<number, number>;
}

/** Logistic regression over the words (and the rule names) of the training emails. */
function fitText(train: readonly Doc[]): TextModel {
  const df = new Map<number, number>();
  for (const d of train) for (const h of d.features) df.set(h, (df.get(h) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [h, n] of df) if (n >= MIN_DF) index.set(h, index.size);
  const rows = train.map((d) => {
    const ix: number[] = [];
    for (const h of d.features) {
      const i = index.get(h);
      if (i !== undefined) ix.push(i);
    }
    return Int32Array.from(ix);
  });
  const n = index.size + 1; // every feature, then the bias
  const BIAS = index.size;
  const sign = new Int8Array(n);
  for (const [h, i] of index) sign[i] = SIGN_OF.get(h) ?? 0;
  const w = new Float64Array(n);
  const g = new Float64Array(n);
  // Adagrad: each weight moves by its own history, so rare words learn as well as common ones.
  const history = new Float64Array(n);
  const docWeight = train.map(
    (d) => (d.y ? 1 : NEGATIVE_WEIGHT) * (RULES_TUNED_ON.test(d.file) ? RULE_BATCH_WEIGHT : 1),
  );
  const total = docWeight.reduce((s, x) => s + x, 0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    g.fill(0);
    for (let k = 0; k < train.length; k++) {
      const d = train[k];
      const row = rows[k];
      let z = w[BIAS];
      for (let j = 0; j < row.length; j++) z += w[row[j]];
      const p = 1 / (1 + Math.exp(-z));
      const err = ((p - d.y) * docWeight[k]) / total;
      g[BIAS] += err;
      for (let j = 0; j < row.length; j++) g[row[j]] += err;
    }
    for (let i = 0; i < n; i++) {
      const penalised = i !== BIAS;
      const grad = g[i] + (penalised ? L2 * w[i] : 0);
      if (grad === 0 && w[i] === 0) continue;
      history[i] += grad * grad;
      const step = RATE / (Math.sqrt(history[i]) + 1e-8);
      let v = w[i] - step * grad;
      if (penalised) {
        // Proximal step for the L1 penalty: small weights become exactly zero.
        const shrink = step * L1;
        v = v > shrink ? v - shrink : v < -shrink ? v + shrink : 0;
      }
      if (sign[i] > 0 && v < 0) v = 0;
      else if (sign[i] < 0 && v > 0) v = 0;
      w[i] = v;
    }
  }
  const weights = new Map<number, number>();
  for (const [h, i] of index) if (w[i] !== 0) weights.set(h, w[i]);
  return { bias: w[BIAS], weights };
}

function textLogit(m: TextModel, d: Doc): number {
  let z = m.bias;
  for (const h of d.features) z += m.weights.get(h) ?? 0;
  return z;
}

/**
 * How the rule verdict and the words are weighed together: c + a·max(rules, 0) +
 * n·min(rules, 0) + b·words. A "yes" and a "no" from the rules are trusted apart.
 */
interface Blend {
  c: number;
  a: number;
  n: number;
  b: number;
}

/**
 * Fits the blend on word scores each email got from a model that never saw it (k folds), so
 * the blend learns how far the words can be trusted on new mail, not on mail they memorised.
 */
function fitBlend(train: readonly Doc[], k: number, seed: number): Blend {
  const rand = prng(seed);
  const fold = train.map(() => Math.floor(rand() * k));
  const words = new Float64Array(train.length);
  for (let f = 0; f < k; f++) {
    const m = fitText(train.filter((_, i) => fold[i] !== f));
    train.forEach((d, i) => {
      if (fold[i] === f) words[i] = textLogit(m, d);
    });
  }
  let c = 0;
  let a = 1;
  let n = 1;
  let b = 1;
  // Only mail the rules were never tuned on can say how much the rules are worth.
  const fresh = train.map((d) => !RULES_TUNED_ON.test(d.file));
  const total = train.reduce((s, d, i) => s + (fresh[i] ? (d.y ? 1 : NEGATIVE_WEIGHT) : 0), 0);
  for (let epoch = 0; epoch < 3000; epoch++) {
    let gc = 0;
    let ga = 0;
    let gn = 0;
    let gb = 0;
    train.forEach((d, i) => {
      if (!fresh[i]) return;
      const pos = Math.max(d.rule, 0);
      const neg = Math.min(d.rule, 0);
      const p = 1 / (1 + Math.exp(-(c + a * pos + n * neg + b * words[i])));
      const err = ((p - d.y) * (d.y ? 1 : NEGATIVE_WEIGHT)) / total;
      gc += err;
      ga += err * pos;
      gn += err * neg;
      gb += err * words[i];
    });
    c -= 0.5 * gc;
    a -= 0.05 * ga;
    // A counter-signal never argues for a rejection, however the fit would trade it off.
    n = Math.max(0, n - 0.05 * gn);
    b -= 0.05 * gb;
  }
  return { c, a, n, b };
}

interface Fitted {
  bias: number;
  langBias: Record<Lang, number>;
  ruleWeight: number;
  ruleWeightNeg: number;
  weights: Map<number, number>;
}

/** The shipped form: the blend folded into one bias, one rule weight and the word weights. */
function fit(train: readonly Doc[], seed = 5): Fitted {
  const blend = fitBlend(train, 5, seed);
  const text = fitText(train);
  const weights = new Map<number, number>();
  for (const [h, v] of text.weights) weights.set(h, v * blend.b);
  if (!process.argv.includes('--check')) {
    console.log(
      `blend c ${blend.c.toFixed(3)} a ${blend.a.toFixed(3)} n ${blend.n.toFixed(3)} b ${blend.b.toFixed(3)}; ${weights.size} weights`,
    );
  }
  return {
    bias: blend.c + blend.b * text.bias - PRIOR_SHIFT,
    langBias: perLang((l) => -LANG_SHIFT[l]),
    ruleWeight: blend.a,
    ruleWeightNeg: blend.n,
    weights,
  };
}

/** The model's log-odds for a training email, before it is weighed against the rules. */
function modelLogit(m: Fitted, d: Doc, shift = 0): number {
  let z =
    m.bias +
    m.langBias[d.lang] -
    shift +
    m.ruleWeight * Math.max(d.rule, 0) +
    m.ruleWeightNeg * Math.min(d.rule, 0);
  for (const h of d.features) z += m.weights.get(h) ?? 0;
  return z;
}

/** The weight of the sentence that leans most towards a rejection (0 when none does). */
function bestSentence(m: Fitted, d: Doc): number {
  let best = 0;
  for (const sentence of d.sentences) {
    let sum = 0;
    for (const h of sentence) sum += m.weights.get(h) ?? 0;
    best = Math.max(best, sum);
  }
  return best;
}

/** What detect() would say of a training email. */
function probability(m: Fitted, d: Doc, shift = 0): number {
  let logit = combine(d.rule, modelLogit(m, d, shift), d.words);
  // As in detect(): words that carry it past the rules must say it in one sentence.
  if (wordsCarried(d.rule, logit) && !saysIt(bestSentence(m, d), d.words)) logit = d.rule;
  return 1 / (1 + Math.exp(-logit));
}

function toModelData(m: Fitted): ModelData {
  const entries = [...m.weights].sort((a, b) => a[0] - b[0]);
  const max = entries.reduce((x, [, v]) => Math.max(x, Math.abs(v)), 0) || 1;
  const scale = max / 127;
  const kept = entries
    .map(([h, v]) => [h, Math.round(v / scale)] as const)
    .filter(([, q]) => q !== 0);
  const keys = Buffer.alloc(kept.length * 4);
  const weights = Buffer.alloc(kept.length);
  kept.forEach(([h, q], i) => {
    keys.writeInt32LE(h, i * 4);
    weights.writeInt8(q, i);
  });
  const r = (x: number) => Number(x.toPrecision(6));
  return {
    bias: r(m.bias),
    langBias: perLang((l) => r(m.langBias[l])),
    ruleWeight: r(m.ruleWeight),
    ruleWeightNeg: r(m.ruleWeightNeg),
    scale: r(scale),
    keys: keys.toString('base64'),
    weights: weights.toString('base64'),
  };
}

function render(data: ModelData, docs: number): string {
  // A flat array of lines, joined: a long chain of + would nest as deep as it is long.
  const wrap = (s: string) =>
    `[\n${(s.match(/.{1,96}/g) ?? ['']).map((x) => `    '${x}',`).join('\n')}\n  ].join('')`;
  return `// Generated by \`npm run train\` from the development corpus (${docs} emails in
// tests/detector/corpus/dev); do not edit by hand. keys: little-endian int32 feature hashes;
// weights: int8, times \`scale\`.
export interface ModelData {
  bias: number;
  /** Added to the bias for mail read in each language. */
  langBias: { en: number; de: number; fr: number; es: number; nl: number };
  /** Times the rules' log-odds when they lean towards a rejection. */
  ruleWeight: number;
  /** Times the rules' log-odds when they lean away from one. */
  ruleWeightNeg: number;
  scale: number;
  keys: string;
  weights: string;
}

export const MODEL: ModelData = {
  bias: ${data.bias},
  langBias: { ${LANGS.map((l) => `${l}: ${data.langBias[l]}`).join(', ')} },
  ruleWeight: ${data.ruleWeight},
  ruleWeightNeg: ${data.ruleWeightNeg},
  scale: ${data.scale},
  keys: ${wrap(data.keys)},
  weights: ${wrap(data.weights)},
};
`;
}

function report(label: string, scored: Array<{ d: Doc; p: number }>): void {
  for (const lang of LANGS) {
    const xs = scored.filter((s) => (s.d.item.lang ?? 'en') === lang);
    if (!xs.length) continue;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { d, p } of xs) {
      const hit = p >= REJECTION_AT;
      if (hit && d.y) tp++;
      else if (hit) fp++;
      else if (d.y) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    console.log(
      `${label} ${lang}: n ${xs.length} tp ${tp} fp ${fp} fn ${fn} ` +
        `precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`,
    );
  }
}

const args = process.argv.slice(2);
const docs = loadDev();
const foldsAt = args.indexOf('--folds');
if (foldsAt >= 0) {
  const folds = Number(args[foldsAt + 1]);
  const onAt = args.indexOf('--on');
  const on = onAt >= 0 ? args[onAt + 1].split(',') : null;
  const target = docs.filter((d) =>
    on
      ? on.some((x) => d.file.replace(/\.jsonl$/, '').endsWith(x))
      : !RULES_TUNED_ON.test(d.file) && !HARD_SET.test(d.file),
  );
  const rand = prng(11);
  const foldOf = new Map(target.map((d) => [d, Math.floor(rand() * folds)]));
  const scored: Array<{ d: Doc; p: number }> = [];
  const rulesOnly: Array<{ d: Doc; p: number }> = [];
  const withShifts = args.includes('--shifts');
  const dumpAt = args.indexOf('--dump');
  const SHIFTS = [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5];
  const parts: string[] = [];
  const shifted = SHIFTS.map(() => [] as Array<{ d: Doc; p: number }>);
  for (let f = 0; f < folds; f++) {
    const test = target.filter((d) => foldOf.get(d) === f);
    const model = fit(docs.filter((d) => foldOf.get(d) !== f));
    for (const d of test) {
      scored.push({ d, p: probability(model, d) });
      rulesOnly.push({ d, p: 1 / (1 + Math.exp(-d.rule)) });
      if (withShifts) SHIFTS.forEach((s, i) => shifted[i].push({ d, p: probability(model, d, s) }));
      if (dumpAt >= 0) {
        const [z, sentence] = [modelLogit(model, d), bestSentence(model, d)];
        const rules = d.features.filter((h) => RULE_ID.has(h)).map((h) => RULE_ID.get(h));
        const { id } = d.item;
        parts.push(
          JSON.stringify({
            id,
            y: d.y,
            lang: d.lang,
            rule: d.rule,
            z,
            sentence,
            words: d.words,
            rules,
          }),
        );
      }
    }
  }
  if (withShifts) {
    // How each language's precision and recall move if its bias moved by this much more.
    SHIFTS.forEach((s, i) => report(`shift ${s}`, shifted[i]));
  }
  report('rules only', rulesOnly);
  report('with model', scored);
  const either = scored.map((s, i) => ({ d: s.d, p: Math.max(s.p, rulesOnly[i].p) }));
  report('rules or model', either);
  if (dumpAt >= 0) writeFileSync(args[dumpAt + 1], parts.join('\n') + '\n');
  if (args.includes('--misses')) {
    for (const { d, p } of scored) {
      if (p >= REJECTION_AT !== (d.y === 1))
        console.log(`  ${d.item.id} y=${d.y} p=${p.toFixed(3)} rules=${d.rule.toFixed(2)}`);
    }
  }
} else {
  const data = toModelData(fit(docs));
  const text = render(data, docs.length);
  if (args.includes('--check')) {
    const same = readFileSync(OUT, 'utf8') === text;
    console.log(same ? `${OUT} matches the corpus` : `${OUT} is stale: run npm run train`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, text);
  const n = Buffer.from(data.weights, 'base64').length;
  console.log(`wrote ${OUT}: ${n} weights from ${docs.length} emails`);
}
