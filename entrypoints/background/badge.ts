import { browser } from 'wxt/browser';
import type { Band } from '@/utils/detector/types';

/** A filled dot for a rejection, a hollow one for "maybe": a mark, not an alarm. */
const BADGES: Record<Band, { text: string; color: string }> = {
  rejection: { text: '●', color: '#b45309' },
  maybe: { text: '○', color: '#6b7280' },
  not: { text: '', color: '#6b7280' },
};

export async function setBadge(tabId: number, band: Band): Promise<void> {
  const { text, color } = BADGES[band];
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed while we were working; there is nothing left to mark.
  }
}
