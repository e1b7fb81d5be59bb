/**
 * The in-page notice: a calm strip placed just above a detected rejection.
 * It lives in a Shadow DOM so the webmail's styles and ours never mix,
 * and every email-derived word goes in as text.
 */
import type { Detection } from '@/utils/detector/types';

export const NOTICE_ATTR = 'data-rebound-notice';

const CSS = `
:host { all: initial; display: block; margin: 8px 0 12px; }
.strip { display: flex; align-items: center; gap: 12px; padding: 10px 14px; border-radius: 10px;
  background: #fdf6ec; border: 1px solid #f1dcc0; color: #3b2f25;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.text { flex: 1; min-width: 0; }
.title { font-weight: 600; }
button { font: inherit; cursor: pointer; border-radius: 8px; padding: 6px 12px; }
.open { background: #7c4a1e; color: #fff; border: 1px solid #7c4a1e; }
.open:hover { background: #653b16; }
.close { background: transparent; border: 1px solid transparent; color: #6b5a4a; padding: 6px 8px; }
.close:hover { border-color: #e2cdb1; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
`;

export interface NoticeOptions {
  detection: Detection;
  onOpen: () => void;
  onDismiss: () => void;
}

function describe(detection: Detection): { title: string; line: string } {
  const from = detection.company ? ` from ${detection.company}` : '';
  if (detection.band === 'rejection') {
    return {
      title: `This looks like a no${from}.`,
      line: 'That stings. When you are ready, Rebound can keep it in your private log and show what they offered.',
    };
  }
  return {
    title: `This might be a no${from}.`,
    line: 'If it is, Rebound can keep a note of it in your private log.',
  };
}

/** Puts the notice before `anchor` and returns a function that removes it. */
export function showNotice(anchor: Element, options: NoticeOptions): () => void {
  const doc = anchor.ownerDocument;
  const host = doc.createElement('div');
  host.setAttribute(NOTICE_ATTR, '');
  const shadow = host.attachShadow({ mode: 'open' });

  const style = doc.createElement('style');
  style.textContent = CSS;
  const strip = doc.createElement('div');
  strip.className = 'strip';
  strip.setAttribute('role', 'status');

  const { title, line } = describe(options.detection);
  const text = doc.createElement('div');
  text.className = 'text';
  const titleEl = doc.createElement('div');
  titleEl.className = 'title';
  titleEl.textContent = title;
  const lineEl = doc.createElement('div');
  lineEl.textContent = line;
  text.append(titleEl, lineEl);

  const open = doc.createElement('button');
  open.type = 'button';
  open.className = 'open';
  open.textContent = 'Open Rebound';
  open.addEventListener('click', () => options.onOpen());

  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = '✕';
  close.title = 'Dismiss';
  close.setAttribute('aria-label', 'Dismiss the Rebound notice');
  close.addEventListener('click', () => {
    host.remove();
    options.onDismiss();
  });

  strip.append(text, open, close);
  shadow.append(style, strip);
  anchor.before(host);
  return () => host.remove();
}

export function removeAllNotices(doc: Document): void {
  doc.querySelectorAll(`[${NOTICE_ATTR}]`).forEach((el) => el.remove());
}
