/*
 * Outlook-shaped reading pane for the Rebound demo, to the shapes in WEBMAIL.md §2.1:
 * [data-app-section="ConversationContainer"], [id$="_SUBJECT"][role=heading], [id$="_FROM"]
 * with span[title=<address>], and the body in div[role=document]#UniqueMessageBody_1.
 * The body arrives a moment after the header, as it does when OWA fetches the item.
 */
(function () {
  const kit = window.ReboundDemoKit;
  const { el } = kit;

  /** "Wed 11/18/2026 11:20 AM", the pattern OWA's en-US header uses. */
  function outlookDate(iso) {
    const p = kit.parts(iso);
    return `${p.day} ${p.numeric} ${p.time}`;
  }

  function initials(name) {
    return name
      .split(/\s+/)
      .slice(0, 2)
      .map((w) => w.charAt(0))
      .join('')
      .toUpperCase();
  }

  function messageHeader(doc, email, msgKey) {
    const { account } = kit;
    const date = outlookDate(email.date);
    return el(
      doc,
      'div',
      { class: 'o-head' },
      el(doc, 'div', { class: 'o-photo', 'aria-hidden': 'true' }, initials(email.from.name)),
      el(
        doc,
        'div',
        { class: 'o-head-text' },
        el(
          doc,
          'div',
          { id: `${msgKey}_FROM`, class: 'o-from' },
          el(doc, 'span', { title: email.from.email, class: 'o-from-name' }, email.from.name),
          el(doc, 'span', { class: 'o-from-addr' }, `<${email.from.email}>`),
        ),
        el(doc, 'div', { id: `${msgKey}_TO`, class: 'o-to' }, 'To: ', el(doc, 'span', { title: account.email }, account.name)),
      ),
      el(doc, 'div', { id: `${msgKey}_DATE`, class: 'o-date', title: date }, date),
    );
  }

  /**
   * A new conversation container for one email. insertBody() adds the body once the header
   * is on screen; it returns false if the reader moved on in the meantime.
   */
  function buildConversation(doc, email) {
    const convId = email.outlook.convId;
    const msgKey = `MSG_${email.outlook.itemId.slice(-16)}`;
    const item = el(
      doc,
      'div',
      { class: 'o-item', 'data-app-section': 'ItemContainer', 'aria-label': 'Email message' },
      messageHeader(doc, email, msgKey),
    );
    const container = el(
      doc,
      'div',
      { 'data-app-section': 'ConversationContainer', class: 'o-conv', 'data-convid': convId },
      el(
        doc,
        'div',
        { class: 'o-subject-bar' },
        el(doc, 'div', { id: `CONV_${convId}_SUBJECT`, role: 'heading', 'aria-level': '2', class: 'o-subject' }, el(doc, 'span', { title: email.subject }, email.subject)),
        el(doc, 'button', { type: 'button', class: 'o-close', 'aria-label': 'Close', 'data-demo-close': '' }, kit.icon(doc, 'close', 18)),
      ),
      item,
    );
    const insertBody = () => {
      if (!container.isConnected) return false;
      const body = el(doc, 'div', { role: 'document', id: 'UniqueMessageBody_1', class: 'allowTextSelection', 'aria-label': 'Message body', tabindex: '0' });
      body.append(kit.buildBody(doc, email.body));
      item.append(
        el(doc, 'div', { class: 'o-body' }, body),
        el(
          doc,
          'div',
          { class: 'o-actions' },
          el(doc, 'button', { type: 'button' }, kit.icon(doc, 'reply', 18), 'Reply'),
          el(doc, 'button', { type: 'button' }, kit.icon(doc, 'forward', 18), 'Forward'),
        ),
      );
      return true;
    };
    return { container, insertBody };
  }

  function emptyReadingPane(doc) {
    return el(
      doc,
      'div',
      { class: 'o-empty' },
      kit.icon(doc, 'mail', 56),
      el(doc, 'div', { class: 'o-empty-title' }, 'Select an item to read'),
      el(doc, 'div', {}, 'Nothing is selected'),
    );
  }

  window.ReboundOutlookReading = { buildConversation, emptyReadingPane, outlookDate, initials };
})();
