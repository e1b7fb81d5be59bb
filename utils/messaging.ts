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
  /** The newest message's text: the background's detector reads it, and the person may keep it. */
  body: string;
  /** The page's UI language (primary tag), a hint for the detector. */
  lang?: string;
}

/**
 * Messages a content script sends. It reports what it read; the verdict is the
 * background's own, so a page can never hand Rebound a detection.
 */
export type ContentMessage =
  | { type: 'message-opened'; message: MessageSummary }
  | { type: 'message-closed' }
  | { type: 'open-assistant' };

/** The background's answer to 'message-opened': its verdict, for the in-page notice. */
export type MessageOpenedReply = Detection | null;

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
  /** What the log keeps of the detector's evidence, and of a detected company or role. */
  quote: 1000,
  evidence: 40,
  field: 500,
} as const;

export const tabStateKey = (tabId: number) => `tab:${tabId}`;
