/**
 * Thin React hooks over the repository. Each re-runs when any page or the background
 * writes the log, and returns undefined while its first answer is loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import { logDb, type LogDatabase } from './database';
import { getEntry, getEntryByMessage } from './entries';
import { countEntries, listTags, queryEntries } from './query';
import { getLogStats } from './stats';
import {
  currentLogStatus,
  openLog,
  unavailable,
  watchLogStatus,
  type LogStatus,
  type OpenLogOptions,
} from './status';
import type { ProviderId } from '../webmail/types';
import type { LogEntry, LogFilter, LogPage, LogStatistics } from './types';

export function useLogPage(
  filter: LogFilter,
  limit: number,
  db: LogDatabase = logDb,
): LogPage | undefined {
  const { text, stage, feedback, tag, from, to } = filter;
  return useLiveQuery(
    () => queryEntries({ text, stage, feedback, tag, from, to }, { limit }, db),
    [db, text, stage, feedback, tag, from, to, limit],
  );
}

export function useLogStats(db: LogDatabase = logDb): LogStatistics | undefined {
  return useLiveQuery(() => getLogStats(db), [db]);
}

export function useLogTags(db: LogDatabase = logDb): string[] | undefined {
  return useLiveQuery(() => listTags(db), [db]);
}

export function useLogCount(db: LogDatabase = logDb): number | undefined {
  return useLiveQuery(() => countEntries(db), [db]);
}

/** One entry by id; null once it is known not to exist. */
export function useLogEntry(id: number, db: LogDatabase = logDb): LogEntry | null | undefined {
  return useLiveQuery(async () => (await getEntry(id, db)) ?? null, [db, id]);
}

/** The entry saved from an email, so the popup can say "already in your log". */
export function useEntryForMessage(
  provider: ProviderId,
  messageKey: string,
  db: LogDatabase = logDb,
): LogEntry | null | undefined {
  return useLiveQuery(
    async () => (await getEntryByMessage(provider, messageKey, db)) ?? null,
    [db, provider, messageKey],
  );
}

const PRIVATE_WINDOW = unavailable('private-window');

/** Whether the log can be used here; undefined while it is being opened. */
export function useLogStatus(
  db: LogDatabase = logDb,
  options: OpenLogOptions = {},
): LogStatus | undefined {
  const { privateWindow = false } = options;
  const status = useSyncExternalStore(
    (onChange) => watchLogStatus(db, onChange),
    () => currentLogStatus(db),
  );
  useEffect(() => {
    if (!privateWindow) void openLog(db);
  }, [db, privateWindow]);
  return privateWindow ? PRIVATE_WINDOW : status;
}
