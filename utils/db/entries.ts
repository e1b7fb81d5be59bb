/**
 * Writing the log. Every write is one transaction: a failure (a full disk, a closed
 * database) leaves the log exactly as it was, and two pages writing at once each see
 * the other's finished work, never half of it.
 */
import { filledText, type FieldIssue } from './checks';
import { logDb, type LogDatabase } from './database';
import { checkPatch } from './entry-shape';
import {
  applyPatch,
  entryFromDetection,
  manualEntry,
  refreshFromDetection,
  type SaveFromDetectionInput,
} from './entry-model';
import { LogError, guarded } from './errors';
import { ENTRY_LIMITS } from './fields';
import type { ProviderId } from '../webmail/types';
import type { EntryPatch, LogEntry, ManualEntryInput } from './types';

export type { SaveFromDetectionInput };

/** The entry saved from one email, or undefined. */
export function getEntryByMessage(
  provider: ProviderId,
  messageKey: string,
  db: LogDatabase = logDb,
): Promise<LogEntry | undefined> {
  return guarded(() =>
    db.entries.where('[source.provider+source.messageKey]').equals([provider, messageKey]).first(),
  );
}

export function getEntry(id: number, db: LogDatabase = logDb): Promise<LogEntry | undefined> {
  return guarded(() => db.entries.get(id));
}

/**
 * Saves a detected rejection. Saving the same email again (same provider and message key)
 * updates its one entry and keeps everything the person added to it.
 */
export async function saveFromDetection(
  input: SaveFromDetectionInput,
  db: LogDatabase = logDb,
): Promise<LogEntry> {
  const { provider, key } = input.message;
  if (!provider || !key || key.length > ENTRY_LIMITS.messageKey)
    throw new LogError('invalid', 'This email has no stable identity, so it cannot be saved.', {
      field: 'source.messageKey',
    });
  return guarded(() =>
    db.transaction('rw', db.entries, async () => {
      const now = new Date();
      const existing = await db.entries
        .where('[source.provider+source.messageKey]')
        .equals([provider, key])
        .first();
      if (existing) {
        const next = refreshFromDetection(existing, input, now);
        await db.entries.put(next);
        return next;
      }
      const entry = entryFromDetection(input, now);
      const id = await db.entries.add(entry);
      return { ...entry, id };
    }),
  );
}

/** An entry with no email behind it: a phone call, a letter, an application elsewhere. */
export async function addManualEntry(
  fields: ManualEntryInput,
  db: LogDatabase = logDb,
): Promise<LogEntry> {
  const { company, ...rest } = fields;
  const issues: FieldIssue[] = [];
  const cleanCompany = filledText(ENTRY_LIMITS.company)(company, 'company', issues);
  if (issues.length)
    throw new LogError('invalid', `The field "company" ${issues[0].message}.`, {
      field: 'company',
    });
  const checked = checkPatch(rest) as Omit<ManualEntryInput, 'company'>;
  const entry = manualEntry({ ...checked, company: cleanCompany }, new Date());
  const id = await guarded(() => db.entries.add(entry));
  return { ...entry, id };
}

/** Changes an entry; stage and feedback status changes are recorded in its history. */
export async function updateEntry(
  id: number,
  patch: EntryPatch,
  db: LogDatabase = logDb,
): Promise<LogEntry> {
  const checked = checkPatch(patch);
  return guarded(() =>
    db.transaction('rw', db.entries, async () => {
      const entry = await db.entries.get(id);
      if (!entry) throw new LogError('not-found', 'This entry is no longer in your log.');
      const next = applyPatch(entry, checked, new Date());
      await db.entries.put(next);
      return next;
    }),
  );
}

/** Removes one entry for good. True when there was one to remove. */
export function deleteEntry(id: number, db: LogDatabase = logDb): Promise<boolean> {
  return guarded(() =>
    db.transaction('rw', db.entries, async () => {
      const found = (await db.entries.where('id').equals(id).count()) > 0;
      await db.entries.delete(id);
      return found;
    }),
  );
}

/**
 * Removes every entry for good (not hidden, not kept aside). Ask the person first.
 * Returns how many entries were removed.
 */
export function deleteEverything(db: LogDatabase = logDb): Promise<number> {
  return guarded(() =>
    db.transaction('rw', db.entries, async () => {
      const count = await db.entries.count();
      await db.entries.clear();
      return count;
    }),
  );
}
