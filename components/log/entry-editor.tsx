/**
 * Editing one entry. Until the person changes something the form shows the entry as it
 * is now (so a change made in another page appears here); Save sends only the fields
 * they changed, so it never undoes someone else's edit of another field.
 */
import { useState } from 'react';
import {
  FEEDBACK_STATUSES,
  STAGES,
  updateEntry,
  type EntryPatch,
  type FeedbackStatus,
  type LogEntry,
} from '@/utils/db';
import type { Stage } from '@/utils/detector/types';
import { useLogDb } from './db-context';
import { FEEDBACK_LABELS, STAGE_LABELS } from './labels';

interface Draft {
  stage: Stage;
  feedbackStatus: FeedbackStatus;
  feedbackNotes: string;
  appliedOn: string;
  followUpOn: string;
  tags: string;
  nextSteps: string;
  notes: string;
}

const draftOf = (e: LogEntry): Draft => ({
  stage: e.stage,
  feedbackStatus: e.feedback.status,
  feedbackNotes: e.feedback.notes,
  appliedOn: e.appliedOn ?? '',
  followUpOn: e.followUpOn ?? '',
  tags: e.tags.join(', '),
  nextSteps: e.nextSteps,
  notes: e.notes,
});

export function patchFrom(before: Draft, after: Draft): EntryPatch {
  const patch: EntryPatch = {};
  if (after.stage !== before.stage) patch.stage = after.stage;
  const feedback: EntryPatch['feedback'] = {};
  if (after.feedbackStatus !== before.feedbackStatus) feedback.status = after.feedbackStatus;
  if (after.feedbackNotes !== before.feedbackNotes) feedback.notes = after.feedbackNotes;
  if (Object.keys(feedback).length) patch.feedback = feedback;
  if (after.appliedOn !== before.appliedOn) patch.appliedOn = after.appliedOn || null;
  if (after.followUpOn !== before.followUpOn) patch.followUpOn = after.followUpOn || null;
  if (after.tags !== before.tags) patch.tags = after.tags.split(',');
  if (after.nextSteps !== before.nextSteps) patch.nextSteps = after.nextSteps;
  if (after.notes !== before.notes) patch.notes = after.notes;
  return patch;
}

type Result = { ok: true } | { ok: false; message: string } | null;

export function EntryEditor({ entry }: { entry: LogEntry }) {
  const db = useLogDb();
  const [edit, setEdit] = useState<{ base: Draft; draft: Draft } | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(null);
  const shown = edit?.draft ?? draftOf(entry);

  const change = (patch: Partial<Draft>) => {
    const base = edit?.base ?? draftOf(entry);
    setEdit({ base, draft: { ...(edit?.draft ?? base), ...patch } });
    setResult(null);
  };

  async function save() {
    if (!edit) return;
    setBusy(true);
    try {
      await updateEntry(entry.id, patchFrom(edit.base, edit.draft), db);
      setEdit(null);
      setResult({ ok: true });
    } catch (err) {
      setResult({ ok: false, message: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="log-editor"
      data-testid="log-entry-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="log-editor-pair">
        <label className="field">
          Stage reached
          <select value={shown.stage} onChange={(e) => change({ stage: e.target.value as Stage })}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Feedback
          <select
            data-testid="log-entry-feedback"
            value={shown.feedbackStatus}
            onChange={(e) => change({ feedbackStatus: e.target.value as FeedbackStatus })}
          >
            {FEEDBACK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {FEEDBACK_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        Feedback notes
        <textarea
          data-testid="log-entry-feedback-notes"
          rows={2}
          value={shown.feedbackNotes}
          onChange={(e) => change({ feedbackNotes: e.target.value })}
        />
      </label>
      <div className="log-editor-pair">
        <label className="field">
          Applied on
          <input
            type="date"
            value={shown.appliedOn}
            onChange={(e) => change({ appliedOn: e.target.value })}
          />
        </label>
        <label className="field">
          Follow up on
          <input
            type="date"
            data-testid="log-entry-follow-up"
            value={shown.followUpOn}
            onChange={(e) => change({ followUpOn: e.target.value })}
          />
        </label>
      </div>
      <label className="field">
        <span>
          Tags <span className="muted">(separate with commas)</span>
        </span>
        <input
          type="text"
          data-testid="log-entry-tags"
          value={shown.tags}
          onChange={(e) => change({ tags: e.target.value })}
        />
      </label>
      <label className="field">
        Next steps
        <textarea
          data-testid="log-entry-next-steps"
          rows={2}
          value={shown.nextSteps}
          onChange={(e) => change({ nextSteps: e.target.value })}
        />
      </label>
      <label className="field">
        Notes
        <textarea
          data-testid="log-entry-notes"
          rows={3}
          value={shown.notes}
          onChange={(e) => change({ notes: e.target.value })}
        />
      </label>
      <div className="row">
        <button
          type="submit"
          className="primary"
          data-testid="log-entry-save"
          disabled={!edit || busy}
        >
          {busy ? 'Saving…' : 'Save changes'}
        </button>
        {edit && (
          <button type="button" className="secondary" onClick={() => setEdit(null)}>
            Undo changes
          </button>
        )}
        {result?.ok && (
          <span className="muted" role="status">
            Saved.
          </span>
        )}
      </div>
      {result && !result.ok && (
        <p className="error" role="alert">
          {result.message}
        </p>
      )}
    </form>
  );
}
