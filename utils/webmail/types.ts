/** The contract every webmail adapter keeps. DOM only: no `browser`, no storage. */
export type ProviderId = 'gmail' | 'outlook' | 'yahoo' | 'proton' | 'fastmail';

export interface OpenMessage {
  provider: ProviderId;
  /** Stable for one message across reloads: the provider's id where it has one. */
  key: string;
  subject: string;
  from: { name: string; email: string };
  /** ISO 8601, or undefined when the page gives no reliable date. */
  date?: string;
  /** Text of the newest message only: no quoted history, no signature. */
  body: string;
  /** The UI language of the page, when it says. */
  lang?: string;
}

export interface WebmailAdapter {
  id: ProviderId;
  /** Whether this adapter serves the page at this address. */
  matches(url: URL): boolean;
  /** The message open in the reading view, or null when none is (yet) readable. */
  findOpenMessage(doc: Document): OpenMessage | null;
  /** The element the in-page notice is placed before (the open message's body). */
  findNoticeAnchor(doc: Document): Element | null;
}
