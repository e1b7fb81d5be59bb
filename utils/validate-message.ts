/**
 * The background trusts nothing a web page can influence: every message from a
 * content script is checked for shape and size before it is kept or shown.
 */
import { LIMITS, type ContentMessage, type MessageSummary } from './messaging';
import type { ProviderId } from './webmail/types';

const PROVIDERS: readonly ProviderId[] = ['gmail', 'outlook', 'yahoo', 'proton', 'fastmail'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const optStr = (v: unknown, max: number) => v === undefined || str(v, max);
const oneOf = <T>(v: unknown, values: readonly T[]): v is T => values.includes(v as T);

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
    str(v.body, LIMITS.body) &&
    optStr(v.lang, 16)
  );
}

/** Returns the message when it is well formed, otherwise null. */
export function parseContentMessage(v: unknown): ContentMessage | null {
  if (!isObj(v)) return null;
  switch (v.type) {
    case 'message-opened':
      return isMessageSummary(v.message) ? { type: 'message-opened', message: v.message } : null;
    case 'message-closed':
      return { type: 'message-closed' };
    case 'open-assistant':
      return { type: 'open-assistant' };
    default:
      return null;
  }
}
