import { browser, type Browser } from 'wxt/browser';
import { detect } from '@/utils/detector';
import type { MessageOpenedReply, MessageSummary } from '@/utils/messaging';
import { parseContentMessage } from '@/utils/validate-message';
import { isWebmailUrl } from '@/utils/webmail/hosts';
import { clearTabState, saveTabState } from './tab-state';
import { enableSidePanel, openAssistant } from './side-panel';

/** Only the top frame of a webmail tab, running our own content script, is heard. */
function trustedTab(sender: Browser.runtime.MessageSender): number | null {
  if (sender.id !== browser.runtime.id) return null;
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  return isWebmailUrl(sender.url ?? sender.tab?.url) ? tabId : null;
}

/**
 * The detector runs here, once for the whole browser, rather than in every
 * webmail tab: its rules for five languages would triple the content script.
 */
function detectIn(message: MessageSummary) {
  return detect({
    subject: message.subject,
    from: message.from,
    body: message.body,
    date: message.date,
    lang: message.lang,
  });
}

export function setupMessages(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const tabId = trustedTab(sender);
    if (tabId === null) return undefined;
    const message = parseContentMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'open-assistant':
        openAssistant(tabId, sender.tab?.windowId);
        return Promise.resolve(true);
      case 'message-closed':
        void enableSidePanel(tabId);
        return clearTabState(tabId).then(() => true);
      case 'message-opened': {
        void enableSidePanel(tabId);
        const detection = detectIn(message.message);
        return saveTabState({
          tabId,
          message: message.message,
          detection,
          seenAt: Date.now(),
        }).then((): MessageOpenedReply => detection);
      }
    }
  });
}
