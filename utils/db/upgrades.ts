/**
 * Pure conversions from older shapes of the log to the current one. Each upgrade is
 * a function of the old rows, so it is tested without a database.
 */
import { ENTRY_LIMITS, clampText } from './fields';
import type { ProviderId } from '../webmail/types';
import type { LogEntry } from './types';

/** A row of the thin first log (schema version 1), exactly as it was stored. */
export interface EntryV1 {
  id: number;
  company: string | null;
  role: string | null;
  provider: string;
  messageKey: string;
  subject: string;
  /** "Name <address>", or only one of the two. */
  sender: string;
  /** Epoch milliseconds. */
  savedAt: number;
  quotes: string[];
}

export function parseSenderV1(sender: string): { name: string; email: string } | null {
  const text = (sender ?? '').trim();
  if (!text) return null;
  const m = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text);
  if (m) return { name: m[1].replace(/^"|"$/g, '').trim(), email: m[2] };
  if (/^[^\s@]+@[^\s@]+$/.test(text)) return { name: '', email: text };
  return { name: text, email: '' };
}

function isoFromEpoch(ms: number, fallback: string): string {
  const d = new Date(ms);
  return Number.isFinite(ms) && !Number.isNaN(d.getTime()) ? d.toISOString() : fallback;
}

function entryFromV1(row: EntryV1, uid: string, now: string): LogEntry {
  const at = isoFromEpoch(row.savedAt, now);
  const quotes = Array.isArray(row.quotes) ? row.quotes.filter((q) => typeof q === 'string') : [];
  const sender = parseSenderV1(row.sender);
  return {
    id: row.id,
    uid,
    company: clampText(row.company ?? '', ENTRY_LIMITS.company),
    role: clampText(row.role ?? '', ENTRY_LIMITS.role),
    stage: 'unknown',
    // Version 1 never knew when the email arrived; the day it was saved is the closest truth.
    receivedAt: at,
    appliedOn: null,
    loggedAt: at,
    updatedAt: now,
    source: row.messageKey
      ? { provider: row.provider as ProviderId, messageKey: row.messageKey, url: null }
      : null,
    sender: sender && {
      name: clampText(sender.name, ENTRY_LIMITS.senderName),
      email: clampText(sender.email, ENTRY_LIMITS.senderEmail),
    },
    subject: clampText(row.subject ?? '', ENTRY_LIMITS.subject),
    quotes: quotes.map((q) => clampText(q, ENTRY_LIMITS.quote)).slice(0, ENTRY_LIMITS.quotes),
    fullText: null,
    feedback: { status: 'none', draftedOn: null, requestedOn: null, receivedOn: null, notes: '' },
    reflection: [],
    nextSteps: '',
    followUpOn: null,
    tags: [],
    notes: '',
    history: [{ at, field: 'stage', from: null, to: 'unknown' }],
  };
}

/**
 * Version 1 could store one email twice. Version 2 makes (provider, message key)
 * unique, so duplicates are folded into the oldest row: nothing they held is lost.
 */
export function upgradeRowsFromV1(
  rows: EntryV1[],
  makeUid: () => string,
  now: string,
): { entries: LogEntry[]; removedIds: number[] } {
  const byKey = new Map<string, EntryV1>();
  const kept: EntryV1[] = [];
  const removedIds: number[] = [];
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    const key = row.messageKey ? `${row.provider}\u0000${row.messageKey}` : null;
    const first = key ? byKey.get(key) : undefined;
    if (!first) {
      const copy = { ...row, quotes: [...(row.quotes ?? [])] };
      if (key) byKey.set(key, copy);
      kept.push(copy);
      continue;
    }
    first.company ||= row.company;
    first.role ||= row.role;
    first.subject ||= row.subject;
    first.sender ||= row.sender;
    first.savedAt = Math.min(first.savedAt, row.savedAt);
    for (const q of row.quotes ?? []) if (!first.quotes.includes(q)) first.quotes.push(q);
    removedIds.push(row.id);
  }
  return { entries: kept.map((row) => entryFromV1(row, makeUid(), now)), removedIds };
}
