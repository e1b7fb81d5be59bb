/*
 * Gmail-shaped demo page for Rebound: inbox list, hash routing and the benchmark hooks.
 * Like Gmail, every route change swaps the [role=main] element; nothing reloads the page.
 */
(function () {
  const kit = window.ReboundDemoKit;
  const { buildThreadMain, gmailTitleDate } = window.ReboundGmailThread;
  const { el, emails, account } = kit;
  const doc = document;
  const BODY_DELAY_MS = 90;

  const unreadBadge = doc.querySelector('[data-demo-unread]');
  const churnTarget = doc.querySelector('[data-demo-churn]');
  let openWaiters = [];

  function setTitle(prefix) {
    doc.title = `${prefix} - ${account.email} - Gmail`;
  }

  function refreshUnread() {
    const n = kit.unreadCount();
    unreadBadge.textContent = n ? String(n) : '';
    return n;
  }

  function swapMain(next) {
    doc.querySelector('[role=main]').replaceWith(next);
  }

  function listRow(email, index) {
    const { name, email: address } = email.from;
    const title = gmailTitleDate(email.date);
    const row = el(
      doc,
      'tr',
      { class: `zA ${email.unread ? 'zE' : 'yO'}`, id: `:${(index + 20).toString(36)}`, tabindex: '-1', role: 'row', 'data-demo-id': email.id },
      el(doc, 'td', { class: 'oZ-x3 xY' }, el(doc, 'div', { class: 'oZ-jc', role: 'checkbox', 'aria-checked': 'false', tabindex: '-1' })),
      el(doc, 'td', { class: 'apU xY' }, el(doc, 'span', { class: 'aXw T-KT', title: 'Not starred' }, kit.icon(doc, 'star', 18))),
      el(doc, 'td', { class: 'yX xY' }, el(doc, 'div', { class: 'yW' }, el(doc, 'span', { class: 'bA4' }, el(doc, 'span', { class: email.unread ? 'zF' : 'yP', email: address, name }, name)))),
      el(
        doc,
        'td',
        { class: 'xY a4W' },
        el(
          doc,
          'div',
          { class: 'xS', role: 'link' },
          el(
            doc,
            'div',
            { class: 'xT' },
            el(doc, 'div', { class: 'y6' }, el(doc, 'span', { class: 'bog' }, el(doc, 'span', { class: 'bqe', 'data-thread-id': `#thread-f:${email.messageId}`, 'data-legacy-thread-id': email.legacyId }, email.subject))),
            el(doc, 'span', { class: 'y2' }, ` - ${kit.snippet(email.body)}`),
          ),
        ),
      ),
      el(doc, 'td', { class: 'xW xY' }, el(doc, 'span', { title, 'aria-label': title }, el(doc, 'span', {}, kit.listDate(email.date)))),
    );
    row.addEventListener('click', () => {
      location.hash = `#inbox/${email.legacyId}`;
    });
    return row;
  }

  function listMain(label) {
    const shown = label === 'inbox' ? emails : [];
    const rows = shown.map(listRow);
    const toolbar = el(
      doc,
      'div',
      { gh: 'tm', class: 'G-atb' },
      el(doc, 'span', { class: 'demo-tool', role: 'checkbox', 'aria-checked': 'false', title: 'Select' }, el(doc, 'span', { class: 'demo-check' })),
      el(doc, 'span', { class: 'demo-tool', title: 'Refresh' }, kit.icon(doc, 'refresh')),
      el(doc, 'span', { class: 'demo-tool', title: 'More' }, kit.icon(doc, 'more')),
      el(doc, 'span', { class: 'demo-count' }, shown.length ? `1–${shown.length} of ${shown.length}` : ''),
    );
    const tabs = el(
      doc,
      'div',
      { class: 'demo-tabs', role: 'tablist' },
      el(doc, 'span', { role: 'tab', 'aria-selected': 'true', class: 'on' }, 'Primary'),
      el(doc, 'span', { role: 'tab', 'aria-selected': 'false' }, 'Promotions'),
      el(doc, 'span', { role: 'tab', 'aria-selected': 'false' }, 'Social'),
    );
    const list = rows.length
      ? el(doc, 'div', { class: 'Cp' }, el(doc, 'table', { class: 'F cf zt', role: 'grid' }, el(doc, 'tbody', {}, rows)))
      : el(doc, 'div', { class: 'demo-empty' }, 'Nothing here yet. This demo only fills the Inbox.');
    return el(doc, 'div', { role: 'main', class: 'nH' }, toolbar, label === 'inbox' ? tabs : null, el(doc, 'div', { gh: 'tl', class: 'BltHke nH oy8Mbf' }, list));
  }

  function markNav(label) {
    for (const a of doc.querySelectorAll('.aim[data-label]')) a.classList.toggle('nZ', a.dataset.label === label);
  }

  function settleOpen(email) {
    const waiting = openWaiters;
    openWaiters = [];
    for (const w of waiting) w(email ? email.id : null);
  }

  function showThread(email) {
    if (email.unread) email.unread = false;
    const { main, insertBody } = buildThreadMain(doc, email, { index: emails.indexOf(email) + 1, total: emails.length });
    swapMain(main);
    setTitle(email.subject);
    refreshUnread();
    // Gmail fills the message body in after the header; so do we.
    setTimeout(() => {
      if (insertBody()) settleOpen(email);
    }, BODY_DELAY_MS);
  }

  function showList(label) {
    swapMain(listMain(label));
    const n = refreshUnread();
    const name = label === 'inbox' ? 'Inbox' : label.charAt(0).toUpperCase() + label.slice(1);
    setTitle(label === 'inbox' && n ? `${name} (${n})` : name);
    settleOpen(null);
  }

  function route() {
    const [label = 'inbox', key] = location.hash.replace(/^#/, '').split('/');
    markNav(label.startsWith('label') ? 'label' : label || 'inbox');
    const email = key ? kit.byAnyId(decodeURIComponent(key)) : null;
    if (email) showThread(email);
    else showList(label || 'inbox');
  }

  window.addEventListener('hashchange', route);
  route();

  /** Hooks for the e2e tests and the benchmarks. */
  window.__reboundDemo = {
    provider: 'gmail',
    emails,
    /** Opens a message by any of its ids; resolves with its id once the body is in the page. */
    open(id) {
      const email = kit.byAnyId(id);
      if (!email) return Promise.reject(new Error(`No demo email with id ${id}`));
      const done = new Promise((resolve) => openWaiters.push(resolve));
      const hash = `#inbox/${email.legacyId}`;
      if (location.hash === hash) route();
      else location.hash = hash;
      return done;
    },
    back() {
      location.hash = '#inbox';
    },
    /** Adds an email (same fields as emails.js) at the top of the inbox, for hostile-input tests. */
    add(email) {
      emails.unshift({ outlook: {}, yahoo: {}, unread: true, ...email });
      route();
      return email.id;
    },
    /** n DOM changes in the left nav, perTick per task (default: all at once). */
    churn(n, perTick) {
      return kit.churn(churnTarget, (i) => `Synced · ${i.toLocaleString('en-US')} updates`, n, perTick);
    },
  };
})();
