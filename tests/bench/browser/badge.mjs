/* global MutationObserver */
// badge_ms: from the moment a rejection's body element lands in the Gmail demo
// page to the moment Rebound's service worker calls setBadgeText with a mark.
import { launchChromium } from '../../e2e/support/browsers.mjs';
import {
  badgeCallCount,
  gmailTabIds,
  installBadgeProbe,
  waitBadgeCall,
  waitTabState,
} from './badge-probe.mjs';
import {
  GMAIL,
  NON_REJECTION,
  openEmail,
  openGmailDemo,
  REJECTION,
  sandboxDemo,
  withTimeout,
} from './demo-page.mjs';
import { median, percentile, round1 } from './stats.mjs';

/**
 * Arms a MutationObserver in the page (before the email is opened) that stamps
 * Date.now() when the body element of the email with `legacyId` is inserted.
 */
function armBodyProbe(page, legacyId) {
  return page.evaluate(
    ({ selector, legacyId }) => {
      const find = () =>
        [...document.querySelectorAll(selector)].find(
          (body) => body.closest('[data-legacy-message-id]')?.dataset.legacyMessageId === legacyId,
        );
      if (find()) throw new Error('the body is already on the page before opening it');
      window.__benchBodyAt = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!find()) return;
          observer.disconnect();
          resolve(Date.now());
        });
        observer.observe(document.documentElement, { childList: true, subtree: true });
      });
    },
    { selector: GMAIL.bodySelector, legacyId },
  );
}

async function back(page, worker, tabId, timeoutMs) {
  const after = await badgeCallCount(worker);
  await page.evaluate(() => window.__reboundDemo.back());
  // Closing the message makes Rebound forget the tab's state and clear its badge.
  await waitBadgeCall(worker, { tabId, after, want: 'clear', timeoutMs });
}

async function timeRejection(page, worker, tabId, timeoutMs) {
  const after = await badgeCallCount(worker);
  await armBodyProbe(page, REJECTION.legacyId);
  await openEmail(page, REJECTION.id, { timeoutMs });
  const bodyAt = await withTimeout(
    page.evaluate(() => window.__benchBodyAt),
    timeoutMs,
    'the body probe',
  );
  const call = await waitBadgeCall(worker, { tabId, after, want: 'set', timeoutMs });
  return { ms: call.at - bodyAt, text: call.text };
}

async function openNonRejection(page, worker, tabId, timeoutMs) {
  const after = await badgeCallCount(worker);
  await openEmail(page, NON_REJECTION.id, { timeoutMs });
  const state = await waitTabState(worker, { tabId, subject: NON_REJECTION.subject, timeoutMs });
  if (state?.detection?.band !== 'not')
    throw new Error(`the ${NON_REJECTION.id} email was classed ${state?.detection?.band}`);
  await waitBadgeCall(worker, { tabId, after, want: 'clear', timeoutMs });
}

/** Runs `runs` rejection/non-rejection pairs in one Gmail demo tab. */
export async function benchBadge({ runs = 11, timeoutMs = 10_000, progress = () => {} } = {}) {
  const { context, worker } = await launchChromium();
  try {
    await installBadgeProbe(worker);
    await sandboxDemo(context);
    const page = await openGmailDemo(context, { timeoutMs });
    const [tabId, ...others] = await gmailTabIds(worker);
    if (tabId === undefined || others.length) throw new Error('expected exactly one Gmail tab');
    // The content script says "no message open" when it starts: once that clear
    // arrives, it is watching the page.
    await waitBadgeCall(worker, { tabId, after: 0, want: 'clear', timeoutMs });

    const samples = [];
    for (let i = 0; i < runs; i += 1) {
      const { ms, text } = await timeRejection(page, worker, tabId, timeoutMs);
      if (text !== '●') throw new Error(`the rejection got the badge ${JSON.stringify(text)}`);
      samples.push(ms);
      await back(page, worker, tabId, timeoutMs);
      await openNonRejection(page, worker, tabId, timeoutMs);
      await back(page, worker, tabId, timeoutMs);
      progress(`badge run ${i + 1}/${runs}: ${ms} ms`);
    }
    return {
      badge_ms: round1(median(samples)),
      badge_ms_p95: round1(percentile(samples, 95)),
      badge_samples: samples,
    };
  } finally {
    await context.close();
  }
}
