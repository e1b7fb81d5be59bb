/**
 * Follows the open message in a single-page webmail without polling. A message
 * is reported once it has settled (same key and same body length on two ticks
 * in a row), once per key.
 *
 * What is observed is kept small on purpose: the browser builds a record for
 * every change inside an observed subtree, and a webmail's nav, counters and
 * list change constantly. So the subtree observed is the adapter's watch root
 * (the app container around the reading pane), or the body only until a root
 * turns up. Around it: the root's ancestors for child changes only (which is
 * where a replaced root shows), the page title, hashchange/popstate, and a
 * look at the URL on every callback.
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
 * childList only. Webmails add a message's nodes when it opens or loads, which
 * childList sees; characterData and attributes would also wake us for every
 * ticking clock, unread counter and hover class.
 */
const SUBTREE: MutationObserverInit = { childList: true, subtree: true };
const CHILDREN: MutationObserverInit = { childList: true };

const isNoticeHost = (n: Node) => n.nodeType === 1 && (n as Element).matches(NOTICE);
const isTitle = (n: Node | null) => n?.nodeName === 'TITLE';
/** Apps retitle the page when they route; a read then costs little and catches a root we got wrong. */
const retitles = (r: MutationRecord) =>
  isTitle(r.target) ||
  isTitle(r.target.parentNode) ||
  [...r.addedNodes, ...r.removedNodes].some((n) => isTitle(n));

export function watchOpenMessage(
  doc: Document,
  adapter: WebmailAdapter,
  onChange: (msg: OpenMessage | null) => void,
  signal: AbortSignal,
  options: WatchOptions = {},
): void {
  const win = options.win ?? doc.defaultView;
  const body = doc.body;
  if (signal.aborted || !win || !body) return;
  const debounceMs = options.debounceMs ?? 200;
  const settleMs = options.settleMs ?? 300;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let pane: Element | null = null;
  /** The subtree observed: the watch root, or the body while there is none. */
  let root: Element | null = null;
  let href = win.location.href;
  /** What was last reported; null before anything and after a message closed. */
  let reported: { key: string | null; length: number } = { key: null, length: -1 };
  /** The first of two reads that must agree. */
  let pending: { key: string | null; length: number } | null = null;
  const frames = new Map<HTMLIFrameElement, { body: Element | null; onLoad: () => void }>();

  const schedule = (ms: number) => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(tick, ms);
  };
  const urlMoved = () => win.location.href !== href;

  /** Cheap per-record filter: most changes in the root never reach the adapter. */
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

  const onContent = (records: MutationRecord[]) => {
    if (timer !== undefined) return; // a read is already on its way
    // The URL check catches pushState navigations, which no event announces.
    if (records.some(relevant) || urlMoved()) schedule(debounceMs);
  };
  const content = new MutationObserver(onContent);
  const frameContent = new MutationObserver(onContent);
  // A detached root means the app re-rendered around the reading pane; the read finds the new one.
  const outline = new MutationObserver((records) => {
    if (!root?.isConnected || urlMoved() || records.some(retitles)) schedule(debounceMs);
  });

  /**
   * Observes the adapter's watch root, or the body when there is none or the
   * open message's pane lies outside it (a root that would miss the message).
   */
  function attach() {
    const found = adapter.findWatchRoot?.(doc) ?? null;
    const holdsPane = !pane || !pane.isConnected || !!found?.contains(pane);
    const next = found?.isConnected && holdsPane ? found : body;
    if (next === root) return;
    content.disconnect();
    outline.disconnect();
    root = next;
    content.observe(root, SUBTREE);
    for (let n = root.parentNode; n; n = n.parentNode) outline.observe(n, CHILDREN);
    if (doc.head) outline.observe(doc.head, SUBTREE);
  }

  const frameBody = (iframe: HTMLIFrameElement): Element | null => {
    try {
      return iframe.contentDocument?.body ?? null;
    } catch {
      return null; // cross-origin: nothing to observe
    }
  };

  const observeFrame = (iframe: HTMLIFrameElement) => {
    const entry = frames.get(iframe);
    const frame = frameBody(iframe);
    if (entry && frame && frame !== entry.body) {
      entry.body = frame;
      frameContent.observe(frame, SUBTREE);
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
    const urlChanged = urlMoved();
    href = win!.location.href;
    const msg = adapter.findOpenMessage(doc);
    pane = adapter.findReadingPane?.(doc) ?? null;
    if (root === body || !root?.isConnected || (pane && !root.contains(pane))) attach();
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

  const onNavigate = () => schedule(debounceMs);
  win.addEventListener('hashchange', onNavigate);
  win.addEventListener('popstate', onNavigate);

  signal.addEventListener(
    'abort',
    () => {
      content.disconnect();
      frameContent.disconnect();
      outline.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      win.removeEventListener('hashchange', onNavigate);
      win.removeEventListener('popstate', onNavigate);
      for (const [iframe, entry] of frames) iframe.removeEventListener('load', entry.onLoad);
      frames.clear();
    },
    { once: true },
  );

  attach();
  tick();
}
