// The log's figures come from tests/bench/log/run.mjs, owned by the log's
// engineer. It is loaded only when present; a missing file or a failure is
// reported as log_error, never replaced by numbers.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findExecutable, ROOT } from '../../e2e/support/browsers.mjs';
import { withTimeout } from './demo-page.mjs';

const RUNNER = path.join(ROOT, 'tests/bench/log/run.mjs');
export const LOG_KEYS = [
  'log_first_page_ms',
  'log_search_ms',
  'log_stats_ms',
  'log_export_ms',
  'log_import_ms',
];

export async function logFigures({ timeoutMs = 60_000 } = {}) {
  try {
    if (!existsSync(RUNNER)) throw new Error('tests/bench/log/run.mjs does not exist yet');
    const { benchLog } = await import(pathToFileURL(RUNNER).href);
    if (typeof benchLog !== 'function')
      throw new Error('tests/bench/log/run.mjs does not export benchLog');
    const chromiumPath = findExecutable('chromium');
    const result = await withTimeout(
      benchLog({ chromiumPath, timeoutMs }),
      timeoutMs + 15_000,
      'the log benchmark',
    );
    const missing = LOG_KEYS.filter((k) => typeof result?.[k] !== 'number');
    if (missing.length) throw new Error(`benchLog returned no number for ${missing.join(', ')}`);
    return Object.fromEntries(LOG_KEYS.map((k) => [k, result[k]]));
  } catch (err) {
    return { log_error: err instanceof Error ? err.message : String(err) };
  }
}
