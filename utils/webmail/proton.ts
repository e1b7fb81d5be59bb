/**
 * Proton Mail (mail.proton.me, WEBMAIL.md §4). Test ids come from Proton's
 * open-source web client; they get renamed with suffixes, so prefix matches
 * are used. The body is a same-origin iframe, read from the top frame.
 */
import { defineAdapter } from './define-adapter';
import type { ProviderSelectors, ReadOptions } from './types';

export const PROTON_SELECTORS = {
  pane: [
    { id: 'detail-column', selector: '.view-column-detail', layer: 'class' },
    { id: 'main', selector: 'main, [role="main"]', layer: 'heuristic' },
  ],
  // The detail column holds every open conversation; main (with the list) when it is missing.
  watchRoot: [
    { id: 'detail-column', selector: '.view-column-detail', layer: 'class' },
    { id: 'main', selector: 'main, [role="main"]', layer: 'heuristic' },
  ],
  body: [
    { id: 'content-iframe', selector: 'iframe[data-testid="content-iframe"]', layer: 'attribute' },
    { id: 'content-body', selector: '[data-testid="message-content:body"]', layer: 'attribute' },
    { id: 'message-iframe', selector: 'article.message-container iframe', layer: 'class' },
    { id: 'largest-block', selector: 'article.message-container', layer: 'heuristic' },
  ],
  message: [
    { id: 'message-view', selector: '[data-testid^="message-view"]', layer: 'attribute' },
    {
      id: 'shortcut-target',
      selector: '[data-shortcut-target="message-container"]',
      layer: 'attribute',
    },
    { id: 'message-container', selector: 'article.message-container', layer: 'class' },
  ],
  collapsed: [{ id: 'collapsed', selector: '[data-expanded="false"]', layer: 'attribute' }],
  subject: [
    {
      id: 'subject-title',
      selector: '[data-testid="conversation-header:subject"][title]',
      layer: 'attribute',
      attr: 'title',
    },
    { id: 'subject', selector: '[data-testid="conversation-header:subject"]', layer: 'attribute' },
    {
      id: 'summary-title',
      selector: 'h1.message-conversation-summary-header[title]',
      layer: 'class',
      attr: 'title',
    },
    { id: 'page-title', selector: 'head > title', layer: 'heuristic' },
  ],
  senderEmail: [
    {
      id: 'sender-address',
      selector: '[data-testid="recipients:sender"] [data-testid="recipient-address"]',
      layer: 'attribute',
    },
    { id: 'recipient-address', selector: '[data-testid="recipient-address"]', layer: 'attribute' },
    { id: 'address', selector: '.message-recipient-item-address', layer: 'class' },
    { id: 'titled-address', selector: '[title*="@"]', layer: 'heuristic', attr: 'title' },
    { id: 'header-text', selector: '*', layer: 'heuristic' },
  ],
  senderName: [
    {
      id: 'sender-label',
      selector: '[data-testid="recipients:sender"] [data-testid="recipient-label"]',
      layer: 'attribute',
    },
    { id: 'label', selector: '.message-recipient-item-label', layer: 'class' },
    { id: 'titled-name', selector: '[title*="@"]', layer: 'heuristic' },
  ],
  date: [
    {
      id: 'item-date',
      selector: '[data-testid^="item-date"][datetime]',
      layer: 'attribute',
      attr: 'datetime',
    },
    { id: 'time', selector: 'time[datetime]', layer: 'attribute', attr: 'datetime' },
    { id: 'titled-date', selector: '[title]', layer: 'heuristic', attr: 'title' },
  ],
} as const satisfies ProviderSelectors;

export function protonMessageId(root: Element): { id: string } | null {
  const id = root.getAttribute('data-message-id');
  return id && /^[\w=-]{8,200}$/.test(id) ? { id } : null;
}

export const createProtonAdapter = (options?: ReadOptions) =>
  defineAdapter(
    {
      id: 'proton',
      hosts: ['mail.proton.me'],
      titleBrand: 'Proton Mail',
      selectors: PROTON_SELECTORS,
      messageId: protonMessageId,
    },
    options,
  );

export const proton = createProtonAdapter();
