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
  /**
   * Which selector entry (its `id`) each field came from. Kept for drift
   * diagnostics only: a field read by a fallback layer means the provider
   * changed something. Never sent anywhere.
   */
  matched?: Partial<Record<MessageField, string>>;
}

export type MessageField = 'pane' | 'body' | 'subject' | 'email' | 'name' | 'date';

export interface WebmailAdapter {
  id: ProviderId;
  /** Whether this adapter serves the page at this address. */
  matches(url: URL): boolean;
  /** The message open in the reading view, or null when none is (yet) readable. */
  findOpenMessage(doc: Document): OpenMessage | null;
  /** The element the in-page notice is placed before (the open message's body). */
  findNoticeAnchor(doc: Document): Element | null;
  /**
   * The container the reading view lives in, when known. The watcher ignores
   * page changes outside it while it stays in the document.
   */
  findReadingPane?(doc: Document): Element | null;
  /** Same-origin frames holding message bodies, which the watcher also observes. */
  findFrames?(doc: Document): HTMLIFrameElement[];
  /**
   * The smallest app container that holds the reading view and outlives a
   * route change. The watcher observes only it, because the browser records
   * every change an observer's subtree sees and the rest of a webmail (nav,
   * counters, list) changes all the time. Null while none is in the page.
   */
  findWatchRoot?(doc: Document): Element | null;
}

/**
 * Selector layers, most stable first: (a) data/test-id attributes and roles,
 * (b) the provider's own classes, (c) text heuristics.
 */
export type SelectorLayer = 'attribute' | 'class' | 'heuristic';

export interface SelectorEntry {
  /** Names the role of the entry; reported in `OpenMessage.matched`. */
  id: string;
  selector: string;
  layer: SelectorLayer;
  /** When real pages were last seen using it, per WEBMAIL.md; absent when undated. */
  since?: string;
  /** Read this attribute instead of the element's text. */
  attr?: string;
}

export type SelectorList = readonly SelectorEntry[];

/** Every selector an adapter uses, per field, in the order they are tried. */
export interface ProviderSelectors {
  /** The reading view's container; optional, narrows the search and the watcher. */
  pane: SelectorList;
  /** What the watcher observes: an ancestor of every pane, kept across route changes. */
  watchRoot?: SelectorList;
  /** The open message's body (an iframe is read through its same-origin document). */
  body: SelectorList;
  /** One message of a thread: its header and body. Optional where the markup has no hook. */
  message: SelectorList;
  /** A collapsed message, whose body is not the one being read. */
  collapsed: SelectorList;
  /** The subject; of several, the nearest one before the open body is taken. */
  subject: SelectorList;
  senderEmail: SelectorList;
  senderName: SelectorList;
  date: SelectorList;
}

/** Visibility test, injectable because test DOMs have no layout. */
export type IsVisible = (el: Element) => boolean;

export interface ReadOptions {
  isVisible?: IsVisible;
  /** Upper bound on body text, so a 5 MB message costs bounded work. */
  maxBodyChars?: number;
}
