/**
 * Plain text from webmail DOM. Built on textContent-style walks rather than
 * innerText, so it behaves the same in a test DOM (no layout) and in the page,
 * and it never turns email content into markup.
 */
import type { IsVisible } from './types';

/** Elements that start and end a line of text. */
const BLOCK = new Set(
  (
    'address article aside blockquote body center dd div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody tfoot thead tr ul'
  ).split(' '),
);
/** Elements whose content is never text worth reading. */
const NOT_TEXT = new Set('script style noscript template svg'.split(' '));
/** ...and, inside a message body, interface controls too. */
const SKIP = new Set([...NOT_TEXT, 'head', 'title', 'button', 'select', 'object']);

/** Hidden by attribute or inline style; the page can inject a layout-aware test. */
export const attributeVisibility: IsVisible = (el) =>
  !el.hasAttribute('hidden') &&
  el.getAttribute('aria-hidden') !== 'true' &&
  !/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '');

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[ \t\f\v\r\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Collapses runs of spaces, trims every line, keeps at most one blank line. */
export function normaliseText(text: string): string {
  return text
    .replace(ZERO_WIDTH, '')
    .replace(SPACES, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Short text of a header field (subject, name): one line, capped, no script text. */
export function fieldText(el: Element, max = 2000): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length && out.length < max) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out += (node as Text).data;
    else if (node.nodeType === 1 && !NOT_TEXT.has((node as Element).localName)) {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out.slice(0, max).replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

export interface BodyTextOptions {
  /** Subtrees left out (quoted history, signatures, UI bits inside the body). */
  drop: string;
  /** An element where the new message ends: it and everything after it go. */
  stop?: string;
  max: number;
  isVisible: IsVisible;
}

const LINE_END = 0;
const PARAGRAPH_END = 1;
const CELL_END = 2;
type Marker = typeof LINE_END | typeof PARAGRAPH_END | typeof CELL_END;

/** Block-aware text of a message body, capped at `opts.max` characters. */
export function bodyText(root: Element, opts: BodyTextOptions): string {
  const parts: string[] = [];
  let length = 0;
  let last = '\n';
  const add = (s: string) => {
    const piece = s.length > opts.max - length ? s.slice(0, opts.max - length) : s;
    if (!piece) return;
    parts.push(piece);
    length += piece.length;
    last = piece[piece.length - 1];
  };
  /** Adjacent blocks share one line break; only <br> and paragraphs add blank lines. */
  const newline = () => last !== '\n' && add('\n');
  const stack: (Node | Marker)[] = [root];
  while (stack.length && length < opts.max) {
    const item = stack.pop()!;
    if (item === LINE_END) newline();
    else if (item === PARAGRAPH_END) {
      newline();
      add('\n');
    } else if (item === CELL_END) add(' ');
    else if (item.nodeType === 3) {
      const parent = item.parentElement?.localName;
      const data = (item as Text).data;
      if (parent === 'pre' || parent === 'textarea') add(data);
      else {
        const text = data.replace(/\s+/g, ' ');
        if (text !== ' ' || (last !== '\n' && last !== ' ')) add(text);
      }
    } else if (item.nodeType === 1) {
      const el = item as Element;
      const tag = el.localName;
      if (el !== root) {
        if (opts.stop && el.matches(opts.stop)) break;
        if (SKIP.has(tag) || !opts.isVisible(el) || el.matches(opts.drop)) continue;
      }
      if (tag === 'br') {
        add('\n');
        continue;
      }
      if (BLOCK.has(tag)) {
        newline();
        stack.push(tag === 'p' ? PARAGRAPH_END : LINE_END);
      } else if (tag === 'td' || tag === 'th') stack.push(CELL_END);
      for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return normaliseText(parts.join(''));
}

/**
 * Where quoted history or a signature starts in plain text. Reply headers are
 * written by the sender's mail client in the languages the detector reads;
 * they are email content, not the webmail's interface.
 */
const QUOTE_TAILS: readonly RegExp[] = [
  // "On Mon, 15 Sep 2025, Ana <a@b.c> wrote:" (may wrap onto a second line)
  /^(?:On|Am|Le|El|Op)\s[^\n]{0,300}(?:\n[^\n]{0,300})?(?:wrote|schrieb|a écrit|escribió|schreef)(?:\s[^\n]{0,200})?\s?:[ \t]*$/im,
  /^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Oorspronkelijk bericht)\s*-{2,}/im,
  // Outlook's plain-text reply separator, and the usenet signature delimiter
  /^_{10,}[ \t]*$/m,
  /^--[ \t]?$/m,
];

/** Cuts the first quoted-history or signature tail, if any text stands before it. */
export function cutQuotedTail(text: string): string {
  let end = text.length;
  for (const re of QUOTE_TAILS) {
    const m = re.exec(text);
    if (m && m.index > 0 && m.index < end) end = m.index;
  }
  return end === text.length ? text : text.slice(0, end).trimEnd();
}

/**
 * The element holding the most text of its own: text is credited to its
 * nearest block, and half of it to that block's parent, so a run of short
 * paragraphs lifts their container above any single one of them. Blocks that
 * hold an `exclude` match (a message header naming its sender) never win.
 */
export function largestBlock(
  root: Element,
  opts: BodyTextOptions,
  exclude: string,
  budget = 20_000,
): Element | null {
  const score = new Map<Element, number>();
  const credit = (el: Element | null, n: number) => el && score.set(el, (score.get(el) ?? 0) + n);
  const stack: [Node, Element][] = [[root, root]];
  let seen = 0;
  while (stack.length && seen++ < budget) {
    const [node, block] = stack.pop()!;
    if (node.nodeType === 3) {
      const n = (node as Text).data.trim().length;
      if (n) {
        credit(block, n);
        if (block !== root) credit(block.parentElement, n / 2);
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root) {
      if (opts.stop && el.matches(opts.stop)) break;
      if (SKIP.has(el.localName) || !opts.isVisible(el) || el.matches(opts.drop)) continue;
    }
    const next = BLOCK.has(el.localName) || el.localName === 'td' ? el : block;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, next]);
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const fine = (el: Element) => !exclude || !(el.matches(exclude) || el.querySelector(exclude));
  return ranked.find(([el]) => fine(el))?.[0] ?? null;
}
