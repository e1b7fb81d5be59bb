/**
 * Whether the log can be used in this page right now, and why not when it cannot.
 * Opening can stall rather than fail (an older Rebound page holding the database during
 * an upgrade), so the status is a small store pages watch, not a one-off answer.
 */
import { logDb, type LogDatabase } from './database';
import { UNAVAILABLE_MESSAGES, unavailableReason, type LogUnavailableReason } from './errors';

export type LogStatus =
  { state: 'ready' } | { state: 'unavailable'; reason: LogUnavailableReason; message: string };

const READY: LogStatus = { state: 'ready' };

export const unavailable = (reason: LogUnavailableReason): LogStatus => ({
  state: 'unavailable',
  reason,
  message: UNAVAILABLE_MESSAGES[reason],
});

const PRIVATE_WINDOW = unavailable('private-window');

interface StatusStore {
  status: LogStatus | undefined;
  opening: boolean;
  listeners: Set<() => void>;
  onBlocked: Set<() => void>;
}

const stores = new WeakMap<LogDatabase, StatusStore>();

function storeFor(db: LogDatabase): StatusStore {
  const known = stores.get(db);
  if (known) return known;
  const created: StatusStore = {
    status: undefined,
    opening: false,
    listeners: new Set(),
    onBlocked: new Set(),
  };
  db.on('blocked', () => {
    // Our own open is waiting for an older connection; it resumes once that one closes.
    if (!created.opening) return;
    setStatus(created, unavailable('blocked'));
    for (const fn of created.onBlocked) fn();
  });
  stores.set(db, created);
  return created;
}

function setStatus(store: StatusStore, status: LogStatus) {
  const same =
    store.status?.state === status.state &&
    (status.state === 'ready' ||
      (store.status.state === 'unavailable' && store.status.reason === status.reason));
  if (same) return;
  store.status = status;
  for (const fn of [...store.listeners]) fn();
}

export interface OpenLogOptions {
  /**
   * The page runs in a private window with storage of its own (Firefox: pass
   * `browser.extension.inIncognitoContext`). The log is then refused, not opened: what
   * was saved there would vanish with the window. This module never reads `browser`.
   */
  privateWindow?: boolean;
}

/**
 * Opens the log (or confirms it is open) and says whether it can be used. Resolves
 * with `blocked` as soon as the open is held up; the status turns `ready` by itself
 * when the open goes through, which watchLogStatus reports.
 */
export function openLog(db: LogDatabase = logDb, options: OpenLogOptions = {}): Promise<LogStatus> {
  if (options.privateWindow) return Promise.resolve(PRIVATE_WINDOW);
  const store = storeFor(db);
  if (store.opening && store.status?.state === 'unavailable' && store.status.reason === 'blocked')
    return Promise.resolve(store.status);
  return new Promise<LogStatus>((resolve) => {
    const onBlocked = () => resolve(store.status ?? unavailable('blocked'));
    store.onBlocked.add(onBlocked);
    store.opening = true;
    db.open().then(
      () => {
        store.opening = false;
        store.onBlocked.delete(onBlocked);
        setStatus(store, READY);
        resolve(READY);
      },
      (err: unknown) => {
        store.opening = false;
        store.onBlocked.delete(onBlocked);
        const status = unavailable(unavailableReason(err));
        setStatus(store, status);
        resolve(status);
      },
    );
  });
}

/** The last known status, undefined until the first open has answered. */
export function currentLogStatus(db: LogDatabase = logDb): LogStatus | undefined {
  return storeFor(db).status;
}

/** Calls `listener` whenever the status changes; returns the function that stops it. */
export function watchLogStatus(db: LogDatabase, listener: () => void): () => void {
  const store = storeFor(db);
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}
