/**
 * The one place that maps real webmail addresses to Rebound's demo pages, so Playwright,
 * puppeteer and the demo launcher all serve the same files at https://mail.google.com/… etc.
 * with no network. Pure Node (fs, path, vm); no browser library is imported here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MAIL_DIR = path.join(HERE, 'mail');
const EMAILS_FILE = path.join(MAIL_DIR, 'emails.js');

/** Where each demo inbox lives and where its single-page app answers. */
export const DEMO_SITES = Object.freeze(
  [
    {
      provider: 'gmail',
      origin: 'https://mail.google.com',
      startUrl: 'https://mail.google.com/mail/u/0/#inbox',
      basePath: '/mail/',
      dir: path.join(MAIL_DIR, 'gmail'),
      listRowSelector: '[role=main] [gh=tl] tr.zA',
      bodySelector: '.adn.ads .ii.gt .a3s.aiL',
    },
    {
      provider: 'outlook',
      origin: 'https://outlook.live.com',
      startUrl: 'https://outlook.live.com/mail/0/',
      basePath: '/mail/',
      dir: path.join(MAIL_DIR, 'outlook'),
      listRowSelector: '[role=listbox] [role=option][data-convid]',
      bodySelector:
        '[data-app-section="ConversationContainer"] [role=document][id^="UniqueMessageBody"]',
    },
    {
      provider: 'yahoo',
      origin: 'https://mail.yahoo.com',
      startUrl: 'https://mail.yahoo.com/d/folders/1',
      basePath: '/d/',
      dir: path.join(MAIL_DIR, 'yahoo'),
      listRowSelector: '[data-test-id="message-list-item"]',
      bodySelector: '[data-test-id="message-view-body"] [data-test-id="message-view-body-content"]',
    },
  ].map((site) => Object.freeze(site)),
);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HAS_EXTENSION = /\.[A-Za-z0-9]{1,8}$/;

function filesIn(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

/**
 * Assets are found by file name only, in the site's folder and then in the shared mail folder,
 * so relative URLs work from any app route (/mail/u/0/gmail.js, /mail/0/inbox/id/x/outlook.js)
 * and no request can reach a file outside those two listings.
 */
function findAsset(site, name) {
  if (!SAFE_NAME.test(name)) return null;
  for (const dir of [site.dir, MAIL_DIR]) {
    if (filesIn(dir).includes(name)) return path.join(dir, name);
  }
  return null;
}

function fileResponse(file) {
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  return { status: 200, contentType: type, body: readFileSync(file) };
}

function notFound() {
  return {
    status: 404,
    contentType: 'text/plain; charset=utf-8',
    body: Buffer.from('Not found in the Rebound demo\n'),
  };
}

/** The demo site serving this origin, or undefined. */
export function demoSiteFor(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return DEMO_SITES.find((site) => site.origin === parsed.origin);
}

/**
 * The response for one request: the app's HTML for any route under its base path, a known
 * asset by name, 404 for anything else on a demo origin, and null for other origins.
 * @param {string} url
 * @returns {{ status: number, contentType: string, body: Buffer } | null}
 */
export function resolveDemoRequest(url) {
  const site = demoSiteFor(url);
  if (!site) return null;
  const { pathname } = new URL(url);
  let last;
  try {
    last = decodeURIComponent(pathname.slice(pathname.lastIndexOf('/') + 1));
  } catch {
    return notFound();
  }
  if (HAS_EXTENSION.test(last)) {
    const file = findAsset(site, last);
    return file ? fileResponse(file) : notFound();
  }
  const isAppRoute = pathname.startsWith(site.basePath) || `${pathname}/` === site.basePath;
  return isAppRoute ? fileResponse(path.join(site.dir, 'index.html')) : notFound();
}

/**
 * Serves every demo origin inside a Playwright BrowserContext (playwright-core's
 * context.route / route.fulfill). Requests to other origins are left to the caller's routes.
 */
export async function routeDemoPlaywright(context) {
  for (const site of DEMO_SITES) {
    await context.route(`${site.origin}/**`, (route) => {
      const response = resolveDemoRequest(route.request().url());
      if (!response) return route.abort();
      return route.fulfill(response);
    });
  }
}

function deepFreeze(value) {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Reads the classic-script data file the pages load, without a browser. */
function loadDemoData() {
  const sandbox = { window: {} };
  vm.runInNewContext(readFileSync(EMAILS_FILE, 'utf8'), sandbox, { filename: EMAILS_FILE });
  // A JSON round trip gives plain objects of this realm (not the sandbox's).
  return JSON.parse(
    JSON.stringify({
      emails: sandbox.window.REBOUND_DEMO_EMAILS,
      account: sandbox.window.REBOUND_DEMO_ACCOUNT,
    }),
  );
}

const DATA = loadDemoData();

/** The demo emails, newest first, each with its kind ('rejection', 'offer', …). */
export const DEMO_EMAILS = deepFreeze(DATA.emails);

/** The mailbox owner every demo email is addressed to. */
export const DEMO_ACCOUNT = deepFreeze(DATA.account);

/** The address that opens one demo email directly in a provider's demo page. */
export function demoMessageUrl(provider, emailId) {
  const email = DEMO_EMAILS.find((e) => e.id === emailId);
  if (!email) throw new Error(`No demo email with id ${emailId}`);
  switch (provider) {
    case 'gmail':
      return `https://mail.google.com/mail/u/0/#inbox/${email.legacyId}`;
    case 'outlook':
      return `https://outlook.live.com/mail/0/inbox/id/${email.outlook.itemId}`;
    case 'yahoo':
      return `https://mail.yahoo.com/d/folders/1/messages/${email.yahoo.messageId}`;
    default:
      throw new Error(`No demo site for provider ${provider}`);
  }
}
