/**
 * Gmail (mail.google.com). Markup per ../../shared WEBMAIL.md §1: the 2025
 * thread skeleton, with InboxSDK's and gmail.js's selectors as fallbacks.
 */
import { defineAdapter } from './define-adapter';
import { isoIfPlausible } from './dates';
import type { ProviderSelectors, ReadOptions } from './types';

export const GMAIL_SELECTORS = {
  pane: [
    { id: 'main', selector: '[role="main"]', layer: 'attribute', since: '2014-12' },
    { id: 'app-container', selector: 'div.aeF', layer: 'class' },
  ],
  // role=main itself is swapped on every route change; its parent stays.
  watchRoot: [
    { id: 'main-parent', selector: ':has(> [role="main"])', layer: 'attribute' },
    { id: 'main-column', selector: 'div.aeF', layer: 'class' },
  ],
  body: [
    { id: 'body', selector: 'div.a3s', layer: 'class', since: '2025' },
    { id: 'body-wrapper', selector: 'div.ii.gt', layer: 'class', since: '2025' },
    { id: 'body-legacy', selector: 'div.adP', layer: 'class' },
    { id: 'largest-block', selector: '[data-message-id], div.adn', layer: 'heuristic' },
  ],
  message: [
    { id: 'message-id', selector: '[data-message-id]', layer: 'attribute', since: '2025' },
    { id: 'legacy-id', selector: '[data-legacy-message-id]', layer: 'attribute', since: '2025' },
    { id: 'message', selector: 'div.adn.ads', layer: 'class', since: '2025' },
  ],
  collapsed: [
    {
      id: 'collapsed-item',
      selector: '[role="listitem"][aria-expanded="false"]',
      layer: 'attribute',
    },
    { id: 'collapsed', selector: '.kv, .kQ, .kx', layer: 'class' },
  ],
  subject: [
    { id: 'thread-subject', selector: 'h2[data-legacy-thread-id]', layer: 'attribute' },
    { id: 'thread-perm-subject', selector: 'h2[data-thread-perm-id]', layer: 'attribute' },
    { id: 'subject', selector: 'h2.hP', layer: 'class' },
    { id: 'subject-bar', selector: '.ha h2', layer: 'class' },
    { id: 'page-title', selector: 'head > title', layer: 'heuristic' },
  ],
  senderEmail: [
    { id: 'email-attr', selector: '[email]', layer: 'attribute', attr: 'email', since: '2025' },
    {
      id: 'hovercard',
      selector: '[data-hovercard-id*="@"]',
      layer: 'attribute',
      attr: 'data-hovercard-id',
      since: '2025',
    },
    { id: 'address', selector: 'span.go', layer: 'class', since: '2025' },
    { id: 'titled-address', selector: '[title*="@"]', layer: 'heuristic', attr: 'title' },
    { id: 'header-text', selector: '*', layer: 'heuristic' },
  ],
  senderName: [
    { id: 'name-attr', selector: '[email][name]', layer: 'attribute', attr: 'name', since: '2025' },
    { id: 'sender', selector: 'span.gD', layer: 'class', since: '2025' },
  ],
  date: [
    { id: 'time', selector: 'time[datetime]', layer: 'attribute', attr: 'datetime' },
    { id: 'date-title', selector: 'span.g3[title]', layer: 'class', attr: 'title', since: '2025' },
    { id: 'titled-date', selector: '[title]', layer: 'heuristic', attr: 'title' },
  ],
} as const satisfies ProviderSelectors;

/**
 * Gmail ids encode their time: `#msg-f:<decimal>` and the legacy hex id are
 * the same number, and shifting it right by 20 bits gives epoch milliseconds.
 */
export function gmailMessageId(root: Element): { id: string; date?: string } | null {
  const perm = root.getAttribute('data-message-id')?.replace(/^#/, '');
  const legacy = root.getAttribute('data-legacy-message-id') ?? '';
  const dec = perm ? /^msg-f:(\d{1,20})$/.exec(perm)?.[1] : undefined;
  const n = dec ? BigInt(dec) : /^[0-9a-f]{1,16}$/i.test(legacy) ? BigInt(`0x${legacy}`) : null;
  if (n !== null) return { id: `msg-f:${n}`, date: isoIfPlausible(Number(n >> BigInt(20))) };
  return perm ? { id: perm } : null;
}

export const createGmailAdapter = (options?: ReadOptions) =>
  defineAdapter(
    {
      id: 'gmail',
      hosts: ['mail.google.com'],
      titleBrand: 'Gmail',
      selectors: GMAIL_SELECTORS,
      // Gmail's own markers for quoted text folded away inside the newest message.
      drop: '.adL, .im',
      messageId: gmailMessageId,
    },
    options,
  );

export const gmail = createGmailAdapter();
