/**
 * One content script for every webmail: adapter → one message to the
 * background, whose detector answers. It reads only the open message and never
 * opens IndexedDB (here that would be the webmail's own database, not Rebound's).
 */
import { browser } from 'wxt/browser';
import type { Detection } from '@/utils/detector/types';
import { LIMITS, type ContentMessage, type MessageOpenedReply } from '@/utils/messaging';
import { getSettings } from '@/utils/settings';
import { WEBMAIL_MATCHES } from '@/utils/webmail/hosts';
import { adapterFor } from '@/utils/webmail';
import type { OpenMessage, WebmailAdapter } from '@/utils/webmail/types';
import { watchOpenMessage } from '@/utils/webmail/watch';
import { removeAllNotices, showNotice } from './notice';

export default defineContentScript({
  matches: WEBMAIL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => {
      controller.abort();
      removeAllNotices(document);
    });
    void send({ type: 'message-closed' });
    const seen: Seen = { dismissed: new Set(), openKey: null };
    watchOpenMessage(
      document,
      adapter,
      (message) => void onMessage(adapter, message, seen),
      controller.signal,
    );
  },
});

const showsNotice = (d: Detection) => d.band !== 'not';

/** What this tab has seen: notices the person dismissed, and the email open now. */
interface Seen {
  dismissed: Set<string>;
  openKey: string | null;
}

function send(message: ContentMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message).catch(() => undefined);
}

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

async function onMessage(
  adapter: WebmailAdapter,
  message: OpenMessage | null,
  seen: Seen,
): Promise<void> {
  removeAllNotices(document);
  seen.openKey = message?.key ?? null;
  if (!message) {
    await send({ type: 'message-closed' });
    return;
  }
  const detection = (await send({
    type: 'message-opened',
    message: {
      provider: message.provider,
      key: clip(message.key, LIMITS.key),
      url: clip(location.href, LIMITS.url),
      subject: clip(message.subject, LIMITS.subject),
      from: {
        name: clip(message.from.name, LIMITS.name),
        email: clip(message.from.email, LIMITS.email),
      },
      date: message.date,
      body: clip(message.body, LIMITS.body),
      lang: message.lang?.split('-')[0]?.toLowerCase(),
    },
  })) as MessageOpenedReply | undefined;
  if (!detection || !showsNotice(detection) || seen.dismissed.has(message.key)) return;
  if (!(await getSettings()).showInPageNotice) return;
  // The person may have moved on while the background was answering.
  if (seen.openKey !== message.key) return;
  const anchor = adapter.findNoticeAnchor(document);
  if (!anchor) return;
  showNotice(anchor, {
    detection,
    onOpen: () => void send({ type: 'open-assistant' }),
    onDismiss: () => seen.dismissed.add(message.key),
  });
}
