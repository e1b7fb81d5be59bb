/**
 * The person's log: search and filters, entries newest first, a page at a time. Updates
 * by itself when the popup, the background or another page writes.
 */
import { useState } from 'react';
import { DEFAULT_PAGE_SIZE, type LogFilter } from '@/utils/db';
import { useLogCount, useLogPage, useLogTags } from '@/utils/db/hooks';
import { AddEntryForm } from './add-entry-form';
import { useLogDb } from './db-context';
import { LogEntryItem } from './log-entry-item';
import { LogFilters, isFilterEmpty } from './log-filters';
import { plural } from './labels';

function countText(shown: number, matching: number, all: number | undefined, filtered: boolean) {
  if (!filtered)
    return matching === 0 ? 'Your log is empty.' : plural(matching, 'entry', 'entries');
  const of = all === undefined ? '' : ` of your ${plural(all, 'entry', 'entries')}`;
  if (matching === 0)
    return `Nothing matches${all === undefined ? '' : ` in your ${plural(all, 'entry', 'entries')}`}.`;
  const page = shown < matching ? ` (showing ${shown})` : '';
  return `${matching}${of} ${matching === 1 ? 'matches' : 'match'}${page}.`;
}

export function LogList({
  pageSize = DEFAULT_PAGE_SIZE,
  allowAdd = true,
}: {
  pageSize?: number;
  /** Shows "Add an entry by hand" above the list. */
  allowAdd?: boolean;
}) {
  const db = useLogDb();
  const [filter, setFilter] = useState<LogFilter>({});
  const [limit, setLimit] = useState(pageSize);
  const [openId, setOpenId] = useState<number | null>(null);
  const page = useLogPage(filter, limit, db);
  const tags = useLogTags(db);
  const all = useLogCount(db);
  const filtered = !isFilterEmpty(filter);

  return (
    <section className="log" aria-label="Your log">
      {allowAdd && <AddEntryForm />}
      <LogFilters
        filter={filter}
        tags={tags ?? []}
        onChange={(next) => {
          setFilter(next);
          setLimit(pageSize);
        }}
      />
      {page === undefined ? (
        <p className="muted" role="status">
          Loading your log…
        </p>
      ) : (
        <>
          <p
            className="log-count muted"
            data-testid="log-count"
            data-count={page.total}
            aria-live="polite"
          >
            {countText(page.entries.length, page.total, all, filtered)}
          </p>
          {page.total === 0 && !filtered && (
            <p className="log-empty">
              When you save a rejection from an email, or add one by hand, it appears here. It stays
              on this computer.
            </p>
          )}
          <ul className="log-list" data-testid="log-list">
            {page.entries.map((entry) => (
              <LogEntryItem
                key={entry.id}
                entry={entry}
                expanded={openId === entry.id}
                onToggle={() => setOpenId(openId === entry.id ? null : entry.id)}
              />
            ))}
          </ul>
          {page.total > page.entries.length && (
            <button
              type="button"
              className="secondary log-more"
              data-testid="log-more"
              onClick={() => setLimit(limit + pageSize)}
            >
              Show {Math.min(pageSize, page.total - page.entries.length)} more
            </button>
          )}
        </>
      )}
    </section>
  );
}
