/** Adding an entry with no email behind it: a phone call, a letter, a portal message. */
import { useState, type FormEvent } from 'react';
import { STAGES, addManualEntry, localDate } from '@/utils/db';
import type { Stage } from '@/utils/detector/types';
import { useLogDb } from './db-context';
import { STAGE_LABELS } from './labels';

const blank = () => ({
  company: '',
  role: '',
  stage: 'unknown' as Stage,
  receivedOn: localDate(new Date()),
  appliedOn: '',
  notes: '',
});

export function AddEntryForm() {
  const db = useLogDb();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(blank);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const set = (patch: Partial<ReturnType<typeof blank>>) => setForm({ ...form, ...patch });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const entry = await addManualEntry(
        {
          company: form.company,
          role: form.role,
          stage: form.stage,
          receivedAt: form.receivedOn || undefined,
          appliedOn: form.appliedOn || null,
          notes: form.notes,
        },
        db,
      );
      setAdded(entry.company);
      setForm(blank());
      setOpen(false);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  if (!open)
    return (
      <div className="log-add">
        <button
          type="button"
          className="secondary"
          data-testid="log-add-open"
          onClick={() => {
            setOpen(true);
            setAdded(null);
          }}
        >
          Add an entry by hand
        </button>
        {added && (
          <span className="muted" role="status">
            Added {added} to your log.
          </span>
        )}
      </div>
    );

  return (
    <form className="log-add log-editor" data-testid="log-add-form" onSubmit={submit}>
      <label className="field">
        Company
        <input
          required
          data-testid="log-add-company"
          value={form.company}
          onChange={(e) => set({ company: e.target.value })}
        />
      </label>
      <label className="field">
        Role
        <input value={form.role} onChange={(e) => set({ role: e.target.value })} />
      </label>
      <div className="log-editor-pair">
        <label className="field">
          Stage reached
          <select value={form.stage} onChange={(e) => set({ stage: e.target.value as Stage })}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Answer received on
          <input
            type="date"
            value={form.receivedOn}
            onChange={(e) => set({ receivedOn: e.target.value })}
          />
        </label>
      </div>
      <label className="field">
        <span>
          Applied on <span className="muted">(optional)</span>
        </span>
        <input
          type="date"
          value={form.appliedOn}
          onChange={(e) => set({ appliedOn: e.target.value })}
        />
      </label>
      <label className="field">
        Notes
        <textarea rows={2} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" data-testid="log-add-submit">
          Add to my log
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
