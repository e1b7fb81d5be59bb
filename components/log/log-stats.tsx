/**
 * The search at a glance: per month, per stage, feedback asked and answered, and how long
 * answers take. Bars are plain tables with the numbers written out, so a screen reader
 * reads the same facts the eye sees.
 */
import { STAGES, type LogStatistics as Stats } from '@/utils/db';
import { useLogStats } from '@/utils/db/hooks';
import { useLogDb } from './db-context';
import { STAGE_LABELS, formatMonth, plural } from './labels';

interface Bar {
  label: string;
  value: number;
}

function Bars({ caption, rows, testId }: { caption: string; rows: Bar[]; testId: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <table className="log-bars" data-testid={testId}>
      <caption>{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td className="log-bar-cell">
              <span
                className="log-bar"
                aria-hidden="true"
                style={{ width: `${(r.value / max) * 100}%` }}
              />
            </td>
            <td className="log-bar-value">{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The last twelve months up to now (or up to the latest entry, if it is later). */
export function recentMonths(perMonth: Stats['perMonth'], now = new Date()): Bar[] {
  const counts = new Map(perMonth.map((m) => [m.month, m.count]));
  const current = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const latest = perMonth.at(-1)?.month;
  const end = latest && latest > current ? latest : current;
  const [y, m] = end.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(y, m - 12 + i, 1);
    const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    return { label: formatMonth(key), value: counts.get(key) ?? 0 };
  });
}

function Feedback({ stats }: { stats: Stats }) {
  const { asked, answered, drafted } = stats.feedback;
  return (
    <div className="log-stat-block">
      <Bars
        caption="Feedback"
        testId="log-stats-feedback"
        rows={[
          { label: 'Drafted, not sent', value: drafted },
          { label: 'Asked for', value: asked },
          { label: 'Answered', value: answered },
        ]}
      />
      <p className="muted">
        {asked === 0
          ? 'No feedback requests logged yet.'
          : `${answered} of ${asked} feedback requests answered (${Math.round((answered / asked) * 100)}%).`}
      </p>
    </div>
  );
}

export function LogStats() {
  const stats = useLogStats(useLogDb());
  if (!stats)
    return (
      <p className="muted" role="status">
        Adding things up…
      </p>
    );
  const { median, count } = stats.daysToAnswer;
  return (
    <section className="log-stats" data-testid="log-stats" aria-label="Your search in numbers">
      <p className="log-stats-total">
        {stats.total === 0
          ? 'Nothing logged yet. Numbers appear here as your log grows.'
          : `${plural(stats.total, 'entry', 'entries')} in your log.`}
      </p>
      {stats.total > 0 && (
        <>
          <Bars
            caption="Last 12 months"
            testId="log-stats-months"
            rows={recentMonths(stats.perMonth)}
          />
          <Bars
            caption="Stage reached"
            testId="log-stats-stages"
            rows={STAGES.map((s) => ({ label: STAGE_LABELS[s], value: stats.perStage[s] }))}
          />
          <Feedback stats={stats} />
          <p className="log-stat-line" data-testid="log-stats-days">
            {median === null
              ? 'Add the date you applied to an entry to see how long answers take.'
              : `Median wait for an answer: ${plural(Math.round(median), 'day')} (from ${plural(count, 'entry', 'entries')} with an application date).`}
          </p>
        </>
      )}
    </section>
  );
}
