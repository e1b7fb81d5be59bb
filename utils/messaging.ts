/**
 * The one protocol between the content script, the background and the pages.
 * Every message type is declared here; nothing else invents one.
 */
import type { Detection } from './detector/types';
import type { ProviderId } from './webmail/types';

/** What the background keeps of an open message: enough to show, save and link back. */
export interface MessageSummary {
  provider: ProviderId;
  key: string;
  url: string;
  subject: string;
  from: { name: string; email: string };
  date?: string;
  /** Kept only so the person can choose to save the full text; capped in size. */
  body: string;
}

export type ContentMessage =
  | { type: 'message-opened'; message: MessageSummary; detection: Detection }
  | { type: 'message-closed' }
  | { type: 'open-assistant' };

export interface TabState {
  tabId: number;
  message: MessageSummary;
  detection: Detection;
  seenAt: number;
}

/** Size limits the background enforces on anything a page sends it. */
export const LIMITS = {
  key: 512,
  url: 4096,
  subject: 2000,
  name: 500,
  email: 320,
  body: 100_000,
  quote: 1000,
  evidence: 40,
  field: 500,
} as const;

export const tabStateKey = (tabId: number) => `tab:${tabId}`;
