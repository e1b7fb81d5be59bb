/**
 * Quick end-to-end check of Rebound's demo inbox: `node tests/demo/check.mjs`.
 * Checks the data file and the request routing in Node, then opens the three demo sites at
 * their real addresses in headless Chromium (no network), opens messages, and asserts the
 * markup from WEBMAIL.md, in-app navigation without a page load, reload straight into a message,
 * and the benchmark hooks. Screenshots go to /tmp/demo-<provider>.png.
 */
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { runNodeChecks, assertOpenMessage } from './check-node.mjs';
import { DEMO_EMAILS, DEMO_SITES, demoMessageUrl, routeDemoPlaywright } from './routes.mjs';
import {
  inspectGmail,
  inspectOutlook,
  inspectYahoo,
  measureChurn,
  watchArrival,
} from './check-inspect.mjs';

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `FAIL ${name}\n     ${String(error && error.message)
        .split('\n')
        .join('\n     ')}`,
    );
  }
}

const byId = (id) => DEMO_EMAILS.find((e) => e.id === id);

await runNodeChecks(check);

function findChromium() {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      return execSync('command -v chromium', { shell: '/bin/sh', encoding: 'utf8' }).trim();
    } catch {
      if (Date.now() > deadline)
        throw new Error('chromium is not installed (apt-get install chromium)');
      console.log('waiting for chromium to be installed…');
      execSync('sleep 10');
    }
  }
}

const SITES = {
  gmail: {
    inspect: inspectGmail,
    header: 'h2.hP',
    reading: '[role=main]',
    close: '[data-demo-back]',
  },
  outlook: {
    inspect: inspectOutlook,
    header: '[id$="_SUBJECT"]',
    reading: '#ReadingPaneContainerId',
    close: '[data-demo-close]',
  },
  yahoo: {
    inspect: inspectYahoo,
    header: '[data-test-id="message-group-subject-text"]',
    reading: '[data-test-id="message-view"]',
    close: '[data-test-id="toolbar-back"]',
  },
};

const strayRequests = [];
const executablePath = findChromium();
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Registered first, so the demo routes (registered later) take precedence on their origins.
  await context.route('**/*', (route) => {
    strayRequests.push(route.request().url());
    return route.abort();
  });
  await routeDemoPlaywright(context);

  for (const site of DEMO_SITES) {
    const spec = SITES[site.provider];
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const target = byId('rejection-final-round');

    await check(`${site.provider}: list renders at ${site.startUrl}`, async () => {
      await page.goto(site.startUrl);
      await page.waitForFunction(
        ([sel, n]) => document.querySelectorAll(sel).length === n,
        [site.listRowSelector, DEMO_EMAILS.length],
      );
      await page.evaluate(() => (window.__checkMarker = 'same document'));
      await page.evaluate(watchArrival, {
        headerSelector: spec.header,
        bodySelector: site.bodySelector,
      });
    });

    await check(
      `${site.provider}: clicking a row opens it in place, with the recorded markup`,
      async () => {
        await page.locator(site.listRowSelector, { hasText: target.subject }).click();
        await page.waitForSelector(site.bodySelector);
        assert.equal(
          await page.evaluate(() => window.__checkMarker),
          'same document',
          'no page load',
        );
        assert.equal(page.url(), demoMessageUrl(site.provider, target.id));
        assertOpenMessage(site.provider, await page.evaluate(spec.inspect), target);
        const arrival = await page.evaluate(() => window.__demoArrival);
        assert.ok(
          arrival.header !== null && arrival.body > arrival.header,
          `body after header: ${JSON.stringify(arrival)}`,
        );
        await page.screenshot({ path: `/tmp/demo-${site.provider}.png` });
      },
    );

    await check(
      `${site.provider}: closing goes back to the list, browser back reopens`,
      async () => {
        const mainBefore = await page.evaluateHandle(() => document.querySelector('[role=main]'));
        await page.click(spec.close);
        await page.waitForSelector(site.listRowSelector);
        assert.equal(await page.locator(site.bodySelector).count(), 0);
        if (site.provider === 'gmail')
          assert.equal(
            await page.evaluate((m) => m.isConnected, mainBefore),
            false,
            'role=main swapped',
          );
        await page.goBack();
        await page.waitForSelector(site.bodySelector);
        assert.equal(await page.evaluate(() => window.__checkMarker), 'same document');
      },
    );

    await check(
      `${site.provider}: __reboundDemo.churn(1000) leaves the reading area alone`,
      async () => {
        const result = await page.evaluate(measureChurn, {
          readingSelector: spec.reading,
          n: 1000,
        });
        assert.equal(result.changes, 1000);
        assert.equal(result.hadReading, true);
        assert.equal(result.inReading, 0);
        assert.ok(result.total >= 1000, `page saw ${result.total} mutations`);
      },
    );

    await check(
      `${site.provider}: __reboundDemo.open(id) opens a message programmatically`,
      async () => {
        const offer = byId('offer');
        assert.equal(
          await page.evaluate((id) => window.__reboundDemo.open(id), offer.id),
          offer.id,
        );
        assertOpenMessage(site.provider, await page.evaluate(spec.inspect), offer);
      },
    );

    await check(`${site.provider}: reload straight into a message`, async () => {
      const german = byId('rejection-de');
      const fresh = await context.newPage();
      fresh.on('pageerror', (error) => pageErrors.push(error.message));
      await fresh.goto(demoMessageUrl(site.provider, german.id));
      await fresh.waitForSelector(site.bodySelector);
      assert.equal(await fresh.evaluate(() => window.__checkMarker), undefined, 'a fresh document');
      const got = await fresh.evaluate(spec.inspect);
      assertOpenMessage(site.provider, got, german);
      assert.match(got.bodyText, /leider mitteilen/);
      await fresh.close();
    });

    await check(`${site.provider}: no script errors`, () => assert.deepEqual(pageErrors, []));
    await page.close();
  }

  await check('no request left the demo origins', () => assert.deepEqual(strayRequests, []));
} finally {
  await browser.close();
}

const failed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
