// End to end in real Chromium: the built extension, the demo inbox served at
// the real Gmail address, the badge, the popup, the side panel, the log.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
// Lets Playwright report requests made by the extension's service worker too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
import { routeDemoPlaywright } from '../demo/routes.mjs';
import { launchChromium, ROOT } from './support/browsers.mjs';
import {
  browserSkip,
  demoOrigins,
  gmail,
  offer,
  organisation,
  rejection,
} from './support/cases.mjs';
import { logRoundTrip } from './support/log-journey.mjs';
import { isDemoOrLocal } from './support/network-guard.mjs';
import { checkHostileEmails, providerJourney } from './support/provider-journey.mjs';
import { waitFor } from './support/wait.mjs';

const skip = browserSkip('chromium');

describe('Rebound in Chromium', { skip }, () => {
  let context, worker, extensionId, mail;
  const stray = [];

  before(async () => {
    ({ context, worker, extensionId } = await launchChromium());
    context.on('request', (req) => {
      if (!isDemoOrLocal(req.url(), demoOrigins)) stray.push(req.url());
    });
    // Anything not served by the demo is refused here, so nothing leaves the machine.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('chrome-extension://')) return route.continue();
      return route.abort('blockedbyclient');
    });
    await routeDemoPlaywright(context);
    mail = await context.newPage();
    await mail.goto(gmail.startUrl);
  });

  after(async () => {
    await context?.close();
  });

  const mailTabId = () =>
    worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
      return tabs.map((t) => t.id);
    });
  const badgeOf = (tabId) =>
    worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  async function openEmail(email) {
    await mail.locator('tr.zA', { hasText: email.subject }).first().click();
    await mail.locator('.a3s').first().waitFor();
  }

  test('opening a demo rejection marks the badge of that tab, and only that tab', async () => {
    const other = await context.newPage();
    await other.goto(gmail.startUrl);
    await openEmail(rejection);
    const tabs = await waitFor(
      async () => ((await mailTabId()).length === 2 ? mailTabId() : null),
      'two Gmail tabs',
    );
    const marked = await waitFor(async () => {
      for (const id of tabs) if ((await badgeOf(id)) !== '') return id;
      return null;
    }, 'a badge on the rejection tab');
    const unmarked = tabs.filter((id) => id !== marked);
    assert.equal(unmarked.length, 1);
    assert.equal(await badgeOf(unmarked[0]), '', 'the other Gmail tab stays unmarked');
    await other.close();
  });

  test('the popup shows the rejection, and Save writes it to the log', async () => {
    const [tabId] = await mailTabId();
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 620 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    const card = popup.getByTestId('assistant');
    await card.waitFor();
    assert.equal(await card.getAttribute('data-band'), 'rejection');
    assert.equal(await popup.getByTestId('assistant-subject').textContent(), rejection.subject);
    await popup.getByTestId('save-entry').click();
    await popup.getByTestId('saved-note').waitFor();
    const shots = path.join(ROOT, '.ci-artifacts');
    mkdirSync(shots, { recursive: true });
    await popup.locator('main').screenshot({ path: path.join(shots, 'popup.png') });
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await popup
        .locator('main')
        .screenshot({ path: path.join(ROOT, 'tests/e2e/screenshots/popup.png') });
    }
    await popup.close();
  });

  test('the side panel lists the saved entry', async () => {
    const [tabId] = await mailTabId();
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    const entry = panel.getByTestId('log-entry').first();
    await entry.waitFor();
    assert.match(await entry.textContent(), new RegExp(organisation(rejection)));
    await panel.close();
  });

  test('the log survives export, delete everything, and import', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await logRoundTrip(options, (page, selector, text) =>
      page.setInputFiles(selector, {
        name: 'rebound-log.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      }),
    );
    await options.close();
  });

  test('opening the offer in the same tab clears the mark', async () => {
    const [tabId] = await mailTabId();
    // Back to the inbox and into the offer, inside the app: no page load.
    await mail.evaluate(() => {
      location.hash = '#inbox';
    });
    await openEmail(offer);
    await waitFor(async () => (await badgeOf(tabId)) === '', 'the badge to clear');
    const state = await worker.evaluate(
      async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`],
      tabId,
    );
    assert.equal(state?.detection.band, 'not');
    assert.equal(state?.message.subject, offer.subject);
  });

  test('a 5 MB email, and markup in a subject or sender, break nothing', async () => {
    const [tabId] = await mailTabId();
    await checkHostileEmails(mail, () => badgeOf(tabId));
  });

  describe('every demo webmail', () => {
    before(() => mail.close());
    providerJourney(() => ({
      newPage: () => context.newPage(),
      tabId: (origin) =>
        worker.evaluate(async (pattern) => {
          const tabs = await chrome.tabs.query({ url: pattern });
          return tabs.length === 1 ? tabs[0].id : null;
        }, `${origin}/*`),
      badge: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
      // The side panel where Chrome opens it (it reports no tab id), else the
      // same page in a tab of its own for this tab.
      openedAssistant: (tabId) =>
        worker.evaluate(async (id) => {
          const contexts = await chrome.runtime.getContexts({
            contextTypes: ['SIDE_PANEL', 'TAB'],
          });
          return contexts.some(
            (c) =>
              c.contextType === 'SIDE_PANEL' || c.documentUrl?.endsWith(`sidepanel.html?tab=${id}`),
          );
        }, tabId),
    }));
  });

  test('the extension made no network request', () => {
    assert.deepEqual(stray, []);
  });
});
