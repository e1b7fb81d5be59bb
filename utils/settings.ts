/** The person's settings, kept in browser.storage.local through one WXT storage item. */
import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** The small strip above a detected rejection, inside the webmail page. */
  showInPageNotice: boolean;
  /** Used to sign feedback-request drafts. */
  yourName: string;
  signature: string;
  /** Save the whole email text with an entry, not only the detector's quotes. */
  keepFullTextByDefault: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  showInPageNotice: true,
  yourName: '',
  signature: '',
  keepFullTextByDefault: false,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}
