import { Dexie } from 'dexie';
import {
  LogError,
  SCHEMA_V1,
  UNAVAILABLE_MESSAGES,
  addManualEntry,
  createLogDb,
  currentLogStatus,
  importLogJson,
  openLog,
  saveFromDetection,
  updateEntry,
  watchLogStatus,
  type LogDatabase,
} from '@/utils/db';
import { closeAll, detection, freshDb, message, until } from './support';

afterEach(closeAll);
// Dexie narrates blocked and version-change events on the console; the tests check the status instead.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** An IndexedDB whose every open fails the way a given browser situation does. */
function brokenIndexedDb(open: () => IDBOpenDBRequest | null): IDBFactory {
  return {
    open,
    deleteDatabase: open,
    cmp: indexedDB.cmp.bind(indexedDB),
    databases: async () => [],
  } as unknown as IDBFactory;
}

describe('where IndexedDB is unavailable', () => {
  test.each([
    ['no IndexedDB at all', () => null],
    [
      'a private window that refuses storage',
      () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    ],
    [
      'storage switched off',
      () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    ],
  ])('%s: the status says so in plain words, and writes fail clearly', async (_name, open) => {
    const db = createLogDb(`broken-${Math.random()}`, {
      indexedDB: brokenIndexedDb(open as () => null),
      IDBKeyRange,
    });
    expect(await openLog(db)).toEqual({
      state: 'unavailable',
      reason: 'no-storage',
      message: UNAVAILABLE_MESSAGES['no-storage'],
    });
    expect(currentLogStatus(db)).toMatchObject({ reason: 'no-storage' });
    const error = await saveFromDetection({ message: message(), detection: detection() }, db).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LogError);
    expect(error).toMatchObject({ code: 'unavailable', reason: 'no-storage' });
    expect((error as Error).message).toMatch(/private windows/);
    const imported = await importLogJson(
      '{"format":"rebound-log","formatVersion":1,"entries":[]}',
      db,
    );
    expect(imported).toMatchObject({
      ok: false,
      message: expect.stringContaining('Nothing was imported'),
    });
  });

  test('a private window with storage of its own is refused before anything is opened', async () => {
    const db = freshDb();
    expect(await openLog(db, { privateWindow: true })).toEqual({
      state: 'unavailable',
      reason: 'private-window',
      message: UNAVAILABLE_MESSAGES['private-window'],
    });
    expect(db.isOpen()).toBe(false);
  });

  test('an open log reports ready', async () => {
    const db = freshDb();
    expect(await openLog(db)).toEqual({ state: 'ready' });
    expect(await openLog(db)).toEqual({ state: 'ready' });
  });
});

/** Every write of this database fails as a full disk does, after reaching the store. */
function fillDisk(db: LogDatabase) {
  let full = false;
  db.use({
    stack: 'dbcore',
    name: 'disk-full',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (req) => {
            const res = await table.mutate(req);
            if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return res;
          },
        };
      },
    }),
  });
  return () => (full = true);
}

describe('a full disk', () => {
  test('a failed save says the disk is full and leaves the log as it was', async () => {
    const db = freshDb();
    const diskFull = fillDisk(db);
    const kept = await addManualEntry({ company: 'Kept' }, db);
    diskFull();
    const error = await saveFromDetection({ message: message(), detection: detection() }, db).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'unavailable', reason: 'disk-full' });
    expect((error as Error).message).toBe(UNAVAILABLE_MESSAGES['disk-full']);
    await expect(updateEntry(kept.id, { notes: 'new' }, db)).rejects.toMatchObject({
      reason: 'disk-full',
    });
    expect(await db.entries.toArray()).toEqual([kept]);
  });
});

describe('a database held by an older version', () => {
  test('opening waits, says why, and carries on when the old page closes', async () => {
    const name = `blocked-${Math.random()}`;
    // An older Rebound page: version 1 of the log, open, not letting go on versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('entries', {
          keyPath: 'id',
          autoIncrement: true,
        });
        store.createIndex('messageKey', 'messageKey');
        store.createIndex('savedAt', 'savedAt');
        store.add({
          company: 'Old entry',
          role: null,
          provider: 'gmail',
          messageKey: 'k',
          subject: 's',
          sender: 'x@y.example',
          savedAt: 0,
          quotes: [],
        });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const db = createLogDb(name);
    const seen: string[] = [];
    watchLogStatus(db, () => seen.push(currentLogStatus(db)?.state ?? 'none'));

    const status = await openLog(db);
    expect(status).toMatchObject({ state: 'unavailable', reason: 'blocked' });
    if (status.state === 'unavailable') expect(status.message).toMatch(/older Rebound page/);

    old.close();
    await until(() => currentLogStatus(db)?.state === 'ready');
    expect(seen).toEqual(['unavailable', 'ready']);
    expect((await db.entries.toArray()).map((e) => e.company)).toEqual(['Old entry']);
    db.close();
    await db.delete();
  });

  test('an older page using Dexie lets go by itself, so nothing waits', async () => {
    const name = `polite-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.table('entries').add({
      company: 'Old',
      messageKey: 'k',
      provider: 'gmail',
      savedAt: 0,
      quotes: [],
      sender: '',
      subject: '',
      role: null,
    });
    const db = createLogDb(name);
    expect(await openLog(db)).toEqual({ state: 'ready' });
    expect(await db.entries.count()).toBe(1);
    db.close();
    await db.delete();
  });
});
