// Every benchmark page runs offline: the demo webmail is served at its real
// address and any other request is refused before it leaves the browser.
import { DEMO_EMAILS, DEMO_SITES, routeDemoPlaywright } from '../../demo/routes.mjs';

export const GMAIL = DEMO_SITES.find((s) => s.provider === 'gmail');
export const REJECTION = DEMO_EMAILS.find((e) => e.id === 'rejection-ats');
export const NON_REJECTION = DEMO_EMAILS.find((e) => e.id === 'offer');

export async function sandboxDemo(context) {
  // Registered first so the demo routes (registered later) take precedence.
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith('chrome-extension://')) return route.continue();
    return route.abort('blockedbyclient');
  });
  await routeDemoPlaywright(context);
}

/** A fresh tab on the Gmail demo inbox, once its test hooks are in place. */
export async function openGmailDemo(context, { timeoutMs }) {
  const page = await context.newPage();
  await page.goto(GMAIL.startUrl, { timeout: timeoutMs });
  await page.waitForFunction(() => Boolean(window.__reboundDemo), null, { timeout: timeoutMs });
  return page;
}

/** Opens a demo email in the page and resolves once its body is in the DOM. */
export function openEmail(page, id, { timeoutMs }) {
  return withTimeout(
    page.evaluate((emailId) => window.__reboundDemo.open(emailId), id),
    timeoutMs,
    `the demo email ${id} to open`,
  );
}

export async function withTimeout(promise, ms, what) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
