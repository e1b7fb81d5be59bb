/**
 * Times the log's hot paths in a real browser with 10,000 entries and publishes the result
 * on window.__benchResult for run.mjs. Each timing is the median of a few runs after one
 * warm-up, so a single hiccup of the machine does not decide it.
 */
import {
  createLogDb,
  exportLogJson,
  getLogStats,
  importLogJson,
  openLog,
  queryEntries,
  serializeLogExport,
  type LogDatabase,
} from '../../../utils/db';
import { makeEntries } from './seed';

declare global {
  interface Window {
    __benchResult?: Record<string, unknown>;
  }
}

const ENTRIES = 10_000;
const out = document.getElementById('out')!;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function time(runs: number, work: (run: number) => Promise<unknown>): Promise<number> {
  await work(-1);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  return Math.round(median(samples) * 10) / 10;
}

async function freshDb(name: string): Promise<LogDatabase> {
  const db = createLogDb(name);
  await db.delete();
  const status = await openLog(db);
  if (status.state !== 'ready') throw new Error(`log unavailable: ${status.state}`);
  return db;
}

async function main() {
  const db = await freshDb('rebound-bench-main');
  const seedText = serializeLogExport(makeEntries(ENTRIES), new Date().toISOString());
  const seeded = await importLogJson(seedText, db);
  if (!seeded.ok) throw new Error(seeded.message);
  if ((await db.entries.count()) !== ENTRIES) throw new Error('seeding lost entries');

  // A page opening the log afresh: a new connection, then its first page.
  const coldStart = performance.now();
  const cold = createLogDb('rebound-bench-main');
  await queryEntries({}, { limit: 25 }, cold);
  const firstPageCold = Math.round((performance.now() - coldStart) * 10) / 10;
  cold.close();

  const firstPage = await time(9, async () => {
    const page = await queryEntries({}, { limit: 25 }, db);
    if (page.entries.length !== 25) throw new Error('short first page');
  });
  const search = await time(9, async () => {
    const page = await queryEntries({ text: 'harbor analyst' }, { limit: 25 }, db);
    if (!page.total) throw new Error('search found nothing');
  });
  const stats = await time(5, async () => {
    if ((await getLogStats(db)).total !== ENTRIES) throw new Error('stats miscounted');
  });
  let exported = '';
  const exportMs = await time(3, async () => {
    exported = await exportLogJson(db);
  });
  const targets: LogDatabase[] = [];
  for (let i = -1; i < 3; i++) targets.push(await freshDb(`rebound-bench-import-${i + 1}`));
  const importMs = await time(3, async (run) => {
    const result = await importLogJson(exported, targets[run + 1]);
    if (!result.ok || result.added !== ENTRIES) throw new Error('import incomplete');
  });
  for (const t of targets) await t.delete();
  await db.delete();

  return {
    log_first_page_ms: firstPage,
    log_search_ms: search,
    log_stats_ms: stats,
    log_export_ms: exportMs,
    log_import_ms: importMs,
    first_page_cold_ms: firstPageCold,
    export_bytes: exported.length,
    entries: ENTRIES,
  };
}

main().then(
  (result) => {
    window.__benchResult = result;
    out.textContent = JSON.stringify(result, null, 2);
  },
  (err: unknown) => {
    window.__benchResult = { error: err instanceof Error ? err.message : String(err) };
    out.textContent = String(err);
  },
);
