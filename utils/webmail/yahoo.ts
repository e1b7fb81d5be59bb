/**
 * Yahoo Mail (mail.yahoo.com, WEBMAIL.md §3). Yahoo ships `data-test-id`
 * hooks for its own QA; its classes are generated, except the body's.
 */
import { defineAdapter } from './define-adapter';
import type { ProviderSelectors, ReadOptions } from './types';

export const YAHOO_SELECTORS = {
  pane: [
    { id: 'reader', selector: '[data-test-id="mail-reader"]', layer: 'attribute' },
    {
      id: 'thread-scroller',
      selector: '[data-test-id="message-group-view-scroller"]',
      layer: 'attribute',
    },
    { id: 'main', selector: '[role="main"]', layer: 'heuristic' },
  ],
  // The reader and the list take turns inside the app's main region, which stays.
  watchRoot: [
    { id: 'main', selector: '[role="main"]', layer: 'attribute' },
    { id: 'main-element', selector: 'main', layer: 'heuristic' },
  ],
  body: [
    {
      id: 'body-content',
      selector: '[data-test-id="message-view-body-content"]',
      layer: 'attribute',
      since: '2025',
    },
    {
      id: 'body',
      selector: '[data-test-id="message-view-body"]',
      layer: 'attribute',
      since: '2025',
    },
    { id: 'msg-body', selector: 'div.msg-body', layer: 'class' },
    { id: 'largest-block', selector: '[data-test-id="message-view"]', layer: 'heuristic' },
  ],
  message: [{ id: 'message-view', selector: '[data-test-id="message-view"]', layer: 'attribute' }],
  collapsed: [{ id: 'collapsed-item', selector: '[aria-expanded="false"]', layer: 'attribute' }],
  subject: [
    {
      id: 'thread-subject',
      selector: '[data-test-id="message-group-subject-text"]',
      layer: 'attribute',
      since: '2025',
    },
    { id: 'page-title', selector: 'head > title', layer: 'heuristic' },
  ],
  senderEmail: [
    {
      id: 'from-email-attr',
      selector: '[data-test-id="message-from"] [data-email]',
      layer: 'attribute',
      attr: 'data-email',
    },
    {
      id: 'from-titled',
      selector: '[data-test-id="message-from"] [title*="@"]',
      layer: 'attribute',
      attr: 'title',
    },
    { id: 'from-text', selector: '[data-test-id="message-from"]', layer: 'attribute' },
    { id: 'titled-address', selector: '[title*="@"]', layer: 'heuristic', attr: 'title' },
    { id: 'header-text', selector: '*', layer: 'heuristic' },
  ],
  senderName: [
    {
      id: 'pill-name',
      selector: '[data-test-id="message-from"] [data-test-id="email-pill"] > span > span',
      layer: 'attribute',
      since: '2025',
    },
    { id: 'from-name', selector: '[data-test-id="message-from"]', layer: 'attribute' },
    { id: 'titled-name', selector: '[title*="@"]', layer: 'heuristic' },
  ],
  date: [
    {
      id: 'date-title',
      selector: '[data-test-id="message-date"][title]',
      layer: 'attribute',
      attr: 'title',
    },
    { id: 'date', selector: '[data-test-id="message-date"]', layer: 'attribute' },
    { id: 'time', selector: 'time[datetime]', layer: 'attribute', attr: 'datetime' },
    { id: 'titled-date', selector: '[title]', layer: 'heuristic', attr: 'title' },
  ],
} as const satisfies ProviderSelectors;

export const createYahooAdapter = (options?: ReadOptions) =>
  defineAdapter(
    {
      id: 'yahoo',
      hosts: ['mail.yahoo.com'],
      titleBrand: 'Yahoo Mail|Yahoo',
      selectors: YAHOO_SELECTORS,
    },
    options,
  );

export const yahoo = createYahooAdapter();
