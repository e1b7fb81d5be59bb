// Serves the demo webmail at its real addresses in a puppeteer (Firefox) page,
// the way Playwright's context.route does for Chromium, and refuses the rest.
import { resolveDemoRequest } from '../../demo/routes.mjs';
import { isDemoOrLocal } from './network-guard.mjs';

export async function routeDemoPuppeteer(
  page,
  { demoOrigins, onStray = () => {}, demo = true } = {},
) {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = req.url();
    const served = demo ? resolveDemoRequest(url) : null;
    if (served) {
      req
        .respond({ status: served.status, contentType: served.contentType, body: served.body })
        .catch(() => {});
    } else if (!demo || isDemoOrLocal(url, demoOrigins ?? [])) {
      req.continue().catch(() => {});
    } else {
      onStray(url);
      req.abort('blockedbyclient').catch(() => {});
    }
  });
}
