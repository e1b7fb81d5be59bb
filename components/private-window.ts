import { browser } from 'wxt/browser';

/**
 * Firefox gives a private window a throwaway database, so a log kept there
 * would vanish; Chrome shares the one log with incognito, so it needs no care.
 */
export function inPrivateWindow(): boolean {
  return import.meta.env.FIREFOX && browser.extension?.inIncognitoContext === true;
}
