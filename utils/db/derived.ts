/**
 * Fields the log stores beside each entry for its indexes only: the words a search
 * matches, and the days the answer took. Recomputed on every write, stripped on every
 * read: no page and no export ever sees them.
 */
import { daysBetween, localDate } from './fields';
import { searchWords } from './search-words';
import type { LogEntry } from './types';

export interface Derived {
  words: string[];
  /** Days from appliedOn to the answer; absent when unknown (or typed after the answer). */
  waitDays?: number;
}

export type StoredEntry = LogEntry & Partial<Derived>;

export function waitDaysOf(entry: Pick<LogEntry, 'appliedOn' | 'receivedAt'>): number | undefined {
  if (!entry.appliedOn || !entry.receivedAt) return undefined;
  const days = daysBetween(entry.appliedOn, localDate(entry.receivedAt));
  return days >= 0 ? days : undefined;
}

export function withDerived(entry: LogEntry): StoredEntry {
  const stored: StoredEntry = { ...entry, words: searchWords(entry) };
  const waitDays = waitDaysOf(entry);
  if (waitDays === undefined) delete stored.waitDays;
  else stored.waitDays = waitDays;
  return stored;
}

export function stripDerived(stored: StoredEntry): LogEntry {
  if (Object.isFrozen(stored)) {
    // Dexie hands out frozen objects when its cache runs in 'immutable' mode.
    const { words: _words, waitDays: _waitDays, ...entry } = stored;
    return entry;
  }
  delete stored.words;
  delete stored.waitDays;
  return stored;
}
