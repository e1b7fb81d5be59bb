/** Reading the log: pages of entries, newest first, narrowed by the person's filters. */
import { logDb, type LogDatabase } from './database';
import { guarded } from './errors';
import { foldForSearch, isDateOnly, startOfLocalDay } from './fields';
import type { LogEntry, LogFilter, LogPage } from './types';

export const DEFAULT_PAGE_SIZE = 25;

const words = (text: string | undefined) => foldForSearch(text ?? '').split(/\s+/).filter(Boolean);

/** A filter as one predicate over an entry (the date range is applied by the index). */
export function entryMatcher(filter: LogFilter): ((e: LogEntry) => boolean) | null {
  const needles = words(filter.text);
  const tag = filter.tag?.toLowerCase();
  if (!needles.length && !filter.stage && !filter.feedback && !tag) return null;
  return (e) => {
    if (filter.stage && e.stage !== filter.stage) return false;
    if (filter.feedback && e.feedback.status !== filter.feedback) return false;
    if (tag && !e.tags.some((t) => t.toLowerCase() === tag)) return false;
    if (!needles.length) return true;
    const haystack = foldForSearch(
      `${e.company}\n${e.role}\n${e.notes}\n${e.nextSteps}\n${e.feedback.notes}`,
    );
    return needles.every((n) => haystack.includes(n));
  };
}

/** Newest answer first; entries received at the same moment, newest logged first. */
export function newestFirst(a: LogEntry, b: LogEntry): number {
  if (a.receivedAt !== b.receivedAt) return a.receivedAt < b.receivedAt ? 1 : -1;
  return b.id - a.id;
}

/** The receivedAt bounds of a local date range: [from midnight, day after `to`). */
export function receivedRange(filter: LogFilter): [string, string] | null {
  const from = filter.from && isDateOnly(filter.from) ? startOfLocalDay(filter.from) : null;
  const to = filter.to && isDateOnly(filter.to) ? startOfLocalDay(filter.to, 1) : null;
  if (!from && !to) return null;
  return [from ?? '', to ?? '\uffff'];
}

export function queryEntries(
  filter: LogFilter = {},
  options: { limit?: number } = {},
  db: LogDatabase = logDb,
): Promise<LogPage> {
  const limit = options.limit ?? DEFAULT_PAGE_SIZE;
  const match = entryMatcher(filter);
  const range = receivedRange(filter);
  return guarded(() =>
    db.transaction('r', db.entries, async () => {
      const ordered = range
        ? db.entries.where('receivedAt').between(range[0], range[1], true, false)
        : db.entries.orderBy('receivedAt');
      if (!match) {
        // The common case, the plain list: the index gives the page without reading the rest.
        const [entries, total] = await Promise.all([
          ordered.clone().reverse().limit(limit).toArray(),
          ordered.count(),
        ]);
        return { entries, total };
      }
      // Text search reads every entry in the range once; one bulk read beats a cursor walk.
      const all = await ordered.toArray();
      const hits = all.filter(match).sort(newestFirst);
      return { entries: hits.slice(0, limit), total: hits.length };
    }),
  );
}

/** Every tag in use, for the tag filter. */
export function listTags(db: LogDatabase = logDb): Promise<string[]> {
  return guarded(async () => (await db.entries.orderBy('tags').uniqueKeys()) as string[]);
}

/** Entries whose follow-up date is on or before a calendar date (for reminders). */
export function listFollowUpsDue(
  onOrBefore: string,
  db: LogDatabase = logDb,
): Promise<LogEntry[]> {
  return guarded(() => db.entries.where('followUpOn').belowOrEqual(onOrBefore).sortBy('followUpOn'));
}

export function countEntries(db: LogDatabase = logDb): Promise<number> {
  return guarded(() => db.entries.count());
}
