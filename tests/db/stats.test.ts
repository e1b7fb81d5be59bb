import {
  addManualEntry,
  computeLogStats,
  getLogStats,
  importLogJson,
  serializeLogExport,
  updateEntry,
} from '@/utils/db';
import { makeEntries } from '../bench/log/seed';
import type { FeedbackStatus, LogEntry } from '@/utils/db';
import type { Stage } from '@/utils/detector/types';
import { median } from '@/utils/db/stats';
import { closeAll, freshDb } from './support';

afterEach(closeAll);

type Row = Pick<LogEntry, 'receivedAt' | 'stage' | 'feedback' | 'appliedOn'>;
const row = (
  received: string,
  stage: Stage = 'unknown',
  status: FeedbackStatus = 'none',
  appliedOn: string | null = null,
): Row => ({
  // Local noon, so the month is the same in every time zone the tests run in.
  receivedAt: new Date(`${received}T12:00:00`).toISOString(),
  stage,
  appliedOn,
  feedback: { status, draftedOn: null, requestedOn: null, receivedOn: null, notes: '' },
});

describe('computeLogStats', () => {
  test('an empty log', () => {
    expect(computeLogStats([])).toEqual({
      total: 0,
      perMonth: [],
      perStage: { application: 0, screen: 0, interview: 0, final: 0, unknown: 0 },
      feedback: { drafted: 0, asked: 0, answered: 0 },
      daysToAnswer: { count: 0, median: null },
    });
  });

  test('months from first to last, gaps as zero, across a new year', () => {
    const stats = computeLogStats([row('2025-11-03'), row('2026-02-10'), row('2025-11-28')]);
    expect(stats.perMonth).toEqual([
      { month: '2025-11', count: 2 },
      { month: '2025-12', count: 0 },
      { month: '2026-01', count: 0 },
      { month: '2026-02', count: 1 },
    ]);
  });

  test('per stage, and feedback asked versus answered', () => {
    const stats = computeLogStats([
      row('2026-01-01', 'screen', 'drafted'),
      row('2026-01-02', 'interview', 'requested'),
      row('2026-01-03', 'interview', 'received'),
      row('2026-01-04', 'final', 'none'),
    ]);
    expect(stats.perStage).toEqual({
      application: 0,
      screen: 1,
      interview: 2,
      final: 1,
      unknown: 0,
    });
    expect(stats.feedback).toEqual({ drafted: 1, asked: 2, answered: 1 });
  });

  test('days from application to answer, only where the application date is known', () => {
    const stats = computeLogStats([
      row('2026-01-11', 'application', 'none', '2026-01-01'),
      row('2026-02-01', 'application', 'none', '2026-01-01'),
      row('2026-01-05', 'application', 'none', '2026-01-01'),
      row('2026-01-05'),
      // An application date after the answer is a typo, not a negative wait.
      row('2026-01-05', 'application', 'none', '2026-02-01'),
    ]);
    expect(stats.daysToAnswer).toEqual({ count: 3, median: 10 });
  });

  test.each([
    [[], null],
    [[4], 4],
    [[9, 1, 5], 5],
    [[1, 2, 3, 10], 2.5],
  ])('median of %j is %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

test('getLogStats reads the log as it is now', async () => {
  const db = freshDb();
  const a = await addManualEntry(
    { company: 'A', stage: 'screen', receivedAt: '2026-01-15', appliedOn: '2026-01-01' },
    db,
  );
  await addManualEntry({ company: 'B', stage: 'final', receivedAt: '2026-03-02' }, db);
  await updateEntry(a.id, { feedback: { status: 'received' } }, db);
  const stats = await getLogStats(db);
  expect(stats.total).toBe(2);
  expect(stats.perMonth.map((m) => m.count)).toEqual([1, 0, 1]);
  expect(stats.feedback).toEqual({ drafted: 0, asked: 1, answered: 1 });
  expect(stats.daysToAnswer).toEqual({ count: 1, median: 14 });
});

describe('getLogStats reads counts from the indexes and agrees with computeLogStats', () => {
  test('on a varied log of 400 entries', async () => {
    const db = freshDb();
    const entries = makeEntries(400);
    const result = await importLogJson(serializeLogExport(entries, new Date().toISOString()), db);
    expect(result.ok).toBe(true);
    const stats = await getLogStats(db);
    expect(stats).toEqual(computeLogStats(await db.entries.toArray()));
    expect(stats.total).toBe(400);
    expect(stats.daysToAnswer.count).toBeGreaterThan(50);
    expect(stats.perMonth.length).toBeGreaterThan(20);
  });

  test('on a log that spans decades (counted from keys in one pass)', async () => {
    const db = freshDb();
    await addManualEntry({ company: 'Long ago', receivedAt: '1950-06-15' }, db);
    await addManualEntry({ company: 'Now', receivedAt: '2026-02-01', appliedOn: '2026-01-01' }, db);
    await addManualEntry(
      { company: 'Even', receivedAt: '2026-02-11', appliedOn: '2026-01-01' },
      db,
    );
    const stats = await getLogStats(db);
    expect(stats).toEqual(computeLogStats(await db.entries.toArray()));
    expect(stats.perMonth[0]).toEqual({ month: '1950-06', count: 1 });
    expect(stats.perMonth.at(-1)).toEqual({ month: '2026-02', count: 2 });
    expect(stats.daysToAnswer).toEqual({ count: 2, median: 36 });
  });

  test('follows a changed application date', async () => {
    const db = freshDb();
    const e = await addManualEntry({ company: 'A', receivedAt: '2026-01-21' }, db);
    expect((await getLogStats(db)).daysToAnswer).toEqual({ count: 0, median: null });
    await updateEntry(e.id, { appliedOn: '2026-01-01' }, db);
    expect((await getLogStats(db)).daysToAnswer).toEqual({ count: 1, median: 20 });
    await updateEntry(e.id, { appliedOn: null }, db);
    expect((await getLogStats(db)).daysToAnswer).toEqual({ count: 0, median: null });
  });
});
