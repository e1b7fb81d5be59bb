/**
 * What the log says about the search as a whole. getLogStats answers from index counts
 * (a few dozen small requests, however long the log); computeLogStats is the same
 * arithmetic over whole entries, and the tests hold the two to the same answer.
 */
import { logDb, type LogDatabase } from './database';
import { waitDaysOf } from './derived';
import { guarded } from './errors';
import { localMonth } from './fields';
import { FEEDBACK_STATUSES, STAGES, type LogEntry, type LogStatistics } from './types';

/** Beyond this many months the counts are taken from the keys in one pass instead. */
const MONTHS_BY_COUNT = 600;

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from first to last, YYYY-MM. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

const startOfLocalMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(y, m - 1, 1).toISOString();
};

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const feedbackSummary = (counts: Record<string, number>) => ({
  drafted: counts.drafted ?? 0,
  // Feedback that arrived counts as asked for: the person heard back either way.
  asked: (counts.requested ?? 0) + (counts.received ?? 0),
  answered: counts.received ?? 0,
});

type StatsSource = Pick<LogEntry, 'receivedAt' | 'stage' | 'feedback' | 'appliedOn'>;

export function computeLogStats(entries: readonly StatsSource[]): LogStatistics {
  const perStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as LogStatistics['perStage'];
  const feedback: Record<string, number> = {};
  const months = new Map<string, number>();
  const days: number[] = [];
  for (const e of entries) {
    perStage[e.stage] += 1;
    feedback[e.feedback.status] = (feedback[e.feedback.status] ?? 0) + 1;
    const month = localMonth(e.receivedAt);
    months.set(month, (months.get(month) ?? 0) + 1);
    const wait = waitDaysOf(e);
    if (wait !== undefined) days.push(wait);
  }
  const sorted = [...months.keys()].sort();
  const perMonth = sorted.length
    ? monthsBetween(sorted[0], sorted[sorted.length - 1]).map((month) => ({
        month,
        count: months.get(month) ?? 0,
      }))
    : [];
  return {
    total: entries.length,
    perMonth,
    perStage,
    feedback: feedbackSummary(feedback),
    daysToAnswer: { count: days.length, median: median(days) },
  };
}

async function perMonthOf(db: LogDatabase): Promise<LogStatistics['perMonth']> {
  const t = db.entries;
  const [first, last] = await Promise.all([
    t.orderBy('receivedAt').limit(1).keys(),
    t.orderBy('receivedAt').reverse().limit(1).keys(),
  ]);
  if (!first.length) return [];
  const months = monthsBetween(localMonth(String(first[0])), localMonth(String(last[0])));
  if (months.length > MONTHS_BY_COUNT) {
    const all = (await t.orderBy('receivedAt').keys()) as string[];
    const counts = new Map<string, number>();
    for (const at of all) counts.set(localMonth(at), (counts.get(localMonth(at)) ?? 0) + 1);
    return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
  }
  const counts = await Promise.all(
    months.map((m) =>
      t
        .where('receivedAt')
        .between(startOfLocalMonth(m), startOfLocalMonth(nextMonth(m)))
        .count(),
    ),
  );
  return months.map((month, i) => ({ month, count: counts[i] }));
}

/** The median of an index's values, read at the middle position(s) only. */
async function medianOfWaitDays(db: LogDatabase, count: number): Promise<number | null> {
  if (!count) return null;
  const at = async (i: number) =>
    Number((await db.entries.orderBy('waitDays').offset(i).limit(1).keys())[0]);
  const mid = count >> 1;
  return count % 2 ? at(mid) : ((await at(mid - 1)) + (await at(mid))) / 2;
}

export function getLogStats(db: LogDatabase = logDb): Promise<LogStatistics> {
  const t = db.entries;
  return guarded(() =>
    db.transaction('r', t, async () => {
      const [total, perMonth, stageCounts, feedbackCounts, waitCount] = await Promise.all([
        t.count(),
        perMonthOf(db),
        Promise.all(STAGES.map((s) => t.where('stage').equals(s).count())),
        Promise.all(FEEDBACK_STATUSES.map((s) => t.where('feedback.status').equals(s).count())),
        t.where('waitDays').aboveOrEqual(0).count(),
      ]);
      return {
        total,
        perMonth,
        perStage: Object.fromEntries(
          STAGES.map((s, i) => [s, stageCounts[i]]),
        ) as LogStatistics['perStage'],
        feedback: feedbackSummary(
          Object.fromEntries(FEEDBACK_STATUSES.map((s, i) => [s, feedbackCounts[i]])),
        ),
        daysToAnswer: { count: waitCount, median: await medianOfWaitDays(db, waitCount) },
      };
    }),
  );
}
