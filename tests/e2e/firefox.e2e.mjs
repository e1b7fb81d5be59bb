// End to end in real Firefox ESR over WebDriver BiDi: the same journey as in
// Chromium, with the demo webmail served at the real Gmail address.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gotoExtensionPage, launchFirefox } from './support/browsers.mjs';
import {
  browserSkip,
  demoOrigins,
  gmail,
  offer,
  organisation,
  rejection,
} from './support/cases.mjs';
import { logRoundTrip } from './support/log-journey.mjs';
import { checkHostileEmails, providerJourney } from './support/provider-journey.mjs';
import { routeDemoPuppeteer } from './support/puppeteer-routing.mjs';
import { waitFor } from './support/wait.mjs';

const skip = browserSkip('firefox-esr');

describe('Rebound in Firefox', { skip }, () => {
  let browser, origin, mail, probe;
  const stray = [];

  async function newPage() {
    const page = await browser.newPage();
    await routeDemoPuppeteer(page, { demoOrigins, onStray: (url) => stray.push(url) });
    return page;
  }

  before(async () => {
    ({ browser, origin } = await launchFirefox());
    mail = await newPage();
    await mail.goto(gmail.startUrl);
    probe = await newPage();
    await gotoExtensionPage(probe, `${origin}/options.html`, '#root');
  });

  after(async () => {
    await browser?.close();
  });

  const mailTabId = () =>
    probe.evaluate(async () => {
      const tabs = await browser.tabs.query({ url: 'https://mail.google.com/*' });
      return tabs[0]?.id ?? null;
    });
  const badgeOf = (tabId) =>
    probe.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);

  async function openEmail(email) {
    await mail.bringToFront();
    await mail.evaluate((subject) => {
      const row = [...document.querySelectorAll('tr.zA')].find((r) =>
        r.textContent.includes(subject),
      );
      row.click();
    }, email.subject);
    await mail.waitForSelector('.a3s');
  }

  test('opening a demo rejection marks the badge of that tab', async () => {
    await openEmail(rejection);
    const tabId = await waitFor(mailTabId, 'the Gmail tab');
    await waitFor(async () => (await badgeOf(tabId)) === '●', 'the rejection badge');
  });

  test('the popup shows the rejection, and Save writes it to the log', async () => {
    const tabId = await mailTabId();
    const popup = await newPage();
    await gotoExtensionPage(popup, `${origin}/popup.html?tab=${tabId}`, '[data-testid=assistant]');
    const band = await popup.$eval('[data-testid=assistant]', (el) => el.getAttribute('data-band'));
    assert.equal(band, 'rejection');
    const subject = await popup.$eval('[data-testid=assistant-subject]', (el) => el.textContent);
    assert.equal(subject, rejection.subject);
    await popup.click('[data-testid=save-entry]');
    await popup.waitForSelector('[data-testid=saved-note]');
    await popup.close();
  });

  test('the side panel lists the saved entry', async () => {
    const tabId = await mailTabId();
    const panel = await newPage();
    await gotoExtensionPage(
      panel,
      `${origin}/sidepanel.html?tab=${tabId}`,
      '[data-testid=log-entry]',
    );
    const text = await panel.$eval('[data-testid=log-entry]', (el) => el.textContent);
    assert.match(text, new RegExp(organisation(rejection)));
    await panel.close();
  });

  test('the log survives export, delete everything, and import', async () => {
    const options = await newPage();
    await gotoExtensionPage(options, `${origin}/options.html`, '[data-testid=log-entry]');
    await logRoundTrip(options, async (page, selector, text) => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'rebound-e2e-')), 'rebound-log.json');
      writeFileSync(file, text);
      await (await page.$(selector)).uploadFile(file);
    });
    await options.close();
  });

  test('opening the offer in the same tab clears the mark', async () => {
    const tabId = await mailTabId();
    await mail.evaluate(() => {
      location.hash = '#inbox';
    });
    await mail.waitForSelector('tr.zA');
    await openEmail(offer);
    await waitFor(async () => (await badgeOf(tabId)) === '', 'the badge to clear');
  });

  test('a 5 MB email, and markup in a subject or sender, break nothing', async () => {
    const tabId = await mailTabId();
    await checkHostileEmails(mail, () => badgeOf(tabId));
  });

  describe('every demo webmail', () => {
    before(() => mail.close());
    providerJourney(() => ({
      newPage,
      tabId: (origin) =>
        probe.evaluate(async (pattern) => {
          const tabs = await browser.tabs.query({ url: pattern });
          return tabs.length === 1 ? tabs[0].id : null;
        }, `${origin}/*`),
      badge: (tabId) => probe.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId),
      // Firefox opens the sidebar, the popup, or the side panel page in a tab for this tab.
      openedAssistant: (tabId) =>
        probe.evaluate(
          (id) =>
            browser.extension
              .getViews()
              .some(
                (w) =>
                  w.location.pathname === '/popup.html' ||
                  (w.location.pathname === '/sidepanel.html' &&
                    ['', `?tab=${id}`].includes(w.location.search)),
              ),
          tabId,
        ),
    }));
  });

  test('the extension made no network request', () => {
    assert.deepEqual(stray, []);
  });
});
