/*
 * Outlook-shaped demo page for Rebound: message list ([role=listbox] > [role=option]
 * [data-convid]), reading pane, and /mail/0/inbox/id/<ItemId> routes through history.pushState.
 */
(function () {
  const kit = window.ReboundDemoKit;
  const { buildConversation, emptyReadingPane, outlookDate, initials } = window.ReboundOutlookReading;
  const { el, emails } = kit;
  const doc = document;
  const BASE = '/mail/0/';
  const BODY_DELAY_MS = 110;

  const listbox = doc.querySelector('[data-demo-list]');
  const pane = doc.querySelector('[data-demo-reading]');
  const unreadBadge = doc.querySelector('[data-demo-unread]');
  const churnTarget = doc.querySelector('[data-demo-churn]');
  let openWaiters = [];

  const urlFor = (email) => `${BASE}inbox/id/${email.outlook.itemId}`;

  function emailFromLocation() {
    const m = /^\/mail\/(?:\d+\/)?[^/]+\/id\/([^/?#]+)/.exec(location.pathname);
    return m ? kit.byAnyId(decodeURIComponent(m[1])) : null;
  }

  function listTime(iso) {
    const p = kit.parts(iso);
    return `${p.day} ${p.d.getMonth() + 1}/${p.date}`;
  }

  function row(email) {
    const option = el(
      doc,
      'div',
      { role: 'option', 'data-convid': email.outlook.convId, 'aria-selected': 'false', tabindex: '-1', class: `o-row${email.unread ? ' unread' : ''}`, 'data-demo-id': email.id },
      el(doc, 'div', { class: 'o-row-photo', 'aria-hidden': 'true' }, initials(email.from.name)),
      el(
        doc,
        'div',
        { class: 'o-row-main' },
        el(doc, 'div', { class: 'o-row-line' }, el(doc, 'span', { class: 'o-row-from', title: email.from.email }, email.from.name)),
        el(
          doc,
          'div',
          { class: 'o-row-line' },
          el(doc, 'span', { class: 'o-row-subject' }, email.subject),
          el(doc, 'span', { class: 'o-row-time', title: outlookDate(email.date) }, listTime(email.date)),
        ),
        el(doc, 'div', { class: 'o-row-preview' }, kit.snippet(email.body)),
      ),
    );
    option.addEventListener('click', () => navigate(urlFor(email)));
    return option;
  }

  function renderList() {
    listbox.replaceChildren(...emails.map(row));
  }

  function refreshUnread() {
    const n = kit.unreadCount();
    unreadBadge.textContent = n ? String(n) : '';
  }

  function markSelected(email) {
    for (const option of listbox.querySelectorAll('[role=option]')) {
      const selected = !!email && option.dataset.demoId === email.id;
      option.setAttribute('aria-selected', String(selected));
      if (selected) option.classList.remove('unread');
    }
  }

  function settleOpen(email) {
    const waiting = openWaiters;
    openWaiters = [];
    for (const w of waiting) w(email ? email.id : null);
  }

  function render() {
    const email = emailFromLocation();
    markSelected(email);
    if (!email) {
      pane.replaceChildren(emptyReadingPane(doc));
      settleOpen(null);
      return;
    }
    email.unread = false;
    refreshUnread();
    const { container, insertBody } = buildConversation(doc, email);
    container.querySelector('[data-demo-close]').addEventListener('click', () => navigate(BASE));
    pane.replaceChildren(container);
    setTimeout(() => {
      if (insertBody()) settleOpen(email);
    }, BODY_DELAY_MS);
  }

  function navigate(url) {
    if (location.pathname !== url) history.pushState({}, '', url);
    render();
  }

  doc.querySelectorAll('.o-folder, .o-brand').forEach((a) =>
    a.addEventListener('click', (event) => {
      event.preventDefault();
      navigate(BASE);
    }),
  );
  window.addEventListener('popstate', render);
  renderList();
  refreshUnread();
  render();

  /** Hooks for the e2e tests and the benchmarks. */
  window.__reboundDemo = {
    provider: 'outlook',
    emails,
    /** Opens a message by any of its ids; resolves with its id once the body is in the page. */
    open(id) {
      const email = kit.byAnyId(id);
      if (!email) return Promise.reject(new Error(`No demo email with id ${id}`));
      const done = new Promise((resolve) => openWaiters.push(resolve));
      navigate(urlFor(email));
      return done;
    },
    back() {
      navigate(BASE);
    },
    /** n DOM changes in the folder pane, perTick per task (default: all at once). */
    churn(n, perTick) {
      return kit.churn(churnTarget, (i) => `Synced ${i.toLocaleString('en-US')} changes.`, n, perTick);
    },
  };
})();
