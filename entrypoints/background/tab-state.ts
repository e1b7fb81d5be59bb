/**
 * What Rebound found in each tab lives in storage.session: it survives the
 * service worker sleeping, is readable by the popup and side panel, and is
 * gone when the browser closes.
 */
import { browser } from 'wxt/browser';
import { tabStateKey, type TabState } from '@/utils/messaging';
import { setBadge } from './badge';

export async function saveTabState(state: TabState): Promise<void> {
  await browser.storage.session.set({ [tabStateKey(state.tabId)]: state });
  await setBadge(state.tabId, state.detection.band);
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId));
  await setBadge(tabId, 'not');
}

export function setupTabState(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(tabStateKey(tabId));
  });
}
