/**
 * Outlook on the web, personal and work (WEBMAIL.md §2). Its classes are
 * hashed per build, so the layers are ids and roles first, then the one
 * readable body class, then the page title and address patterns.
 */
import { defineAdapter } from './define-adapter';
import type { ProviderSelectors, ReadOptions } from './types';

export const OUTLOOK_HOSTS = [
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
] as const;

export const OUTLOOK_SELECTORS = {
  pane: [
    { id: 'reading-pane', selector: '#ReadingPaneContainerId', layer: 'attribute' },
    {
      id: 'conversation',
      selector: '[data-app-section="ConversationContainer"]',
      layer: 'attribute',
    },
    { id: 'read-compose', selector: '[data-app-section="MailReadCompose"]', layer: 'attribute' },
    { id: 'main', selector: '[role="main"]', layer: 'heuristic' },
  ],
  // The reading pane container stays while the conversation in it is re-rendered;
  // the message list beside it (outside) changes on every new mail and hover.
  watchRoot: [
    { id: 'reading-pane', selector: '#ReadingPaneContainerId', layer: 'attribute' },
    {
      id: 'conversation-parent',
      selector: ':has(> [data-app-section="ConversationContainer"])',
      layer: 'attribute',
    },
    { id: 'main', selector: '[role="main"]', layer: 'heuristic' },
  ],
  body: [
    {
      id: 'unique-body',
      selector: '[role="document"][id^="UniqueMessageBody"]',
      layer: 'attribute',
    },
    { id: 'unique-body-id', selector: '[id^="UniqueMessageBody"]', layer: 'attribute' },
    { id: 'selectable-body', selector: 'div.allowTextSelection', layer: 'class' },
  ],
  // No stable hook marks one message of a conversation; its header is found
  // as the nearest block before the body that names a sender.
  message: [],
  collapsed: [{ id: 'collapsed-item', selector: '[aria-expanded="false"]', layer: 'attribute' }],
  subject: [
    { id: 'subject-id', selector: '[id$="_SUBJECT"]', layer: 'attribute', since: '2026-02' },
    { id: 'heading', selector: '[role="heading"]', layer: 'attribute' },
    { id: 'page-title', selector: 'head > title', layer: 'heuristic' },
  ],
  senderEmail: [
    {
      id: 'from-titled',
      selector: '[id$="_FROM"] [title*="@"]',
      layer: 'attribute',
      attr: 'title',
    },
    { id: 'from-text', selector: '[id$="_FROM"]', layer: 'attribute' },
    { id: 'titled-address', selector: '[title*="@"]', layer: 'attribute', attr: 'title' },
    { id: 'header-text', selector: '*', layer: 'heuristic' },
  ],
  senderName: [
    { id: 'from-name', selector: '[id$="_FROM"] [title*="@"]', layer: 'attribute' },
    { id: 'titled-name', selector: '[title*="@"]', layer: 'heuristic' },
  ],
  date: [
    {
      id: 'sent-time-title',
      selector: '[data-testid="SentReceivedSavedTime"][title]',
      layer: 'attribute',
      attr: 'title',
    },
    { id: 'sent-time', selector: '[data-testid="SentReceivedSavedTime"]', layer: 'attribute' },
    { id: 'time', selector: 'time[datetime]', layer: 'attribute', attr: 'datetime' },
    { id: 'titled-date', selector: '[title]', layer: 'heuristic', attr: 'title' },
  ],
} as const satisfies ProviderSelectors;

export const createOutlookAdapter = (options?: ReadOptions) =>
  defineAdapter(
    { id: 'outlook', hosts: OUTLOOK_HOSTS, titleBrand: 'Outlook', selectors: OUTLOOK_SELECTORS },
    options,
  );

export const outlook = createOutlookAdapter();
