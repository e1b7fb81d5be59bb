/**
 * One content script for every webmail: adapter → detector → one message to
 * the background. It reads only the open message and never opens IndexedDB
 * (here that would be the webmail's own database, not Rebound's).
 */
import { browser } from 'wxt/browser';
import { detect } from '@/utils/detector';
import { LIMITS, type ContentMessage } from '@/utils/messaging';
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
    const dismissed = new Set<string>();
    watchOpenMessage(
      document,
      adapter,
      (message) => void onMessage(adapter, message, dismissed),
      controller.signal,
    );
  },
});

function send(message: ContentMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message).catch(() => undefined);
}

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

async function onMessage(
  adapter: WebmailAdapter,
  message: OpenMessage | null,
  dismissed: Set<string>,
): Promise<void> {
  removeAllNotices(document);
  if (!message) {
    await send({ type: 'message-closed' });
    return;
  }
  const detection = detect({
    subject: message.subject,
    from: message.from,
    body: message.body,
    date: message.date,
    lang: message.lang?.split('-')[0]?.toLowerCase(),
  });
  await send({
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
    },
    detection: {
      ...detection,
      evidence: detection.evidence
        .slice(0, LIMITS.evidence)
        .map((e) => ({ ...e, quote: clip(e.quote, LIMITS.quote) })),
    },
  });
  if (detection.band === 'not' || dismissed.has(message.key)) return;
  if (!(await getSettings()).showInPageNotice) return;
  const anchor = adapter.findNoticeAnchor(document);
  if (!anchor) return;
  showNotice(anchor, {
    detection,
    onOpen: () => void send({ type: 'open-assistant' }),
    onDismiss: () => dismissed.add(message.key),
  });
}
