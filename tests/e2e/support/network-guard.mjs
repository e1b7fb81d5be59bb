// Rebound promises no network request of any kind. The e2e suites serve the
// demo webmail at its real address and record every other request the browser
// makes on behalf of a page, an extension page or the service worker.
export function isDemoOrLocal(url, demoOrigins) {
  if (/^(chrome-extension|moz-extension|data|blob|about):/.test(url)) return true;
  try {
    return demoOrigins.includes(new URL(url).origin);
  } catch {
    return false;
  }
}
