/*
 * Gmail-shaped thread view for the Rebound demo: the 2025 skeleton recorded in
 * /work/shared/WEBMAIL.md §1.4 (h2.hP, [role=list] > .h7 > .adn.ads > .gs > … > .a3s.aiL).
 * The header goes in first and the body a moment later, as in Gmail, so the extension has to
 * wait for the message to settle.
 */
/* global btoa */
(function () {
  const kit = window.ReboundDemoKit;
  const { el } = kit;

  // Gmail's jslog carries base64 JSON of the ids; ours holds the same kind of value.
  const jslogFor = (email) => {
    const b64 = (value) => btoa(JSON.stringify(value)).replace(/=+$/, '');
    return `20277; u014N:xr6bB; 1:${b64([`#thread-f:${email.messageId}`])}; 4:${b64([`#msg-f:${email.messageId}`])}`;
  };

  function gmailTitleDate(iso) {
    const p = kit.parts(iso);
    return `${p.day}, ${p.mon} ${p.date}, ${p.year}, ${p.time}`;
  }

  function senderCell(doc, email) {
    const { name, email: address } = email.from;
    return el(
      doc,
      'td',
      { class: 'gF gK' },
      el(
        doc,
        'h3',
        { class: 'iw gFxsud' },
        el(
          doc,
          'span',
          { class: 'qu', role: 'gridcell', tabindex: '-1' },
          el(doc, 'span', { email: address, name, 'data-hovercard-id': address, class: 'gD' }, el(doc, 'span', {}, name)),
          ' ',
          el(
            doc,
            'span',
            { class: 'go' },
            el(doc, 'span', { 'aria-hidden': 'true' }, '<'),
            address,
            el(doc, 'span', { 'aria-hidden': 'true' }, '>'),
          ),
        ),
      ),
    );
  }

  function dateCell(doc, email) {
    const title = gmailTitleDate(email.date);
    const p = kit.parts(email.date);
    const ago = kit.daysAgo(email.date);
    const shown = `${p.mon} ${p.date}, ${p.year}, ${p.time}${ago ? ` (${ago})` : ''}`;
    return el(
      doc,
      'td',
      { class: 'gH bAk' },
      el(
        doc,
        'div',
        { class: 'gK' },
        el(doc, 'span', { class: 'g3', title, 'aria-label': title, role: 'gridcell', tabindex: '-1' }, shown),
        el(doc, 'span', { class: 'demo-star', title: 'Not starred' }, kit.icon(doc, 'star', 18)),
      ),
    );
  }

  function header(doc, email) {
    const { account } = kit;
    const to = el(
      doc,
      'tr',
      { class: 'acZ xD' },
      el(
        doc,
        'td',
        { colspan: '2' },
        el(
          doc,
          'div',
          { class: 'iw ajw' },
          el(doc, 'span', { class: 'hb' }, 'to ', el(doc, 'span', { email: account.email, name: account.name, class: 'g2', 'data-hovercard-id': account.email }, 'me')),
        ),
      ),
    );
    return el(
      doc,
      'div',
      { class: 'gE iv gt' },
      el(doc, 'table', { class: 'cf gJ', role: 'presentation' }, el(doc, 'tbody', {}, el(doc, 'tr', { class: 'acZ' }, senderCell(doc, email), dateCell(doc, email)), to)),
    );
  }

  function bodyBlock(doc, email) {
    const body = el(doc, 'div', { class: 'a3s aiL', dir: 'ltr' });
    body.append(kit.buildBody(doc, email.body));
    return el(doc, 'div', { class: '' }, el(doc, 'div', { class: 'ii gt', jslog: jslogFor(email) }, body));
  }

  /**
   * A new [role=main] holding the open thread. Call insertBody() once the header is in the
   * document; it returns false when the thread was navigated away from in the meantime.
   */
  function buildThreadMain(doc, email, position) {
    const gs = el(doc, 'div', { class: 'gs' }, header(doc, email));
    const message = el(
      doc,
      'div',
      { class: 'adn ads', 'data-message-id': `#msg-f:${email.messageId}`, 'data-legacy-message-id': email.legacyId },
      el(doc, 'div', { class: 'aju' }, el(doc, 'div', { class: 'demo-avatar', 'aria-hidden': 'true' }, email.from.name.slice(0, 1))),
      gs,
    );
    const actions = el(
      doc,
      'div',
      { class: 'ip iq' },
      el(doc, 'button', { class: 'ams bkH', type: 'button' }, kit.icon(doc, 'reply', 18), 'Reply'),
      el(doc, 'button', { class: 'ams bkG', type: 'button' }, kit.icon(doc, 'forward', 18), 'Forward'),
    );
    const subject = el(
      doc,
      'h2',
      { class: 'hP', 'data-thread-perm-id': `thread-f:${email.messageId}`, 'data-legacy-thread-id': email.legacyId, tabindex: '-1' },
      email.subject,
    );
    const toolbar = el(
      doc,
      'div',
      { gh: 'tm', class: 'G-atb' },
      el(doc, 'a', { class: 'demo-tool', href: '#inbox', 'aria-label': 'Back to Inbox', 'data-demo-back': '' }, kit.icon(doc, 'back')),
      el(doc, 'span', { class: 'demo-tool', title: 'Archive' }, kit.icon(doc, 'archive')),
      el(doc, 'span', { class: 'demo-tool', title: 'Delete' }, kit.icon(doc, 'trash')),
      el(doc, 'span', { class: 'demo-tool', title: 'Mark as unread' }, kit.icon(doc, 'mail')),
      el(doc, 'span', { class: 'demo-count' }, `${position.index} of ${position.total}`),
    );
    const main = el(
      doc,
      'div',
      { role: 'main', class: 'nH' },
      toolbar,
      el(
        doc,
        'div',
        { class: 'nH g id' },
        el(
          doc,
          'div',
          { class: 'nH a98 iY' },
          el(doc, 'div', { class: 'nH' }, el(doc, 'div', { class: 'ha' }, subject, el(doc, 'span', { class: 'demo-label' }, 'Inbox'))),
          el(doc, 'div', { role: 'list' }, el(doc, 'div', { role: 'listitem', class: 'h7', 'aria-expanded': 'true' }, message, actions)),
        ),
      ),
    );
    const insertBody = () => {
      if (!main.isConnected) return false;
      gs.append(bodyBlock(doc, email));
      return true;
    };
    return { main, insertBody };
  }

  window.ReboundGmailThread = { buildThreadMain, gmailTitleDate };
})();
