/**
 * One entry of the list: a summary line that opens to what the email said, the editor,
 * and deleting it. Everything from an email is rendered as text, never as markup.
 */
import { useState } from 'react';
import {
  deleteEntry,
  isWebUrl,
  type FeedbackStatus,
  type LogEntry,
  type StatusChange,
} from '@/utils/db';
import type { Stage } from '@/utils/detector/types';
import { useLogDb } from './db-context';
import { EntryEditor } from './entry-editor';
import { FEEDBACK_LABELS, STAGE_LABELS, formatDate } from './labels';

function historyText(h: StatusChange): string {
  const label = (v: string | null) =>
    v === null
      ? ''
      : h.field === 'stage'
        ? STAGE_LABELS[v as Stage]
        : FEEDBACK_LABELS[v as FeedbackStatus];
  const what = h.field === 'stage' ? 'stage' : 'feedback';
  return h.from === null
    ? `logged, ${what} ${label(h.to)}`
    : `${what} ${label(h.from)} → ${label(h.to)}`;
}

function EntrySource({ entry }: { entry: LogEntry }) {
  const url = entry.source?.url;
  const sender = entry.sender && (entry.sender.name || entry.sender.email);
  return (
    <div className="log-entry-source">
      {(sender || entry.subject) && (
        <dl className="facts">
          {sender && (
            <>
              <dt>From</dt>
              <dd>{sender}</dd>
            </>
          )}
          {entry.subject && (
            <>
              <dt>Subject</dt>
              <dd>{entry.subject}</dd>
            </>
          )}
          <dt>Logged</dt>
          <dd>{formatDate(entry.loggedAt)}</dd>
        </dl>
      )}
      {entry.quotes.length > 0 && (
        <ul className="log-quotes" aria-label="What the email said">
          {entry.quotes.map((q) => (
            <li key={q}>
              <q>{q}</q>
            </li>
          ))}
        </ul>
      )}
      {url && isWebUrl(url) && (
        <a href={url} target="_blank" rel="noopener noreferrer" data-testid="log-entry-link">
          Open the email
        </a>
      )}
      {entry.reflection.length > 0 && (
        <details>
          <summary>Your reflection</summary>
          <dl className="log-reflection">
            {entry.reflection.map((r, i) => (
              <div key={i}>
                <dt>{r.prompt}</dt>
                <dd>{r.answer}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {entry.history.length > 1 && (
        <details>
          <summary>History</summary>
          <ul className="log-history">
            {entry.history.map((h, i) => (
              <li key={i}>
                {formatDate(h.at)}: {historyText(h)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {entry.fullText && (
        <details>
          <summary>The full email you kept</summary>
          <pre className="log-full-text">{entry.fullText}</pre>
        </details>
      )}
    </div>
  );
}

function DeleteEntry({ entry }: { entry: LogEntry }) {
  const db = useLogDb();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!asking)
    return (
      <button
        type="button"
        className="link log-danger-link"
        data-testid="log-entry-delete"
        onClick={() => setAsking(true)}
      >
        Delete this entry
      </button>
    );
  return (
    <div className="log-confirm" role="group" aria-label="Confirm deleting this entry">
      <p>Delete this entry for good? This cannot be undone.</p>
      <div className="row">
        <button
          type="button"
          className="log-danger"
          data-testid="log-entry-delete-confirm"
          onClick={() =>
            deleteEntry(entry.id, db).catch((err: unknown) =>
              setError(err instanceof Error ? err.message : String(err)),
            )
          }
        >
          Delete
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function LogEntryItem({
  entry,
  expanded,
  onToggle,
}: {
  entry: LogEntry;
  expanded: boolean;
  onToggle: () => void;
}) {
  const bodyId = `log-entry-body-${entry.id}`;
  return (
    <li className="log-entry" data-testid="log-entry" data-entry-id={entry.id}>
      <button
        type="button"
        className="log-entry-head"
        aria-expanded={expanded}
        aria-controls={bodyId}
        onClick={onToggle}
      >
        <span className="log-entry-title">
          <span className="log-entry-company">{entry.company || 'Company not known'}</span>
          {entry.role && <span className="log-entry-role">{entry.role}</span>}
        </span>
        <span className="log-entry-meta">
          <span>{formatDate(entry.receivedAt)}</span>
          <span className="log-chip">{STAGE_LABELS[entry.stage]}</span>
          {entry.feedback.status !== 'none' && (
            <span className="log-chip">Feedback: {FEEDBACK_LABELS[entry.feedback.status]}</span>
          )}
          {!entry.source && <span className="log-chip">Added by hand</span>}
          {entry.tags.map((t) => (
            <span key={t} className="log-chip log-tag">
              {t}
            </span>
          ))}
        </span>
      </button>
      {expanded && (
        <div id={bodyId} className="log-entry-body">
          <EntrySource entry={entry} />
          <EntryEditor entry={entry} />
          <DeleteEntry entry={entry} />
        </div>
      )}
    </li>
  );
}
