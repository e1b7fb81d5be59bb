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
 * Each sample's metric window is the churn plus this much quiet time. Rebound's
 * watcher debounces (200 ms) and waits for two agreeing reads (300 ms more)
 * before acting, so work it defers after a change falls inside the window.
 * This is the length of what is measured, not a wait for a condition.
 */
const WINDOW_AFTER_MS = 600;

async function scriptMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const entry = metrics.find((m) => m.name === 'ScriptDuration');
  if (!entry) throw new Error('Chrome reported no ScriptDuration metric');
  return entry.value * 1000;
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

async function sampleChurn({ page, cdp }, perTick) {
  const before = await scriptMs(cdp);
  await page.evaluate(
    async ({ n, perTick, windowMs }) => {
      // Started from a page task: Chrome leaves script that DevTools runs
      // (this evaluate itself) out of ScriptDuration, but the page's own
      // timer callbacks, like a webmail's updates, are counted.
      await new Promise((resolve) => setTimeout(resolve, 0)).then(
        () =>
          new Promise((resolve) =>
            setTimeout(() => resolve(window.__reboundDemo.churn(n, perTick)), 0),
          ),
      );
      await new Promise((resolve) => setTimeout(resolve, windowMs));
    },
    { n: CHURN, perTick, windowMs: WINDOW_AFTER_MS },
  );
  return (await scriptMs(cdp)) - before;
}

/** The "without" browser must really run no extension at all. */
function assertNoExtension(context) {
  const workers = context.serviceWorkers().map((w) => w.url());
  if (workers.length) throw new Error(`the plain browser runs workers: ${workers.join(', ')}`);
}

/** perTick: changes per page task (default: all 1,000 in one task, as the brief's figure). */
export async function benchOverhead({
  reps = 7,
  perTick,
  timeoutMs = 10_000,
  progress = () => {},
} = {}) {
  const withExt = await launchChromium();
  const plain = await launchPlainChromium();
  try {
    await installBadgeProbe(withExt.worker);
    const extraWorkers = withExt.context.serviceWorkers().filter((w) => w !== withExt.worker);
    if (extraWorkers.length) progress(`note: other workers: ${extraWorkers.map((w) => w.url())}`);
    await sandboxDemo(withExt.context);
    await sandboxDemo(plain.context);
    const sides = {
      with: await preparePage(withExt.context, { worker: withExt.worker, timeoutMs }),
      without: await preparePage(plain.context, { timeoutMs }),
    };
    assertNoExtension(plain.context);

    // One discarded round each warms up both pages' code paths.
    await sampleChurn(sides.with, perTick);
    await sampleChurn(sides.without, perTick);
    const samples = { with: [], without: [] };
    for (let i = 0; i < reps; i += 1) {
      // Alternating the order spreads any drift of the machine over both sides.
      const order = i % 2 ? ['without', 'with'] : ['with', 'without'];
      for (const side of order) samples[side].push(await sampleChurn(sides[side], perTick));
      progress(
        `churn rep ${i + 1}/${reps}: with ${samples.with.at(-1).toFixed(2)} ms, ` +
          `without ${samples.without.at(-1).toFixed(2)} ms`,
      );
    }
    assertNoExtension(plain.context);
    const withMs = median(samples.with);
    const withoutMs = median(samples.without);
    return {
      content_script_overhead_pct: round1(((withMs - withoutMs) / withoutMs) * 100),
      script_ms_with: round2(withMs),
      script_ms_without: round2(withoutMs),
    };
  } finally {
    await withExt.context.close();
    await plain.close();
  }
}
