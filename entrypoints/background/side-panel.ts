/**
 * The side panel belongs beside webmail: it is switched on for a tab once a
 * webmail content script reports from it. In Firefox the sidebar is global.
 */
import { browser } from 'wxt/browser';

type ChromeSidePanel = {
  setOptions(o: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
  setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>;
  open(o: { tabId?: number; windowId?: number }): Promise<void>;
};
type FirefoxSidebar = { open(): Promise<void> };

const sidePanel = (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

export function setupSidePanel(): void {
  if (!sidePanel) return;
  void sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
  void sidePanel.setOptions({ enabled: false }).catch(() => {});
}

export async function enableSidePanel(tabId: number): Promise<void> {
  try {
    await sidePanel?.setOptions({ tabId, path: 'sidepanel.html', enabled: true });
  } catch {
    // Older browsers have no per-tab side panel; the panel then stays global.
  }
}

/**
 * Opens the assistant beside the page. Must be called synchronously from the
 * message handler: browsers only allow it while the person's click is fresh.
 */
export function openAssistant(tabId: number, windowId: number | undefined): void {
  const fallback = () =>
    browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tab=${tabId}`) });
  if (sidePanel) {
    sidePanel.open({ tabId, windowId }).catch(fallback);
  } else if (sidebarAction) {
    sidebarAction.open().catch(() => browser.action.openPopup().catch(fallback));
  } else {
    void fallback();
  }
}
