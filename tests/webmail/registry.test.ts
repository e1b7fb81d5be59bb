/** The adapter registry, the host list, and conventions every selector list keeps. */
import { ADAPTERS, adapterFor } from '@/utils/webmail';
import { FASTMAIL_SELECTORS } from '@/utils/webmail/fastmail';
import { GMAIL_SELECTORS } from '@/utils/webmail/gmail';
import { WEBMAIL_MATCHES, isWebmailUrl } from '@/utils/webmail/hosts';
import { OUTLOOK_SELECTORS } from '@/utils/webmail/outlook';
import { PROTON_SELECTORS } from '@/utils/webmail/proton';
import type { ProviderSelectors, SelectorLayer, SelectorList } from '@/utils/webmail/types';
import { YAHOO_SELECTORS } from '@/utils/webmail/yahoo';

test.each([
  ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
  ['https://outlook.live.com/mail/0/inbox/id/AAQk', 'outlook'],
  ['https://outlook.office.com/mail/', 'outlook'],
  ['https://outlook.office365.com/mail/inbox', 'outlook'],
  ['https://outlook.cloud.microsoft/mail/', 'outlook'],
  ['https://outlook.office.com/calendar/view/month', 'outlook'],
  ['https://mail.yahoo.com/d/folders/1/messages/123', 'yahoo'],
  ['https://mail.proton.me/u/0/inbox/abc', 'proton'],
  ['https://app.fastmail.com/mail/Inbox/', 'fastmail'],
  ['http://mail.google.com/mail/u/0/', null],
  ['https://mail.google.com.evil.example/', null],
  ['https://outlook.live.com.evil.example/mail/', null],
  ['https://proton.me/mail', null],
  ['https://www.fastmail.com/', null],
])('adapterFor(%s) → %s', (url, expected) => {
  expect(adapterFor(new URL(url))?.id ?? null).toBe(expected);
});

test('the host list is minimal: one https pattern per host an adapter serves', () => {
  const hosts = ADAPTERS.flatMap((a) =>
    WEBMAIL_MATCHES.filter((p) => a.matches(new URL(p.replace('/*', '/')))),
  );
  expect(new Set(hosts).size).toBe(WEBMAIL_MATCHES.length);
  for (const pattern of WEBMAIL_MATCHES) {
    expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(isWebmailUrl(pattern.replace('*', 'mail/'))).toBe(true);
    expect(adapterFor(new URL(pattern.replace('*', '')))).not.toBeNull();
  }
  expect(WEBMAIL_MATCHES).toHaveLength(8);
});

const ALL: Record<string, ProviderSelectors> = {
  gmail: GMAIL_SELECTORS,
  outlook: OUTLOOK_SELECTORS,
  yahoo: YAHOO_SELECTORS,
  proton: PROTON_SELECTORS,
  fastmail: FASTMAIL_SELECTORS,
};
const RANK: Record<SelectorLayer, number> = { attribute: 0, class: 1, heuristic: 2 };
const lists = Object.entries(ALL).flatMap(([provider, selectors]) =>
  (Object.entries(selectors) as [string, SelectorList][]).map(([field, entries]) => ({
    provider,
    field,
    entries,
  })),
);

describe.each(lists)('$provider $field selectors', ({ entries }) => {
  test('are tried attribute → class → heuristic, with unique ids', () => {
    const ranks = entries.map((e) => RANK[e.layer]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  test('are valid CSS and never key on translated text or aria-label values', () => {
    for (const { selector } of entries) {
      expect(() => document.querySelector(selector)).not.toThrow();
      expect(selector).not.toMatch(/aria-label|:contains|\[title=|\[alt=/);
    }
  });
});
