/* global MutationObserver */
/**
 * In-page readers for tests/demo/check.mjs: each runs inside the demo page (page.evaluate) and
 * returns plain data about the open message, walking exactly the shapes from WEBMAIL.md.
 * They must stay self-contained: Playwright serialises the function, not its closure.
 */

/** Gmail: the §1.4 skeleton, step by step. */
export function inspectGmail() {
  const q = (root, sel) => (root ? root.querySelector(sel) : null);
  const mains = document.querySelectorAll('[role=main]');
  const main = mains[0];
  const h2 = q(main, 'h2.hP[data-legacy-thread-id][data-thread-perm-id]');
  const item = q(main, '[role=list] > div[role=listitem].h7');
  const adn = q(item, ':scope > div.adn.ads[data-message-id][data-legacy-message-id]');
  const headerRow = q(adn, ':scope > div.gs > div.gE.iv.gt > table.cf.gJ tr.acZ');
  const qu = q(headerRow, ':scope > td.gF.gK > h3.iw > span.qu');
  const gD = q(qu, ':scope > span.gD[email][name][data-hovercard-id]');
  const g3 = q(headerRow, ':scope > td.gH > div.gK > span.g3[title]');
  const body = q(adn, ':scope > div.gs div.ii.gt > div.a3s.aiL');
  return {
    mainCount: mains.length,
    hasList: !!q(main, '[gh=tl]'),
    subject: h2 ? h2.textContent : null,
    threadPermId: h2 ? h2.getAttribute('data-thread-perm-id') : null,
    legacyThreadId: h2 ? h2.getAttribute('data-legacy-thread-id') : null,
    messageId: adn ? adn.getAttribute('data-message-id') : null,
    legacyMessageId: adn ? adn.getAttribute('data-legacy-message-id') : null,
    senderEmail: gD ? gD.getAttribute('email') : null,
    senderName: gD ? gD.getAttribute('name') : null,
    senderHovercard: gD ? gD.getAttribute('data-hovercard-id') : null,
    senderText: q(gD, ':scope > span') ? q(gD, ':scope > span').textContent : null,
    addressText: q(qu, ':scope > span.go') ? q(qu, ':scope > span.go').textContent : null,
    dateTitle: g3 ? g3.getAttribute('title') : null,
    bodyText: body ? body.textContent : null,
    title: document.title,
  };
}

/** Outlook: the §2.1 hooks inside the conversation container. */
export function inspectOutlook() {
  const conv = document.querySelector('[data-app-section="ConversationContainer"]');
  const q = (sel) => (conv ? conv.querySelector(sel) : null);
  const subject = q('[id$="_SUBJECT"][role=heading]');
  const from = q('[id$="_FROM"]');
  const fromSpan = from ? from.querySelector('span[title*="@"]') : null;
  const date = q('[id$="_DATE"]');
  const body = q('div[role=document][id="UniqueMessageBody_1"].allowTextSelection');
  const selected = document.querySelectorAll('[role=listbox] [role=option][aria-selected="true"]');
  return {
    subject: subject ? subject.textContent : null,
    subjectId: subject ? subject.id : null,
    senderEmail: fromSpan ? fromSpan.getAttribute('title') : null,
    senderName: fromSpan ? fromSpan.textContent : null,
    dateText: date ? date.textContent : null,
    bodyText: body ? body.textContent : null,
    selectedCount: selected.length,
    selectedConvId: selected[0] ? selected[0].getAttribute('data-convid') : null,
    title: document.title,
  };
}

/** Yahoo: the §3 data-test-id hooks inside the message view. */
export function inspectYahoo() {
  const view = document.querySelector('[data-test-id="message-view"]');
  const q = (sel) => (view ? view.querySelector(sel) : null);
  const subject = document.querySelector('span[data-test-id="message-group-subject-text"]');
  const pill = q('[data-test-id="message-from"] [data-test-id="email-pill"]');
  const name = pill ? pill.querySelector(':scope > span > span') : null;
  const date = q('[data-test-id="message-date"]');
  const body = q(
    '[data-test-id="message-view-body"] > div[data-test-id="message-view-body-content"]',
  );
  return {
    subject: subject ? subject.textContent : null,
    senderEmail: pill ? pill.getAttribute('title') : null,
    senderDataEmail: pill ? pill.getAttribute('data-email') : null,
    senderName: name ? name.textContent : null,
    dateText: date ? date.textContent : null,
    bodyText: body ? body.textContent : null,
    hasList: !!document.querySelector('[data-test-id="message-list-item"]'),
    title: document.title,
  };
}

/**
 * Records when the open message's header and its body first appear, so the check can see
 * that the body really arrives after the header (the timing the extension must survive).
 */
export function watchArrival({ headerSelector, bodySelector }) {
  const seen = { header: null, body: null };
  window.__demoArrival = seen;
  const look = () => {
    const now = performance.now();
    if (seen.header === null && document.querySelector(headerSelector)) seen.header = now;
    if (seen.body === null && document.querySelector(bodySelector)) seen.body = now;
  };
  new MutationObserver(look).observe(document.body, { childList: true, subtree: true });
}

/** Counts mutations inside the reading area and in the whole page while a churn runs. */
export async function measureChurn({ readingSelector, n }) {
  const reading = document.querySelector(readingSelector);
  let inReading = 0;
  let total = 0;
  const readingObserver = new MutationObserver((records) => (inReading += records.length));
  const pageObserver = new MutationObserver((records) => (total += records.length));
  if (reading)
    readingObserver.observe(reading, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  pageObserver.observe(document.body, { childList: true, subtree: true, characterData: true });
  const changes = await window.__reboundDemo.churn(n, 100);
  await new Promise((resolve) => setTimeout(resolve, 0));
  inReading += readingObserver.takeRecords().length;
  total += pageObserver.takeRecords().length;
  readingObserver.disconnect();
  pageObserver.disconnect();
  return { changes, inReading, total, hadReading: !!reading };
}
