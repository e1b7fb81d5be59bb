/*
 * Yahoo-shaped demo page for Rebound: the inbox list and the full-width message view, with
 * /d/folders/1/messages/<id> routes through history.pushState.
 */
(function () {
  const kit = window.ReboundDemoKit;
  const { buildMessageView, yahooDate } = window.ReboundYahooMessage;
  const { el, emails } = kit;
  const doc = document;
  const FOLDER = '/d/folders/1';
  const BODY_DELAY_MS = 120;

  const main = doc.querySelector('[data-demo-main]');
  const unreadBadge = doc.querySelector('[data-demo-unread]');
  const churnTarget = doc.querySelector('[data-demo-churn]');
  let openWaiters = [];

  const urlFor = (email) => `${FOLDER}/messages/${email.yahoo.messageId}`;

  function emailFromLocation() {
    const m = /^\/d\/folders\/\d+\/messages\/([^/?#]+)/.exec(location.pathname);
    return m ? kit.byAnyId(decodeURIComponent(m[1])) : null;
  }

  function refreshUnread() {
    const n = kit.unreadCount();
    unreadBadge.textContent = n ? String(n) : '';
    doc.title = n ? `(${n} unread) - demo@rebound.example - Yahoo Mail` : 'demo@rebound.example - Yahoo Mail';
  }

  function row(email) {
    const link = el(
      doc,
      'a',
      { href: urlFor(email), 'data-test-id': 'message-list-item', 'data-test-read': String(!email.unread), class: `y-row${email.unread ? ' unread' : ''}`, 'data-demo-id': email.id },
      el(doc, 'span', { class: 'y-row-check', 'aria-hidden': 'true' }),
      el(doc, 'div', { 'data-test-id': 'senders', class: 'y-row-from' }, el(doc, 'span', { title: email.from.email }, email.from.name)),
      el(
        doc,
        'div',
        { class: 'y-row-text' },
        el(doc, 'span', { 'data-test-id': 'message-subject', class: 'y-row-subject' }, email.subject),
        el(doc, 'span', { 'data-test-id': 'snippet', class: 'y-row-snippet' }, kit.snippet(email.body)),
      ),
      el(doc, 'time', { datetime: email.date, title: yahooDate(email.date), class: 'y-row-date' }, kit.listDate(email.date)),
    );
    link.addEventListener('click', (event) => {
      event.preventDefault();
      navigate(urlFor(email));
    });
    return el(doc, 'li', { class: 'y-li' }, link);
  }

  function listView() {
    return el(
      doc,
      'div',
      { class: 'y-listwrap', 'data-test-id': 'message-list' },
      el(doc, 'div', { class: 'y-list-head' }, el(doc, 'span', { class: 'y-list-title' }, 'Inbox'), el(doc, 'span', { class: 'y-list-meta' }, `${emails.length} messages`)),
      el(doc, 'ul', { 'data-test-id': 'virtual-list', class: 'y-list' }, emails.map(row)),
    );
  }

  function settleOpen(email) {
    const waiting = openWaiters;
    openWaiters = [];
    for (const w of waiting) w(email ? email.id : null);
  }

  function wireHomeLinks(root) {
    root.querySelectorAll('[data-demo-home]').forEach((a) =>
      a.addEventListener('click', (event) => {
        event.preventDefault();
        navigate(FOLDER);
      }),
    );
  }

  function render() {
    const email = emailFromLocation();
    if (!email) {
      main.replaceChildren(listView());
      refreshUnread();
      settleOpen(null);
      return;
    }
    email.unread = false;
    refreshUnread();
    const { scroller, insertBody } = buildMessageView(doc, email);
    wireHomeLinks(scroller);
    main.replaceChildren(scroller);
    setTimeout(() => {
      if (insertBody()) settleOpen(email);
    }, BODY_DELAY_MS);
  }

  function navigate(url) {
    if (location.pathname !== url) history.pushState({}, '', url);
    render();
  }

  wireHomeLinks(doc);
  window.addEventListener('popstate', render);
  render();

  /** Hooks for the e2e tests and the benchmarks. */
  window.__reboundDemo = {
    provider: 'yahoo',
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
      navigate(FOLDER);
    },
    /** n DOM changes in the folder list, perTick per task (default: all at once). */
    churn(n, perTick) {
      return kit.churn(churnTarget, (i) => `Mailbox synced (${i.toLocaleString('en-US')} updates).`, n, perTick);
    },
  };
})();
