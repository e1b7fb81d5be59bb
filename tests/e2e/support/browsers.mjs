// Launching real browsers with the built Rebound extension: shared by the e2e
// suites, the browser benchmarks and `npm start`. Debian's chromium and
// firefox-esr are used as installed; no test tool downloads a browser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const CHROME_EXT = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXT = path.join(ROOT, '.output/firefox-mv3');
export const GECKO_ID = 'rebound@rebound.invalid';
export const FIREFOX_UUID = '6f1d2c3b-5a4e-4f70-9b8c-0d1e2f3a4b5c';

export function findExecutable(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

// Flags that keep Chromium from calling home; the machine has no network anyway.
export const QUIET_CHROMIUM = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
];

/** Chromium with the extension loaded; returns the context, service worker and extension id. */
export async function launchChromium({
  headless = true,
  extDir = CHROME_EXT,
  extraArgs = [],
} = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = findExecutable('chromium');
  if (!executablePath) throw new Error('chromium is not installed (apt-get install chromium)');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'rebound-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    // The sandbox cannot start as root; only then is it switched off.
    chromiumSandbox: !isRoot(),
    viewport: null,
    args: [
      ...QUIET_CHROMIUM,
      // Playwright passes --disable-extensions by default; this re-allows ours.
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      ...extraArgs,
    ],
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

/** Firefox ESR over WebDriver BiDi with the extension installed temporarily. */
export async function launchFirefox({ headless = true, extDir = FIREFOX_EXT } = {}) {
  const puppeteer = (await import('puppeteer-core')).default;
  const executablePath = findExecutable('firefox-esr');
  if (!executablePath)
    throw new Error('firefox-esr is not installed (apt-get install firefox-esr)');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    // Without it, BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(extDir);
  return { browser, origin: `moz-extension://${FIREFOX_UUID}` };
}

/** Opens an extension page in Firefox: BiDi's goto never resolves for moz-extension:// URLs. */
export async function gotoExtensionPage(page, url, readySelector) {
  await page.goto(url, { timeout: 1500 }).catch(() => {});
  await page.waitForSelector(readySelector, { timeout: 15_000 });
}
