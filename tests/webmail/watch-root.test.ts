/**
 * The watcher observes the adapter's watch root, not the whole page: a root
 * that appears late, one that is replaced, and each provider's pages changing
 * the way the demo inboxes (tests/demo/mail) change them.
 */
import { ADAPTERS } from '@/utils/webmail';
import { gmail } from '@/utils/webmail/gmail';
import type { OpenMessage, ProviderId, WebmailAdapter } from '@/utils/webmail/types';
import { watchOpenMessage } from '@/utils/webmail/watch';
import { MESSAGE_CASES } from './cases';
import { loadIntoDocument, readFixture } from './helpers';
import { deepTargets, trackObservers, type Registration } from './watch-observed';

const DEBOUNCE = 50;
const SETTLE = 100;
const QUIET = DEBOUNCE + 3 * SETTLE;

let controller: AbortController;
let seen: (OpenMessage | null)[];
let observed: () => Registration[];

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

const adapterOf = (id: ProviderId) => ADAPTERS.find((a) => a.id === id)!;
const parse = (file: string) => new DOMParser().parseFromString(readFixture(file), 'text/html');
const subjectOf = (file: string) => MESSAGE_CASES.find((c) => c.file === file)!.subject;
const nav = () => document.querySelector('nav, [role="navigation"]')!;

/** Changes in the left nav, like a webmail's sync status and unread counters. */
function churnNav(count: number) {
  const target = nav();
  for (let i = 0; i < count; i++) target.textContent = `Synced · ${i} updates`;
}

/** What is observed in depth in the page's body (the head, for its title, is small). */
const deepInBody = () => deepTargets(observed()).filter((t) => document.body.contains(t));

/** Only the watch root is observed in depth; the nav never is. */
function expectOnlyRootObserved(root: Element) {
  expect(deepInBody()).toEqual([root]);
  expect(root.contains(nav())).toBe(false);
}

beforeEach(() => {
  observed = trackObservers();
});

afterEach(() => {
  controller?.abort();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('Gmail: the parent of [role=main], which outlives route changes', () => {
  test('until the app container exists the body is observed; then only the root', async () => {
    await loadIntoDocument('<html><head><title>Gmail</title></head><body><div>Loading</div>');
    vi.useFakeTimers();
    watch(gmail);
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(deepInBody()).toEqual([document.body]);
    document.body.replaceChildren(
      ...[...parse('gmail/thread-single.html').body.childNodes].map((n) =>
        document.importNode(n, true),
      ),
    );
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen.map((m) => m?.key)).toEqual(['gmail:msg-f:1843322512474350021']);
    expectOnlyRootObserved(document.querySelector('[role="main"]')!.parentElement!);
  });

  test('a replaced root is found again, and the old one is let go', async () => {
    await loadIntoDocument(readFixture('gmail/thread-single.html'));
    vi.useFakeTimers();
    const reads = watch(gmail);
    await vi.advanceTimersByTimeAsync(QUIET);
    const old = document.querySelector('[role="main"]')!.parentElement!;
    expectOnlyRootObserved(old);
    const next = document.importNode(
      parse('gmail/thread-several.html').querySelector('[role="main"]')!.parentElement!,
      true,
    );
    old.replaceWith(next);
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen.map((m) => m?.key)).toEqual([
      'gmail:msg-f:1843322512474350021',
      'gmail:msg-f:1843612410184056995',
    ]);
    expectOnlyRootObserved(next);
    const before = reads.mock.calls.length;
    old.append(document.createElement('div'));
    churnNav(1000);
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(reads).toHaveBeenCalledTimes(before);
    next.querySelector('[gh="tm"]')!.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(reads.mock.calls.length).toBeGreaterThan(before);
  });

  test('the whole column re-rendered after a gap: null, the body meanwhile, then the new root', async () => {
    await loadIntoDocument(readFixture('gmail/thread-single.html'));
    vi.useFakeTimers();
    watch(gmail);
    await vi.advanceTimersByTimeAsync(QUIET);
    const column = document.querySelector('.aeF')!;
    const host = column.parentElement!;
    column.remove();
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen.map((m) => m?.key ?? null)).toEqual(['gmail:msg-f:1843322512474350021', null]);
    expect(deepInBody()).toEqual([document.body]);
    host.append(document.importNode(parse('gmail/thread-de.html').querySelector('.aeF')!, true));
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen.at(-1)?.subject).toBe('Ihre Bewerbung als Projektkoordinatorin');
    expectOnlyRootObserved(document.querySelector('[role="main"]')!.parentElement!);
  });

  test('the app retitling the page (it does so on a route change) triggers a read', async () => {
    await loadIntoDocument(readFixture('gmail/thread-single.html'));
    vi.useFakeTimers();
    const reads = watch(gmail);
    await vi.advanceTimersByTimeAsync(QUIET);
    const before = reads.mock.calls.length;
    document.head.append(document.createElement('style'));
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(reads).toHaveBeenCalledTimes(before);
    document.title = 'Sent Mail - jamie@example.org - Gmail';
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(reads.mock.calls.length).toBeGreaterThan(before);
  });

  test('a root that would miss the open message is not used: the body is observed instead', async () => {
    await loadIntoDocument(readFixture('gmail/thread-single.html'));
    const elsewhere = document.createElement('div');
    document.querySelector('[role="navigation"]')!.append(elsewhere);
    vi.useFakeTimers();
    watch({ ...gmail, findWatchRoot: () => elsewhere });
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen).toHaveLength(1);
    expect(deepInBody()).toEqual([document.body]);
  });
});

/*
 * Each provider's inbox, then a message opened the way its demo page does it:
 * the watch root stays and its contents are swapped ("contents"), or the app
 * re-renders the root itself ("root").
 */
const OPENINGS = [
  ['gmail', 'gmail/inbox-empty.html', 'gmail/thread-single.html'],
  ['outlook', 'outlook/inbox-empty.html', 'outlook/conversation-single.html'],
  ['yahoo', 'yahoo/inbox-empty.html', 'yahoo/thread-single.html'],
  ['proton', 'proton/inbox-empty.html', 'proton/conversation-single.html'],
  ['fastmail', 'fastmail/mailbox-empty.html', 'fastmail/thread-single.html'],
] as const;
const CASES = OPENINGS.flatMap(([provider, empty, open]) =>
  (['contents', 'root'] as const).map((swap) => ({ provider, empty, open, swap })),
);

describe.each(CASES)('$provider: $swap swapped', ({ provider, empty, open, swap }) => {
  const adapter = adapterOf(provider);

  /** Shows `file`'s reading view in the live page, as the app would. */
  async function show(file: string) {
    const current = adapter.findWatchRoot!(document)!;
    const next = document.importNode(adapter.findWatchRoot!(parse(file))!, true);
    if (swap === 'root') current.replaceWith(next);
    else current.replaceChildren(...next.childNodes);
    // A same-origin message frame (Proton) loads its document on its own.
    await vi.waitFor(() => {
      for (const frame of document.querySelectorAll('iframe')) {
        if (!frame.contentDocument?.body?.childNodes.length) throw new Error('frame loading');
      }
    });
  }

  test('opening and closing a message are reported; 1,000 nav changes cause no read', async () => {
    await loadIntoDocument(readFixture(empty));
    vi.useFakeTimers();
    const reads = watch(adapter);
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen).toEqual([]);
    expectOnlyRootObserved(adapter.findWatchRoot!(document)!);

    await show(open);
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen.map((m) => m?.subject)).toEqual([subjectOf(open)]);
    expectOnlyRootObserved(adapter.findWatchRoot!(document)!);

    const before = reads.mock.calls.length;
    churnNav(1000);
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(reads).toHaveBeenCalledTimes(before);

    await show(empty);
    await vi.advanceTimersByTimeAsync(QUIET);
    expect(seen).toEqual([seen[0], null]);
  });
});
