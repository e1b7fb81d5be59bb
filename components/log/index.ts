/**
 * The log's React pieces, for the popup, side panel and options page. Wrap them in
 * <LogGate> so a log that cannot be opened is explained instead of failing.
 */
import './log.css';

export { LogGate, LogUnavailable } from './log-gate';
export { LogList } from './log-list';
export { LogStats } from './log-stats';
export { DataPanel } from './data-panel';
export { AddEntryForm } from './add-entry-form';
export { LogDbProvider, useLogDb } from './db-context';
export { FEEDBACK_LABELS, STAGE_LABELS } from './labels';
