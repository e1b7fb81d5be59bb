/*
 * Helpers shared by the three demo webmail pages (classic script, loaded after emails.js).
 * Everything that shows email text goes through textContent or the body allowlist below.
 */
/* global DOMParser */
(function () {
  const emails = window.REBOUND_DEMO_EMAILS;
  const account = window.REBOUND_DEMO_ACCOUNT;

  // The bodies are our own HTML, but the pages still rebuild them through an allowlist so that
  // no markup the demo did not mean to show can ever reach the document.
  const ALLOWED_TAGS = new Set(['P', 'DIV', 'BR', 'UL', 'OL', 'LI', 'B', 'STRONG', 'I', 'EM', 'SPAN', 'BLOCKQUOTE']);
  const ALLOWED_CLASSES = new Set(['gmail_quote', 'gmail_attr', 'gmail_signature']);

  function copyAllowed(source, target, doc) {
    for (const node of Array.from(source.childNodes)) {
      if (node.nodeType === 3) {
        target.append(doc.createTextNode(node.nodeValue));
      } else if (node.nodeType === 1) {
        if (!ALLOWED_TAGS.has(node.tagName)) {
          copyAllowed(node, target, doc);
          continue;
        }
        const copy = doc.createElement(node.tagName.toLowerCase());
        const classes = Array.from(node.classList).filter((c) => ALLOWED_CLASSES.has(c));
        if (classes.length) copy.className = classes.join(' ');
        copyAllowed(node, copy, doc);
        target.append(copy);
      }
    }
  }

  /** The email's body as a fragment of plain, allowlisted elements. */
  function buildBody(doc, html) {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const fragment = doc.createDocumentFragment();
    copyAllowed(parsed.body, fragment, doc);
    return fragment;
  }

  /** The newest message's text, for list previews: no quote, no signature. */
  function snippet(html, max = 140) {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    parsed.querySelectorAll('.gmail_quote, .gmail_signature').forEach((n) => n.remove());
    parsed.querySelectorAll('p, li, br').forEach((n) => n.after(parsed.createTextNode(' ')));
    const text = parsed.body.textContent.replace(/\s+/g, ' ').trim();
    return text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
  }

  /** Tiny DOM builder: el(doc, 'span', { class: 'x', title: 't' }, 'text', childNode). */
  function el(doc, tag, attrs, ...children) {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'class') node.className = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
    }
    return node;
  }

  // Simple line icons (24×24 paths) so the pages need no icon font and no emoji font.
  const ICONS = {
    back: 'M20 12H5M11 6l-6 6 6 6',
    archive: 'M4 5h16v4H4zM5 9v10h14V9M10 13h4',
    trash: 'M5 7h14M9 7V4h6v3M7 7l1 13h8l1-13',
    mail: 'M3 6h18v12H3zM3 7l9 6 9-6',
    reply: 'M10 8L4 13l6 5M4 13h10a6 6 0 0 1 6 6',
    forward: 'M14 8l6 5-6 5M20 13H10a6 6 0 0 0-6 6',
    star: 'M12 4l2.5 5 5.5.8-4 3.9.9 5.5L12 16.6 7.1 19.2l.9-5.5-4-3.9 5.5-.8z',
    refresh: 'M19 12a7 7 0 1 1-2-5M19 4v4h-4',
    more: 'M12 5v.01M12 12v.01M12 19v.01',
    close: 'M6 6l12 12M18 6L6 18',
  };

  function icon(doc, name, size = 20) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = doc.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', String(size));
    svg.setAttribute('height', String(size));
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', 'demo-icon');
    const path = doc.createElementNS(ns, 'path');
    path.setAttribute('d', ICONS[name]);
    svg.append(path);
    return svg;
  }

  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  // Dates are shown in the browser's own time zone with fixed English patterns, so a test can
  // compare them with the id-derived time without depending on the machine's locale.
  const parts = (iso) => {
    const d = new Date(iso);
    const h = d.getHours();
    return {
      d,
      day: DAYS[d.getDay()],
      mon: MONTHS[d.getMonth()],
      date: d.getDate(),
      year: d.getFullYear(),
      time: `${h % 12 || 12}:${String(d.getMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`,
      numeric: `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`,
    };
  };

  function daysAgo(iso, now = Date.now()) {
    const days = Math.floor((now - new Date(iso).getTime()) / 86400000);
    if (days < 0) return '';
    if (days === 0) return 'today';
    return days === 1 ? '1 day ago' : `${days} days ago`;
  }

  const sameDay = (a, b) => a.toDateString() === b.toDateString();

  /** A short list date: the time for today, otherwise "Nov 18". */
  function listDate(iso) {
    const p = parts(iso);
    return sameDay(p.d, new Date()) ? p.time : `${p.mon} ${p.date}`;
  }

  /**
   * Makes n DOM changes to `target` (a node outside the reading pane), perTick at a time, so a
   * benchmark can measure what the extension's observer costs while nothing it cares about moves.
   */
  function churn(target, label, n, perTick) {
    const total = Math.max(0, Math.floor(Number(n) || 0));
    const batch = Math.max(1, Math.floor(Number(perTick) || total || 1));
    let done = 0;
    return new Promise((resolve) => {
      const step = () => {
        const end = Math.min(total, done + batch);
        for (; done < end; done += 1) target.textContent = label(done + 1);
        if (done < total) setTimeout(step, 0);
        else resolve(done);
      };
      step();
    });
  }

  const byAnyId = (key) =>
    emails.find(
      (e) =>
        e.id === key ||
        e.legacyId === key ||
        e.messageId === key ||
        e.outlook.itemId === key ||
        e.outlook.convId === key ||
        e.yahoo.messageId === key,
    ) || null;

  const unreadCount = () => emails.filter((e) => e.unread).length;

  window.ReboundDemoKit = {
    emails,
    account,
    buildBody,
    snippet,
    el,
    icon,
    parts,
    daysAgo,
    listDate,
    churn,
    byAnyId,
    unreadCount,
  };
})();
