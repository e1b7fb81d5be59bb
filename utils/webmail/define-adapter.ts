/**
 * The reading steps every provider shares. A provider file supplies only its
 * selectors (data) and, where it has one, how its message id reads; this file
 * finds the open body, its header, the subject, and checks each value.
 */
import { parseDisplayedDate, reconcileDates } from './dates';
import {
  EMAIL_RE,
  asEmail,
  asName,
  asSubject,
  hashKey,
  headerParts,
  isShownWithin,
  joinSelectors,
  pickBefore,
  pickValue,
  type Check,
  type Pick,
} from './pick';
import { attributeVisibility, bodyText, cutQuotedTail, fieldText, largestBlock } from './text';
import type {
  OpenMessage,
  ProviderId,
  ProviderSelectors,
  ReadOptions,
  SelectorList,
  WebmailAdapter,
} from './types';

export const MAX_BODY_CHARS = 200_000;
/** A body this short is still loading (or is not a message). */
const MIN_BODY_CHARS = 20;

/** Quoted history, signatures and our own notice, whichever client wrote them. Substring class
 * matches catch the prefixes webmails add to email classes (x_gmail_quote, yiv123gmail_quote). */
const COMMON_DROP = [
  'blockquote',
  '[class*="gmail_quote"]',
  '[class*="gmail_signature"]',
  '[data-smartmail="gmail_signature"]',
  '[class*="yahoo_quoted"]',
  '[class*="protonmail_quote"]',
  '[class*="protonmail_signature"]',
  '[id="Signature"]',
  '[id="x_Signature"]',
  '[data-rebound-notice]',
].join(',');
/** Outlook's reply/forward header: the new message ends where it starts. */
const COMMON_STOP = '[id$="divRplyFwdMsg"]';

export interface ProviderSpec {
  id: ProviderId;
  hosts: readonly string[];
  /** The brand the page title ends with ("Gmail"), as a regex source. */
  titleBrand: string;
  selectors: ProviderSelectors;
  /** Provider interface bits that sit inside the body (Gmail's collapsed quote markers). */
  drop?: string;
  /** The provider's own id for the message, and the time it encodes if it does. */
  messageId?(root: Element): { id: string; date?: string } | null;
}

interface Located {
  scope: Element;
  /** Set when the body was found inside it. */
  pane?: Element;
  paneVia?: string;
  body: Element;
  bodyVia: string;
  /** Known when the body was found by a heuristic inside a message. */
  root?: Element;
  /** The body's text, when it was asked for. */
  text: string;
}

const frameBody = (el: Element): Element | null => {
  if (el.localName !== 'iframe') return el;
  try {
    return (el as HTMLIFrameElement).contentDocument?.body ?? null;
  } catch {
    return null; // cross-origin: not ours to read
  }
};

export function defineAdapter(spec: ProviderSpec, options: ReadOptions = {}): WebmailAdapter {
  const S = spec.selectors;
  const isVisible = options.isVisible ?? attributeVisibility;
  const textOptions = {
    drop: spec.drop ? `${COMMON_DROP},${spec.drop}` : COMMON_DROP,
    stop: COMMON_STOP,
    max: options.maxBodyChars ?? MAX_BODY_CHARS,
    isVisible,
  };
  const collapsed = joinSelectors(S.collapsed);
  const senderHooks = joinSelectors(S.senderEmail.filter((e) => e.selector !== '*'));
  const frameEntries = S.body.filter((e) => /\biframe\b/.test(e.selector));
  const roots = S.watchRoot ?? [];
  const brand = new RegExp(`\\s+[-–—|]\\s+(?:${spec.titleBrand})\\s*$`, 'i');
  const trailingAddress = /\s+[-–—|]\s+\S+@\S+\s*$/;
  const subjectCheck: Check = (raw, entry) =>
    asSubject(
      entry.selector === 'head > title'
        ? raw
            .replace(brand, '')
            .replace(trailingAddress, '')
            .replace(/^\(\d+\)\s*/, '')
        : raw,
      entry,
    );

  const firstShown = (doc: Document, entries: SelectorList) => {
    for (const entry of entries) {
      for (const el of doc.querySelectorAll(entry.selector)) {
        if (isShownWithin(el, null, isVisible)) return { el, via: entry.id };
      }
    }
    return null;
  };

  /** Shown, not inside a collapsed message, and not nested in another match. */
  const lastOpen = (scope: Element, selector: string): Element | null => {
    const found = [...scope.querySelectorAll(selector)].filter((el) => {
      const c = collapsed ? el.closest(collapsed) : null;
      return !(c && c !== scope && scope.contains(c)) && isShownWithin(el, scope, isVisible);
    });
    const last = found[found.length - 1];
    return last ? (found.find((el) => el !== last && el.contains(last)) ?? last) : null;
  };

  /** The text of a body candidate, or null while it is too short to be a message. */
  const readBody = (el: Element): string | null => {
    const source = frameBody(el);
    const text = source ? cutQuotedTail(bodyText(source, textOptions)) : '';
    return text.length > MIN_BODY_CHARS ? text : null;
  };

  /**
   * Body entries in order. With `withText`, a match without enough text falls
   * through to the next entry; when every structural match is empty the
   * message is still loading, and the heuristic is not tried (it would read a
   * header or a placeholder instead).
   */
  const locateIn = (scope: Element, withText: boolean): Located | null => {
    let loading = false;
    for (const entry of S.body) {
      const found = lastOpen(scope, entry.selector);
      if (!found) continue;
      if (entry.layer !== 'heuristic') {
        const text = withText ? readBody(found) : '';
        if (text !== null) return { scope, body: found, bodyVia: entry.id, text };
        loading = true;
      } else if (!loading) {
        const block = largestBlock(found, textOptions, senderHooks);
        const text = block && withText ? readBody(block) : '';
        if (block && text !== null)
          return { scope, body: block, bodyVia: entry.id, root: found, text };
      }
    }
    return null;
  };

  /** The open body, searched in the reading pane first, then (a stale or wrong pane) the page. */
  const locate = (doc: Document, withText: boolean): Located | null => {
    const pane = firstShown(doc, S.pane);
    const inPane = pane && locateIn(pane.el, withText);
    if (inPane) return { ...inPane, pane: pane.el, paneVia: pane.via };
    return doc.body ? locateIn(doc.body, withText) : null;
  };

  /** The message around a body: a known hook, else the nearest ancestor whose part before the body names a sender. */
  const messageRoot = (body: Element, scope: Element): Element => {
    for (const entry of S.message) {
      const root = body.closest(entry.selector);
      if (root && scope.contains(root)) return root;
    }
    for (
      let n = body, a = body.parentElement;
      a && a !== scope.parentElement;
      n = a, a = a.parentElement
    ) {
      for (let s = n.previousElementSibling; s; s = s.previousElementSibling) {
        const hooked = senderHooks && (s.matches(senderHooks) || s.querySelector(senderHooks));
        if (hooked || EMAIL_RE.test(fieldText(s))) {
          return a;
        }
      }
    }
    return scope;
  };

  const findOpenMessage = (doc: Document): OpenMessage | null => {
    const at = locate(doc, true);
    if (!at) return null;
    const body = at.text;

    const root = at.root ?? messageRoot(at.body, at.scope);
    const header = headerParts(at.body, root);
    const email = pickValue(header, S.senderEmail, asEmail, true);
    const name = pickValue(header, S.senderName, asName, true) ?? nameBeside(email);
    const subject = pickBefore(doc, S.subject, at.body, subjectCheck, (el) =>
      isShownWithin(el, null, isVisible),
    );
    const lang = doc.documentElement.getAttribute('lang')?.trim();
    const shown = pickValue(header, S.date, (raw) => parseDisplayedDate(raw, lang) ?? null);
    const own = spec.messageId?.(root) ?? null;
    const subjectText = subject?.value ?? '';
    const address = email?.value ?? '';
    const key = own
      ? `${spec.id}:${own.id}`
      : `${spec.id}:h${hashKey([subjectText, address, shown?.raw ?? body.slice(0, 200)].join('|'))}`;
    return {
      provider: spec.id,
      key,
      subject: subjectText,
      from: { name: name?.value ?? '', email: address },
      date: reconcileDates(own?.date, shown?.value),
      body,
      ...(lang ? { lang } : {}),
      matched: Object.fromEntries(
        Object.entries({
          pane: at.paneVia,
          body: at.bodyVia,
          subject: subject?.via,
          email: email?.via,
          name: name?.via,
          date: shown?.via ?? (own?.date ? 'message-id' : undefined),
        }).filter(([, via]) => via),
      ),
    };
  };

  return {
    id: spec.id,
    matches: (url) => url.protocol === 'https:' && spec.hosts.includes(url.hostname),
    findOpenMessage,
    findNoticeAnchor: (doc) => locate(doc, true)?.body ?? null,
    // Only a pane known to hold the open message narrows the watcher: with
    // nothing open, a message may appear anywhere.
    findReadingPane: (doc) => locate(doc, false)?.pane ?? null,
    ...(roots.length
      ? { findWatchRoot: (doc: Document) => firstShown(doc, roots)?.el ?? null }
      : {}),
    ...(frameEntries.length
      ? {
          findFrames: (doc: Document) =>
            [...doc.querySelectorAll(joinSelectors(frameEntries))].filter(
              (el): el is HTMLIFrameElement => el.localName === 'iframe',
            ),
        }
      : {}),
  };
}

/** A name from the short element that held the address ("Ana Ruiz <ana@…>"). */
function nameBeside(email: Pick | null): Pick | null {
  if (!email) return null;
  const text = fieldText(email.el, 200);
  const value =
    text.length < 120 ? asName(text, { id: '', selector: '', layer: 'heuristic' }) : null;
  return value ? { value, raw: text, el: email.el, via: `${email.via}:text` } : null;
}
