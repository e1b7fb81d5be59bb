/**
 * The detector: reads one email and says whether it rejects the person's job application,
 * with the quotes that decided it and what it can tell about company, role, stage and contact.
 * Pure and bounded: only the first MAX_BODY chars of the body are read, in linear time.
 */
import { extractFacts } from './extract';
import { chooseLanguage } from './language';
import { buildMatcher, scan, type Hit, type Matcher } from './matcher';
import { isNegated } from './negation';
import { normalize, sourceRange, type Normalized } from './normalize';
import { RULES } from './rules';
import { scoreSignals, type Signal } from './score';
import { isLive, readLayout } from './strip';
import type { Detection, EmailView } from './types';

export type * from './types';

export const MAX_SUBJECT = 1_000;
export const MAX_BODY = 20_000;

// Counter-signals that rejections commonly deny ("we will not be inviting you…").
const NEGATABLE = new Set(['offer', 'invite', 'schedule', 'received', 'assess', 'next']);

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

function toSignal(
  m: Matcher,
  h: Hit,
  field: 'subject' | 'body',
  norm: Normalized,
  source: string,
): Signal {
  const [start, end] = sourceRange(norm, source, h.start, h.end);
  return { rule: m.rules[h.rule], field, start, end, quote: source.slice(start, end) };
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

  const signals: Signal[] = [];
  const keep = (h: Hit, field: 'subject' | 'body', norm: Normalized, source: string) => {
    const rule = m.rules[h.rule];
    if (rule.kind === 'struct' || rule.kind === 'stop') return;
    if (rule.where && rule.where !== field) return;
    if (rule.kind === 'counter' && NEGATABLE.has(rule.tag) && isNegated(norm.text, h.start)) {
      return;
    }
    signals.push(toSignal(m, h, field, norm, source));
  };
  for (const h of sHits) keep(h, 'subject', sNorm, subject);
  for (const h of bHits) if (isLive(layout, h)) keep(h, 'body', bNorm, body);

  const jobContext =
    signals.some((s) => s.rule.kind === 'job') || looksLikeRecruitingSender(fromName, fromEmail);
  const verdict = scoreSignals(signals, jobContext);
  const lang = chooseLanguage(m, counts, asText(email?.lang));
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
