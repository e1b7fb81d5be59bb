#!/usr/bin/env node
// Rebound's browser benchmark (`npm run bench:browser [-- --no-build]`), in
// headless Debian chromium with no network. Each measurement gets its own
// browser; progress goes to stderr and the last line on stdout is one JSON object.
// Exit code: 0 whenever every figure was measured, even over budget (the JSON
// says so in within_budget); 1 only when the benchmark itself could not run.
import { benchBadge } from './browser/badge.mjs';
import { buildExtension, contentScriptGzipKb } from './browser/bundle-size.mjs';
import { logFigures } from './browser/log-figures.mjs';
import { benchOverhead } from './browser/overhead.mjs';

const BUDGETS = Object.freeze({
  badge_ms: 500,
  content_script_overhead_pct: 5,
  content_script_gz_kb: 30,
  // The log, in real Chromium with 10,000 entries.
  log_first_page_ms: 50,
  log_search_ms: 100,
  log_stats_ms: 200,
  log_export_ms: 1000,
  log_import_ms: 3000,
});

const BADGE_RUNS = 11;
const CHURN_REPS = 15;
const STEP_TIMEOUT_MS = 10_000;
// The whole run is meant to take well under two minutes on 2 cores.
const WATCHDOG_MS = 170_000;

const started = Date.now();
const progress = (line) =>
  process.stderr.write(`[bench:browser ${((Date.now() - started) / 1000).toFixed(1)} s] ${line}\n`);

function withinBudget(result) {
  return Object.entries(BUDGETS).every(
    ([key, max]) =>
      typeof result[key] === 'number' && Number.isFinite(result[key]) && result[key] <= max,
  );
}

function finish(result, exitCode) {
  const out = { ...result, budgets: BUDGETS, within_budget: withinBudget(result) };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exitCode = exitCode;
}

async function main() {
  const result = {};
  let crashed = false;
  const watchdog = setTimeout(() => {
    progress(`gave up after ${WATCHDOG_MS / 1000} s`);
    finish({ ...result, error: `the benchmark took over ${WATCHDOG_MS / 1000} s` }, 1);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  /** Runs one measurement; a failure is recorded as `<name>_error` and makes the exit code 1. */
  const step = async (name, run) => {
    progress(`${name}…`);
    try {
      Object.assign(result, await run());
    } catch (err) {
      crashed = true;
      result[`${name}_error`] = err instanceof Error ? err.message : String(err);
      progress(`${name} failed: ${result[`${name}_error`]}`);
    }
  };

  if (process.argv.includes('--no-build')) {
    progress('--no-build: using the existing .output/chrome-mv3');
  } else {
    progress('building the extension (wxt build)…');
    buildExtension(); // Nothing below means anything without a build, so this one may throw.
  }
  await step('bundle', () => ({ content_script_gz_kb: contentScriptGzipKb() }));
  await step('badge', () => benchBadge({ runs: BADGE_RUNS, timeoutMs: STEP_TIMEOUT_MS, progress }));
  await step('overhead', () =>
    benchOverhead({ reps: CHURN_REPS, timeoutMs: STEP_TIMEOUT_MS, progress }),
  );
  // The log runner reports its own failures as log_error; that is not a crash of this script.
  progress('log…');
  Object.assign(result, await logFigures({ timeoutMs: 60_000 }));
  if (result.log_error) progress(`log: ${result.log_error}`);

  clearTimeout(watchdog);
  const { badge_samples: samples, ...figures } = result;
  if (samples) progress(`badge samples (ms): ${samples.join(', ')}`);
  finish(figures, crashed ? 1 : 0);
}

main().catch((err) => {
  progress(`crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  finish({ error: err instanceof Error ? err.message : String(err) }, 1);
});
