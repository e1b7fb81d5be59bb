/**
 * Follows the open message in a single-page webmail without polling: one
 * MutationObserver on the body, hashchange/popstate, and a look at the URL on
 * each tick. A message is reported once it has settled (same key and same
 * body length on two ticks in a row), once per key.
 */
import type { OpenMessage, WebmailAdapter } from './types';

export interface WatchOptions {
  /** Quiet time after a relevant change before reading the page. */
  debounceMs?: number;
  /** Gap between the two reads that must agree before a message counts. */
  settleMs?: number;
  win?: Window;
}

const NOTICE = '[data-rebound-notice]';

/*
 * childList + subtree only. Webmails add a message's nodes when it opens or
 * loads, which childList sees; characterData and attributes would also wake
 * us for every ticking clock, unread counter and hover class on the page.
 */
const OBSERVE: MutationObserverInit = { childList: true, subtree: true };

const isNoticeHost = (n: Node) => n.nodeType === 1 && (n as Element).matches(NOTICE);

export function watchOpenMessage(
  doc: Document,
  adapter: WebmailAdapter,
  onChange: (msg: OpenMessage | null) => void,
  signal: AbortSignal,
  options: WatchOptions = {},
): void {
  const win = options.win ?? doc.defaultView;
  if (signal.aborted || !win || !doc.body) return;
  const debounceMs = options.debounceMs ?? 200;
  const settleMs = options.settleMs ?? 300;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let pane: Element | null = null;
  let href = win.location.href;
  /** What was last reported; null before anything and after a message closed. */
  let reported: { key: string | null; length: number } = { key: null, length: -1 };
  /** The first of two reads that must agree. */
  let pending: { key: string | null; length: number } | null = null;
  const frames = new Map<HTMLIFrameElement, { body: Element | null; onLoad: () => void }>();

  const schedule = (ms: number) => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(tick, ms);
  };

  const frameBody = (iframe: HTMLIFrameElement): Element | null => {
    try {
      return iframe.contentDocument?.body ?? null;
    } catch {
      return null; // cross-origin: nothing to observe
    }
  };

  const observeFrame = (iframe: HTMLIFrameElement) => {
    const entry = frames.get(iframe);
    const body = frameBody(iframe);
    if (entry && body && body !== entry.body) {
      entry.body = body;
      observer.observe(body, OBSERVE);
    }
  };

  const trackFrames = () => {
    for (const [iframe, entry] of frames) {
      if (!iframe.isConnected) {
        iframe.removeEventListener('load', entry.onLoad);
        frames.delete(iframe);
      }
    }
    for (const iframe of adapter.findFrames?.(doc) ?? []) {
      if (!frames.has(iframe)) {
        const onLoad = () => {
          observeFrame(iframe);
          schedule(debounceMs);
        };
        frames.set(iframe, { body: null, onLoad });
        iframe.addEventListener('load', onLoad);
      }
      observeFrame(iframe);
    }
  };

  function tick() {
    timer = undefined;
    if (signal.aborted) return;
    const urlChanged = win!.location.href !== href;
    href = win!.location.href;
    const msg = adapter.findOpenMessage(doc);
    pane = adapter.findReadingPane?.(doc) ?? null;
    if (adapter.findFrames) trackFrames();

    const now = { key: msg?.key ?? null, length: msg ? msg.body.length : -1 };
    const same = (a: typeof now | null) => !!a && a.key === now.key && a.length === now.length;
    if (same(reported) && !urlChanged) {
      pending = null;
    } else if (same(pending)) {
      pending = null;
      const changed = now.key !== reported.key;
      reported = now;
      if (changed) onChange(msg);
    } else {
      pending = now;
      schedule(settleMs);
    }
  }

  /** Cheap per-record filter: most page changes never reach the adapter. */
  const relevant = (record: MutationRecord): boolean => {
    const target = record.target;
    if (target.ownerDocument !== doc) return true; // inside a message frame we observe
    const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
    if (!el) return false;
    if (pane && pane.isConnected && !pane.contains(el)) return false;
    if (el.closest(NOTICE)) return false;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return !(nodes.length > 0 && nodes.every(isNoticeHost));
  };

  const observer = new MutationObserver((records) => {
    if (timer !== undefined) return; // a read is already on its way
    // The URL check catches pushState navigations, which no event announces.
    if (records.some(relevant) || win.location.href !== href) schedule(debounceMs);
  });
  observer.observe(doc.body, OBSERVE);

  const onNavigate = () => schedule(debounceMs);
  win.addEventListener('hashchange', onNavigate);
  win.addEventListener('popstate', onNavigate);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      win.removeEventListener('hashchange', onNavigate);
      win.removeEventListener('popstate', onNavigate);
      for (const [iframe, entry] of frames) iframe.removeEventListener('load', entry.onLoad);
      frames.clear();
    },
    { once: true },
  );

  tick();
}
