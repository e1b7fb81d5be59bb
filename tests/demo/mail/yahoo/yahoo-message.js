/*
 * Yahoo-shaped message view for the Rebound demo, to the data-test-id hooks in WEBMAIL.md §3:
 * message-group-subject-text, message-view, message-from > email-pill (title and data-email
 * hold the address, > span > span the name), message-date, message-view-body >
 * message-view-body-content. The recipient pill sits in message-to, outside message-from.
 */
(function () {
  const kit = window.ReboundDemoKit;
  const { el } = kit;

  /** "Wed, Nov 18, 2026 at 11:20 AM" */
  function yahooDate(iso) {
    const p = kit.parts(iso);
    return `${p.day}, ${p.mon} ${p.date}, ${p.year} at ${p.time}`;
  }

  const pill = (doc, person) =>
    el(
      doc,
      'button',
      { type: 'button', 'data-test-id': 'email-pill', title: person.email, 'data-email': person.email, class: 'y-pill' },
      el(doc, 'span', {}, el(doc, 'span', {}, person.name)),
    );

  function header(doc, email) {
    const date = yahooDate(email.date);
    return el(
      doc,
      'header',
      { class: 'y-msg-head' },
      el(doc, 'div', { class: 'y-photo', 'aria-hidden': 'true' }, email.from.name.slice(0, 1)),
      el(
        doc,
        'div',
        { class: 'y-msg-people' },
        el(doc, 'div', { 'data-test-id': 'message-from', class: 'y-from' }, pill(doc, email.from), el(doc, 'span', { class: 'y-addr' }, email.from.email)),
        el(doc, 'span', { 'data-test-id': 'message-to', title: kit.account.email, class: 'y-to' }, 'To: ', pill(doc, kit.account)),
      ),
      el(doc, 'span', { 'data-test-id': 'message-date', title: date, class: 'y-date' }, date),
    );
  }

  /**
   * The message view for one email, replacing the list. insertBody() adds the body once the
   * header is on screen; it returns false if the reader moved on in the meantime.
   */
  function buildMessageView(doc, email) {
    const view = el(doc, 'div', { 'data-test-id': 'message-view', class: 'y-msg' }, header(doc, email));
    const scroller = el(
      doc,
      'div',
      { 'data-test-id': 'message-group-view-scroller', class: 'y-scroller' },
      el(
        doc,
        'div',
        { class: 'y-toolbar', 'data-test-id': 'toolbar' },
        el(doc, 'a', { href: '/d/folders/1', 'data-test-id': 'toolbar-back', 'data-demo-home': '', class: 'y-tool', title: 'Back' }, kit.icon(doc, 'back'), 'Back'),
        el(doc, 'span', { class: 'y-tool', title: 'Archive' }, kit.icon(doc, 'archive'), 'Archive'),
        el(doc, 'span', { class: 'y-tool', title: 'Delete' }, kit.icon(doc, 'trash'), 'Delete'),
      ),
      el(doc, 'div', { 'data-test-id': 'message-group-subject', class: 'y-subject' }, el(doc, 'span', { 'data-test-id': 'message-group-subject-text' }, email.subject)),
      el(doc, 'ul', { class: 'y-thread' }, el(doc, 'li', {}, view)),
    );
    const insertBody = () => {
      if (!view.isConnected) return false;
      const content = el(doc, 'div', { 'data-test-id': 'message-view-body-content', class: 'y-body-content' });
      content.append(kit.buildBody(doc, email.body));
      view.append(el(doc, 'div', { 'data-test-id': 'message-view-body', class: 'y-body' }, content));
      return true;
    };
    return { scroller, insertBody };
  }

  window.ReboundYahooMessage = { buildMessageView, yahooDate };
})();
