/**
 * What can go wrong with the log, said in plain words. Pages show `message` as it is;
 * `reason` lets them choose what else to offer.
 */

export type LogUnavailableReason =
  'no-storage' | 'private-window' | 'disk-full' | 'blocked' | 'closed' | 'unknown';

export type LogErrorCode = 'unavailable' | 'invalid' | 'not-found';

export class LogError extends Error {
  readonly code: LogErrorCode;
  readonly reason?: LogUnavailableReason;
  /** For `invalid`: the field, e.g. "feedback.status". */
  readonly field?: string;

  constructor(
    code: LogErrorCode,
    message: string,
    extra: { reason?: LogUnavailableReason; field?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: extra.cause });
    this.name = 'LogError';
    this.code = code;
    this.reason = extra.reason;
    this.field = extra.field;
  }
}

export const UNAVAILABLE_MESSAGES: Record<LogUnavailableReason, string> = {
  'no-storage':
    'This browser window does not let Rebound save anything, so your log cannot be opened here. ' +
    'This happens in private windows and when site data is switched off. ' +
    'Open Rebound in a normal window to see your log.',
  'private-window':
    'This is a private window. Rebound keeps no log here, because anything saved in a private ' +
    'window would be gone when it closes. Open Rebound in a normal window to see and add to your log.',
  'disk-full':
    'Your disk is full, so Rebound cannot write to your log right now. ' +
    'Nothing was half-saved: your log is exactly as it was. Free some space and try again.',
  blocked:
    'Your log is being updated for this version of Rebound, but an older Rebound page is still open ' +
    'and holding it. Close the other Rebound tabs and windows; this page will carry on by itself.',
  closed:
    'The browser closed your log (for example because site data was cleared). Reopen this page.',
  unknown:
    'Rebound could not open your log. Nothing was changed. Try closing and reopening this page.',
};

function namesIn(err: unknown): string[] {
  const names: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof e.name === 'string') names.push(e.name);
    current = e.inner ?? e.cause;
  }
  return names;
}

/** The reason behind a storage failure, looking through Dexie's wrapped errors. */
export function unavailableReason(err: unknown): LogUnavailableReason {
  const names = namesIn(err);
  if (names.includes('QuotaExceededError')) return 'disk-full';
  // Firefox private windows and disabled storage fail with these on open.
  if (names.some((n) => ['MissingAPIError', 'InvalidStateError', 'SecurityError'].includes(n)))
    return 'no-storage';
  if (names.includes('DatabaseClosedError')) return 'closed';
  return 'unknown';
}

/** Any error from storage as a LogError whose message a person can read. */
export function toLogError(err: unknown): LogError {
  if (err instanceof LogError) return err;
  const reason = unavailableReason(err);
  return new LogError('unavailable', UNAVAILABLE_MESSAGES[reason], { reason, cause: err });
}

/** Runs a storage call and turns whatever it throws into a LogError. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw toLogError(err);
  }
}
