/**
 * The detection for the tab the person is looking at: the active tab of this
 * window, or the tab named in `?tab=` when the side panel was opened as a page.
 * Follows tab switches and new detections live.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { tabStateKey, type TabState } from '@/utils/messaging';
import { isWebmailUrl } from '@/utils/webmail/hosts';

export type TabView =
  | { status: 'loading' }
  | { status: 'elsewhere' }
  | { status: 'webmail'; tabId: number; state: TabState | null };

async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    if (tab?.id !== undefined) return { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

async function readView(): Promise<TabView> {
  const tab = await targetTab();
  // Without the `tabs` permission, a tab's url is visible only on webmail hosts.
  if (!tab || !isWebmailUrl(tab.url)) return { status: 'elsewhere' };
  const key = tabStateKey(tab.id);
  const stored = await browser.storage.session.get(key);
  return { status: 'webmail', tabId: tab.id, state: (stored[key] as TabState | undefined) ?? null };
}

export function useTabState(): TabView {
  const [view, setView] = useState<TabView>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    const refresh = () => {
      readView().then(
        (next) => alive && setView(next),
        () => alive && setView({ status: 'elsewhere' }),
      );
    };
    refresh();
    const onStorage = (_changes: unknown, area: string) => area === 'session' && refresh();
    browser.storage.onChanged.addListener(onStorage);
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(refresh);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(refresh);
    };
  }, []);
  return view;
}
