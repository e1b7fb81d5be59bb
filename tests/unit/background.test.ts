import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { setupMessages } from '@/entrypoints/background/messages';
import { tabStateKey, type TabState } from '@/utils/messaging';
import { setBadge } from '@/entrypoints/background/badge';
import { aMessage } from './fixtures';

// Only the fields the background reads; the rest of a real sender does not matter here.
const gmailSender = (tabId: number, patch: Record<string, unknown> = {}) =>
  ({
    id: browser.runtime.id,
    frameId: 0,
    url: 'https://mail.google.com/mail/u/0/#inbox/abc',
    tab: { id: tabId, windowId: 1, url: 'https://mail.google.com/mail/u/0/#inbox/abc' },
    ...patch,
  }) as unknown as Browser.runtime.MessageSender;

const REJECTION =
  'Thank you for interviewing with us. After careful thought we have decided not to move forward with your application.';
const OFFER =
  'We are delighted to offer you the position of Data Analyst. Your contract is attached; please sign it by Friday.';

const opened = (body: string) => ({ type: 'message-opened', message: aMessage({ body }) });

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

  test('the background reads a rejection itself, keeps it for that tab and marks its badge', async () => {
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      opened(REJECTION),
      gmailSender(7),
      () => {},
    );
    expect(reply).toMatchObject({ band: 'rejection' });
    expect((await stateOf(7))?.detection.band).toBe('rejection');
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('●');
    expect(await browser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  test('an offer leaves no mark', async () => {
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      opened(OFFER),
      gmailSender(3),
      () => {},
    );
    expect(reply).toMatchObject({ band: 'not' });
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  test.each([
    ['rejection', '●'],
    ['maybe', '○'],
    ['not', ''],
  ] as const)('the badge for %s is "%s"', async (band, text) => {
    await setBadge(2, band);
    expect(await browser.action.getBadgeText({ tabId: 2 })).toBe(text);
  });

  test('moving away from the email clears the state and the mark', async () => {
    await fakeBrowser.runtime.onMessage.trigger(opened(REJECTION), gmailSender(5), () => {});
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
    await fakeBrowser.runtime.onMessage.trigger(opened(REJECTION), gmailSender(9, patch), () => {});
    expect(await stateOf(9)).toBeUndefined();
  });

  test('ignores a malformed email', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { ...opened(REJECTION), message: { ...aMessage(), key: 42 } },
      gmailSender(4),
      () => {},
    );
    expect(await stateOf(4)).toBeUndefined();
  });
});
