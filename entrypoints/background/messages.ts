import { browser, type Browser } from 'wxt/browser';
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
      case 'message-opened':
        void enableSidePanel(tabId);
        return saveTabState({
          tabId,
          message: message.message,
          detection: message.detection,
          seenAt: Date.now(),
        }).then(() => true);
    }
  });
}
