/** What the log says about the search as a whole. computeLogStats is pure. */
import { logDb, type LogDatabase } from './database';
import { guarded } from './errors';
import { daysBetween, localDate, localMonth } from './fields';
import { STAGES, type LogEntry, type LogStats, type Stage } from './types';

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

type StatsSource = Pick<LogEntry, 'receivedAt' | 'stage' | 'feedback' | 'appliedOn'>;

export function computeLogStats(entries: readonly StatsSource[]): LogStats {
  const perStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const months = new Map<string, number>();
  const feedback = { drafted: 0, asked: 0, answered: 0 };
  const days: number[] = [];
  for (const e of entries) {
    perStage[e.stage] += 1;
    const month = localMonth(e.receivedAt);
    months.set(month, (months.get(month) ?? 0) + 1);
    const status = e.feedback.status;
    if (status === 'drafted') feedback.drafted += 1;
    // Feedback that arrived counts as asked for: the person heard back either way.
    if (status === 'requested' || status === 'received') feedback.asked += 1;
    if (status === 'received') feedback.answered += 1;
    if (e.appliedOn) {
      const d = daysBetween(e.appliedOn, localDate(e.receivedAt));
      if (d >= 0) days.push(d);
    }
  }
  const perMonth: LogStats['perMonth'] = [];
  const keys = [...months.keys()].sort();
  if (keys.length) {
    const last = keys[keys.length - 1];
    for (let m = keys[0]; ; m = nextMonth(m)) {
      perMonth.push({ month: m, count: months.get(m) ?? 0 });
      if (m === last) break;
    }
  }
  return {
    total: entries.length,
    perMonth,
    perStage,
    feedback,
    daysToAnswer: { count: days.length, median: median(days) },
  };
}

export function getLogStats(db: LogDatabase = logDb): Promise<LogStats> {
  return guarded(async () => computeLogStats(await db.entries.toArray()));
}
