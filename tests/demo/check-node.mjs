/**
 * The Node-side half of tests/demo/check.mjs: checks of the data file and the routing, and the
 * assertions on what the in-page readers (check-inspect.mjs) found in an open message.
 */
import assert from 'node:assert/strict';
import { DEMO_ACCOUNT, DEMO_EMAILS, demoMessageUrl, resolveDemoRequest } from './routes.mjs';

/** Runs the checks that need no browser through the caller's check(name, fn). */
export async function runNodeChecks(check) {
  await check('data: eight or more emails with unique ids and every kind', () => {
    assert.ok(DEMO_EMAILS.length >= 8);
    for (const key of ['id', 'messageId', 'legacyId'])
      assert.equal(new Set(DEMO_EMAILS.map((e) => e[key])).size, DEMO_EMAILS.length, key);
    assert.equal(new Set(DEMO_EMAILS.map((e) => e.outlook.itemId)).size, DEMO_EMAILS.length);
    assert.equal(new Set(DEMO_EMAILS.map((e) => e.yahoo.messageId)).size, DEMO_EMAILS.length);
    for (const kind of ['rejection', 'offer', 'interview', 'received', 'newsletter', 'reschedule'])
      assert.ok(
        DEMO_EMAILS.some((e) => e.kind === kind),
        kind,
      );
    assert.ok(DEMO_EMAILS.some((e) => e.kind === 'rejection' && e.lang === 'de'));
    assert.ok(
      DEMO_EMAILS.some((e) => /class="gmail_quote"/.test(e.body) && / wrote:/.test(e.body)),
    );
    assert.ok(DEMO_EMAILS.some((e) => /class="gmail_signature"/.test(e.body)));
  });

  await check('data: Gmail ids are 19 digits, hex matches, and id >> 20 is the date', () => {
    for (const e of DEMO_EMAILS) {
      assert.match(e.messageId, /^\d{19}$/, e.id);
      assert.equal(BigInt(e.messageId).toString(16), e.legacyId, e.id);
      assert.equal(Number(BigInt(e.messageId) >> 20n), Date.parse(e.date), e.id);
      assert.equal(new Date(e.date).getUTCFullYear(), 2026, e.id);
    }
  });

  await check('routes: app paths, assets, 404s and foreign origins', () => {
    const cases = [
      ['https://mail.google.com/mail/u/0/', 200, 'text/html'],
      ['https://mail.google.com/mail/u/0/?ui=2', 200, 'text/html'],
      ['https://mail.google.com/mail/u/0/gmail.js', 200, 'text/javascript'],
      ['https://mail.google.com/mail/u/0/gmail.css', 200, 'text/css'],
      ['https://mail.google.com/mail/u/emails.js', 200, 'text/javascript'],
      ['https://mail.google.com/mail/u/0/..%2F..%2Froutes.mjs', 404],
      ['https://mail.google.com/mail/u/0/%2e%2e%2fcheck.mjs', 404],
      ['https://mail.google.com/mail/u/0/outlook.js', 404],
      ['https://mail.google.com/favicon.ico', 404],
      ['https://mail.google.com/', 404],
      ['https://outlook.live.com/mail/0/', 200, 'text/html'],
      [demoMessageUrl('outlook', 'offer'), 200, 'text/html'],
      ['https://outlook.live.com/mail/0/inbox/id/outlook.js', 200, 'text/javascript'],
      ['https://mail.yahoo.com/d/folders/1', 200, 'text/html'],
      [demoMessageUrl('yahoo', 'offer'), 200, 'text/html'],
      ['https://mail.yahoo.com/d/folders/1/messages/yahoo.css', 200, 'text/css'],
      ['https://mail.yahoo.com/other', 404],
    ];
    for (const [url, status, type] of cases) {
      const response = resolveDemoRequest(url);
      assert.ok(response, url);
      assert.equal(response.status, status, url);
      if (type) assert.ok(response.contentType.startsWith(type), `${url}: ${response.contentType}`);
      assert.ok(Buffer.isBuffer(response.body), url);
    }
    assert.equal(resolveDemoRequest('https://example.com/mail/u/0/'), null);
    assert.equal(resolveDemoRequest('http://mail.google.com/mail/u/0/'), null);
    assert.equal(resolveDemoRequest('not a url'), null);
  });
}

/** Asserts what a provider's in-page reader returned for the open email. */
export function assertOpenMessage(provider, got, email) {
  assert.equal(got.subject, email.subject);
  assert.equal(got.senderEmail, email.from.email);
  assert.equal(got.senderName, email.from.name);
  assert.ok(got.bodyText && got.bodyText.length > 100, 'body text present');
  if (provider === 'gmail') {
    assert.equal(got.mainCount, 1);
    assert.equal(got.hasList, false, 'the list left [role=main]');
    assert.equal(got.threadPermId, `thread-f:${email.messageId}`);
    assert.equal(got.legacyThreadId, email.legacyId);
    assert.equal(got.messageId, `#msg-f:${email.messageId}`);
    assert.equal(got.legacyMessageId, email.legacyId);
    assert.equal(got.senderHovercard, email.from.email);
    assert.equal(got.senderText, email.from.name);
    assert.equal(got.addressText, `<${email.from.email}>`);
    assert.match(got.dateTitle, /^\w{3}, \w{3} \d{1,2}, 2026, \d{1,2}:\d{2} [AP]M$/);
    assert.equal(got.title, `${email.subject} - ${DEMO_ACCOUNT.email} - Gmail`);
  } else if (provider === 'outlook') {
    assert.equal(got.subjectId, `CONV_${email.outlook.convId}_SUBJECT`);
    assert.equal(got.selectedCount, 1);
    assert.equal(got.selectedConvId, email.outlook.convId);
    assert.match(got.dateText, /^\w{3} \d{1,2}\/\d{1,2}\/2026 \d{1,2}:\d{2} [AP]M$/);
  } else {
    assert.equal(got.senderDataEmail, email.from.email);
    assert.equal(got.hasList, false);
    assert.match(got.dateText, /2026 at \d{1,2}:\d{2} [AP]M$/);
  }
}
