// The webmail journey every provider must pass, written once for both browsers.
// A driver gives: newPage() (demo-routed), tabId(origin) of the one tab open on
// that origin, badge(tabId), and openedAssistant(tabId): whether the notice's
// button opened Rebound for that tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_SITES } from '../../demo/routes.mjs';
import { waitFor } from './wait.mjs';

const MARK = { rejection: '●', none: '' };

export function providerJourney(getDriver) {
  for (const site of DEMO_SITES) {
    test(`${site.provider}: badge and notice follow the open email, without page loads`, async () => {
      const driver = getDriver();
      const page = await driver.newPage();
      await page.goto(site.startUrl);
      await page.waitForSelector(site.listRowSelector);
      await page.evaluate(() => {
        window.__e2eSamePage = true;
      });
      const tabId = await waitFor(() => driver.tabId(site.origin), `${site.provider} tab`);
      const badge = () => driver.badge(tabId);
      const open = async (id) => {
        await page.click(`${site.listRowSelector}[data-demo-id="${id}"]`);
        await page.waitForSelector(site.bodySelector);
      };
      const back = () => page.evaluate(() => window.__reboundDemo.back());
      const noticeState = () =>
        page.evaluate((bodySelector) => {
          const hosts = document.querySelectorAll('[data-rebound-notice]');
          const body = document.querySelector(bodySelector);
          const host = hosts[0];
          if (!host) return { count: 0 };
          return {
            count: hosts.length,
            beforeBody:
              !!body &&
              !!(host.compareDocumentPosition(body) & window.Node.DOCUMENT_POSITION_FOLLOWING),
            buttons: [...host.shadowRoot.querySelectorAll('button')].map((b) => b.tabIndex >= 0),
          };
        }, site.bodySelector);

      await open('rejection-ats');
      await waitFor(
        async () => (await badge()) === MARK.rejection,
        `${site.provider} rejection badge`,
      );
      const notice = await waitFor(async () => {
        const s = await noticeState();
        return s.count ? s : null;
      }, `${site.provider} notice`);
      assert.equal(notice.count, 1, 'one notice');
      assert.ok(notice.beforeBody, 'the notice stands above the email, not over it');
      assert.deepEqual(notice.buttons, [true, true], 'both buttons are reachable by keyboard');

      await back();
      await open('offer');
      await waitFor(
        async () => (await badge()) === MARK.none,
        `${site.provider} badge cleared on the offer`,
      );
      assert.equal((await noticeState()).count, 0, 'no notice on an offer');

      await back();
      await open('rejection-final-round');
      await waitFor(
        async () => (await badge()) === MARK.rejection,
        `${site.provider} second rejection`,
      );
      await waitFor(
        async () => (await noticeState()).count === 1,
        `${site.provider} notice on the second rejection`,
      );
      assert.equal(await page.evaluate(() => window.__e2eSamePage), true, 'no page load happened');

      // The notice's button opens Rebound beside the email (or as a page where that is all the browser allows).
      await page.evaluate(() => {
        const host = document.querySelector('[data-rebound-notice]');
        host.shadowRoot.querySelector('button.open').click();
      });
      await waitFor(() => driver.openedAssistant(tabId), `${site.provider} assistant to open`);

      // Dismissed, it goes away and stays away for that email.
      await page.evaluate(() => {
        const host = document.querySelector('[data-rebound-notice]');
        host.shadowRoot.querySelector('button.close').click();
      });
      assert.equal((await noticeState()).count, 0, 'dismissed');
      await page.close();
    });
  }
}

/** Emails built to break things: a 5 MB body, and markup in the subject and the sender's name. */
export function hostileEmails() {
  const dec = (ms, low) => ((BigInt(ms) << 20n) + BigInt(low)).toString();
  const at = Date.UTC(2026, 10, 22, 10, 0);
  const filler = `<p>${'Notes from the hiring panel, kept for the record. '.repeat(100_000)}</p>`;
  const make = (id, low, fields) => {
    const messageId = dec(at, low);
    return {
      id,
      kind: 'rejection',
      date: new Date(at).toISOString(),
      messageId,
      legacyId: BigInt(messageId).toString(16),
      ...fields,
    };
  };
  return [
    make('hostile-huge', 11, {
      from: { name: 'Quarrydale Careers', email: 'jobs@quarrydale.example' },
      subject: 'Your application to Quarrydale',
      body: `<p>Thank you for applying. Unfortunately we have decided not to move forward with your application.</p>${filler}`,
    }),
    make('hostile-markup', 12, {
      from: {
        name: '<script>window.__pwned = 1</script>Ashgrove Recruiting',
        email: 'talent@ashgrove.example',
      },
      subject: '<img src=x onerror="window.__pwned = 2"> Update on your application',
      body: '<p>Thank you for your interest. We regret to inform you that we will not be progressing your application.</p>',
    }),
  ];
}

/**
 * Opens each hostile email in the Gmail demo: the badge must still be right,
 * the page responsive, nothing from the email run, and the notice plain text.
 */
export async function checkHostileEmails(page, readBadge) {
  for (const email of hostileEmails()) {
    await page.evaluate((e) => window.__reboundDemo.add(e), email);
    await page.evaluate((id) => window.__reboundDemo.open(id), email.id);
    await waitFor(async () => (await readBadge()) === MARK.rejection, `the badge on ${email.id}`, {
      timeout: 15_000,
    });
    const started = Date.now();
    await page.evaluate(() => document.title);
    assert.ok(Date.now() - started < 1000, 'the page stays responsive');
    assert.equal(
      await page.evaluate(() => window.__pwned ?? null),
      null,
      'nothing from the email ran',
    );
    const notice = await waitFor(
      () =>
        page.evaluate(() => {
          const host = document.querySelector('[data-rebound-notice]');
          return host && { elements: host.shadowRoot.querySelectorAll('img, script').length };
        }),
      `the notice on ${email.id}`,
    );
    assert.equal(notice.elements, 0, 'the notice holds text only');
    await page.evaluate(() => window.__reboundDemo.back());
    await waitFor(async () => (await readBadge()) === MARK.none, 'the badge to clear on the inbox');
  }
}
