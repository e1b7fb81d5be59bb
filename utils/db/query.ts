/**
 * Reading the log: pages of entries, newest first, narrowed by the person's filters.
 * Filters are answered from index keys and only the page itself is read whole, so a
 * search stays quick however long the log grows.
 */
import { logDb, type LogDatabase } from './database';
import { guarded } from './errors';
import { isDateOnly, startOfLocalDay } from './fields';
import { wordsOf } from './search-words';
import type { LogEntry, LogFilter, LogPage } from './types';

export const DEFAULT_PAGE_SIZE = 25;

/** The receivedAt bounds of a local date range: [from midnight, the day after `to`). */
export function receivedRange(filter: LogFilter): [string, string] | null {
  const from = filter.from && isDateOnly(filter.from) ? startOfLocalDay(filter.from) : null;
  const to = filter.to && isDateOnly(filter.to) ? startOfLocalDay(filter.to, 1) : null;
  if (!from && !to) return null;
  return [from ?? '', to ?? '\uffff'];
}

function intersect(sets: Set<number>[]): Set<number> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...smallest].filter((id) => rest.every((s) => s.has(id))));
}

/** Ids that pass every filter but the date range; null when nothing narrows the list. */
async function matchingIds(db: LogDatabase, filter: LogFilter): Promise<Set<number> | null> {
  const lookups: Promise<number[]>[] = wordsOf(filter.text ?? '').map((word) =>
    db.entries.where('words').startsWith(word).primaryKeys(),
  );
  if (filter.stage) lookups.push(db.entries.where('stage').equals(filter.stage).primaryKeys());
  if (filter.feedback)
    lookups.push(db.entries.where('feedback.status').equals(filter.feedback).primaryKeys());
  if (filter.tag?.trim())
    lookups.push(db.entries.where('tags').equalsIgnoreCase(filter.tag.trim()).primaryKeys());
  if (!lookups.length) return null;
  return intersect((await Promise.all(lookups)).map((ids) => new Set(ids)));
}

export function queryEntries(
  filter: LogFilter = {},
  options: { limit?: number } = {},
  db: LogDatabase = logDb,
): Promise<LogPage> {
  const limit = options.limit ?? DEFAULT_PAGE_SIZE;
  const range = receivedRange(filter);
  return guarded(() =>
    db.transaction('r', db.entries, async () => {
      const ordered = range
        ? db.entries.where('receivedAt').between(range[0], range[1], true, false)
        : db.entries.orderBy('receivedAt');
      const matches = await matchingIds(db, filter);
      if (!matches) {
        const [entries, total] = await Promise.all([
          ordered.clone().reverse().limit(limit).toArray(),
          ordered.count(),
        ]);
        return { entries, total };
      }
      // Newest first is the receivedAt index read backwards (ties: newest id first).
      const newestFirst = await ordered.clone().reverse().primaryKeys();
      const pageIds: number[] = [];
      let total = 0;
      for (const id of newestFirst) {
        if (!matches.has(id)) continue;
        total += 1;
        if (pageIds.length < limit) pageIds.push(id);
      }
      const entries = (await db.entries.bulkGet(pageIds)).filter((e): e is LogEntry => !!e);
      return { entries, total };
    }),
  );
}

/** Every tag in use, for the tag filter. */
export function listTags(db: LogDatabase = logDb): Promise<string[]> {
  return guarded(async () => {
    const tags = (await db.entries.orderBy('tags').uniqueKeys()) as string[];
    const seen = new Set<string>();
    return tags.filter((t) => !seen.has(t.toLowerCase()) && !!seen.add(t.toLowerCase()));
  });
}

/** Entries whose follow-up date is on or before a calendar date (for reminders). */
export function listFollowUpsDue(onOrBefore: string, db: LogDatabase = logDb): Promise<LogEntry[]> {
  return guarded(() =>
    db.entries.where('followUpOn').belowOrEqual(onOrBefore).sortBy('followUpOn'),
  );
}

export function countEntries(db: LogDatabase = logDb): Promise<number> {
  return guarded(() => db.entries.count());
}
