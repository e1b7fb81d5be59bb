/**
 * Bringing a Rebound export back in. The file is read and checked completely before
 * anything is written, then written in one transaction: any problem, and the log is
 * exactly as it was.
 */
import { logDb, type LogDatabase } from './database';
import { canonicalEntry, checkEntryRecord, type EntryRecord } from './entry-shape';
import { toLogError } from './errors';
import { LOG_FORMAT, LOG_FORMAT_VERSION } from './export';
import { mergeEntries } from './merge';
import type { LogEntry } from './types';

/**
 * 40 MiB. A log of 10,000 entries exports to a few MB; the cap leaves room for many kept
 * email texts while refusing, before reading it, a file that could stall the page.
 */
export const IMPORT_MAX_BYTES = 40 * 1024 * 1024;
export const IMPORT_MAX_ENTRIES = 100_000;
const LISTED_ISSUES = 10;

export interface ImportIssue {
  /** 1-based position in the file's entries, or null for the file as a whole. */
  entry: number | null;
  field: string | null;
  message: string;
}

export type ImportResult =
  /** merged: entries of the file combined with one already in the log or in the file. */
  | { ok: true; added: number; merged: number; total: number }
  | { ok: false; message: string; issues: ImportIssue[] };

type Refusal = { ok: false; message: string; issues: ImportIssue[] };

const refuse = (message: string, issues: ImportIssue[] = []): Refusal => ({
  ok: false,
  message,
  issues: issues.length ? issues : [{ entry: null, field: null, message }],
});

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function utf8Length(text: string): number {
  // Each UTF-16 unit is 1 to 3 bytes, so the exact count is only needed near the cap.
  if (text.length > IMPORT_MAX_BYTES) return text.length;
  if (text.length * 3 <= IMPORT_MAX_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

export function describeIssue(issue: ImportIssue): string {
  const where = [
    issue.entry === null ? null : `entry ${issue.entry}`,
    issue.field === null ? null : `field "${issue.field}"`,
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** The entries of an export file's text, fully checked, or what is wrong and where. */
export function parseLogExport(text: string): { ok: true; entries: EntryRecord[] } | Refusal {
  if (!text.trim()) return refuse('This file is empty, so there was nothing to import.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return refuse(
      'This file is not complete JSON, so nothing was imported. It may have been cut short ' +
        `while saving or copying. (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  const file = data as Record<string, unknown>;
  if (!file || typeof file !== 'object' || Array.isArray(file) || file.format !== LOG_FORMAT)
    return refuse(
      'This file is not a Rebound log export (it has no "format": "rebound-log"), ' +
        'so nothing was imported. Choose a file made with "Export JSON" in Rebound.',
    );
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse('This file does not say which format version it is, so nothing was imported.');
  if (version > LOG_FORMAT_VERSION)
    return refuse(
      `This file was made by a newer version of Rebound (format ${version}); this version ` +
        `reads format ${LOG_FORMAT_VERSION}. Update Rebound, then import it again. Nothing was imported.`,
    );
  const issues: ImportIssue[] = [];
  for (const key of Object.keys(file))
    if (!['format', 'formatVersion', 'exportedAt', 'entries'].includes(key))
      issues.push({ entry: null, field: key, message: 'is not a field Rebound knows' });
  if (!Array.isArray(file.entries))
    return refuse('This file has no list of entries, so nothing was imported.');
  if (file.entries.length > IMPORT_MAX_ENTRIES)
    return refuse(`This file holds more than ${IMPORT_MAX_ENTRIES} entries. Nothing was imported.`);
  const entries: EntryRecord[] = [];
  file.entries.forEach((raw, i) => {
    const checked = checkEntryRecord(raw);
    if (checked.ok) entries.push(checked.entry);
    else
      for (const f of checked.issues)
        issues.push({ entry: i + 1, field: f.field, message: f.message });
  });
  if (!issues.length) return { ok: true, entries };
  const more =
    issues.length > 1 ? ` There are ${issues.length - 1} more problems listed below.` : '';
  return refuse(
    `Nothing was imported: ${describeIssue(issues[0])}.${more}`,
    issues.slice(0, LISTED_ISSUES),
  );
}

const sourceKey = (e: EntryRecord) =>
  e.source ? `${e.source.provider}\u0000${e.source.messageKey}` : null;

/** Entries of one file that are the same entry (by email, or by uid) become one. */
export function foldDuplicates(entries: EntryRecord[]): EntryRecord[] {
  const out: EntryRecord[] = [];
  const bySource = new Map<string, number>();
  const byUid = new Map<string, number>();
  for (const e of entries) {
    const key = sourceKey(e);
    const at = (key !== null ? bySource.get(key) : undefined) ?? byUid.get(e.uid);
    const index = at ?? out.length;
    out[index] = at === undefined ? e : mergeEntries(out[at], e);
    const merged = out[index];
    const mergedKey = sourceKey(merged);
    if (mergedKey !== null) bySource.set(mergedKey, index);
    byUid.set(merged.uid, index);
    byUid.set(e.uid, index);
  }
  return out;
}

export async function readImportText(
  input: Blob | string,
): Promise<{ ok: true; text: string } | Refusal> {
  const size = typeof input === 'string' ? utf8Length(input) : input.size;
  if (size > IMPORT_MAX_BYTES)
    return refuse(
      `This file is ${megabytes(size)}; Rebound imports files up to ${megabytes(IMPORT_MAX_BYTES)}. ` +
        'Nothing was imported.',
    );
  return { ok: true, text: typeof input === 'string' ? input : await input.text() };
}

async function writeAll(db: LogDatabase, incoming: EntryRecord[]) {
  return db.transaction('rw', db.entries, async () => {
    const existing = await db.entries.toArray();
    const bySource = new Map<string, LogEntry>();
    const byUid = new Map<string, LogEntry>();
    const ids = new Set<number>();
    for (const e of existing) {
      const key = sourceKey(e);
      if (key !== null) bySource.set(key, e);
      byUid.set(e.uid, e);
      ids.add(e.id);
    }
    const writes: EntryRecord[] = [];
    let merged = 0;
    for (const e of incoming) {
      const key = sourceKey(e);
      const match = (key !== null ? bySource.get(key) : undefined) ?? byUid.get(e.uid);
      if (match) {
        merged += 1;
        const next = mergeEntries(match, e);
        const changed =
          JSON.stringify(canonicalEntry(next)) !== JSON.stringify(canonicalEntry(match));
        if (changed) writes.push(next);
        continue;
      }
      // A fresh log gets the file's ids back, so an export re-imported reads the same.
      const { id, ...rest } = e;
      if (id !== undefined && !ids.has(id)) {
        ids.add(id);
        writes.push({ ...rest, id });
      } else writes.push(rest);
    }
    await db.entries.bulkPut(writes as LogEntry[]);
    return incoming.length - merged;
  });
}

/** Imports a Rebound JSON export, all or nothing, merging entries already in the log. */
export async function importLogJson(
  input: Blob | string,
  db: LogDatabase = logDb,
): Promise<ImportResult> {
  const read = await readImportText(input);
  if (!read.ok) return read;
  const parsed = parseLogExport(read.text);
  if (!parsed.ok) return parsed;
  const entries = foldDuplicates(parsed.entries);
  try {
    const added = await writeAll(db, entries);
    const total = parsed.entries.length;
    return { ok: true, added, merged: total - added, total };
  } catch (err) {
    const problem = toLogError(err);
    return refuse(`Nothing was imported: ${problem.message}`);
  }
}
