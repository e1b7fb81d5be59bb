/**
 * Taking the log away: JSON that holds everything and reads back exactly, and CSV for a
 * spreadsheet, where nothing an email said can run as a formula.
 */
import { logDb, type LogDatabase } from './database';
import { canonicalEntry } from './entry-shape';
import { guarded } from './errors';
import type { LogEntry } from './types';

export const LOG_FORMAT = 'rebound-log';
/** Raised only when an export changes in a way an older Rebound could not read. */
export const LOG_FORMAT_VERSION = 1;

export interface LogExportFile {
  format: typeof LOG_FORMAT;
  formatVersion: number;
  exportedAt: string;
  entries: LogEntry[];
}

/** One entry per line: readable, easy to compare, and far smaller than full indentation. */
export function serializeLogExport(entries: readonly LogEntry[], exportedAt: string): string {
  const head = `{\n  "format": ${JSON.stringify(LOG_FORMAT)},\n  "formatVersion": ${LOG_FORMAT_VERSION},\n  "exportedAt": ${JSON.stringify(exportedAt)},\n  "entries": [`;
  if (!entries.length) return `${head}]\n}\n`;
  const lines = [...entries]
    .sort((a, b) => a.id - b.id)
    .map((e) => `    ${JSON.stringify(canonicalEntry(e))}`);
  return `${head}\n${lines.join(',\n')}\n  ]\n}\n`;
}

export function exportLogJson(
  db: LogDatabase = logDb,
  options: { now?: Date } = {},
): Promise<string> {
  return guarded(async () =>
    serializeLogExport(await db.entries.toArray(), (options.now ?? new Date()).toISOString()),
  );
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One spreadsheet cell: a leading = + - @ tab or CR gets a quote so no spreadsheet runs
 * it as a formula; then RFC 4180 quoting for commas, quotes and line breaks.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS: readonly [string, (e: LogEntry) => string | number | null][] = [
  ['id', (e) => e.id],
  ['company', (e) => e.company],
  ['role', (e) => e.role],
  ['stage', (e) => e.stage],
  ['received_at', (e) => e.receivedAt],
  ['applied_on', (e) => e.appliedOn],
  ['logged_at', (e) => e.loggedAt],
  ['provider', (e) => e.source?.provider ?? null],
  ['message_key', (e) => e.source?.messageKey ?? null],
  ['link', (e) => e.source?.url ?? null],
  ['sender_name', (e) => e.sender?.name ?? null],
  ['sender_email', (e) => e.sender?.email ?? null],
  ['subject', (e) => e.subject],
  ['quotes', (e) => e.quotes.join('\n')],
  ['feedback_status', (e) => e.feedback.status],
  ['feedback_drafted_on', (e) => e.feedback.draftedOn],
  ['feedback_requested_on', (e) => e.feedback.requestedOn],
  ['feedback_received_on', (e) => e.feedback.receivedOn],
  ['feedback_notes', (e) => e.feedback.notes],
  ['reflection', (e) => e.reflection.map((r) => `${r.prompt}\n${r.answer}`).join('\n\n')],
  ['next_steps', (e) => e.nextSteps],
  ['follow_up_on', (e) => e.followUpOn],
  ['tags', (e) => e.tags.join('; ')],
  ['notes', (e) => e.notes],
];

/** One row per entry, CRLF line ends (RFC 4180). The full email text stays out. */
export function entriesToCsv(entries: readonly LogEntry[]): string {
  const rows = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const e of [...entries].sort((a, b) => a.id - b.id))
    rows.push(CSV_COLUMNS.map(([, get]) => csvCell(get(e))).join(','));
  return `${rows.join('\r\n')}\r\n`;
}

export function exportLogCsv(db: LogDatabase = logDb): Promise<string> {
  return guarded(async () => entriesToCsv(await db.entries.toArray()));
}
