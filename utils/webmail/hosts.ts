/**
 * The webmail sites Rebound reads. One list feeds the manifest's host
 * permissions, the content script's matches and the background's check of
 * who sent a message, so the three can never disagree.
 */
export const WEBMAIL_MATCHES = ['https://mail.google.com/*'];

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
