import { useEffect, useState } from 'react';
import { openLog, saveFromDetection } from '@/utils/db';
import { inPrivateWindow } from '../private-window';
import { useEntryForMessage } from '@/utils/db/hooks';
import type { TabState } from '@/utils/messaging';
import { getSettings } from '@/utils/settings';

// The parent keys this component by message, so its state starts fresh for each email.
type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; again: boolean }
  | { kind: 'error'; message: string };

/** One click puts the email into the person's log; a second click only updates it. */
export function SaveButton({ state }: { state: TabState }) {
  const [keepFullText, setKeepFullText] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const existing = useEntryForMessage(state.message.provider, state.message.key);

  useEffect(() => {
    getSettings().then(
      (s) => setKeepFullText(s.keepFullTextByDefault),
      () => {},
    );
  }, []);

  async function save() {
    setStatus({ kind: 'saving' });
    // Say so at once when the log cannot be written, rather than wait on it.
    const log = await openLog(undefined, { privateWindow: inPrivateWindow() });
    if (log.state === 'unavailable') {
      setStatus({ kind: 'error', message: log.message });
      return;
    }
    try {
      await saveFromDetection({ message: state.message, detection: state.detection, keepFullText });
      setStatus((s) => ({ kind: 'saved', again: s.kind === 'saved' }));
    } catch (err) {
      setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }

  return (
    <div className="save">
      <div className="row">
        <button
          type="button"
          className="primary"
          data-testid="save-entry"
          disabled={status.kind === 'saving'}
          onClick={save}
        >
          {status.kind === 'saved'
            ? 'Saved to your log'
            : existing
              ? 'Update my log entry'
              : 'Save to my log'}
        </button>
        <label className="check">
          <input
            type="checkbox"
            checked={keepFullText}
            onChange={(e) => setKeepFullText(e.target.checked)}
          />
          Keep the full text
        </label>
      </div>
      {status.kind === 'saved' && (
        <p className="note" data-testid="saved-note" role="status">
          Saved on this computer only. You can add notes and a follow-up date in the side panel.
        </p>
      )}
      {status.kind === 'idle' && existing && (
        <p className="muted" data-testid="already-saved">
          Already in your log since {new Date(existing.loggedAt).toLocaleDateString()}.
        </p>
      )}
      {status.kind === 'error' && (
        <p className="error" role="alert">
          {status.message}
        </p>
      )}
    </div>
  );
}
