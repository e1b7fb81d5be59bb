/**
 * The watcher on a live (happy-dom) document. Timers are faked so that "no
 * extra read happened" is checked deterministically, never by sleeping.
 */
import { gmail } from '@/utils/webmail/gmail';
import { proton } from '@/utils/webmail/proton';
import type { OpenMessage, WebmailAdapter } from '@/utils/webmail/types';
import { watchOpenMessage } from '@/utils/webmail/watch';
import { loadIntoDocument, readFixture } from './helpers';

const DEBOUNCE = 50;
const SETTLE = 100;
/** Long enough for any debounce plus two settle reads to have run. */
const QUIET = DEBOUNCE + 3 * SETTLE;

let controller: AbortController;
let seen: (OpenMessage | null)[];

function watch(adapter: WebmailAdapter) {
  const spy = { ...adapter, findOpenMessage: vi.fn(adapter.findOpenMessage) };
  controller = new AbortController();
  seen = [];
  watchOpenMessage(document, spy, (m) => seen.push(m), controller.signal, {
    debounceMs: DEBOUNCE,
    settleMs: SETTLE,
  });
  return spy.findOpenMessage;
}

/** Swaps the Gmail view for another fixture's, as the app does on navigation, without a page load. */
function navigateTo(file: string) {
  const next = new DOMParser().parseFromString(readFixture(file), 'text/html');
  document
    .querySelector('[role="main"]')!
    .replaceWith(document.importNode(next.querySelector('[role="main"]')!, true));
  document.title = next.title;
}

const mutateOutsidePane = (count: number) => {
  const nav = document.querySelector('[role="navigation"]')!;
  for (let i = 0; i < count; i++) {
    const badge = document.createElement('span');
    badge.textContent = String(i);
    nav.append(badge);
    if (i % 2) badge.remove();
  }
};

afterEach(() => {
  controller?.abort();
  vi.useRealTimers();
});

describe('with a Gmail page', () => {
  beforeEach(async () => {
    await loadIntoDocument(readFixture('gmail/thread-single.html'));
    vi.useFakeTimers();
  });

  test('reports the message open at start once it has settled, and only once', async () => {
    const reads = watch(gmail);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen.map((m) => m?.key)).toEqual(['gmail:msg-f:1843322512474350021']);
    document.querySelector('[gh="tm"]')!.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen).toHaveLength(1);
  });

  test('a message still loading is null, then reported once its body fills in', async () => {
    const body = document.querySelector('.a3s')!;
    const saved = body.innerHTML;
    body.replaceChildren();
    const reads = watch(gmail);
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(reads).toHaveBeenCalled();
    expect(seen).toEqual([]);
    body.innerHTML = saved;
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.from.name).toBe('Priya Natarajan');
  });

  test('follows navigation without a page load: one call per message, then null once', async () => {
    watch(gmail);
    await vi.advanceTimersByTimeAsync(QUIET);
    navigateTo('gmail/thread-several.html');
    history.pushState({}, '', '/mail/u/0/#inbox/FMfcgzQbfLtVxKzR');
    await vi.advanceTimersByTimeAsync(QUIET);
    navigateTo('gmail/thread-single.html');
    await vi.advanceTimersByTimeAsync(QUIET);
    navigateTo('gmail/inbox-empty.html');
    await vi.advanceTimersByTimeAsync(QUIET);
    mutateOutsidePane(10);
    document.querySelector('[role="main"]')!.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen.map((m) => m && m.key)).toEqual([
      'gmail:msg-f:1843322512474350021',
      'gmail:msg-f:1843612410184056995',
      'gmail:msg-f:1843322512474350021',
      null,
    ]);
  });

  test('1,000 unrelated changes outside the reading pane cause no read', async () => {
    const reads = watch(gmail);
    await vi.advanceTimersByTimeAsync(QUIET);
    const before = reads.mock.calls.length;
    for (let batch = 0; batch < 10; batch++) {
      mutateOutsidePane(100);
      await vi.advanceTimersByTimeAsync(DEBOUNCE);
    }
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(reads).toHaveBeenCalledTimes(before);
    expect(seen).toHaveLength(1);
    // The same kind of change inside the pane is noticed.
    document.querySelector('[role="main"] [gh="tm"]')!.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(reads.mock.calls.length).toBeGreaterThan(before);
  });

  test('a pushState navigation is noticed by its URL even when the changes fall outside the pane', async () => {
    const reads = watch(gmail);
    await vi.advanceTimersByTimeAsync(QUIET);
    const before = reads.mock.calls.length;
    const events = vi.fn();
    window.addEventListener('hashchange', events);
    // Same hash: happy-dom, unlike browsers, fires hashchange for a pushState that changes it.
    history.pushState({}, '', `${location.pathname}?view=cv${location.hash}`);
    // Inside the observed root (the parent of [role=main]), outside the reading pane.
    document.querySelector('[role="main"]')!.after(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(QUIET);
    window.removeEventListener('hashchange', events);
    expect(events).not.toHaveBeenCalled();
    expect(reads.mock.calls.length).toBeGreaterThan(before);
  });

  test('with nothing open, a message opening anywhere is reported', async () => {
    navigateTo('gmail/inbox-empty.html');
    watch(gmail);
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen).toEqual([]);
    navigateTo('gmail/thread-de.html');
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen.map((m) => m?.subject)).toEqual(['Ihre Bewerbung als Projektkoordinatorin']);
  });

  test("Rebound's own notice, and changes inside it, cause no read", async () => {
    const reads = watch(gmail);
    await vi.advanceTimersByTimeAsync(QUIET);
    const before = reads.mock.calls.length;
    const host = document.createElement('div');
    host.setAttribute('data-rebound-notice', '');
    gmail.findNoticeAnchor(document)!.before(host);
    await vi.advanceTimersByTimeAsync(QUIET);
    host.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(QUIET);
    host.remove();
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(reads).toHaveBeenCalledTimes(before);
  });

  test('hashchange and popstate trigger a read', async () => {
    const reads = watch(gmail);
    await vi.advanceTimersByTimeAsync(QUIET);
    const before = reads.mock.calls.length;
    window.dispatchEvent(new Event('hashchange'));
    await vi.advanceTimersByTimeAsync(QUIET);
    const afterHash = reads.mock.calls.length;
    expect(afterHash).toBeGreaterThan(before);
    window.dispatchEvent(new Event('popstate'));
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(reads.mock.calls.length).toBeGreaterThan(afterHash);
  });

  test('abort removes the observer, the listeners and any pending timer', async () => {
    const reads = watch(gmail);
    document.querySelector('[role="main"]')!.append(document.createElement('div'));
    await Promise.resolve();
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
    const calls = reads.mock.calls.length;
    navigateTo('gmail/thread-several.html');
    window.dispatchEvent(new Event('hashchange'));
    window.dispatchEvent(new Event('popstate'));
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(reads).toHaveBeenCalledTimes(calls);
    expect(seen).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('does nothing with an already aborted signal', () => {
    const reads = vi.fn(gmail.findOpenMessage);
    const done = AbortSignal.abort();
    watchOpenMessage(document, { ...gmail, findOpenMessage: reads }, () => {}, done);
    expect(reads).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('with a Proton page (body in a same-origin frame)', () => {
  test('observes the frame: an empty body is null, filling it reports the message', async () => {
    await loadIntoDocument(readFixture('proton/conversation-single.html'));
    const frame = document.querySelector('iframe')!;
    const content = frame.contentDocument!.body.innerHTML;
    frame.contentDocument!.body.replaceChildren();
    vi.useFakeTimers();
    watch(proton);
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen).toEqual([]);
    frame.contentDocument!.body.innerHTML = content;
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen.map((m) => m?.subject)).toEqual(['Your application to Halcyon Robotics']);
  });

  test('re-observes the frame after it loads a new document', async () => {
    await loadIntoDocument(readFixture('proton/conversation-single.html'));
    const frame = document.querySelector('iframe')!;
    watch(proton);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    frame.setAttribute('srcdoc', '<body><div></div></body>');
    await loaded;
    await vi.waitFor(() => expect(seen).toEqual([seen[0], null]));
    frame.contentDocument!.body.innerHTML =
      '<div>Thank you for your patience. We have now filled the role with another applicant.</div>';
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen[2]?.body).toContain('filled the role');
  });
});
