/**
 * The log's database: its schema versions, the Dexie class and the one shared instance.
 * Versions are only ever appended. Each keeps the stores it shipped with and its upgrade,
 * so a log from any earlier Rebound opens in this one.
 */
import {
  Dexie,
  type DBCore,
  type DexieOptions,
  type EntityTable,
  type Middleware,
  type Transaction,
} from 'dexie';
import { newUid } from './fields';
import { stripDerived, withDerived, type StoredEntry } from './derived';
import type { LogEntry } from './types';
import { upgradeRowsFromV1, type EntryV1 } from './upgrades';

export const LOG_DB_NAME = 'rebound-log';

/** Version 1, the thin first log. Kept as it shipped; never edit. */
export const SCHEMA_V1 = { entries: '++id, messageKey, savedAt' } as const;

/**
 * Version 2, the full entry. Each index is there because something looks it up:
 * [provider+message key] makes saving an email idempotent (unique, so two pages saving
 * at once still make one entry); receivedAt orders pages, bounds date ranges and counts
 * months; stage, feedback.status, tags and words answer the filters and the search from
 * keys alone; waitDays gives the median days to an answer; followUpOn finds due
 * reminders. (uid is matched in memory during an import, so it needs no index.)
 */
export const SCHEMA_V2 = {
  entries:
    '++id, &[source.provider+source.messageKey], receivedAt, stage, feedback.status, ' +
    'waitDays, followUpOn, *tags, *words',
} as const;

export const LOG_SCHEMA_VERSION = 2;

async function upgradeToV2(tx: Transaction): Promise<void> {
  const table = tx.table('entries');
  const rows = (await table.toArray()) as EntryV1[];
  const { entries, removedIds } = upgradeRowsFromV1(rows, newUid, new Date().toISOString());
  // Duplicates go first, or the new unique key would refuse the merged rows.
  await table.bulkDelete(removedIds);
  await table.bulkPut(entries);
}

/**
 * Every entry written, by any path (save, import, upgrade, modify), gets its derived
 * fields recomputed here, so those indexes can never drift from the entry.
 */
const derivedFieldsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'rebound-derived-fields',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'entries') return table;
      return {
        ...table,
        mutate: (req) =>
          req.type === 'add' || req.type === 'put'
            ? table.mutate({
                ...req,
                values: req.values.map((v: LogEntry) => withDerived(v)),
              })
            : table.mutate(req),
      };
    },
  }),
};

export class LogDatabase extends Dexie {
  entries!: EntityTable<LogEntry, 'id'>;

  constructor(name: string = LOG_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.use(derivedFieldsMiddleware);
    this.entries.hook(
      'reading',
      (stored?: StoredEntry) => (stored && stripDerived(stored)) as LogEntry,
    );
  }
}

/** A separate database, e.g. for tests or for trying an import without touching the log. */
export function createLogDb(name: string = LOG_DB_NAME, options?: DexieOptions): LogDatabase {
  return new LogDatabase(name, options);
}

/** The log every page and the background share. Opening is lazy, on first use. */
export const logDb: LogDatabase = createLogDb();
