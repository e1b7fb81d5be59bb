import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { setupMessages } from '@/entrypoints/background/messages';
import { tabStateKey, type TabState } from '@/utils/messaging';
import { aDetection, aMessage } from './fixtures';

// Only the fields the background reads; the rest of a real sender does not matter here.
const gmailSender = (tabId: number, patch: Record<string, unknown> = {}) =>
  ({
    id: browser.runtime.id,
    frameId: 0,
    url: 'https://mail.google.com/mail/u/0/#inbox/abc',
    tab: { id: tabId, windowId: 1, url: 'https://mail.google.com/mail/u/0/#inbox/abc' },
    ...patch,
  }) as unknown as Browser.runtime.MessageSender;

const opened = (band: 'rejection' | 'maybe' | 'not') => ({
  type: 'message-opened',
  message: aMessage(),
  detection: aDetection({ band }),
});

async function stateOf(tabId: number): Promise<TabState | undefined> {
  return (await browser.storage.session.get(tabStateKey(tabId)))[tabStateKey(tabId)] as
    TabState | undefined;
}

describe('background messages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.sidePanel, 'setOptions').mockResolvedValue(undefined);
    setupMessages();
  });

  test('a rejection from a Gmail tab is kept for that tab and marks its badge', async () => {
    await fakeBrowser.runtime.onMessage.trigger(opened('rejection'), gmailSender(7), () => {});
    expect((await stateOf(7))?.detection.band).toBe('rejection');
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('●');
    expect(await browser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  test('"maybe" gets the softer mark and "not" none', async () => {
    await fakeBrowser.runtime.onMessage.trigger(opened('maybe'), gmailSender(3), () => {});
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe('○');
    await fakeBrowser.runtime.onMessage.trigger(opened('not'), gmailSender(3), () => {});
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  test('moving away from the email clears the state and the mark', async () => {
    await fakeBrowser.runtime.onMessage.trigger(opened('rejection'), gmailSender(5), () => {});
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'message-closed' },
      gmailSender(5),
      () => {},
    );
    expect(await stateOf(5)).toBeUndefined();
    expect(await browser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  test.each([
    ['another extension', { id: 'someone-else' }],
    [
      'a page that is not webmail',
      { url: 'https://evil.example/', tab: { id: 9, url: 'https://evil.example/' } },
    ],
    ['a sub-frame', { frameId: 3 }],
    ['no tab', { tab: undefined }],
  ])('ignores a message from %s', async (_name, patch) => {
    await fakeBrowser.runtime.onMessage.trigger(
      opened('rejection'),
      gmailSender(9, patch),
      () => {},
    );
    expect(await stateOf(9)).toBeUndefined();
  });

  test('ignores a malformed detection', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { ...opened('rejection'), detection: { band: 'rejection' } },
      gmailSender(4),
      () => {},
    );
    expect(await stateOf(4)).toBeUndefined();
  });
});
