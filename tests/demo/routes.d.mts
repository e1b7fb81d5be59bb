// Types for routes.mjs, so TypeScript tests and benchmarks can import the demo routing.
import type { BrowserContext } from 'playwright-core';

export type DemoProvider = 'gmail' | 'outlook' | 'yahoo';
export type DemoEmailKind =
  'rejection' | 'offer' | 'interview' | 'received' | 'newsletter' | 'reschedule';

export interface DemoSite {
  readonly provider: DemoProvider;
  /** e.g. 'https://mail.google.com' */
  readonly origin: string;
  /** The inbox address the demo opens on. */
  readonly startUrl: string;
  /** Paths under this prefix without a file extension get the app's HTML. */
  readonly basePath: string;
  /** Absolute path of the site's folder under tests/demo/mail. */
  readonly dir: string;
  /** Matches every inbox row while the list is shown. */
  readonly listRowSelector: string;
  /** Matches the open message's body once it has arrived. */
  readonly bodySelector: string;
}

export interface DemoEmail {
  readonly id: string;
  readonly kind: DemoEmailKind;
  /** ISO 8601, UTC. */
  readonly date: string;
  /** Gmail's decimal id: '#msg-f:' + messageId; BigInt(messageId) >> 20n is the date. */
  readonly messageId: string;
  /** The same number in hex (Gmail's data-legacy-message-id). */
  readonly legacyId: string;
  readonly outlook: { readonly itemId: string; readonly convId: string };
  readonly yahoo: { readonly messageId: string };
  readonly from: { readonly name: string; readonly email: string };
  readonly subject: string;
  /** Set for non-English emails. */
  readonly lang?: string;
  /** Whether the row starts unread in the demo list. */
  readonly unread: boolean;
  /** Trusted demo HTML: paragraphs, and for some a .gmail_signature or .gmail_quote block. */
  readonly body: string;
}

export interface DemoResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

export const DEMO_SITES: readonly DemoSite[];
export const DEMO_EMAILS: readonly DemoEmail[];
export const DEMO_ACCOUNT: { readonly name: string; readonly email: string };
export function demoSiteFor(url: string): DemoSite | undefined;
export function resolveDemoRequest(url: string): DemoResponse | null;
export function routeDemoPlaywright(context: BrowserContext): Promise<void>;
export function demoMessageUrl(provider: DemoProvider, emailId: string): string;
