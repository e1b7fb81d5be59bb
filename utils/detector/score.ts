/**
 * Turns the live rule hits into a verdict. Each rule counts once; within rejection wording and
 * within counter-signals the strongest counts fully and each further one less (a long warm
 * letter is not ten times a rejection). The sum is log-odds, so one strong counter-signal (an
 * offer, an invitation, the person's own words) outweighs a stray "unfortunately".
 */
import type { Rule } from './rules/types';
import type { Band, Evidence, Notice } from './types';

export interface Signal {
  rule: Rule;
  field: 'subject' | 'body';
  start: number;
  end: number;
  /** The text the offsets refer to (subject or body); quotes are cut from it on demand. */
  text: string;
}

export interface Verdict {
  band: Band;
  /** The rules' log-odds before rounding, for the learned scorer. */
  logit: number;
  score: number;
  evidence: Evidence[];
  notice: Notice | null;
}

const PRIOR = -2.5;
const DECAY = 0.5;
const NO_JOB_CONTEXT = 2;
export const REJECTION_AT = 0.7;
export const MAYBE_AT = 0.4;
const MAX_EVIDENCE = 8;
const STRONG = 4.5;
// Wording that shows up in rejections too ("we received your application and reviewed it…"):
// it counts half against a clear rejection phrase.
const SOFT_COUNTERS = new Set(['received', 'assess', 'schedule', 'next']);
// A withdrawn offer names the offer it takes back, so offer and invitation wording counts half.
const OFFER_WORDS = new Set(['offer', 'invite', 'conditional']);

/** Sorts in place by |x| (or |key(x)|), largest first, keeping ties in order; lists here are short. */
function byMagnitude<T>(xs: T[], key: (x: T) => number): T[] {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    const kx = Math.abs(key(x));
    let j = i - 1;
    while (j >= 0 && Math.abs(key(xs[j])) < kx) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}

const itself = (w: number) => w;
const ruleWeight = (s: Signal) => s.rule.w;

function decayedSum(weights: number[]): number {
  byMagnitude(weights, itself);
  let sum = 0;
  let f = 1;
  for (const w of weights) {
    sum += w * f;
    f *= DECAY;
  }
  return sum;
}

function overlapsTaken(kept: readonly Signal[], s: Signal): boolean {
  for (const t of kept) {
    if (t.rule.kind === 'reject' && t.field === s.field && t.start < s.end && s.start < t.end) {
      return true;
    }
  }
  return false;
}

function hasRule(kept: readonly Signal[], id: string): boolean {
  for (const t of kept) if (t.rule.id === id) return true;
  return false;
}

export function scoreSignals(signals: readonly Signal[], jobContext: boolean): Verdict {
  // First hit of each rule decides for that rule; rejection phrases that overlap in the text
  // are one statement said by several rules, so only the strongest of them counts.
  const ordered: Signal[] = [];
  for (const s of signals) {
    const kind = s.rule.kind;
    if (kind === 'reject' || kind === 'counter' || kind === 'notice') ordered.push(s);
  }
  byMagnitude(ordered, ruleWeight);
  // The signals that count, strongest first (each rule once).
  const kept: Signal[] = [];
  for (const s of ordered) {
    if (hasRule(kept, s.rule.id)) continue;
    if (s.rule.kind === 'reject' && overlapsTaken(kept, s)) continue;
    kept.push(s);
  }
  let notice: Notice | null = null;
  let noticeW = 0;
  let strongest = 0;
  let withdrawn = false;
  for (const s of kept) {
    if (s.rule.w > strongest) strongest = s.rule.w;
    if (s.rule.tag === 'withdrawn' && s.rule.w > 0) withdrawn = true;
  }
  const pos: number[] = [];
  const neg: number[] = [];
  for (const s of kept) {
    if (s.rule.w > 0) pos.push(s.rule.w);
    else if (s.rule.kind === 'notice' && withdrawn) {
      // An offer taken back because of a freeze is still a rejection of the person.
    } else if (strongest >= STRONG && SOFT_COUNTERS.has(s.rule.tag)) neg.push(s.rule.w * 0.5);
    else if (withdrawn && OFFER_WORDS.has(s.rule.tag)) neg.push(s.rule.w * 0.5);
    else neg.push(s.rule.w);
    if (s.rule.kind === 'notice' && -s.rule.w > noticeW) {
      notice = s.rule.tag as Notice;
      noticeW = -s.rule.w;
    }
  }
  const p = decayedSum(pos);
  let logit = PRIOR + p + decayedSum(neg);
  if (p > 0 && !jobContext) logit -= NO_JOB_CONTEXT;
  const score = 1 / (1 + Math.exp(-logit));
  const band: Band = score >= REJECTION_AT ? 'rejection' : score >= MAYBE_AT ? 'maybe' : 'not';
  const evidence: Evidence[] = [];
  for (let i = 0; i < kept.length && i < MAX_EVIDENCE; i++) {
    const s = kept[i];
    evidence.push({
      quote: s.text.slice(s.start, s.end),
      rule: s.rule.id,
      field: s.field,
      start: s.start,
      end: s.end,
      weight: s.rule.w,
    });
  }
  return {
    band,
    logit,
    score: Math.round(score * 1000) / 1000,
    evidence,
    notice: band === 'rejection' ? null : notice,
  };
}
