/**
 * Rebound's log: the person's own record of their search, in IndexedDB on their machine.
 * The only module that knows Dexie. Pages and the background call these functions;
 * every one takes an optional database last, for tests and for scratch copies.
 * React hooks live in './hooks', so the background's bundle never carries React.
 */
export type * from './types';
export { STAGES, FEEDBACK_STATUSES } from './types';
export {
  LOG_DB_NAME,
  LOG_SCHEMA_VERSION,
  LogDatabase,
  createLogDb,
  logDb,
  SCHEMA_V1,
  SCHEMA_V2,
} from './database';
export {
  LogError,
  UNAVAILABLE_MESSAGES,
  toLogError,
  type LogErrorCode,
  type LogUnavailableReason,
} from './errors';
export {
  addManualEntry,
  deleteEntry,
  deleteEverything,
  getEntry,
  getEntryByMessage,
  saveFromDetection,
  updateEntry,
  type SaveFromDetectionInput,
} from './entries';
export { DEFAULT_PAGE_SIZE, countEntries, listFollowUpsDue, listTags, queryEntries } from './query';
export { computeLogStats, getLogStats } from './stats';
export {
  CSV_COLUMNS,
  LOG_FORMAT,
  LOG_FORMAT_VERSION,
  csvCell,
  entriesToCsv,
  exportLogCsv,
  exportLogJson,
  serializeLogExport,
} from './export';
export {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ENTRIES,
  describeIssue,
  importLogJson,
  parseLogExport,
  type ImportIssue,
  type ImportResult,
} from './import';
export {
  currentLogStatus,
  openLog,
  watchLogStatus,
  type LogStatus,
  type OpenLogOptions,
} from './status';
export { isWebUrl, localDate } from './fields';
