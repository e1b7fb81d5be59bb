/**
 * Which hits may speak: a rule of a language the email is written in, in the field it is meant
 * for, in the live part of the body, not denied by a negation, not inside a quoted sentence
 * (a newsletter quoting a rejection), and no scheduling words that only arrange a feedback call.
 */
import type { Hit, Matcher } from './matcher';
import { isNegated } from './negation';
import { sourceRange, type Normalized } from './normalize';
import type { Signal } from './score';

// Counter-signals that rejections commonly deny ("we will not be inviting you…").
const NEGATABLE = new Set(['offer', 'invite', 'schedule', 'received', 'assess', 'next']);
// Counter-signals that a rejection also uses to set up a feedback call.
const FEEDBACK_ARRANGING = new Set(['invite', 'schedule', 'offer']);
const FEEDBACK_REACH = 200;
const QUOTE_MIN = 16;

export interface Field {
  name: 'subject' | 'body';
  norm: Normalized;
  source: string;
  hits: readonly Hit[];
  live: (h: Hit) => boolean;
}

/** True when the hit sits inside a quoted sentence ("…" « … » „…“ all normalise to "). */
function inQuotedSentence(text: string, h: Hit): boolean {
  const ls = text.lastIndexOf('\n', h.start - 1) + 1;
  let quotes = 0;
  let open = -1;
  for (let i = Math.max(ls, h.start - 400); i < h.start; i++) {
    if (text.charCodeAt(i) === 0x22) {
      quotes++;
      open = i;
    }
  }
  if (quotes % 2 === 0) return false;
  const close = text.indexOf('"', h.end);
  const le = text.indexOf('\n', h.end);
  if (close < 0 || (le >= 0 && close > le)) return false;
  return close - open > QUOTE_MIN;
}

export function collectSignals(m: Matcher, fields: readonly Field[], allowed: ReadonlySet<string>) {
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
      const text = f.norm.text;
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
      const [start, end] = sourceRange(f.norm, f.source, h.start, h.end);
      signals.push({ rule, field: f.name, start, end, quote: f.source.slice(start, end) });
    }
  }
  return signals;
}
