/**
 * Which hits may speak: a rule of a language the email is written in, in the field it is meant
 * for, in the live part of the body, not denied by a negation, not inside a quoted sentence
 * (a newsletter quoting a rejection), and no scheduling words that only arrange a feedback call.
 */
import type { Hit, Matcher } from './matcher';
import { isNegated } from './negation';
import type { Signal } from './score';

// Counter-signals that rejections commonly deny ("we will not be inviting you…").
const NEGATABLE = new Set(['offer', 'invite', 'schedule', 'received', 'assess', 'next']);
// Counter-signals that a rejection also uses to set up a feedback call.
const FEEDBACK_ARRANGING = new Set(['invite', 'schedule', 'offer']);
const FEEDBACK_REACH = 200;
const QUOTE_MIN = 16;
const QUOTES = new Uint8Array(0x10000);
for (const c of [0x22, 0x201c, 0x201d, 0x201e, 0xab, 0xbb, 0x201f, 0xff02]) QUOTES[c] = 1;

export interface Field {
  name: 'subject' | 'body';
  text: string;
  hits: readonly Hit[];
  live: (h: Hit) => boolean;
}

/** True when the hit sits inside a quoted sentence ("…" « … » „…“). */
function inQuotedSentence(text: string, h: Hit): boolean {
  const ls = Math.max(0, h.start - 240, text.lastIndexOf('\n', h.start - 1) + 1);
  let quotes = 0;
  let open = -1;
  for (let i = Math.max(ls, h.start - 240); i < h.start; i++) {
    if (QUOTES[text.charCodeAt(i)]) {
      quotes++;
      open = i;
    }
  }
  if (quotes % 2 === 0) return false;
  for (let i = h.end; i < text.length && i < h.end + 240; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return false;
    if (QUOTES[c]) return i - open > QUOTE_MIN;
  }
  return false;
}

/** Extends a quote over combining marks, so it never cuts a letter from its accent. */
function quoteEnd(text: string, end: number): number {
  let e = end;
  while (e < text.length) {
    const d = text.charCodeAt(e);
    if ((d >= 0x0300 && d <= 0x036f) || d === 0x200d || d === 0xfe0f) e++;
    else break;
  }
  return e;
}

export function collectSignals(
  m: Matcher,
  fields: readonly Field[],
  allowed: ReadonlySet<string>,
): Signal[] {
  const signals: Signal[] = [];
  for (const f of fields) {
    const feedbackAt: number[] = [];
    for (const h of f.hits) {
      const r = m.rules[h.rule];
      if (r.kind === 'trait' && (r.tag === 'feedback+' || r.tag === 'feedback-word')) {
        feedbackAt.push(h.start);
      }
    }
    for (const h of f.hits) {
      const rule = m.rules[h.rule];
      if (rule.kind === 'struct' || rule.kind === 'stop') continue;
      if (!allowed.has(rule.lang)) continue;
      if (rule.where && rule.where !== f.name) continue;
      if (!f.live(h)) continue;
      const text = f.text;
      if (rule.kind === 'counter') {
        if (NEGATABLE.has(rule.tag) && isNegated(text, h.start)) continue;
        if (
          FEEDBACK_ARRANGING.has(rule.tag) &&
          feedbackAt.some((at) => Math.abs(at - h.start) <= FEEDBACK_REACH)
        ) {
          continue;
        }
      }
      if (rule.kind === 'reject' && inQuotedSentence(text, h)) continue;
      if (rule.kind === 'reject' && rule.tag === 'negatable' && isNegated(text, h.start)) continue;
      const end = quoteEnd(text, h.end);
      signals.push({ rule, field: f.name, start: h.start, end, text });
    }
  }
  return signals;
}
