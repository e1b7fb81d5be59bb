#!/usr/bin/env node
// `npm start`: builds Rebound and opens a real browser with it loaded, showing
// the demo inbox at its real webmail address (served locally; no network).
//   npm start                        Chromium, demo Gmail inbox
//   npm start -- --browser firefox   Firefox ESR, demo Gmail inbox
//   npm start -- --gmail             the real Gmail, to try Rebound on your own inbox
//   npm start -- --provider outlook  the demo Outlook (or yahoo) inbox
//   npm start -- --smoke             opens a demo rejection, checks the badge, and exits
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { DEMO_EMAILS, DEMO_SITES, routeDemoPlaywright } from './routes.mjs';
import { launchChromium, launchFirefox, ROOT, FIREFOX_UUID } from '../e2e/support/browsers.mjs';
import { routeDemoPuppeteer } from '../e2e/support/puppeteer-routing.mjs';
import { waitFor } from '../e2e/support/wait.mjs';

const { values: opts } = parseArgs({
  options: {
    browser: { type: 'string', default: 'chromium' },
    gmail: { type: 'boolean', default: false },
    provider: { type: 'string', default: 'gmail' },
    smoke: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const firefox = /^(firefox|ff)/i.test(opts.browser);
const site = DEMO_SITES.find((s) => s.provider === opts.provider);
if (!site) {
  console.error(
    `Unknown --provider ${opts.provider}; choose one of ${DEMO_SITES.map((s) => s.provider).join(', ')}.`,
  );
  process.exit(2);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display found: run it under Xvfb, for example `xvfb-run -a npm start` (apt-get install xvfb).',
  );
  process.exit(1);
}

if (!opts['no-build']) {
  const args = firefox ? ['build', '-b', 'firefox', '--mv3'] : ['build'];
  const built = spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), args, {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const startUrl = opts.gmail ? 'https://mail.google.com/' : site.startUrl;
const demoOrigins = DEMO_SITES.map((s) => s.origin);
const rejection = DEMO_EMAILS.find((e) => e.kind === 'rejection');

if (firefox) {
  const { browser } = await launchFirefox({ headless: false });
  const route = (page) => routeDemoPuppeteer(page, { demoOrigins, demo: !opts.gmail });
  browser.on('targetcreated', async (target) => {
    const page = await target.page().catch(() => null);
    if (page) await route(page).catch(() => {});
  });
  const page = await browser.newPage();
  await route(page);
  await page
    .goto(startUrl)
    .catch((err) => console.error(`Could not open ${startUrl}: ${err.message}`));
  console.log(
    `Rebound is loaded in Firefox (moz-extension://${FIREFOX_UUID}). Open an email; close the window to stop.`,
  );
  if (opts.smoke) {
    await smoke(page, async () => {
      const probe = await browser.newPage();
      await probe
        .goto(`moz-extension://${FIREFOX_UUID}/options.html`, { timeout: 1500 })
        .catch(() => {});
      await probe.waitForSelector('#root');
      return probe.evaluate(async () => {
        const tabs = await browser.tabs.query({ url: 'https://mail.google.com/*' });
        return browser.action.getBadgeText({ tabId: tabs[0].id });
      });
    });
    await browser.close();
  } else {
    await new Promise((resolve) => browser.on('disconnected', resolve));
  }
} else {
  const { context, worker } = await launchChromium({ headless: false });
  if (!opts.gmail) {
    await context.route('**/*', (r) =>
      r.request().url().startsWith('chrome-extension://') ? r.continue() : r.abort(),
    );
    await routeDemoPlaywright(context);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page
    .goto(startUrl)
    .catch((err) => console.error(`Could not open ${startUrl}: ${err.message}`));
  console.log('Rebound is loaded in Chromium. Open an email; close the window to stop.');
  if (opts.smoke) {
    await smoke(page, () =>
      worker.evaluate(async () => {
        const tabs = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
        return chrome.action.getBadgeText({ tabId: tabs[0].id });
      }),
    );
    await context.close();
  } else {
    await new Promise((resolve) => context.on('close', resolve));
  }
}

async function smoke(page, readBadge) {
  const row = await waitFor(
    () => page.$(`tr.zA[data-demo-id="${rejection.id}"]`),
    'the demo inbox row',
    { timeout: 15_000 },
  );
  await row.click();
  const badge = await waitFor(readBadge, 'the badge on the rejection', { timeout: 15_000 });
  console.log(`smoke: opened "${rejection.subject}", badge "${badge}"`);
}
