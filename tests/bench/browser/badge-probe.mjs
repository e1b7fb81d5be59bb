// Instruments Rebound's service worker for the badge benchmark. The timestamp is
// taken by wrapping chrome.action.setBadgeText (not by watching storage): the
// moment Rebound asks for the badge is the moment the person would see it, and
// storage.session is written just before that. webextension-polyfill looks the
// method up on chrome.action at each call, so the wrapper sees its calls too.

/** Installs the wrapper once per service worker; returns the number of calls so far. */
export function installBadgeProbe(worker) {
  return worker.evaluate(() => {
    const g = globalThis;
    if (g.__reboundBench) return g.__reboundBench.calls.length;
    const calls = [];
    const listeners = new Set();
    const wrap = (api) => {
      const original = api.setBadgeText;
      api.setBadgeText = function (details, ...rest) {
        const call = {
          seq: calls.length + 1,
          tabId: details?.tabId ?? null,
          text: String(details?.text ?? ''),
          at: Date.now(),
        };
        calls.push(call);
        listeners.forEach((listener) => listener(call));
        return original.call(this, details, ...rest);
      };
    };
    wrap(chrome.action);
    // Some Chromium builds also expose a separate `browser` namespace object.
    if (g.browser?.action && g.browser.action !== chrome.action) wrap(g.browser.action);
    g.__reboundBench = { calls, listeners };
    return 0;
  });
}

/** How many setBadgeText calls the probe has seen; pass it as `after` to wait for newer ones. */
export function badgeCallCount(worker) {
  return worker.evaluate(() => globalThis.__reboundBench.calls.length);
}

/**
 * Resolves with the first setBadgeText call on `tabId` after call number `after`
 * whose text is non-empty (want 'set') or empty (want 'clear').
 */
export function waitBadgeCall(worker, { tabId, after, want, timeoutMs }) {
  return worker.evaluate(
    ({ tabId, after, want, timeoutMs }) =>
      new Promise((resolve, reject) => {
        const { calls, listeners } = globalThis.__reboundBench;
        const matches = (c) =>
          c.seq > after && c.tabId === tabId && (want === 'set' ? c.text !== '' : c.text === '');
        const hit = calls.find(matches);
        if (hit) return resolve(hit);
        const listener = (c) => {
          if (!matches(c)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(c);
        };
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`no badge ${want} on tab ${tabId} within ${timeoutMs} ms`));
        }, timeoutMs);
        listeners.add(listener);
      }),
    { tabId, after, want, timeoutMs },
  );
}

/**
 * Resolves with the tab's stored state once it shows `subject` (or once it is
 * gone, for subject null). The key mirrors tabStateKey in utils/messaging.ts.
 */
export function waitTabState(worker, { tabId, subject, timeoutMs }) {
  return worker.evaluate(
    ({ tabId, subject, timeoutMs }) =>
      new Promise((resolve, reject) => {
        const key = `tab:${tabId}`;
        const done = (state) => (subject === null ? !state : state?.message?.subject === subject);
        let timer;
        const finish = (state) => {
          clearTimeout(timer);
          chrome.storage.session.onChanged.removeListener(onChanged);
          resolve(state ?? null);
        };
        const onChanged = (changes) => {
          if (key in changes && done(changes[key].newValue)) finish(changes[key].newValue);
        };
        chrome.storage.session.onChanged.addListener(onChanged);
        timer = setTimeout(() => {
          chrome.storage.session.onChanged.removeListener(onChanged);
          reject(new Error(`tab ${tabId} state never showed ${JSON.stringify(subject)}`));
        }, timeoutMs);
        chrome.storage.session.get(key).then((got) => {
          if (done(got[key])) finish(got[key]);
        }, reject);
      }),
    { tabId, subject, timeoutMs },
  );
}

/** The ids of the open tabs on the Gmail demo address. */
export function gmailTabIds(worker) {
  return worker.evaluate(async () =>
    (await chrome.tabs.query({ url: 'https://mail.google.com/*' })).map((t) => t.id),
  );
}
