/** Small pure helpers for the values an entry holds: sizes, dates, links, tags. */
import { LIMITS } from '../messaging';

/** Upper bounds on what one entry may hold, so one bad import cannot bloat the log. */
export const ENTRY_LIMITS = {
  company: LIMITS.field,
  role: LIMITS.field,
  subject: LIMITS.subject,
  senderName: LIMITS.name,
  senderEmail: LIMITS.email,
  provider: 40,
  messageKey: LIMITS.key,
  url: LIMITS.url,
  quote: LIMITS.quote,
  quotes: LIMITS.evidence,
  fullText: LIMITS.body,
  notes: 20_000,
  nextSteps: 5_000,
  feedbackNotes: 20_000,
  prompt: 1_000,
  answer: 10_000,
  reflection: 50,
  tag: 60,
  tags: 30,
  history: 1_000,
  uid: 64,
} as const;

export const clampText = (value: string, max: number): string =>
  value.length > max ? value.slice(0, max) : value;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (no 2025-02-30). */
export function isDateOnly(value: string): boolean {
  const m = DATE_ONLY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of an instant, YYYY-MM-DD. */
export function localDate(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local YYYY-MM of an instant. */
export function localMonth(at: string): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

/** Local midnight that starts a calendar date, as an ISO instant. */
export function startOfLocalDay(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/**
 * Any ISO 8601 instant, or a bare date (taken as local noon so it stays on that day in
 * every time zone), as a canonical UTC string; null when it is not a date at all.
 * Canonical strings sort in time order, which the receivedAt index relies on.
 */
export function toInstant(value: string): string | null {
  if (isDateOnly(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return new Date(y, m - 1, d, 12).toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Whole days between two calendar dates (b − a). */
export function daysBetween(a: string, b: string): number {
  const ms = Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** Only http(s) links are ever kept: a javascript: link from an imported file must not survive. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Trimmed, single-spaced, unique regardless of case, first spelling kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = clampText(raw.replace(/\s+/g, ' ').trim(), ENTRY_LIMITS.tag);
    const folded = tag.toLowerCase();
    if (!tag || seen.has(folded)) continue;
    seen.add(folded);
    out.push(tag);
  }
  return out.slice(0, ENTRY_LIMITS.tags);
}

export function newUid(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Lower case without accents, so "Societe" finds "Société". */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
