/**
 * The detector: reads one email and says whether it rejects the person's job application,
 * with the quotes that decided it and what it can tell about company, role, stage and contact.
 * Pure and bounded: only the first MAX_BODY chars of the body are read, in linear time.
 */
import { flagsOf, namesOf, type Facts } from './extract';
import { chooseLanguage } from './language';
import { buildMatcher, type Matcher } from './matcher';
import { scan } from './scan';
import { factRulesFor, rulesFor, STOP_RULES } from './rules';
import { scoreSignals } from './score';
import { collectSignals } from './signals';
import { quoteCheck } from './headers';
import { isLive, readLayout } from './strip';
import type { Detection, EmailView, Lang } from './types';

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
let stopMatcher: Matcher | null = null;

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
export function getStopMatcher(): Matcher {
  if (!stopMatcher) stopMatcher = buildMatcher(STOP_RULES);
  return stopMatcher;
}

/** Builds every matcher now, e.g. while the extension is idle, so no mail pays for it. */
export function warmUp(): void {
  getStopMatcher();
  for (const lang of LANGS) {
    getMatcher(lang);
    getFactMatcher(lang);
  }
}

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

export function detect(email: EmailView): Detection {
  const subject = asText(email?.subject);
  const body = asText(email?.body);
  const fromName = asText(email?.from?.name);
  const fromEmail = asText(email?.from?.email);

  // Language first, from common words in the subject and the opening of the body.
  const sm = getStopMatcher();
  const stopCounts = new Int32Array(sm.rules.length);
  scan(sm, subject, 0, Math.min(subject.length, MAX_SUBJECT), stopCounts);
  scan(sm, body, 0, Math.min(body.length, LANG_SAMPLE), stopCounts);
  const guess = chooseLanguage(sm, stopCounts, asText(email?.lang));
  const m = getMatcher(guess.lang);

  const counts = new Int32Array(m.rules.length);
  const subjectScan = scan(m, subject, 0, Math.min(subject.length, MAX_SUBJECT), counts);
  const bodyEnd = Math.min(body.length, MAX_BODY);
  const bodyScan = scan(m, body, 0, bodyEnd, counts, quoteCheck(m, body));
  const cut = bodyScan.cut >= 0 ? bodyScan.cut : bodyEnd;
  const layout = readLayout(body, bodyScan.hits, m, cut, bodyScan.stopRule);

  const signals = collectSignals(
    m,
    [
      { name: 'subject', text: subject, hits: subjectScan.hits, live: () => true },
      { name: 'body', text: body, hits: bodyScan.hits, live: (h) => isLive(layout, h) },
    ],
    guess.allowed,
  );

  const jobContext = hasJobWords(m, counts) || looksLikeRecruitingSender(fromName, fromEmail);
  const verdict = scoreSignals(signals, jobContext);
  const lang = guess.lang;
  // Stage, flags and names are worked out only when someone reads one of them (JSON and
  // structured cloning read them all); showing a verdict never pays for them.
  let facts: Facts | null = null;
  const settle = (): Facts => {
    if (!facts) {
      const fm = getFactMatcher(lang);
      const fc = new Int32Array(fm.rules.length);
      const fSubject = scan(fm, subject, 0, Math.min(subject.length, MAX_SUBJECT), fc);
      const fBody = scan(fm, body, 0, layout.cut, fc);
      const all = signals.concat(
        collectSignals(
          fm,
          [
            { name: 'subject', text: subject, hits: fSubject.hits, live: () => true },
            { name: 'body', text: body, hits: fBody.hits, live: (h) => isLive(layout, h) },
          ],
          guess.allowed,
        ),
      );
      facts = {
        ...flagsOf(all),
        ...namesOf({ subject, fromName, fromEmail, body, layout, signals: all, lang }),
      };
    }
    return facts;
  };
  return {
    band: verdict.band,
    score: verdict.score,
    evidence: verdict.evidence,
    notice: verdict.notice,
    get company() {
      return settle().company;
    },
    set company(v) {
      settle().company = v;
    },
    get role() {
      return settle().role;
    },
    set role(v) {
      settle().role = v;
    },
    get contactName() {
      return settle().contactName;
    },
    set contactName(v) {
      settle().contactName = v;
    },
    get stage() {
      return settle().stage;
    },
    set stage(v) {
      settle().stage = v;
    },
    get offersFeedback() {
      return settle().offersFeedback;
    },
    set offersFeedback(v) {
      settle().offersFeedback = v;
    },
    get keepsOnFile() {
      return settle().keepsOnFile;
    },
    set keepsOnFile(v) {
      settle().keepsOnFile = v;
    },
    get invitesReapply() {
      return settle().invitesReapply;
    },
    set invitesReapply(v) {
      settle().invitesReapply = v;
    },
    lang,
  };
}
