/**
 * The person's data on the options page: take it away (JSON, CSV), bring a copy back,
 * or delete it all. Import is all or nothing and says exactly what is wrong with a file.
 */
import { useState, type ChangeEvent } from 'react';
import {
  IMPORT_MAX_BYTES,
  deleteEverything,
  describeIssue,
  exportLogCsv,
  exportLogJson,
  importLogJson,
  type ImportResult,
} from '@/utils/db';
import { useLogCount } from '@/utils/db/hooks';
import { useLogDb } from './db-context';
import { downloadFile, exportFileName } from './download';
import { plural } from './labels';

type Note = { ok: boolean; text: string } | null;

function ImportOutcome({ result }: { result: ImportResult }) {
  if (result.ok)
    return (
      <div className="note" role="status" data-testid="log-import-result" data-ok="true">
        Imported {plural(result.total, 'entry', 'entries')}: {result.added} new
        {result.merged > 0 && `, ${result.merged} combined with entries already in your log`}.
      </div>
    );
  const listed = result.issues.length > 1 || result.issues[0]?.entry !== null;
  return (
    <div className="error" role="alert" data-testid="log-import-result" data-ok="false">
      <p>{result.message}</p>
      {listed && (
        <ul className="log-issues">
          {result.issues.map((issue, i) => (
            <li key={i}>{describeIssue(issue)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function DeleteEverything() {
  const db = useLogDb();
  const count = useLogCount(db);
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState<Note>(null);

  async function confirm() {
    try {
      const removed = await deleteEverything(db);
      setNote({
        ok: true,
        text: `Deleted ${plural(removed, 'entry', 'entries')}. Your log is empty.`,
      });
    } catch (err) {
      setNote({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
    setAsking(false);
  }

  return (
    <div className="log-danger-zone">
      {asking ? (
        <div className="log-confirm" role="group" aria-label="Confirm deleting everything">
          <p>
            Delete all {count === undefined ? '' : plural(count, 'entry', 'entries')} from your log
            for good? This cannot be undone. Export a copy first if you might want it later.
          </p>
          <div className="row">
            <button
              type="button"
              className="log-danger"
              data-testid="log-delete-confirm"
              onClick={confirm}
            >
              Yes, delete everything
            </button>
            <button
              type="button"
              className="secondary"
              data-testid="log-delete-cancel"
              onClick={() => setAsking(false)}
            >
              Keep my log
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="secondary log-danger-outline"
          data-testid="log-delete-all"
          onClick={() => {
            setAsking(true);
            setNote(null);
          }}
        >
          Delete everything…
        </button>
      )}
      {note && (
        <p
          className={note.ok ? 'note' : 'error'}
          role={note.ok ? 'status' : 'alert'}
          data-testid="log-delete-result"
        >
          {note.text}
        </p>
      )}
    </div>
  );
}

export function DataPanel() {
  const db = useLogDb();
  const [exportNote, setExportNote] = useState<Note>(null);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  async function exportAs(kind: 'json' | 'csv', button: HTMLElement) {
    try {
      const text = kind === 'json' ? await exportLogJson(db) : await exportLogCsv(db);
      // A byte-order mark tells spreadsheet programs the CSV is UTF-8.
      const body = kind === 'csv' ? `\uFEFF${text}` : text;
      const type = kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
      downloadFile(button.ownerDocument, body, exportFileName(kind), type);
      setExportNote({ ok: true, text: `Your ${kind.toUpperCase()} export is downloading.` });
    } catch (err) {
      setExportNote({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  }

  async function importFile(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setImporting(true);
    setResult(null);
    setResult(await importLogJson(file, db));
    setImporting(false);
    // Lets the person pick the same file again after fixing it.
    input.value = '';
  }

  return (
    <section className="card log-data" aria-labelledby="log-data-title">
      <h2 id="log-data-title">Your data</h2>
      <p className="muted">
        Your log is kept only in this browser, on this computer. Take a copy whenever you like.
      </p>
      <div className="row">
        <button
          type="button"
          className="secondary"
          data-testid="log-export-json"
          onClick={(e) => exportAs('json', e.currentTarget)}
        >
          Export JSON (complete)
        </button>
        <button
          type="button"
          className="secondary"
          data-testid="log-export-csv"
          onClick={(e) => exportAs('csv', e.currentTarget)}
        >
          Export CSV (spreadsheet)
        </button>
      </div>
      {exportNote && (
        <p
          className={exportNote.ok ? 'muted' : 'error'}
          role={exportNote.ok ? 'status' : 'alert'}
          data-testid="log-export-result"
        >
          {exportNote.text}
        </p>
      )}
      <label className="field">
        Import a Rebound JSON export
        <input
          type="file"
          accept="application/json,.json"
          data-testid="log-import-input"
          disabled={importing}
          onChange={importFile}
        />
      </label>
      <p className="muted log-hint">
        Files up to {Math.round(IMPORT_MAX_BYTES / 1024 / 1024)} MB. Entries already in your log are
        combined, not doubled. If anything in the file is wrong, nothing is imported and you will
        see what and where.
      </p>
      {importing && (
        <p className="muted" role="status">
          Importing…
        </p>
      )}
      {result && <ImportOutcome result={result} />}
      <DeleteEverything />
    </section>
  );
}
