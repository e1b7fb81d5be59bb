/**
 * The detector: reads one email and says whether it rejects the person's job application,
 * with the quotes that decided it and what it can tell about company, role, stage and contact.
 * Pure and bounded: only the first MAX_BODY chars of the body are read, in linear time.
 */
import { extractFacts } from './extract';
import { chooseLanguage } from './language';
import { buildMatcher, scan, type Matcher } from './matcher';
import { normalize } from './normalize';
import { RULES } from './rules';
import { scoreSignals } from './score';
import { collectSignals } from './signals';
import { isLive, readLayout } from './strip';
import type { Detection, EmailView } from './types';

export type * from './types';

export const MAX_SUBJECT = 1_000;
export const MAX_BODY = 20_000;

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

let matcher: Matcher | null = null;

/** The compiled rules; built on first use (a few milliseconds), then shared. */
export function getMatcher(): Matcher {
  if (!matcher) matcher = buildMatcher(RULES);
  return matcher;
}

function asText(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

function looksLikeRecruitingSender(fromName: string, fromEmail: string): boolean {
  const s = `${fromName} ${fromEmail}`.toLowerCase();
  return ATS_HINTS.some((h) => s.includes(h));
}

export function detect(email: EmailView): Detection {
  const m = getMatcher();
  const subject = asText(email?.subject);
  const body = asText(email?.body);
  const fromName = asText(email?.from?.name);
  const fromEmail = asText(email?.from?.email);

  const sNorm = normalize(subject, 0, MAX_SUBJECT);
  const bNorm = normalize(body, 0, MAX_BODY);
  const counts = new Int32Array(m.rules.length);
  const sHits = scan(m, sNorm.codes, counts);
  const bHits = scan(m, bNorm.codes, counts);
  const layout = readLayout(bNorm.text, bHits, m);

  const guess = chooseLanguage(m, counts, asText(email?.lang));
  const signals = collectSignals(
    m,
    [
      { name: 'subject', norm: sNorm, source: subject, hits: sHits, live: () => true },
      { name: 'body', norm: bNorm, source: body, hits: bHits, live: (h) => isLive(layout, h) },
    ],
    guess.allowed,
  );

  const jobContext =
    signals.some((s) => s.rule.kind === 'job') || looksLikeRecruitingSender(fromName, fromEmail);
  const verdict = scoreSignals(signals, jobContext);
  const lang = guess.lang;
  const facts = extractFacts({
    subject,
    fromName,
    fromEmail,
    body,
    norm: bNorm,
    layout,
    signals,
    lang,
  });
  return { ...verdict, ...facts, lang };
}
