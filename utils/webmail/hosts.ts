/**
 * The webmail sites Rebound reads. One list feeds the manifest's host
 * permissions, the content script's matches and the background's check of
 * who sent a message, so the three can never disagree.
 *
 * https only. Outlook's hosts use `/*`, not `/mail/*`: browsers ignore the
 * path of a host permission, so `/mail/*` would not ask for less, and as a
 * content-script match it would miss a tab that starts in Calendar or People
 * and switches to Mail inside the app, without a page load.
 */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
  'https://mail.yahoo.com/*',
  'https://mail.proton.me/*',
  'https://app.fastmail.com/*',
];

export function isWebmailUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return WEBMAIL_MATCHES.some((pattern) => {
    const m = /^(https?):\/\/([^/]+)\//.exec(pattern);
    if (!m) return false;
    const [, scheme, host] = m;
    if (parsed.protocol !== `${scheme}:`) return false;
    return host.startsWith('*.')
      ? parsed.hostname === host.slice(2) || parsed.hostname.endsWith(host.slice(1))
      : parsed.hostname === host;
  });
}
