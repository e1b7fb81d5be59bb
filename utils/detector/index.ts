/**
 * The detector: reads one email and says whether it rejects the person's job application,
 * with the quotes that decided it and what it can tell about company, role, stage and contact.
 * Pure and bounded: only the first MAX_BODY chars of the body are read, in linear time.
 */
import { flagsOf, namesOf, type Facts } from './extract';
import { buildWordTable, chooseLanguage, type WordTable } from './language';
import { buildMatcher, countsFor, type Matcher } from './matcher';
import { scan } from './scan';
import { factRulesFor, rulesFor, STOP_RULES } from './rules';
import { MAYBE_AT, REJECTION_AT, scoreSignals, type Signal, type Verdict } from './score';
import { hashName } from './model-features';
import {
  combine,
  eachWord,
  getModel,
  rulesAreSure,
  scoreEmail,
  wordsScored,
  decidingSentence,
  saysIt,
  wordsCarried,
  sentenceFeatures,
  type WordSource,
} from './model';
import { collectSignals } from './signals';
import { quoteCheck } from './headers';
import { isLive, readLayout, type Layout } from './strip';
import type { Band, Detection, EmailView, Lang } from './types';

export type * from './types';

export const MAX_SUBJECT = 1_000;
/** The body is read up to here (or to the first quoted-history header, whichever is first). */
export const MAX_BODY = 6_000;
/** How much of the body the language guess reads. */
const LANG_SAMPLE = 160;
const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'nl'];

const ATS_HINTS = [
  'greenhouse',
  'lever',
  'workday',
  'ashby',
  'smartrecruiters',
  'smartr',
  'personio',
  'teamtailor',
  'workable',
  'icims',
  'jobvite',
  'recruitee',
  'bamboohr',
  'successfactors',
  'taleo',
  'join.com',
  'softgarden',
  'rexx',
  'talent',
  'career',
  'karriere',
  'jobs',
  'recruit',
  'hiring',
  'hr@',
  'bewerbung',
  'empleo',
  'emploi',
  'vacature',
];

const matchers = new Map<Lang, Matcher>();
let stopWords: WordTable | null = null;

/** One language's compiled rules; built on first use (a fraction of a second), then shared. */
export function getMatcher(lang: Lang = 'en'): Matcher {
  let m = matchers.get(lang);
  if (!m) {
    m = buildMatcher(rulesFor(lang));
    matchers.set(lang, m);
  }
  return m;
}

const factMatchers = new Map<Lang, Matcher>();

/** One language's fact phrases (stage, flags, names), read only when facts are asked for. */
export function getFactMatcher(lang: Lang = 'en'): Matcher {
  let m = factMatchers.get(lang);
  if (!m) {
    m = buildMatcher(factRulesFor(lang));
    factMatchers.set(lang, m);
  }
  return m;
}

/** The common words of all five languages, read first to pick the language matcher. */
function getStopWords(): WordTable {
  if (!stopWords) stopWords = buildWordTable(STOP_RULES);
  return stopWords;
}

/** Builds every matcher now, e.g. while the extension is idle, so no mail pays for it. */
export function warmUp(): void {
  getStopWords();
  getModel();
  for (const lang of LANGS) {
    getMatcher(lang);
    getFactMatcher(lang);
  }
}

/** Every hit in the subject counts: it has no quoted history, signature or footer. */
const always = (): boolean => true;

function asText(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

function hasJobWords(m: Matcher, counts: Int32Array): boolean {
  for (const r of m.jobRules) if (counts[r] > 0) return true;
  return false;
}

function looksLikeRecruitingSender(fromName: string, fromEmail: string): boolean {
  const s = `${fromName.slice(0, 200)} ${fromEmail.slice(0, 200)}`.toLowerCase();
  return ATS_HINTS.some((h) => s.includes(h));
}

/** What one reading of an email leaves for scoring: rule signals, layout, rule verdict, words. */
interface Reading {
  subject: string;
  body: string;
  fromName: string;
  fromEmail: string;
  lang: Lang;
  allowed: ReadonlySet<string>;
  signals: Signal[];
  layout: Layout;
  verdict: Verdict;
  /** Hashes of the rules, and of their kind and family, that spoke. */
  names: number[];
  /** Where the learned scorer reads words: the subject and the live part of the body. */
  words: WordSource;
}

const ruleNames = new Map<string, number[]>();
const JOB_CONTEXT = hashName('context:job');
const NO_JOB_CONTEXT = hashName('context:none');

function ruleNamesOf(signals: readonly Signal[], jobContext: boolean): number[] {
  const out: number[] = [jobContext ? JOB_CONTEXT : NO_JOB_CONTEXT];
  for (const s of signals) {
    let hs = ruleNames.get(s.rule.id);
    if (!hs) {
      const r = s.rule;
      hs = [hashName(`rule:${r.id}`), hashName(`kind:${r.kind}:${r.tag}`)];
      ruleNames.set(r.id, hs);
    }
    out.push(hs[0], hs[1]);
  }
  return out;
}

function read(email: EmailView): Reading {
  const subject = asText(email?.subject);
  const body = asText(email?.body);
  const fromName = asText(email?.from?.name);
  const fromEmail = asText(email?.from?.email);

  // Language first, from common words in the subject and the opening of the body.
  const guess = chooseLanguage(
    getStopWords(),
    subject,
    Math.min(subject.length, MAX_SUBJECT),
    body,
    Math.min(body.length, LANG_SAMPLE),
    asText(email?.lang),
  );
  const m = getMatcher(guess.lang);

  const counts = countsFor(m);
  const subjectScan = scan(m, subject, 0, Math.min(subject.length, MAX_SUBJECT), counts);
  const bodyEnd = Math.min(body.length, MAX_BODY);
  const bodyScan = scan(m, body, 0, bodyEnd, counts, quoteCheck(m, body));
  const cut = bodyScan.cut >= 0 ? bodyScan.cut : bodyEnd;
  const layout = readLayout(body, bodyScan.hits, m, cut, bodyScan.stopRule);

  const signals = collectSignals(
    m,
    [
      { name: 'subject', text: subject, hits: subjectScan.hits, live: always },
      { name: 'body', text: body, hits: bodyScan.hits, live: (h) => isLive(layout, h) },
    ],
    guess.allowed,
  );

  const jobContext = hasJobWords(m, counts) || looksLikeRecruitingSender(fromName, fromEmail);
  const verdict = scoreSignals(signals, jobContext);

  return {
    subject,
    body,
    fromName,
    fromEmail,
    lang: guess.lang,
    allowed: guess.allowed,
    signals,
    layout,
    verdict,
    names: ruleNamesOf(signals, jobContext),
    words: { subject, body, bodyEnd: layout.sigStart, dead: layout.dead },
  };
}

/** What the learned scorer sees of an email, for `npm run train`: each feature once. */
export function featuresOf(email: EmailView): {
  ruleLogit: number;
  features: number[];
  /** The language it is read in (the detector's guess, which picks its rules and bias). */
  lang: Lang;
  /** The word features of each sentence (see decidingSentence), and the live body's word count. */
  sentences: number[][];
  words: number;
} {
  const r = read(email);
  const seen = new Set<number>(r.names);
  eachWord(r.words, (h) => seen.add(h));
  return {
    ruleLogit: r.verdict.logit,
    features: [...seen],
    lang: r.lang,
    ...sentenceFeatures(r.words),
  };
}

const FACT_KEYS = [
  'company',
  'role',
  'contactName',
  'stage',
  'offersFeedback',
  'keepsOnFile',
  'invitesReapply',
] as const satisfies readonly (keyof Facts)[];

/** Where a detection keeps the way to its facts: a symbol, so JSON and cloning never see it. */
const SETTLE = Symbol('settle');
interface Settles {
  [SETTLE]: () => Facts;
}

/**
 * The fact properties of every detection: enumerable accessors, so JSON and structured cloning
 * read them like data, shared by all detections rather than fourteen new functions each.
 */
const FACT_PROPS = Object.fromEntries(
  FACT_KEYS.map((key) => [
    key,
    {
      enumerable: true,
      configurable: true,
      get(this: Settles) {
        return this[SETTLE]()[key];
      },
      set(this: Settles, value: never) {
        this[SETTLE]()[key] = value;
      },
    },
  ]),
) as Record<(typeof FACT_KEYS)[number], PropertyDescriptor>;

export function detect(email: EmailView): Detection {
  const r = read(email);
  const { subject, body, fromName, fromEmail, layout, signals, lang, verdict } = r;
  // Whether the mail speaks of a job at all is one of the model's features ("context:none"), not
  // a gate: a two-line "we took someone else for the bar shift" names no job word.
  let logit = verdict.logit;
  if (!rulesAreSure(logit)) {
    const modelLogit = scoreEmail(r.words, r.names, verdict.logit, lang);
    // How many live words that read: too few cannot overrule the rules (see combine).
    logit = combine(verdict.logit, modelLogit, wordsScored());
  }
  const evidence = verdict.evidence.slice();
  if (wordsCarried(verdict.logit, logit)) {
    // One sentence must say it, and it is shown.
    const sentence = decidingSentence(r.words);
    if (!sentence || !saysIt(sentence.weight, sentence.words)) logit = verdict.logit;
    // A sentence inside a span a rule already quotes adds nothing.
    else if (
      !evidence.some(
        (e) => e.field === 'body' && e.start <= sentence.start && sentence.end <= e.end,
      )
    ) {
      evidence.push({
        quote: body.slice(sentence.start, sentence.end),
        rule: 'model.sentence',
        field: 'body',
        start: sentence.start,
        end: sentence.end,
        weight: Math.round(sentence.weight * 100) / 100,
      });
    }
  }
  const p = 1 / (1 + Math.exp(-logit));
  const band: Band = p >= REJECTION_AT ? 'rejection' : p >= MAYBE_AT ? 'maybe' : 'not';
  // Stage, flags and names are worked out only when someone reads one of them (JSON and
  // structured cloning read them all); showing a verdict never pays for them.
  let facts: Facts | null = null;
  const settle = (): Facts => {
    if (!facts) {
      const fm = getFactMatcher(lang);
      const fc = countsFor(fm);
      const fSubject = scan(fm, subject, 0, Math.min(subject.length, MAX_SUBJECT), fc);
      const fBody = scan(fm, body, 0, layout.cut, fc);
      const all = signals.concat(
        collectSignals(
          fm,
          [
            { name: 'subject', text: subject, hits: fSubject.hits, live: always },
            { name: 'body', text: body, hits: fBody.hits, live: (h) => isLive(layout, h) },
          ],
          r.allowed,
        ),
      );
      facts = {
        ...flagsOf(all),
        ...namesOf({ subject, fromName, fromEmail, body, layout, signals: all, lang }),
      };
    }
    return facts;
  };
  const out = {
    band,
    score: Math.round(p * 1000) / 1000,
    evidence,
    notice: band === 'rejection' ? null : verdict.notice,
  } as Detection & Settles;
  Object.defineProperty(out, SETTLE, { value: settle });
  for (const key of FACT_KEYS) Object.defineProperty(out, key, FACT_PROPS[key]);
  out.lang = lang;
  return out;
}
