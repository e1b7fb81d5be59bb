import { readFileSync } from 'node:fs';
import { ADAPTERS } from '@/utils/webmail';
import { FASTMAIL_SELECTORS } from '@/utils/webmail/fastmail';
import { GMAIL_SELECTORS } from '@/utils/webmail/gmail';
import { OUTLOOK_SELECTORS } from '@/utils/webmail/outlook';
import { PROTON_SELECTORS } from '@/utils/webmail/proton';
import type { OpenMessage, ProviderId, ProviderSelectors } from '@/utils/webmail/types';
import { YAHOO_SELECTORS } from '@/utils/webmail/yahoo';
import { EMPTY_CASES, MESSAGE_CASES, type MessageCase } from './cases';
import { REAL_GMAIL_INBOX, loadIntoDocument, readFixture } from './helpers';

const adapter = (id: ProviderId) => ADAPTERS.find((a) => a.id === id)!;

const SELECTORS: Record<ProviderId, ProviderSelectors> = {
  gmail: GMAIL_SELECTORS,
  outlook: OUTLOOK_SELECTORS,
  yahoo: YAHOO_SELECTORS,
  proton: PROTON_SELECTORS,
  fastmail: FASTMAIL_SELECTORS,
};
const FIELD_LISTS = {
  pane: 'pane',
  body: 'body',
  subject: 'subject',
  email: 'senderEmail',
  name: 'senderName',
  date: 'date',
} as const;
/** What stripFirstLayer removes, as it appears in a selector. */
const STRIPPED_HOOK =
  /data-|\[email|\[name|_SUBJECT|_FROM|UniqueMessageBody|#ReadingPane|#conversation/;

async function read(c: { file: string; provider: ProviderId }, strip: boolean) {
  const doc = await loadIntoDocument(readFixture(c.file), { strip });
  return adapter(c.provider).findOpenMessage(doc);
}

function expectFields(msg: OpenMessage | null, c: MessageCase, date: string | undefined) {
  expect(msg).not.toBeNull();
  const m = msg!;
  expect(m.provider).toBe(c.provider);
  expect(m.subject).toBe(c.subject);
  expect(m.from).toEqual({ name: c.name, email: c.email });
  expect(m.date).toBe(date);
  expect(m.lang).toBe(c.lang);
  expect(m.body.startsWith(c.bodyStart)).toBe(true);
  expect(m.body.endsWith(c.bodyEnd)).toBe(true);
  for (const phrase of c.bodyHas) expect(m.body).toContain(phrase);
  for (const phrase of c.bodyLacks) expect(m.body).not.toContain(phrase);
  expect(m.body).not.toMatch(/[ \t]\n|\n{3}|^\s|\s$/);
}

describe.each(MESSAGE_CASES)('$file', (c) => {
  test('reads every field', async () => {
    const msg = await read(c, false);
    expectFields(msg, c, c.date);
    if (c.key) expect(msg!.key).toBe(c.key);
    else expect(msg!.key).toMatch(new RegExp(`^${c.provider}:h[0-9a-f]{16}$`));
  });

  test('reads the same fields with the first selector layer stripped', async () => {
    const msg = await read(c, true);
    const hooks =
      '[data-message-id], [data-testid], [data-test-id], [email], [data-app-section], [id$="_SUBJECT"], [id$="_FROM"], [id^="UniqueMessageBody"], #conversation';
    expect(document.querySelector(hooks)).toBeNull();
    expectFields(msg, c, 'strippedDate' in c ? c.strippedDate : c.date);
    // Every field came from an entry that does not rely on a stripped attribute.
    const lists = SELECTORS[c.provider];
    for (const [field, via] of Object.entries(msg!.matched ?? {})) {
      const entry = lists[FIELD_LISTS[field as keyof typeof FIELD_LISTS]].find((e) => e.id === via);
      if (entry) expect(entry.selector).not.toMatch(STRIPPED_HOOK);
    }
  });

  test('gives the notice an anchor: the open body', async () => {
    const doc = await loadIntoDocument(readFixture(c.file));
    const anchor = adapter(c.provider).findNoticeAnchor(doc);
    expect(anchor).not.toBeNull();
    expect(anchor!.ownerDocument).toBe(doc);
    expect(
      anchor!.closest('[aria-expanded="false"], .kv, .is-collapsed, [data-expanded="false"]'),
    ).toBeNull();
  });
});

test('keys are stable across reads and differ between messages, with or without layer (a)', async () => {
  const keys = new Set<string>();
  for (const c of MESSAGE_CASES) {
    for (const strip of [false, true]) {
      const first = (await read(c, strip))!.key;
      const again = adapter(c.provider).findOpenMessage(document)!.key;
      expect(again).toBe(first);
      keys.add(`${strip}:${first}`);
    }
  }
  expect(keys.size).toBe(MESSAGE_CASES.length * 2);
});

test.each(EMPTY_CASES)('$file has no open message, stripped or not', async (c) => {
  expect(await read(c, false)).toBeNull();
  expect(await read(c, true)).toBeNull();
  expect(adapter(c.provider).findNoticeAnchor(document)).toBeNull();
});

test('the real saved Gmail inbox list has no open message', async () => {
  // Parsed, not loaded into the live document: its own scripts must not run.
  const doc = new DOMParser().parseFromString(readFileSync(REAL_GMAIL_INBOX, 'utf8'), 'text/html');
  expect(doc.querySelectorAll('tr.zA').length).toBe(16);
  for (const a of ADAPTERS) expect(a.findOpenMessage(doc)).toBeNull();
});

test.each(MESSAGE_CASES)('no other adapter reads $file', async (c) => {
  const doc = await loadIntoDocument(readFixture(c.file));
  for (const a of ADAPTERS.filter((x) => x.id !== c.provider)) {
    expect(a.findOpenMessage(doc)).toBeNull();
  }
});
