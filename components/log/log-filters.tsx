/** The search box and filters above the list. Controlled: the list owns the filter. */
import { FEEDBACK_STATUSES, STAGES, type LogFilter } from '@/utils/db';
import { FEEDBACK_LABELS, STAGE_LABELS } from './labels';

export const isFilterEmpty = (f: LogFilter) =>
  !f.text && !f.stage && !f.feedback && !f.tag && !f.from && !f.to;

export function LogFilters({
  filter,
  tags,
  onChange,
}: {
  filter: LogFilter;
  tags: readonly string[];
  onChange: (next: LogFilter) => void;
}) {
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  return (
    <div className="log-filters" role="search" aria-label="Search and filter your log">
      <input
        type="search"
        className="log-search"
        data-testid="log-search"
        aria-label="Search company, role and notes"
        placeholder="Search company, role, notes"
        value={filter.text ?? ''}
        onChange={(e) => set({ text: e.target.value })}
      />
      <div className="log-filter-grid">
        <label className="log-filter">
          <span>Stage</span>
          <select
            data-testid="log-filter-stage"
            value={filter.stage ?? ''}
            onChange={(e) => set({ stage: (e.target.value || undefined) as LogFilter['stage'] })}
          >
            <option value="">Any</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="log-filter">
          <span>Feedback</span>
          <select
            data-testid="log-filter-feedback"
            value={filter.feedback ?? ''}
            onChange={(e) =>
              set({ feedback: (e.target.value || undefined) as LogFilter['feedback'] })
            }
          >
            <option value="">Any</option>
            {FEEDBACK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {FEEDBACK_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="log-filter">
          <span>Tag</span>
          <select
            data-testid="log-filter-tag"
            value={filter.tag ?? ''}
            onChange={(e) => set({ tag: e.target.value || undefined })}
          >
            <option value="">Any</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="log-filter-dates">
        <legend>Received</legend>
        <label className="log-filter">
          <span>From</span>
          <input
            type="date"
            data-testid="log-filter-from"
            value={filter.from ?? ''}
            max={filter.to || undefined}
            onChange={(e) => set({ from: e.target.value || undefined })}
          />
        </label>
        <label className="log-filter">
          <span>To</span>
          <input
            type="date"
            data-testid="log-filter-to"
            value={filter.to ?? ''}
            min={filter.from || undefined}
            onChange={(e) => set({ to: e.target.value || undefined })}
          />
        </label>
        {!isFilterEmpty(filter) && (
          <button
            type="button"
            className="link log-filter-clear"
            data-testid="log-filter-clear"
            onClick={() => onChange({})}
          >
            Clear filters
          </button>
        )}
      </fieldset>
    </div>
  );
}
