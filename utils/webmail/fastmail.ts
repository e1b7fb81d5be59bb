/**
 * Fastmail (app.fastmail.com, WEBMAIL.md §5). Its Overture views carry
 * readable `v-*` class names, which are the stable layer here; messages have
 * no id in the page, so the key is a hash.
 */
import { defineAdapter } from './define-adapter';
import type { ProviderSelectors, ReadOptions } from './types';

export const FASTMAIL_SELECTORS = {
  pane: [
    { id: 'conversation', selector: '#conversation', layer: 'attribute' },
    { id: 'thread', selector: '.v-Thread', layer: 'class' },
  ],
  // The content column swaps a thread for the empty state and back; it stays.
  watchRoot: [
    { id: 'conversation-parent', selector: ':has(> #conversation)', layer: 'attribute' },
    { id: 'content-column', selector: '.app-content', layer: 'class' },
  ],
  body: [
    { id: 'message-body', selector: '.v-Message-body', layer: 'class', since: '2026-06' },
    { id: 'article', selector: '.v-Message .u-article', layer: 'class', since: '2026-06' },
    { id: 'largest-block', selector: '.v-MessageCard', layer: 'heuristic' },
  ],
  message: [{ id: 'message-card', selector: '.v-MessageCard', layer: 'class', since: '2026-06' }],
  collapsed: [
    {
      id: 'collapsed-card',
      selector: '.v-MessageCard.is-collapsed',
      layer: 'class',
      since: '2026-06',
    },
  ],
  subject: [
    { id: 'thread-title', selector: '.v-Thread-title h1', layer: 'class' },
    { id: 'message-subject', selector: '.v-Message-subject', layer: 'class' },
    { id: 'page-title', selector: 'head > title', layer: 'heuristic' },
  ],
  senderEmail: [
    {
      id: 'from-title',
      selector: '.v-MessageCard-from[title*="@"]',
      layer: 'class',
      attr: 'title',
      since: '2026-06',
    },
    { id: 'unknown-sender', selector: '.v-MessageCard-unknownSender', layer: 'class' },
    { id: 'titled-address', selector: '[title*="@"]', layer: 'heuristic', attr: 'title' },
    { id: 'header-text', selector: '*', layer: 'heuristic' },
  ],
  senderName: [
    { id: 'from', selector: '.v-MessageCard-from', layer: 'class', since: '2026-06' },
    { id: 'titled-name', selector: '[title*="@"]', layer: 'heuristic' },
  ],
  date: [
    { id: 'time', selector: 'time[datetime]', layer: 'attribute', attr: 'datetime' },
    {
      id: 'card-time',
      selector: '.v-MessageCard-time[title]',
      layer: 'class',
      attr: 'title',
      since: '2026-06',
    },
    { id: 'titled-date', selector: '[title]', layer: 'heuristic', attr: 'title' },
  ],
} as const satisfies ProviderSelectors;

export const createFastmailAdapter = (options?: ReadOptions) =>
  defineAdapter(
    {
      id: 'fastmail',
      hosts: ['app.fastmail.com'],
      titleBrand: 'Fastmail',
      selectors: FASTMAIL_SELECTORS,
    },
    options,
  );

export const fastmail = createFastmailAdapter();
