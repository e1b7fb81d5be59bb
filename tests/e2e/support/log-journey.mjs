// The person's data, end to end on the options page: export the log, delete
// everything, import the export, and get the same log back. Written once for
// Playwright and puppeteer pages; `upload(page, selector, text)` differs.
import assert from 'node:assert/strict';
import { waitFor } from './wait.mjs';

const ENTRY = '[data-testid=log-entry]';

const countEntries = (page) => page.evaluate((s) => document.querySelectorAll(s).length, ENTRY);

async function exportJson(page) {
  const taken = await page.evaluate(() => {
    // Catch the files the page hands to the download, without a download dialog.
    if (!window.__reboundExports) {
      window.__reboundExports = [];
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob) => {
        window.__reboundExports.push(blob);
        return create(blob);
      };
    }
    return window.__reboundExports.length;
  });
  await page.click('[data-testid=log-export-json]');
  await waitFor(
    () => page.evaluate((n) => window.__reboundExports.length > n, taken),
    'the export file',
  );
  return page.evaluate(() => window.__reboundExports.at(-1).text());
}

export async function logRoundTrip(page, upload) {
  await page.waitForSelector(ENTRY);
  const before = JSON.parse(await exportJson(page));
  assert.ok(before.entries.length >= 1, 'the export holds the saved entry');

  await page.click('[data-testid=log-delete-all]');
  await page.click('[data-testid=log-delete-confirm]');
  await waitFor(async () => (await countEntries(page)) === 0, 'the log to empty');

  await upload(page, '[data-testid=log-import-input]', JSON.stringify(before));
  await page.waitForSelector('[data-testid=log-import-result][data-ok=true]');
  await waitFor(
    async () => (await countEntries(page)) === before.entries.length,
    'the imported entries',
  );

  const after = JSON.parse(await exportJson(page));
  assert.deepEqual(after.entries, before.entries, 'the same log came back');
  assert.equal(await countEntries(page), before.entries.length);
}
