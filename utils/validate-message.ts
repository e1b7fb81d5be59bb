/**
 * The background trusts nothing a web page can influence: every message from a
 * content script is checked for shape and size before it is kept or shown.
 */
import type { Band, Detection, Evidence, Lang, Notice, Stage } from './detector/types';
import { LIMITS, type ContentMessage, type MessageSummary } from './messaging';
import type { ProviderId } from './webmail/types';

const PROVIDERS: readonly ProviderId[] = ['gmail', 'outlook', 'yahoo', 'proton', 'fastmail'];
const BANDS: readonly Band[] = ['rejection', 'maybe', 'not'];
const STAGES: readonly Stage[] = ['application', 'screen', 'interview', 'final', 'unknown'];
const NOTICES: readonly Notice[] = ['layoff', 'hiring-freeze', 'on-hold'];
const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'nl'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const optStr = (v: unknown, max: number) => v === undefined || str(v, max);
const nullableStr = (v: unknown, max: number) => v === null || str(v, max);
const oneOf = <T>(v: unknown, values: readonly T[]): v is T => values.includes(v as T);

function isEvidence(v: unknown): v is Evidence {
  return (
    isObj(v) &&
    str(v.quote, LIMITS.quote) &&
    str(v.rule, LIMITS.field) &&
    oneOf(v.field, ['subject', 'body'] as const) &&
    Number.isInteger(v.start) &&
    Number.isInteger(v.end) &&
    typeof v.weight === 'number' &&
    Number.isFinite(v.weight)
  );
}

export function isDetection(v: unknown): v is Detection {
  return (
    isObj(v) &&
    oneOf(v.band, BANDS) &&
    typeof v.score === 'number' &&
    v.score >= 0 &&
    v.score <= 1 &&
    Array.isArray(v.evidence) &&
    v.evidence.length <= LIMITS.evidence &&
    v.evidence.every(isEvidence) &&
    (v.notice === null || oneOf(v.notice, NOTICES)) &&
    nullableStr(v.company, LIMITS.field) &&
    nullableStr(v.role, LIMITS.field) &&
    nullableStr(v.contactName, LIMITS.field) &&
    oneOf(v.stage, STAGES) &&
    typeof v.offersFeedback === 'boolean' &&
    typeof v.keepsOnFile === 'boolean' &&
    typeof v.invitesReapply === 'boolean' &&
    oneOf(v.lang, LANGS)
  );
}

export function isMessageSummary(v: unknown): v is MessageSummary {
  return (
    isObj(v) &&
    oneOf(v.provider, PROVIDERS) &&
    str(v.key, LIMITS.key) &&
    v.key.length > 0 &&
    str(v.url, LIMITS.url) &&
    str(v.subject, LIMITS.subject) &&
    isObj(v.from) &&
    str(v.from.name, LIMITS.name) &&
    str(v.from.email, LIMITS.email) &&
    optStr(v.date, 64) &&
    str(v.body, LIMITS.body)
  );
}

/** Returns the message when it is well formed, otherwise null. */
export function parseContentMessage(v: unknown): ContentMessage | null {
  if (!isObj(v)) return null;
  switch (v.type) {
    case 'message-opened':
      return isMessageSummary(v.message) && isDetection(v.detection)
        ? { type: 'message-opened', message: v.message, detection: v.detection }
        : null;
    case 'message-closed':
      return { type: 'message-closed' };
    case 'open-assistant':
      return { type: 'open-assistant' };
    default:
      return null;
  }
}
