/**
 * Shows the log's pieces only when the log can be used; otherwise says why, plainly.
 * Anything that fails later (a disk that fills up, a database closed under us) lands
 * in the same message instead of a blank page.
 */
import { Component, type ReactNode } from 'react';
import { toLogError, type LogStatus } from '@/utils/db';
import { useLogStatus } from '@/utils/db/hooks';
import { useLogDb } from './db-context';

export function LogUnavailable({
  status,
  onRetry,
}: {
  status: Extract<LogStatus, { state: 'unavailable' }>;
  onRetry?: () => void;
}) {
  const waiting = status.reason === 'blocked';
  return (
    <div
      className="log-unavailable"
      role={waiting ? 'status' : 'alert'}
      data-testid="log-unavailable"
      data-reason={status.reason}
    >
      <strong>{waiting ? 'Your log is almost ready' : 'Your log is not available here'}</strong>
      <p>{status.message}</p>
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

class LogErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const err = toLogError(this.state.error);
    return (
      <LogUnavailable
        status={{ state: 'unavailable', reason: err.reason ?? 'unknown', message: err.message }}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

export function LogGate({
  children,
  privateWindow = false,
}: {
  children: ReactNode;
  /** True in a private window with storage of its own (see OpenLogOptions). */
  privateWindow?: boolean;
}) {
  const status = useLogStatus(useLogDb(), { privateWindow });
  if (!status)
    return (
      <p className="muted" role="status">
        Opening your log…
      </p>
    );
  if (status.state === 'unavailable') return <LogUnavailable status={status} />;
  return <LogErrorBoundary>{children}</LogErrorBoundary>;
}
