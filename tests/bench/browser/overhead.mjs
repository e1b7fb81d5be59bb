/* global requestIdleCallback */
// content_script_overhead_pct: the extra main-thread script time in the Gmail
// demo's renderer while the page makes 1,000 DOM changes outside the reading
// pane, with Rebound's content script loaded versus without any extension.
// Chrome's ScriptDuration (CDP Performance.getMetrics) covers the page's own
// scripts and the content script's isolated world in that renderer alike.
import { launchChromium } from '../../e2e/support/browsers.mjs';
import { badgeCallCount, gmailTabIds, installBadgeProbe, waitBadgeCall } from './badge-probe.mjs';
import { launchPlainChromium } from './launch-plain.mjs';
import { openEmail, openGmailDemo, REJECTION, sandboxDemo } from './demo-page.mjs';
import { median, round1, round2 } from './stats.mjs';

const CHURN = 1000;
/*
 * Each sample is this many churns of 1,000 changes, each in its own page task,
 * reported per churn: a busy machine's pauses average out over more work for
 * the same wall time, which the idle window below dominates anyway.
 */
const CHURNS_PER_SAMPLE = 5;
/*
 * Each sample's metric window is the churn plus this much quiet time. Rebound's
 * watcher debounces (200 ms) and waits for two agreeing reads (300 ms more)
 * before acting, so work it defers after a change falls inside the window.
 * This is the length of what is measured, not a wait for a condition.
 */
const WINDOW_AFTER_MS = 600;

/** ScriptDuration is wall time spent in script; ThreadTime is the main thread's CPU time. */
async function readMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name) => {
    const entry = metrics.find((m) => m.name === name);
    if (!entry) throw new Error(`Chrome reported no ${name} metric`);
    return entry.value * 1000;
  };
  return { script: ms('ScriptDuration'), cpu: ms('ThreadTime') };
}

const idle = (page) =>
  page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve())));

/** A fresh Gmail demo tab with a message open and, with Rebound, its badge already set. */
async function preparePage(context, { worker, timeoutMs }) {
  const page = await openGmailDemo(context, { timeoutMs });
  let tabId;
  let after = 0;
  if (worker) {
    [tabId] = await gmailTabIds(worker);
    after = await badgeCallCount(worker);
  }
  await openEmail(page, REJECTION.id, { timeoutMs });
  // With Rebound: let it finish reading the message first, so only the churn is measured.
  if (worker) await waitBadgeCall(worker, { tabId, after, want: 'set', timeoutMs });
  await idle(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

async function sampleChurn({ page, cdp }) {
  const before = await readMetrics(cdp);
  await page.evaluate(
    async ({ n, times, windowMs }) => {
      // Started from page tasks: Chrome leaves script run by DevTools (this
      // evaluate) out of ScriptDuration, while a page's own timer callbacks,
      // like a webmail's live updates, are counted.
      for (let i = 0; i < times; i += 1) {
        await new Promise((resolve) => {
          setTimeout(() => resolve(window.__reboundDemo.churn(n)), 0);
        });
      }
      await new Promise((resolve) => setTimeout(resolve, windowMs));
    },
    { n: CHURN, times: CHURNS_PER_SAMPLE, windowMs: WINDOW_AFTER_MS },
  );
  const after = await readMetrics(cdp);
  return {
    script: (after.script - before.script) / CHURNS_PER_SAMPLE,
    cpu: (after.cpu - before.cpu) / CHURNS_PER_SAMPLE,
  };
}

/** The "without" browser must really run no extension at all. */
function assertNoExtension(context) {
  const workers = context.serviceWorkers().map((w) => w.url());
  if (workers.length) throw new Error(`the plain browser runs workers: ${workers.join(', ')}`);
}

const overheadPct = (withMs, withoutMs) => round1(((withMs - withoutMs) / withoutMs) * 100);

export async function benchOverhead({ reps = 15, timeoutMs = 10_000, progress = () => {} } = {}) {
  const withExt = await launchChromium();
  const plain = await launchPlainChromium();
  try {
    await installBadgeProbe(withExt.worker);
    await sandboxDemo(withExt.context);
    await sandboxDemo(plain.context);
    const sides = {
      with: await preparePage(withExt.context, { worker: withExt.worker, timeoutMs }),
      without: await preparePage(plain.context, { timeoutMs }),
    };
    assertNoExtension(plain.context);
    const workers = withExt.context.serviceWorkers().map((w) => w.url());
    progress(`service workers with Rebound: ${workers.join(', ')}; without: none`);

    // One discarded round each warms up both pages' code paths.
    await sampleChurn(sides.with);
    await sampleChurn(sides.without);
    const samples = { with: [], without: [] };
    for (let i = 0; i < reps; i += 1) {
      // Alternating the order spreads any drift of the machine over both sides.
      const order = i % 2 ? ['without', 'with'] : ['with', 'without'];
      for (const side of order) samples[side].push(await sampleChurn(sides[side]));
      const show = (s) => `${s.script.toFixed(2)} ms (cpu ${s.cpu.toFixed(2)})`;
      progress(
        `churn rep ${i + 1}/${reps}: with ${show(samples.with.at(-1))}, ` +
          `without ${show(samples.without.at(-1))}`,
      );
    }
    assertNoExtension(plain.context);
    const mid = (side, key) => median(samples[side].map((s) => s[key]));
    const [scriptWith, scriptWithout] = [mid('with', 'script'), mid('without', 'script')];
    const [cpuWith, cpuWithout] = [mid('with', 'cpu'), mid('without', 'cpu')];
    return {
      content_script_overhead_pct: overheadPct(scriptWith, scriptWithout),
      script_ms_with: round2(scriptWith),
      script_ms_without: round2(scriptWithout),
      // A cross-check that a busy machine disturbs less: CPU time is not
      // inflated when the renderer is descheduled in the middle of a script.
      content_script_cpu_overhead_pct: overheadPct(cpuWith, cpuWithout),
      cpu_ms_with: round2(cpuWith),
      cpu_ms_without: round2(cpuWithout),
    };
  } finally {
    await withExt.context.close();
    await plain.close();
  }
}
