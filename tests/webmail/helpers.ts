/** Loading fixtures into the test document, and stripping their first selector layer. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');
/** The real saved Gmail inbox, in shared/ beside the repository (where CI puts it too). */
const REAL_GMAIL_PAGE = 'fixtures/webmail/gmail/inboxsdk-injected-thread-identifier.html';
export const REAL_GMAIL_INBOX =
  [
    path.resolve(import.meta.dirname, '../../../shared', REAL_GMAIL_PAGE),
    path.join('/work/shared', REAL_GMAIL_PAGE),
  ].find((file) => existsSync(file)) ??
  path.resolve(import.meta.dirname, '../../../shared', REAL_GMAIL_PAGE);

export const readFixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');

/** Ids that are hooks of layer (a): Outlook's suffixed ids, the reading-pane and Fastmail conversation ids. */
const HOOK_ID =
  /(?:_SUBJECT|_FROM|_DATE)$|^UniqueMessageBody|^ReadingPaneContainerId$|^conversation$/;
/** Attributes that are hooks of layer (a), besides every data-* attribute. */
const HOOK_ATTRS = new Set(['email', 'name', 'jslog']);

/**
 * Removes the attributes the adapters' first layer reads (data-* of every kind,
 * Gmail's email/name/jslog, hook ids), so only classes, roles, titles and text
 * remain. Roles stay: they are the page's accessibility, not a test hook.
 * Email content inside iframes (srcdoc) is left alone.
 */
export function stripFirstLayer(doc: Document): number {
  let removed = 0;
  for (const el of doc.querySelectorAll('*')) {
    for (const { name } of [...el.attributes]) {
      const hook =
        name.startsWith('data-') || HOOK_ATTRS.has(name) || (name === 'id' && HOOK_ID.test(el.id));
      if (hook) {
        el.removeAttribute(name);
        removed++;
      }
    }
  }
  return removed;
}

/**
 * Puts a fixture into the live test document (so same-origin iframes load, as
 * they do for Proton) and waits until every iframe has its document.
 */
export async function loadIntoDocument(html: string, options: { strip?: boolean } = {}) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  // Page scripts never run in a test; adapters skip script text anyway.
  for (const script of parsed.querySelectorAll('script')) script.remove();
  if (options.strip) stripFirstLayer(parsed);
  const root = document.documentElement;
  for (const { name } of [...root.attributes]) root.removeAttribute(name);
  for (const { name, value } of [...parsed.documentElement.attributes])
    root.setAttribute(name, value);
  document.head.replaceChildren(
    ...[...parsed.head.childNodes].map((n) => document.importNode(n, true)),
  );
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((n) => document.importNode(n, true)),
  );
  const frames = [...document.querySelectorAll('iframe')];
  await vi.waitFor(() => {
    for (const frame of frames) {
      if (!frame.contentDocument?.body?.childNodes.length) throw new Error('iframe not loaded');
    }
  });
  return document;
}
