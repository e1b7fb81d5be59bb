/**
 * Layered lookups: entries are tried in order (attribute, class, heuristic),
 * every candidate is checked for plausibility, and a failed check falls
 * through to the next candidate instead of returning something wrong.
 */
import { fieldText } from './text';
import type { IsVisible, SelectorEntry, SelectorList } from './types';

export interface Pick {
  value: string;
  /** The text or attribute value as read, before the check shaped it. */
  raw: string;
  el: Element;
  via: string;
}

export type Check = (raw: string, entry: SelectorEntry) => string | null;

export const EMAIL_RE = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/;
/** An address with the brackets around it, as in "Ana Ruiz <ana@example.org>". */
const BRACKETED_EMAIL = new RegExp(`[<(\\[]?\\s*${EMAIL_RE.source}\\s*[>)\\]]?`, 'g');

export const asEmail: Check = (raw) => EMAIL_RE.exec(raw)?.[0].toLowerCase() ?? null;

export const asSubject: Check = (raw) => {
  const s = raw.replace(/\s+/g, ' ').trim();
  return s.length > 0 && s.length < 500 ? s : null;
};

/** A display name: the text without any address in it; everything else stays literal. */
export const asName: Check = (raw) => {
  const s = raw
    .replace(BRACKETED_EMAIL, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'](.*)["']$/, '$1');
  return s.length > 0 && s.length <= 200 ? s : null;
};

const read = (el: Element, entry: SelectorEntry) =>
  entry.attr ? el.getAttribute(entry.attr) : fieldText(el);

function* hits(scope: Element, selector: string): Generator<Element> {
  if (scope.matches(selector)) yield scope;
  yield* scope.querySelectorAll(selector);
}

/**
 * First plausible value: entries in order, then scopes, then document order.
 * With `firstOnly`, a hook entry offers only its first match: in a header the
 * first address is the sender's, and the ones after it are recipients'.
 */
export function pickValue(
  scopes: readonly Element[],
  entries: SelectorList,
  check: Check,
  firstOnly = false,
): Pick | null {
  for (const entry of entries) {
    const onlyFirst = firstOnly && entry.layer !== 'heuristic';
    for (const scope of scopes) {
      let tried = false;
      for (const el of hits(scope, entry.selector)) {
        tried = true;
        const raw = read(el, entry);
        const value = raw == null ? null : check(raw, entry);
        if (value) return { value, raw: raw!, el, via: entry.id };
        if (onlyFirst) break;
      }
      if (onlyFirst && tried) break;
    }
  }
  return null;
}

const precedes = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0;

/** The plausible match nearest before `anchor` in document order (a thread's subject sits above its messages). */
export function pickBefore(
  doc: Document,
  entries: SelectorList,
  anchor: Element,
  check: Check,
  isShown: (el: Element) => boolean,
): Pick | null {
  for (const entry of entries) {
    const els = doc.querySelectorAll(entry.selector);
    for (let i = els.length - 1; i >= 0; i--) {
      const el = els[i];
      if (!precedes(el, anchor) || el.contains(anchor) || !isShown(el)) continue;
      const raw = read(el, entry);
      const value = raw == null ? null : check(raw, entry);
      if (value) return { value, raw: raw!, el, via: entry.id };
    }
  }
  return null;
}

/** Whether `el` and its ancestors up to (not including) `stop` are visible. */
export function isShownWithin(el: Element, stop: Node | null, isVisible: IsVisible): boolean {
  for (let n: Element | null = el; n && n !== stop; n = n.parentElement) {
    if (!isVisible(n)) return false;
  }
  return true;
}

export const joinSelectors = (entries: SelectorList) => entries.map((e) => e.selector).join(',');

/**
 * The parts of `root` that come before `body` in document order: a message's
 * header. Searching only these keeps a 5 MB body out of every header lookup.
 */
export function headerParts(body: Element, root: Element): Element[] {
  const parts: Element[] = [];
  for (let n: Element | null = body; n && n !== root; n = n.parentElement) {
    for (let s = n.previousElementSibling; s; s = s.previousElementSibling) parts.push(s);
  }
  return parts.reverse();
}

/** FNV-1a, twice with different seeds: 64 bits of a stable, dependency-free hash. */
export function hashKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
